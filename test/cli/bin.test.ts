import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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

describe("the sop command on worker threads", () => {
  // 30 files (more than PARALLEL_FROM) of three kinds, named so that their order is not the order
  // in which threads happen to finish them: the report must still follow the folder.
  test("reports many files in input order, the same as checking them one by one", () => {
    const map = join(dir, "veel");
    mkdirSync(map);
    const good = readFileSync(filled(dir, "zuid-limburg", schools["zuid-limburg"], "goed.docx"));
    const other = readFileSync(
      filled(dir, "passenderwijs", schools.passenderwijs, "passenderwijs.docx"),
    );
    for (let i = 0; i < 30; i++) {
      const name = `school-${String(i).padStart(2, "0")}.docx`;
      writeFileSync(join(map, name), i % 7 === 3 ? "geen zip" : i % 2 === 0 ? good : other);
    }
    const run = (threads: string, format: string) =>
      spawnSync(
        process.execPath,
        [join(root, "bin", "sop.cjs"), "check", map, "--format", format],
        {
          cwd: root,
          encoding: "utf8",
          timeout: 60_000,
          env: { ...process.env, SOP_THREADS: threads, INIT_CWD: root },
        },
      );
    const threaded = run("2", "json");
    const single = run("1", "json");
    expect(threaded.status).toBe(2); // the broken files
    expect(threaded.stdout).toBe(single.stdout);
    const files = (
      JSON.parse(threaded.stdout) as {
        files: { file: string; school: string | null; error?: string }[];
      }
    ).files;
    expect(files.map((f) => f.file)).toEqual(
      Array.from({ length: 30 }, (_, i) => join(map, `school-${String(i).padStart(2, "0")}.docx`)),
    );
    expect(files[0]?.school).toBe("Basisschool De Mijnlamp");
    expect(files[3]?.error).toContain("geen zip-pakket");
    expect(run("2", "text").stdout).toBe(run("1", "text").stdout);
  }, 120_000);
});
