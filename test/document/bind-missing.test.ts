import { DocxDocument } from "../../src/document/docx/adapter";
import { bindDocx } from "../../src/document/docx/bind";
import { readStructure } from "../../src/document/docx/structure-read";
import { recognizeXml, recognizedValues } from "../../src/document/recognize";
import { zuidLimburgWithGaps } from "./gaps";

/** The document's paragraphs' texts, in order. */
function lines(bytes: Uint8Array): string[] {
  return readStructure(new DocxDocument(bytes).documentXml()).blocks.flatMap((b) =>
    b.kind === "para" ? [b.para.text] : b.table.rows.flatMap((r) => r.cells.map((c) => c.text)),
  );
}

describe("bind: the fields a document has no place for go at the end of their section", () => {
  const bytes = zuidLimburgWithGaps();
  const recognition = recognizeXml(new DocxDocument(bytes).documentXml());
  if (!recognition) throw new Error("not recognized");
  const missing = [...recognition.unplaced];

  it("finds the gaps: the two lines and the five ontwikkeldoelen", () => {
    expect(missing).toEqual(
      expect.arrayContaining([
        "school.brin",
        "school.telefoon",
        "ambitie.1.doel",
        "ambitie.5.tijdpad",
      ]),
    );
  });

  it("without being asked, bind adds nothing and lists them", () => {
    const result = bindDocx(bytes, recognition);
    expect(result.added).toEqual([]);
    expect(result.unplaced).toEqual(missing);
    expect(new DocxDocument(result.bytes).readSync().present.has("school.brin")).toBe(false);
  });

  it("asked, every missing field gets its control, and what was found keeps its value", () => {
    const result = bindDocx(bytes, recognition, { addMissing: true });
    expect(result.added).toEqual(missing);
    expect(result.unplaced).toEqual([]);
    expect(result.skipped).toEqual([]);
    const state = new DocxDocument(result.bytes).readSync();
    expect(state.problems).toEqual([]);
    for (const id of missing) expect(state.present.has(id)).toBe(true);
    expect(state.values).toEqual(recognizedValues(recognition));
  });

  it("puts them at the end of their section: before the next heading, in the template's words", () => {
    const text = lines(bindDocx(bytes, recognition, { addMissing: true }).bytes);
    const at = (pattern: RegExp) => text.findIndex((t) => pattern.test(t));
    expect(at(/^Brinnummer/)).toBeGreaterThan(at(/^Bestuur: Stichting Kindkracht Parkstad/));
    expect(at(/^Brinnummer/)).toBeLessThan(at(/^2\.2 Kengetallen/));
    expect(at(/^Telefoon/)).toBe(at(/^Brinnummer/) + 1);
    // The table of ontwikkeldoelen, whole, under its heading at the end of the document.
    expect(at(/^Ontwikkeldoel$/)).toBeGreaterThan(at(/^5 Ambities en ontwikkeldoelen/));
  });

  it("keeps every word of the school's document, in order", () => {
    const before = lines(bytes).join(" ").split(/\s+/).filter(Boolean);
    const after = lines(bindDocx(bytes, recognition, { addMissing: true }).bytes)
      .join(" ")
      .split(/\s+/)
      .filter(Boolean);
    let at = 0;
    const lost = before.filter((word) => {
      while (at < after.length && after[at] !== word) at += 1;
      if (at === after.length) return true;
      at += 1;
      return false;
    });
    expect(lost).toEqual([]);
    expect(after.length).toBeGreaterThan(before.length);
  });
});
