import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeCase } from "./generator";
import { runCase } from "./harness";

/**
 * 2,000 structurally mutated SOPs through `check` (and some through `fill`), from a fixed seed; one
 * in four also gets the random edits or byte flips of the former random fuzz (generator.ts):
 * no exit code outside 0/1/2, no stack trace, no file missing from the report, nothing over its
 * time, the readers agreeing, and a `fill` result that opens. `npm run fuzz -- --cases 100000`
 * runs more; a case that fails there is replayed with its seed and number.
 */
const SEED = 20261202;
const CASES = 2000;
const CHUNK = 500;

describe("structural fuzzing of check and fill", () => {
  const dir = mkdtempSync(join(tmpdir(), "sop-fuzz-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(Array.from({ length: CASES / CHUNK }, (_, i) => i * CHUNK))(
    "cases %d to +500",
    (from) => {
      const failures: string[] = [];
      for (let i = from; i < from + CHUNK; i++) {
        const c = makeCase(SEED, i);
        const problem = runCase(c, dir, { readers: i % 10 === 0, fill: i % 50 === 0 });
        if (problem) failures.push(`${c.name} [${c.mutations.join(", ")}]: ${problem}`);
      }
      expect(failures).toEqual([]);
    },
    600_000,
  );
});
