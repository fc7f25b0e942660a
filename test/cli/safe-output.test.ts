import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { DocxDocument } from "../../src/document/docx/adapter";
import { dataFile, filled, schools, sop, tempDir } from "./helpers";

/** Never overwrite an input; `-` is standard output; --in-place keeps what the file is. */
describe("where output goes", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const sopFile = filled(dir, "zuid-limburg", schools["zuid-limburg"], "school.docx");
  const original = readFileSync(sopFile);
  const data = dataFile(dir, "plaats.json", { values: { "school.plaats": "Heerlen" } });

  test.each([
    ["the SOP itself", () => sopFile],
    [
      "a symbolic link to it",
      () => (symlinkSync(sopFile, join(dir, "link.docx")), join(dir, "link.docx")),
    ],
    [
      "a hard link to it",
      () => (linkSync(sopFile, join(dir, "hard.docx")), join(dir, "hard.docx")),
    ],
  ])("check --out refuses %s, and the SOP stays as it was", (_name, target) => {
    const out = target();
    const run = sop(["check", sopFile, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /een van de bestanden die gelezen worden; het wordt niet overschreven/,
    );
    expect(readFileSync(sopFile)).toEqual(original);
  });

  test("check --out inside a checked folder refuses a file of that folder", () => {
    const run = sop(["check", dir, "--out", sopFile]);
    expect(run.code).toBe(2);
    expect(readFileSync(sopFile)).toEqual(original);
  });

  test("check --out - writes the report to standard output", () => {
    const run = sop(["check", sopFile, "--format", "json", "--out", "-"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0].ready).toBe(true);
    expect(run.stderr).not.toMatch(/Rapport geschreven/);
  });

  test("fill --out - writes the document to standard output", () => {
    const run = sop(["fill", sopFile, "--data", data, "--out", "-"]);
    expect(run.code).toBe(0);
    const doc = new DocxDocument(run.stdoutBytes);
    expect(doc.readSync().values["school.plaats"]).toBe("Heerlen");
    expect(run.stderr).toMatch(/Document geschreven/);
  });

  test("fill --out refuses the document it fills, also through a link", () => {
    symlinkSync(sopFile, join(dir, "link2.docx"));
    const run = sop(["fill", sopFile, "--data", data, "--out", join(dir, "link2.docx")]);
    expect(run.code).toBe(2);
    expect(readFileSync(sopFile)).toEqual(original);
  });

  test("--in-place through a symbolic link writes the real file and keeps its permissions", () => {
    const real = filled(dir, "zuid-limburg", schools["zuid-limburg"], "echt.docx");
    chmodSync(real, 0o640);
    const link = join(dir, "snelkoppeling.docx");
    symlinkSync(real, link);
    const run = sop(["fill", link, "--data", data, "--in-place"]);
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(new DocxDocument(readFileSync(real)).readSync().values["school.plaats"]).toBe("Heerlen");
  });

  test("--in-place keeps hard links: every name shows the new document", () => {
    const a = filled(dir, "zuid-limburg", schools["zuid-limburg"], "a.docx");
    const b = join(dir, "b.docx");
    linkSync(a, b);
    const run = sop(["fill", a, "--data", data, "--in-place"]);
    expect(run.code).toBe(0);
    expect(statSync(a).ino).toBe(statSync(b).ino);
    expect(new DocxDocument(readFileSync(b)).readSync().values["school.plaats"]).toBe("Heerlen");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  test("--in-place refuses a read-only file and leaves it alone", () => {
    const ro = filled(dir, "zuid-limburg", schools["zuid-limburg"], "alleen-lezen.docx");
    const before = readFileSync(ro);
    chmodSync(ro, 0o444);
    const run = sop(["fill", ro, "--data", data, "--in-place"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/alleen-lezen.docx: het bestand is alleen-lezen/);
    expect(readFileSync(ro)).toEqual(before);
  });

  test("a temporary file left by a killed run is removed by the next run in that folder", () => {
    // The id of a process that does not exist (pids never reach 2^22 on Linux).
    const stale = join(dir, ".oud.docx.sop-4194304-0123456789ab.tmp");
    writeFileSync(stale, "half geschreven");
    // One of a run that is still busy (this process) is left alone.
    const busy = join(dir, `.bezig.docx.sop-${process.pid}-0123456789ab.tmp`);
    writeFileSync(busy, "nog bezig");
    const run = sop(["fill", sopFile, "--data", data, "--out", join(dir, "nieuw.docx")]);
    expect(run.code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(busy)).toBe(true);
  });
});
