import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { dataFile, filled, schools, tempDir } from "./helpers";

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

describe("the built command's libraries, loaded on first use", () => {
  // The bundle leaves zod, xmldom, the zip writer and the workbook library out of its start
  // (scripts/build-cli.cjs, ADR 0025); each command that needs one must still find it.
  const built = (args: readonly string[]) =>
    spawnSync(process.execPath, [join(root, "bin", "sop.cjs"), ...args], {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, INIT_CWD: dir },
    });

  test("fill writes a document and refuses a wrong value with the schema's message", () => {
    const data = dataFile(dir, "lazy.json", {
      template: "zuid-limburg",
      values: schools["zuid-limburg"],
    });
    const written = built(["fill", "zuid-limburg", "--data", data, "--out", "lazy.docx"]);
    expect(written.stderr).toBe("");
    expect(written.status).toBe(0);
    expect(built(["check", "lazy.docx"]).status).toBe(0);

    const wrong = dataFile(dir, "wrong.json", { template: "zuid-limburg", values: [1, 2] });
    const refused = built(["fill", "zuid-limburg", "--data", wrong, "--out", "wrong.docx"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("wrong.json");
    expect(refused.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 120_000);

  test("check --format xlsx writes the workbook with its three sheets", () => {
    filled(dir, "zuid-limburg", schools["zuid-limburg"], "werkmap.docx");
    const run = built(["check", "werkmap.docx", "--format", "xlsx", "--out", "overzicht.xlsx"]);
    expect(run.status).toBe(0);
    const workbook = strFromU8(
      unzipSync(readFileSync(join(dir, "overzicht.xlsx")))["xl/workbook.xml"] ?? new Uint8Array(),
    );
    for (const sheet of ["Overzicht", "Bevindingen", "Codes"])
      expect(workbook).toContain(`name="${sheet}"`);
  }, 120_000);
});
