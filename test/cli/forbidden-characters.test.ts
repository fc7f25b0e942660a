import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { DocxDocument } from "../../src/document/docx/adapter";
import { templates, type Field } from "../../src/model";
import { dataFile, sop, tempDir } from "./helpers";

/**
 * Characters XML 1.0 forbids never reach a document: `fill` refuses them naming the field, a line
 * break and a tab become Word's own, and what is written opens in LibreOffice.
 */
const template = templates["zuid-limburg"];
const KINDS = ["text", "richText", "number", "date"] as const;
const fieldOf = (kind: Field["kind"]) => {
  const f = template.fields.find((e) => e.field.kind === kind)?.field;
  if (!f) throw new Error(`no ${kind} field in ${template.id}`);
  return f;
};
const FORBIDDEN = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\u000B",
  "\u000C",
  "\u000E",
  "\u001B",
  "\u001F",
  "\uFFFE",
  "\uFFFF",
  "\uD800",
  "\uDC00",
];
const code = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

describe("characters a Word document cannot hold", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  test.each(KINDS)(
    "fill refuses each of them in a %s field, naming the field, writing nothing",
    (kind) => {
      const field = fieldOf(kind);
      for (const c of FORBIDDEN) {
        const out = join(dir, `${kind}.docx`);
        const data = dataFile(dir, `${kind}.json`, { values: { [field.id]: `voor${c}na` } });
        const run = sop(["fill", template.id, "--data", data, "--out", out]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`(${field.id}) bevat het teken ${code(c)}`);
        expect(run.stderr).not.toMatch(/Er ging iets mis|\n\s+at /);
        expect(existsSync(out)).toBe(false);
      }
    },
  );

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
  (soffice ? test : test.skip)(
    "a line break and a tab become Word's own in every kind of field, and LibreOffice opens the result",
    () => {
      const values = Object.fromEntries(
        KINDS.map((kind) => [fieldOf(kind).id, `${kind} een\tkolom\nregel twee`]),
      );
      const out = join(dir, "tab-en-regel.docx");
      const run = sop([
        "fill",
        template.id,
        "--data",
        dataFile(dir, "ok.json", { values }),
        "--out",
        out,
      ]);
      expect(run.code).toBe(0);
      const xml = new TextDecoder().decode(unzipSync(readFileSync(out))["word/document.xml"]);
      expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\t/);
      expect(xml).toContain("<w:tab/>");
      const read = new DocxDocument(readFileSync(out)).readSync().values;
      for (const kind of KINDS) expect(read[fieldOf(kind).id]).toBe(values[fieldOf(kind).id]);

      const profile = join(dir, "profile");
      try {
        execFileSync(
          soffice as string,
          [
            "--headless",
            `-env:UserInstallation=file://${profile}`,
            "--convert-to",
            "txt:Text",
            "--outdir",
            dir,
            out,
          ],
          { stdio: "pipe", timeout: 120_000 },
        );
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
      const text = readFileSync(join(dir, "tab-en-regel.txt"), "utf8");
      for (const kind of KINDS) expect(text).toContain(`${kind} een\tkolom`);
      expect(text).toContain("regel twee");
    },
    180_000,
  );
});
