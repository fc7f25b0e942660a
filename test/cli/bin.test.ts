import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { filled, schools, tempDir } from "./helpers";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const root = resolve(__dirname, "..", "..");

describe("npm run sop", () => {
  // The real entry through npm and tsx, as a board runs it: slow to start, so one test only.
  test("checks a folder from the command line with the contract's exit code and JSON", () => {
    filled(dir, "zuid-limburg", schools["zuid-limburg"], "mijnlamp.docx");
    const run = spawnSync(
      "npm",
      ["run", "--silent", "sop", "--", "check", dir, "--format", "json"],
      {
        cwd: root,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { files: { file: string; ready: boolean }[] };
    expect(report.files).toEqual([
      expect.objectContaining({ file: join(dir, "mijnlamp.docx"), ready: true }),
    ]);
  }, 90_000);
});
