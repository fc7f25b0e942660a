import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { filled, rewritePart, schools, sop, tempDir } from "./helpers";

/** A value in a document can neither forge a report line, nor drive the terminal, nor plant a formula. */
describe("reports that cannot be forged", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const zl = schools["zuid-limburg"];

  test.each([
    ['=HYPERLINK("http://x";"klik")', `"'=HYPERLINK(""http://x"";""klik"")"`],
    ["+31 45 123", "'+31 45 123"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    // The school's name is trimmed before it is reported: what is left is what counts.
    ["  =1+1", "'=1+1"],
    ["\tschool", "school"],
  ])("a school named %j is text in the CSV, never a formula", (name, cell) => {
    const file = filled(dir, "zuid-limburg", { ...zl, "school.naam": name }, "csv.docx");
    const run = sop(["check", file, "--format", "csv"]);
    // Dutch Excel's overview: `;` between cells, the school's name first.
    const row = run.stdout.split("\r\n")[1] as string;
    expect(row.startsWith(`${cell};`)).toBe(true);
  });

  test("a file named like a formula is neutralised too", () => {
    const file = join(dir, "=1+2.docx");
    copyFileSync(filled(dir, "zuid-limburg", zl, "gewoon.docx"), file);
    const run = sop(["check", "=1+2.docx", "--format", "csv"], { cwd: dir });
    expect(run.stdout.split("\r\n")[1]).toMatch(/^[^;]*;'=1\+2\.docx;/);
  });

  test("escape sequences and line breaks in a school's name are shown escaped, on its own line", () => {
    const file = filled(dir, "zuid-limburg", zl, "esc.docx");
    const forged = "De Mijnlamp\u001b[2J\u001b[31m\nSamenvatting: alles klaar\u202Egnol";
    writeFileSync(
      file,
      rewritePart(readFileSync(file), "word/document.xml", (xml) =>
        xml.replace("Basisschool De Mijnlamp", forged.replace("\n", "</w:t><w:br/><w:t>")),
      ),
    );
    const run = sop(["check", file]);
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).not.toContain("\u202E");
    expect(run.stdout).toContain(
      "De Mijnlamp\\e[2J\\e[31m\\nSamenvatting: alles klaar\\u{202E}gnol",
    );
    expect(run.stdout.split("\n").filter((l) => l.startsWith("Samenvatting:"))).toHaveLength(1);
  });

  test("a file name with a line break and an escape: visible in text, exact in JSON", () => {
    const name = "school\n\u001b[1mvet.docx";
    const file = join(dir, name);
    copyFileSync(filled(dir, "zuid-limburg", zl, "bron.docx"), file);
    const text = sop(["check", file]);
    expect(text.stdout).toContain("school\\n\\e[1mvet.docx");
    expect(text.stdout).not.toContain("\u001b");
    const json = sop(["check", file, "--format", "json"]);
    expect((JSON.parse(json.stdout) as { files: { file: string }[] }).files[0]?.file).toBe(file);
  });
});
