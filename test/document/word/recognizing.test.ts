import { DocxDocument } from "../../../src/document/docx/adapter";
import { bindDocx } from "../../../src/document/docx/bind";
import { recognizingDocx } from "../../../src/document/recognize/docx-recognizing";
import { recognizeXml } from "../../../src/document/recognize";
import { importedDocx, planImport } from "../../../src/document/recognize/import";
import { WordDocument } from "../../../src/document/word/word-document";
import {
  documentXmlOf,
  fixture,
  inOrder,
  withComment,
  withDatePicker,
  withHeader,
  withRevision,
  words,
} from "./recognizing-docs";
import { PROFILES, WordSimulator } from "./simulator";
import { zuidLimburgWithGaps } from "../gaps";

/**
 * Recognize, bind and import on the document open in Word (ADR 0018), under every reading of Word's
 * behaviour the simulator can play: the same answers as the .docx side, every word kept, and Word's
 * round trips counted.
 */

const NAMES = [
  "haaglanden-2021-school",
  "zuid-limburg-form",
  "zuid-limburg-formcheckbox",
  "passenderwijs-controls",
  "haaglanden-2025-glyphs",
  "haaglanden-2021-libreoffice",
];

const byProfile = PROFILES.map((p) => [p.name, p] as const);

/** What the .docx side (browser edition, `sop bind`) gives for the same file. */
function docxBound(bytes: Uint8Array) {
  const doc = new DocxDocument(bytes);
  const own = doc.template();
  const r = recognizeXml(doc.documentXml(), own?.id);
  if (!r) throw new Error("not recognized");
  return new DocxDocument(bindDocx(bytes, r).bytes).readSync();
}

describe.each(byProfile)("recognition in Word (%s profile)", (_name, profile) => {
  it.each(NAMES)("%s: recognize reads what the .docx side reads, in one sync", async (name) => {
    const bytes = fixture(name);
    const sim = new WordSimulator(bytes, profile);
    const word = await new WordDocument(sim.host).recognize();
    expect(sim.runs).toHaveLength(1);
    expect(sim.lastSyncs).toBe(1);
    const docx = await recognizingDocx(new DocxDocument(bytes)).recognize();
    expect(word).toEqual(docx);
    expect(word?.found.length).toBeGreaterThan(10);
  });

  it.each(NAMES)(
    "%s: Velden toevoegen gives the values the .docx side gives, keeps every word, two syncs",
    async (name) => {
      const bytes = fixture(name);
      const sim = new WordSimulator(bytes, profile);
      const doc = new WordDocument(sim.host);
      const found = await doc.recognize();
      if (!found) throw new Error(`${name} not recognized`);
      const changed = jest.fn();
      doc.onChange(changed);
      const before = sim.runs.length;
      await doc.bindFields(found.template);
      // One run of two syncs; after it, the change watch registers on the new controls.
      expect(sim.runs[before]?.syncs).toBe(2);
      expect(changed).toHaveBeenCalled();

      const state = await doc.readAll();
      expect(state.detection).toMatchObject({ kind: "sop", template: found.template });
      const expected = docxBound(bytes);
      expect(state.values).toEqual(expected.values);
      expect(state.present).toEqual(expected.present);
      // The saved file reads the same, and holds every word of the school's document in order.
      const saved = sim.toBytes();
      expect(new DocxDocument(saved).readSync().values).toEqual(expected.values);
      expect(inOrder(words(documentXmlOf(bytes)), words(documentXmlOf(saved)))).toBe(true);
      // Now an SOP of ours: nothing left to recognize.
      expect(await doc.recognize()).toBeUndefined();
    },
  );

  it("Velden toevoegen with the missing ones adds them in Word as the .docx side does", async () => {
    const bytes = zuidLimburgWithGaps();
    const r = recognizeXml(new DocxDocument(bytes).documentXml());
    if (!r) throw new Error("not recognized");
    expect(r.unplaced).toContain("school.brin");
    const expected = new DocxDocument(bindDocx(bytes, r, { addMissing: true }).bytes).readSync();
    const sim = new WordSimulator(bytes, profile);
    const doc = new WordDocument(sim.host);
    await doc.bindFields("zuid-limburg", { addMissing: true });
    const state = await doc.readAll();
    expect(state.present.has("school.brin")).toBe(true);
    expect(state.present).toEqual(expected.present);
    expect(inOrder(words(documentXmlOf(bytes)), words(documentXmlOf(sim.toBytes())))).toBe(true);
  });

  it("keeps the header of the school's document", async () => {
    const sim = new WordSimulator(withHeader(fixture("zuid-limburg-form")), profile);
    expect(sim.headerFooterReferences()).toEqual(["headerReference"]);
    await new WordDocument(sim.host).bindFields("zuid-limburg");
    expect(sim.headerFooterReferences()).toEqual(["headerReference"]);
  });

  it("with Track Changes on, the fields come without revisions and tracking stays on", async () => {
    const sim = new WordSimulator(fixture("haaglanden-2021-school"), profile);
    sim.userTracksChanges(true);
    const doc = new WordDocument(sim.host);
    await doc.bindFields("haaglanden-2021");
    const xml = documentXmlOf(sim.toBytes());
    expect(xml).not.toMatch(/<w:(?:ins|del)\b/);
    expect(xml).toContain('<w:tag w:val="sop:school.naam"/>');
    // The pane's own writes are tracked again from here on.
    await doc.write([{ field: "school.naam", value: "De Vlieger" }]);
    expect(documentXmlOf(sim.toBytes())).toMatch(/<w:ins\b/);
  });

  it("a document with tracked changes is not touched: the person is asked to settle them", async () => {
    const bytes = withRevision(fixture("haaglanden-2021-school"));
    const sim = new WordSimulator(bytes, profile);
    const doc = new WordDocument(sim.host);
    await expect(doc.bindFields("haaglanden-2021")).rejects.toThrow(
      /bevat bijgehouden wijzigingen\. Accepteer of weiger ze eerst .*Er is niets veranderd\./,
    );
    expect(documentXmlOf(sim.toBytes())).toBe(documentXmlOf(bytes));
    expect((await doc.detect()).kind).toBe("none");
  });

  it("comments stay where Word sends them, and a document is not touched where it does not", async () => {
    const bytes = withComment(fixture("zuid-limburg-form"));
    const sim = new WordSimulator(bytes, profile);
    const doc = new WordDocument(sim.host);
    if (profile.ooxmlComments === "sent") {
      await doc.bindFields("zuid-limburg");
      const xml = documentXmlOf(sim.toBytes());
      expect(xml).toMatch(/<w:commentReference w:id="0"\/>/);
      expect(xml).toMatch(/<w:commentRangeStart w:id="0"\/>/);
    } else {
      await expect(doc.bindFields("zuid-limburg")).rejects.toThrow(
        /heeft opmerkingen die Word .* niet zou bewaren.*Overnemen in een nieuw document/,
      );
      expect(documentXmlOf(sim.toBytes())).toBe(documentXmlOf(bytes));
    }
  });

  it("a date picker: bound where Word allows it, refused with the way out where it does not", async () => {
    const bytes = withDatePicker(fixture("passenderwijs-controls"));
    const sim = new WordSimulator(bytes, profile);
    const doc = new WordDocument(sim.host);
    if (profile.notAllowedOnLocked) {
      await expect(doc.bindFields("passenderwijs")).rejects.toThrow(
        /Word staat niet toe .* Kies Overnemen in een nieuw document\. Er is niets veranderd\./,
      );
      expect((await doc.detect()).kind).toBe("none");
    } else {
      await doc.bindFields("passenderwijs");
      expect(documentXmlOf(sim.toBytes())).toContain("23-11-2026");
    }
  });

  it("Overnemen in een nieuw document opens the new SOP beside this one, which stays", async () => {
    const bytes = fixture("haaglanden-2021-school");
    const sim = new WordSimulator(bytes, profile);
    await new WordDocument(sim.host).importInto("haaglanden-2021");
    expect(sim.lastSyncs).toBe(2);
    expect(sim.opened).toHaveLength(1);
    const opened = new DocxDocument(sim.opened[0] as Uint8Array);
    const plan = planImport(bytes, "haaglanden-2021");
    const expected = new DocxDocument(
      importedDocx(plan, { year: 2026, month: 1, day: 1 }),
    ).readSync().values;
    const values = opened.readSync().values;
    for (const f of plan.fields) expect(values[f.id]).toEqual(expected[f.id]);
    expect(values["school.naam"]).toBe("Basisschool De Vlieger");
    expect(documentXmlOf(sim.toBytes())).toBe(documentXmlOf(bytes));
  });

  it("Overzetten naar Ondersteuningsaanbod 2025 carries a stripped 2021 SOP over", async () => {
    const sim = new WordSimulator(fixture("haaglanden-2021-libreoffice"), profile);
    await new WordDocument(sim.host).importInto("haaglanden-2025");
    const opened = new DocxDocument(sim.opened[0] as Uint8Array);
    expect(await opened.detect()).toMatchObject({ kind: "sop", template: "haaglanden-2025" });
    expect(opened.readSync().values).toMatchObject({
      "netwerk.anders-1.naam": "CJG",
      "gebouw.lift": "nee",
    });
  });
});

describe("what Word keeps is checked after the insert", () => {
  it("a header lost by Word is said, with Undo as the way back", async () => {
    // Under the unfavourable reading Word drops a section's headers it cannot resolve: a section
    // break in the middle of the document keeps its header reference in the OOXML sent back.
    const bytes = withHeader(fixture("zuid-limburg-form"));
    const mid = documentXmlOf(bytes).replace(
      /<w:p>(?!<w:pPr>)/,
      `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdHead"/></w:sectPr></w:pPr>`,
    );
    expect(mid).not.toBe(documentXmlOf(bytes));
    const unfavourable = PROFILES.find((p) => p.insertOoxmlSection === "inserted");
    if (!unfavourable) throw new Error("no profile plays the unfavourable section reading");
    const { edited } = await import("./recognizing-docs");
    const sim = new WordSimulator(edited(bytes, { document: () => mid }), unfavourable);
    await expect(new WordDocument(sim.host).bindFields("zuid-limburg")).rejects.toThrow(
      /anders overgenomen .*kop- of voetteksten.*Ongedaan maken \(Ctrl\+Z\)/,
    );
  });
});
