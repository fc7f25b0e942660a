/**
 * Whole-process figures of `sop check` for bench/run.ts: a folder of N copies of one filled
 * Zuid-Limburg SOP, checked by the built command (bin/sop.cjs) as a board runs it, and read by
 * python-docx for comparison. Wall time and peak memory come from /usr/bin/time.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filledTemplate } from "../test/document/filled";

const root = join(__dirname, "..");
const TIME = "/usr/bin/time";
const PYTHON = "/usr/bin/python3";

/** A folder of `count` filled Zuid-Limburg SOPs; remove it with the returned function. */
export function sopFolder(count: number): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "sop-bench-"));
  const bytes = filledTemplate("zuid-limburg");
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, `school-${String(i).padStart(4, "0")}.docx`), bytes);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export type ProcessRun = { seconds: number; maxRssMb: number; code: number | null };

/** Runs a command as a whole process, its output thrown away, and reads its time and peak memory. */
export function timed(command: string, args: readonly string[]): ProcessRun {
  const run = spawnSync(TIME, ["-f", "%e %M", command, ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = run.stderr.trim().split("\n").pop() ?? "";
  const [seconds, kb] = last.split(" ").map(Number);
  return { seconds: seconds ?? NaN, maxRssMb: (kb ?? NaN) / 1024, code: run.status };
}

export const canTime = () => existsSync(TIME);

/** Whether Debian's python-docx is there to compare with. */
export function hasPythonDocx(): boolean {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ["-c", "import docx"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export const checkRun = (dir: string) =>
  timed(process.execPath, [join(root, "bin", "sop.cjs"), "check", dir, "--format", "json"]);

export const pythonRun = (dir: string) =>
  timed(PYTHON, [join(__dirname, "python-docx-read.py"), dir]);
