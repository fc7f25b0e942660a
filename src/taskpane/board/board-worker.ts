/// <reference lib="webworker" />
/**
 * The board page's web worker: reads a chosen file and checks it with the same docx adapter and
 * rules as `sop check` (src/report/check-file), off the page's thread.
 */
import { checkSop } from "../../report/check-file";
import { toWire, type WireResult } from "../../report/wire";
import type { DutchDate } from "../../rules";
import { charts } from "../charts";
import type { ScoreSpread } from "./board-data";

export type BoardJob = { n: number; name: string; file: Blob; today: DutchDate };
export type BoardDone = { n: number; result: WireResult; spreads: ScoreSpread[] };

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function handle(job: BoardJob): Promise<BoardDone> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await job.file.arrayBuffer());
  } catch {
    return {
      n: job.n,
      result: { kind: "unreadable", file: job.name, error: "Het bestand kon niet worden gelezen." },
      spreads: [],
    };
  }
  const checked = checkSop(job.name, bytes, job.today);
  if (!("result" in checked)) return { n: job.n, result: checked, spreads: [] };
  const { result, evaluation, values } = checked;
  const spreads = charts(result.template, evaluation, values)
    .filter((c) => c.bars.length >= 5) // the long scored tables, not the four-row counts
    .map((c) => {
      const counts = Array.from({ length: c.max }, () => 0);
      for (const b of c.bars)
        if (b.value !== null) counts[b.value - 1] = (counts[b.value - 1] ?? 0) + 1;
      return { rule: c.rule, title: c.title, norm: c.norm, normText: c.normText, counts };
    });
  return { n: job.n, result: toWire(result), spreads };
}

scope.onmessage = (event: MessageEvent<BoardJob>) => {
  void handle(event.data).then((done) => scope.postMessage(done));
};
