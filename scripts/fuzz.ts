/**
 * Structural fuzzing of `sop check` and `sop fill`: `npm run fuzz -- --cases 100000 --seed 7`.
 * Every case is made from the seed and its number (test/fuzz/generator.ts), so a failure is
 * replayed with `--seed S --from N --cases 1`. Failing cases are written to fuzz-failures/ with
 * what went wrong; put each one in test/fixtures/bad/ with its expected message
 * (scripts/make-bad-corpus.ts). Exit 0 when every case passed, 1 otherwise.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeCase } from "../test/fuzz/generator";
import { runCase } from "../test/fuzz/harness";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} verwacht een geheel getal.`);
    process.exit(2);
  }
  return value;
}

const cases = option("cases", 2000);
const seed = option("seed", 20261202);
const from = option("from", 0);
const dir = mkdtempSync(join(tmpdir(), "sop-fuzz-"));
const failuresDir = join(process.cwd(), "fuzz-failures");
let failures = 0;
const started = Date.now();
try {
  for (let i = from; i < from + cases; i++) {
    const c = makeCase(seed, i);
    // The DOM reader and fill are slow next to check: each runs on a share of the cases.
    const problem = runCase(c, dir, { readers: i % 20 === 0, fill: i % 100 === 0 });
    if (problem) {
      failures += 1;
      mkdirSync(failuresDir, { recursive: true });
      writeFileSync(join(failuresDir, `${c.name}.docx`), c.bytes);
      writeFileSync(
        join(failuresDir, `${c.name}.txt`),
        `${problem}\nmutaties: ${c.mutations.join(", ")}\n`,
      );
      console.log(`FOUT ${c.name} [${c.mutations.join(", ")}]: ${problem}`);
    }
    if ((i - from + 1) % 1000 === 0)
      console.log(
        `${i - from + 1} van ${cases} gevallen, ${failures} fout, ${Math.round((Date.now() - started) / 1000)} s`,
      );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `Klaar: ${cases} gevallen (seed ${seed}), ${failures} fout, ${Math.round((Date.now() - started) / 1000)} s.`,
);
process.exit(failures > 0 ? 1 : 0);
