import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../src/report/check-file";
import { filled, schools, sop, tempDir } from "./helpers";

const bad = join(__dirname, "../fixtures/bad");

type Report = { files: { file: string; ready: boolean; error?: string }[] };

describe("bounded work for every input", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  test("450 nested controls are read in well under a second, without multiplying memory", () => {
    const bytes = readFileSync(join(bad, "nested-controls.docx"));
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const started = Date.now();
    const result = checkDocument("nested-controls.docx", bytes, { year: 2026, month: 11, day: 23 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(150 * 1024 * 1024);
    expect(result.kind).toBe("checked");
    // The 450 copies of one field are a conflict the board sees, not a crash.
    if (result.kind === "checked")
      expect(result.findings.find((f) => f.rule === "DOC-DUPLICATE")?.message).toContain(
        "451 keer",
      );
  });

  test("a document past the text caps gets a Dutch message and exit 2, the others are reported", () => {
    const folder = join(dir, "caps");
    execFileSync("mkdir", ["-p", folder]);
    copyFileSync(join(bad, "too-much-text.docx"), join(folder, "a-too-much-text.docx"));
    copyFileSync(join(bad, "huge-field.docx"), join(folder, "b-huge-field.docx"));
    filled(folder, "zuid-limburg", schools["zuid-limburg"], "c-goed.docx");
    const run = sop(["check", folder, "--format", "json"]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.files.map((f) => f.file.split("/").pop())).toEqual([
      "a-too-much-text.docx",
      "b-huge-field.docx",
      "c-goed.docx",
    ]);
    expect(report.files[0]?.error).toMatch(/meer tekst in zijn velden dan SOP Assistent veilig/);
    expect(report.files[1]?.error).toMatch(/1\.000\.000 tekens in één veld/);
    expect(report.files[2]?.ready).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at |heap/);
  });

  test("a FIFO, a device and a dangling link in a folder are reported, not waited on or skipped", () => {
    const folder = join(dir, "special");
    execFileSync("mkdir", ["-p", folder]);
    execFileSync("mkfifo", [join(folder, "wacht.docx")]);
    symlinkSync("/dev/null", join(folder, "apparaat.docx"));
    symlinkSync(join(folder, "bestaat-niet.docx"), join(folder, "kapot.docx"));
    filled(folder, "zuid-limburg", schools["zuid-limburg"], "goed.docx");
    const run = sop(["check", folder]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/wacht\.docx\n {2}Niet te lezen: .*geen gewoon bestand.*FIFO/);
    expect(run.stdout).toMatch(/apparaat\.docx\n {2}Niet te lezen: .*FIFO, apparaat of socket/);
    expect(run.stdout).toMatch(/kapot\.docx\n {2}Niet te lezen: .*snelkoppeling.*niet bestaat/);
    expect(run.stdout).toMatch(/Klaar voor het bestuur: ja/);
    expect(run.stdout).toMatch(/4 bestanden gecontroleerd/);
  });

  test("a FIFO or a dangling link named on the command line is reported too", () => {
    const fifo = join(dir, "los.docx");
    execFileSync("mkfifo", [fifo]);
    symlinkSync(join(dir, "nergens.docx"), join(dir, "link.docx"));
    const run = sop(["check", fifo, join(dir, "link.docx"), "/dev/zero"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/los\.docx\n {2}Niet te lezen: Dit is geen gewoon bestand/);
    expect(run.stdout).toMatch(/link\.docx\n {2}Niet te lezen: Dit is een snelkoppeling/);
    expect(run.stdout).toMatch(/\/dev\/zero\n {2}Niet te lezen: Dit is geen gewoon bestand/);
  });
});
