import { parentPort, workerData } from "node:worker_threads";
import type { DutchDate } from "../rules";
import { checkDocument, type FileResult } from "../report/check-file";
import { toWire, type WireResult } from "../report/wire";
import type { Input } from "./files";
import { tryRead } from "./files";

/** What a worker of `check` is started with (workerData). */
export type WorkerSetup = { sopCheckWorker: true; today: DutchDate };

/** A job: one input, numbered so the results can be put back in input order. */
export type Job = { n: number; input: Input };

export type Done = { n: number; result: WireResult };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Reads and checks one input; never throws. The same in a worker and in the main thread. */
export function checkInput(input: Input, today: DutchDate): FileResult {
  // A path that does not exist, a link to nothing, a FIFO or device: reported, never read.
  const read =
    input.problem !== undefined
      ? { error: input.problem }
      : input.missing
        ? { error: "bestand of map niet gevonden." }
        : tryRead(input.path);
  return "error" in read
    ? { kind: "unreadable", file: input.file, error: capitalise(read.error) }
    : checkDocument(input.file, read.bytes, today);
}

/** True when this thread was started as a worker of `check`. */
export function isCheckWorker(): boolean {
  return (workerData as Partial<WorkerSetup> | null)?.sopCheckWorker === true;
}

/** The worker's loop: a job in, a result out, until the main thread lets it go. */
export function runCheckWorker(): void {
  const { today } = workerData as WorkerSetup;
  const port = parentPort;
  if (!port) return;
  port.on("message", (job: Job) => {
    const done: Done = { n: job.n, result: toWire(checkInput(job.input, today)) };
    port.postMessage(done);
  });
}
