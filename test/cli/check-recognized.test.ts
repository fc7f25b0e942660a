import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { filled, schools, sop, tempDir, withoutCustomProperties } from "./helpers";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const fixtures = join(__dirname, "../fixtures/recognition");

type Entry = {
  file: string;
  template: string | null;
  source?: string;
  ready: boolean;
  progress: { filled: number; required: number } | null;
  findings: { rule: string }[];
};

describe("sop check on SOPs without SOP fields", () => {
  test("every school-made SOP and LibreOffice re-save in a folder is read by recognition", () => {
    const folder = join(dir, "ontvangen");
    mkdirSync(folder);
    const names = readdirSync(fixtures).filter((f) => f.endsWith(".docx"));
    for (const name of names) copyFileSync(join(fixtures, name), join(folder, name));
    const run = sop(["check", folder, "--format", "json"]);
    const report = JSON.parse(run.stdout) as { files: Entry[] };
    expect(report.files).toHaveLength(names.length);
    for (const entry of report.files) {
      const name = entry.file.split(/[\\/]/).pop() as string;
      const expected = JSON.parse(
        readFileSync(join(fixtures, name.replace(/\.docx$/, ".expected.json")), "utf8"),
      ) as { template: string };
      expect({ name, template: entry.template, source: entry.source }).toEqual({
        name,
        template: expected.template,
        source: "recognized",
      });
    }
    expect(run.code).not.toBe(2);
  });

  test("the text report says the answers were read from the document's text", () => {
    const run = sop(["check", join(fixtures, "haaglanden-2021-school.docx")]);
    expect(run.stdout).toContain("Basisschool De Vlieger");
    expect(run.stdout).toContain(
      "Gelezen:   de antwoorden zijn uit de tekst van het document gelezen (het heeft geen SOP-velden)",
    );
    // The CJG row has an x beside its label, in no option's column: it is reported as not answered.
    expect(run.stdout).toMatch(/Nog 1 veld in te vullen.*CJG/);
  });

  test("a filled SOP that lost its properties is judged as with them", () => {
    const ours = filled(dir, "zuid-limburg", schools["zuid-limburg"], "eigen.docx");
    const bare = join(dir, "zonder-eigenschappen.docx");
    writeFileSync(bare, withoutCustomProperties(new Uint8Array(readFileSync(ours))));
    const run = sop(["check", ours, bare, "--format", "json"]);
    const [own, recognized] = (JSON.parse(run.stdout) as { files: Entry[] }).files;
    expect(own?.source).toBe("controls");
    expect(recognized?.source).toBe("recognized");
    expect(recognized?.template).toBe("zuid-limburg");
    expect(recognized?.progress).toEqual(own?.progress);
    expect(recognized?.ready).toBe(own?.ready);
    expect(recognized?.findings.map((f) => f.rule)).toEqual(own?.findings.map((f) => f.rule));
  });

  test("a document that follows no template is still no SOP: exit 2", () => {
    const file = join(dir, "brief.docx");
    copyFileSync(join(__dirname, "../fixtures/word/word-controls.docx"), file);
    const run = sop(["check", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Dit document is geen SOP");
  });
});
