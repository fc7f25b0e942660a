/**
 * `npm run bench`: prints each measured figure against its budget in docs/architecture (shared spec).
 * Timings live here, never in tests.
 */
import { cpus } from "node:os";
import { templates } from "../src/model";
import { evaluate } from "../src/rules";
import { complete as zuidLimburg } from "../test/fixtures/schools/zuid-limburg";

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(fn: () => unknown, runs: number, warmup = 50): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const row = (name: string, value: string, budget: string, ok: boolean) =>
  console.log(
    `${ok ? "ok  " : "OVER"}  ${name.padEnd(48)} ${value.padStart(12)}   budget ${budget}`,
  );

console.log(
  `SOP Assistent bench — ${cpus()[0]?.model ?? "onbekende CPU"} (${cpus().length} cores), Node ${process.version}`,
);

const template = templates["zuid-limburg"];
const ms = time(() => evaluate(template, zuidLimburg, "2026-11-23"), 2000);
row("rules: evaluate complete zuid-limburg (median)", `${ms.toFixed(3)} ms`, "< 2 ms", ms < 2);
