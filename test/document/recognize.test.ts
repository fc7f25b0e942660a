import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DocxPackage } from "../../src/document/docx/package";
import { readStructure } from "../../src/document/docx/structure-read";
import { recognizeAny } from "../../src/document/recognize/recognize";
import type { Values } from "../../src/model";

const dir = join(__dirname, "../fixtures/recognition");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.replace(/\.expected\.json$/, ""));

/** The values a recognition found, as `values` shows them (empty places left out). */
export function recognizedValues(file: string): { template?: string; values: Values } {
  const pkg = DocxPackage.open(new Uint8Array(readFileSync(file)));
  const r = recognizeAny(readStructure(pkg.documentBytes()));
  if (!r) return { values: {} };
  const values: Record<string, unknown> = {};
  for (const f of r.found) if (f.value !== null) values[f.field] = f.value;
  return { template: r.template.id, values: values as Values };
}

describe("recognizing SOPs made without SOP Assistent", () => {
  it("has fixtures of every kind", () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  it.each(cases)("%s: the template and every answer", (name) => {
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as {
      template: string;
      values: Values;
    };
    const got = recognizedValues(join(dir, `${name}.docx`));
    expect(got.template).toBe(expected.template);
    expect(got.values).toEqual(expected.values);
  });
});

describe("what the recognizer keeps beside the values", () => {
  const read = (name: string) => {
    const pkg = DocxPackage.open(new Uint8Array(readFileSync(join(dir, name))));
    return readStructure(pkg.documentBytes());
  };

  it("keeps the words after an answer as a remark, and where each answer stood", () => {
    const r = recognizeAny(read("haaglanden-2021-school.docx"));
    const verzorging = r?.found.find((f) => f.field === "voorziening.verzorgingsruimte");
    expect(verzorging?.value).toBe("aanwezig");
    expect(verzorging?.from.remark).toBe("badkamer");
    expect(verzorging?.from.section).toBe(
      "Bijzondere voorzieningen en/of toegankelijkheid in het gebouw",
    );
    expect(verzorging?.from.table).toEqual(expect.any(Number));
    expect(verzorging?.from.text).toBe("Ja(badkamer)");
  });

  it("does not take an x typed beside a label for a tick, but knows the row is there", () => {
    const r = recognizeAny(read("haaglanden-2021-school.docx"));
    const cjg = r?.found.find((f) => f.field === "extern.cjg");
    expect(cjg?.value).toBeNull();
    expect(r?.unplaced).not.toContain("extern.cjg");
  });

  it("finds no SOP in a document that is none", () => {
    const pkg = DocxPackage.open(
      new Uint8Array(readFileSync(join(__dirname, "../fixtures/word/word-controls.docx"))),
    );
    expect(recognizeAny(readStructure(pkg.documentBytes()))).toBeUndefined();
  });

  it("reads a document as the template it is told, and lists what it has no place for", () => {
    const r = recognizeAny(read("haaglanden-2021-school.docx"), "haaglanden-2025");
    expect(r?.template.id).toBe("haaglanden-2025");
    expect(r?.unplaced).toContain("ambities");
  });
});
