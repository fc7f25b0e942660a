import { fromWire } from "../../report/wire";
import type { DutchDate } from "../../rules";
import type { BoardEntry } from "./board-data";
import type { BoardDone, BoardJob } from "./board-worker";

/** A chosen file and the name it is shown by (its path inside a chosen folder). */
export type Chosen = { file: Blob; name: string };

/** Files in flight per worker: enough that none waits, few enough to keep memory small. */
const AHEAD = 4;

/**
 * Checks the files in web workers, one per core (at most four), and hands each entry to `onEntry`
 * as it is done. Resolves when all are done.
 */
export function readFiles(
  files: readonly Chosen[],
  today: DutchDate,
  onEntry: (entry: BoardEntry) => void,
): Promise<void> {
  return new Promise((resolve) => {
    if (files.length === 0) return resolve();
    const count = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4, files.length));
    let next = 0;
    let done = 0;
    const workers: Worker[] = [];
    const open = new Map<Worker, Set<number>>();
    const finish = (entry: BoardEntry, w: Worker) => {
      open.get(w)?.delete(entry.n);
      onEntry(entry);
      done += 1;
      if (done === files.length) {
        for (const o of workers) o.terminate();
        resolve();
      }
    };
    const send = (w: Worker) => {
      if (next >= files.length) return;
      const n = next++;
      open.get(w)?.add(n);
      const f = files[n] as Chosen;
      const job: BoardJob = { n, name: f.name, file: f.file, today };
      w.postMessage(job);
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(new URL("./board-worker.ts", import.meta.url));
      open.set(w, new Set());
      w.onmessage = (event: MessageEvent<BoardDone>) => {
        const { n, result, spreads } = event.data;
        finish({ n, result: fromWire(result), spreads }, w);
        send(w);
      };
      w.onerror = (event) => {
        event.preventDefault();
        // Its open files get a row with the reason; the others read the rest (or, with no
        // worker left, the rest is reported the same way rather than waited for).
        w.terminate();
        workers.splice(workers.indexOf(w), 1);
        const failed = [...(open.get(w) ?? [])];
        if (workers.length === 0) while (next < files.length) failed.push(next++);
        for (const n of failed)
          finish(
            {
              n,
              result: {
                kind: "unreadable",
                file: files[n]?.name ?? "",
                error: "Het bestand kon niet worden gelezen: de controle stopte onverwacht.",
              },
              spreads: [],
            },
            w,
          );
      };
      workers.push(w);
      for (let k = 0; k < AHEAD; k++) send(w);
    }
  });
}
