import { Worker } from "node:worker_threads";
import type { DutchDate } from "../rules";
import type { FileResult } from "../report/check-file";
import { fromWire } from "../report/wire";
import { checkInput, type Done, type Job, type WorkerSetup } from "./check-worker";
import type { Input } from "./files";
import type { Parallel } from "./io";

/**
 * Jobs in flight per worker: enough that a worker never waits for the main thread, few enough that
 * the documents read ahead (and results waiting for an earlier one) stay a handful.
 */
const AHEAD = 4;

/**
 * Checks the inputs on worker threads and in this thread, and hands each result to `onResult` in
 * input order, as soon as it and every earlier one are done. This thread is one of the `threads`:
 * it takes a file whenever it is not feeding a worker, so two cores cost one extra heap, not two
 * (each thread is a heap of its own, tens of MB). A worker that fails (it should not: checkInput
 * never throws) turns its open jobs into unreadable files rather than a hang.
 */
export function checkInWorkers(
  inputs: readonly Input[],
  today: DutchDate,
  parallel: Parallel,
  onResult: (result: FileResult) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const setup: WorkerSetup = { sopCheckWorker: true, today };
    const count = Math.max(1, Math.min(parallel.threads - 1, Math.ceil(inputs.length / AHEAD)));
    const waiting = new Map<number, FileResult>();
    let nextToSend = 0;
    let nextToEmit = 0;
    let finished = false;
    let ownTurn: ReturnType<typeof setImmediate> | undefined;

    const emit = () => {
      for (let r = waiting.get(nextToEmit); r; r = waiting.get(nextToEmit)) {
        waiting.delete(nextToEmit);
        nextToEmit += 1;
        onResult(r);
      }
      if (nextToEmit === inputs.length && !finished) {
        clearImmediate(ownTurn);
        finished = true;
        for (const w of workers) void w.worker.terminate();
        resolve();
      }
    };

    const send = (w: { worker: Worker; open: Set<number>; alive: boolean }) => {
      while (w.open.size < AHEAD && nextToSend < inputs.length) {
        const n = nextToSend++;
        w.open.add(n);
        const job: Job = { n, input: inputs[n] as Input };
        w.worker.postMessage(job);
      }
    };

    const workers = Array.from({ length: count }, () => {
      const w = {
        worker: new Worker(parallel.script, {
          workerData: setup,
          // A young generation of 16 MB: smaller ones cost more in collections (a sixth of the
          // time at 4 MB) than they save in memory, as more short-lived objects reach the old one.
          resourceLimits: { maxYoungGenerationSizeMb: 16 },
        }),
        open: new Set<number>(),
        alive: true,
      };
      w.worker.on("message", (done: Done) => {
        w.open.delete(done.n);
        waiting.set(done.n, fromWire(done.result));
        send(w);
        emit();
      });
      const fail = (why: string) => {
        for (const n of w.open) {
          const input = inputs[n] as Input;
          waiting.set(n, { kind: "unreadable", file: input.file, error: why });
        }
        w.open.clear();
        w.alive = false;
        // With no worker left to take the rest, they are reported, not waited for.
        if (!workers.some((o) => o.alive))
          for (; nextToSend < inputs.length; nextToSend++) {
            const input = inputs[nextToSend] as Input;
            waiting.set(nextToSend, { kind: "unreadable", file: input.file, error: why });
          }
        emit();
      };
      w.worker.on("error", (e) => fail(`Het bestand kon niet worden gelezen: ${e.message}`));
      w.worker.on("exit", () => {
        if (!finished && w.alive)
          fail("Het bestand kon niet worden gelezen: de controle stopte onverwacht.");
      });
      return w;
    });
    for (const w of workers) send(w);

    /**
     * This thread's own share: one file per turn of the event loop, so that the workers' results
     * are taken (and new files handed out) between two of its files.
     */
    const own = () => {
      if (nextToSend < inputs.length && !finished) {
        const n = nextToSend++;
        waiting.set(n, checkInput(inputs[n] as Input, today));
        emit();
      }
      if (nextToSend < inputs.length && !finished) ownTurn = setImmediate(own);
    };
    ownTurn = setImmediate(own);
  });
}
