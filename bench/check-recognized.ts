/**
 * Runs `sop check` in this process over N copies of a full Zuid-Limburg SOP without SOP fields (our
 * filled template re-saved by LibreOffice), so every document is read by recognition; prints the
 * documents per second as JSON. Used by bench/run.ts in a child process.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";

const count = Number(process.argv[2] ?? 100);
const dir = mkdtempSync(join(tmpdir(), "sop-bench-recognized-"));
try {
  const bytes = readFileSync(
    join(__dirname, "../test/fixtures/recognition/zuid-limburg-libreoffice.docx"),
  );
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
  process.stdout.write(JSON.stringify({ code, count, perSecond: count / seconds }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
