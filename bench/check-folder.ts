/**
 * Runs `sop check` in this process over a folder of N copies of one filled zuid-limburg document and
 * prints, as JSON: the documents per second and the peak memory (maxRSS) of the process.
 * Used by bench/run.ts in a child process, so the memory figure is that of `check` alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { filledTemplate } from "../test/document/filled";

const count = Number(process.argv[2] ?? 500);
const dir = mkdtempSync(join(tmpdir(), "sop-bench-"));
try {
  const bytes = filledTemplate("zuid-limburg");
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, `school-${String(i).padStart(4, "0")}.docx`), bytes);
  const sink = { write: () => true };
  const started = process.hrtime.bigint();
  const code = main(["check", dir, "--format", "json"], {
    stdout: sink,
    stderr: { ...sink, isTTY: false, columns: 80 },
    now: () => new Date(2026, 10, 23),
    cwd: dir,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // What stays in memory after a full collection: the report's data, which must not grow much per file.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  process.stdout.write(
    JSON.stringify({
      code,
      count,
      perSecond: count / seconds,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      retainedMb: gc ? process.memoryUsage().heapUsed / 1024 / 1024 : NaN,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
