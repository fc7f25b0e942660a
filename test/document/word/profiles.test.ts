import { DocxDocument } from "../../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../../src/document/docx/build-template";
import type { SopState } from "../../../src/document/port";
import { findSdts } from "../../../src/document/docx/sdt";
import { parseXml } from "../../../src/document/docx/xml";
import { controlsFromOoxml } from "../../../src/document/word/ooxml-controls";
import { WordDocument } from "../../../src/document/word/word-document";
import { templateIds, templates, type TemplateId } from "../../../src/model";
import { filledTemplate } from "../filled";
import {
  DESKTOP_PROFILE,
  FAVOURABLE,
  PROFILES,
  WEB_PROFILE,
  WordSimulator,
  type Profile,
} from "./simulator";

const open = (sim: WordSimulator) => new WordDocument(sim.host, { debounceMs: 300 });
const comparable = (s: SopState) => ({ ...s, present: [...s.present].sort() });
const docxState = (bytes: Uint8Array) => comparable(new DocxDocument(bytes).readSync());

/** The three things Word has been seen to report as a control's placeholderText. */
const READINGS: [string, Profile][] = [
  ["its own placeholder", FAVOURABLE],
  ['""', { ...FAVOURABLE, name: "empty placeholder", placeholder: "empty" }],
  ["its default text", { ...FAVOURABLE, name: "default placeholder", placeholder: "default" }],
];

describe("empty is empty, whatever Word reports as placeholderText", () => {
  describe.each(READINGS)("Word reporting %s", (_reading, profile) => {
    test.each(templateIds)("%s, empty and filled, from the body's OOXML", async (id) => {
      for (const bytes of [buildTemplateDocx(templates[id]), filledTemplate(id)]) {
        const state = await open(new WordSimulator(bytes, profile)).readAll();
        expect(comparable(state)).toEqual(docxState(bytes));
      }
    });

    test.each<TemplateId>(["zuid-limburg", "haaglanden-2025"])(
      "%s, empty and filled, when Word cannot give the OOXML (the model's hints decide)",
      async (id) => {
        for (const bytes of [buildTemplateDocx(templates[id]), filledTemplate(id)]) {
          const sim = new WordSimulator(bytes, profile);
          sim.ooxmlFails = true;
          const state = await open(sim).readAll();
          expect(comparable(state).values).toEqual(docxState(bytes).values);
        }
      },
    );
  });

  test("an empty Zuid-Limburg template has no answers under every profile", async () => {
    for (const profile of PROFILES) {
      const state = await open(WordSimulator.fromTemplate("zuid-limburg", profile)).readAll();
      expect(state.values).toEqual({});
      expect(state.present.size).toBe(templates["zuid-limburg"].fields.length);
    }
  });

  test("a field cleared in Word reads as empty again", async () => {
    for (const profile of PROFILES) {
      const sim = WordSimulator.fromTemplate("zuid-limburg", profile);
      sim.userTypes("sop:school.naam", "De Linde");
      expect((await open(sim).readAll()).values["school.naam"]).toBe("De Linde");
      sim.userTypes("sop:school.naam", "");
      expect((await open(sim).readAll()).values["school.naam"]).toBeUndefined();
    }
  });
});

describe("tracked changes", () => {
  /** A filled Haaglanden 2021 SOP in which a person and a run with tracking on changed fields. */
  async function revised(profile: Profile): Promise<WordSimulator> {
    const sim = new WordSimulator(filledTemplate("haaglanden-2021"), FAVOURABLE);
    sim.userTracksChanges(true);
    sim.userTypes("sop:school.naam", "De Nieuwe Linde");
    sim.userTypes("sop:evaluatie.doelen", "Eerste doel.\nTweede doel.");
    // A revision inside the locked amount, as a careless tool (or an older SOP Assistent) made it.
    await sim.run(async (context) => {
      const all = context.document.body
        .getContentControls({ types: ["PlainText"] })
        .load("items/tag");
      await context.sync();
      const amount = all.items.find((c) => c.tag === "sop:financien.bedrag");
      if (!amount) throw new Error("no amount");
      amount.cannotEdit = false;
      amount.insertText("€ 40.000", "Replace");
      amount.cannotEdit = true;
    });
    return new WordSimulator(sim.toBytes(), profile);
  }

  test.each(PROFILES.map((p) => [p.name, p] as const))(
    "%s: a read gives the text as after accepting, as the .docx adapter does",
    async (_name, profile) => {
      const sim = await revised(profile);
      const xml = new DocxDocument(sim.toBytes()).controls();
      expect(xml.filter((c) => c.tag === "sop:school.naam")).toHaveLength(1);
      const state = await open(sim).readAll();
      expect(state.values).toMatchObject({
        "school.naam": "De Nieuwe Linde",
        "evaluatie.doelen": "Eerste doel.\nTweede doel.",
        "financien.bedrag": 40000,
      });
      expect(comparable(state)).toEqual(docxState(sim.toBytes()));
    },
  );

  test("both readers leave deleted and moved-away text out, and keep inserted and moved-in text", () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const gone = (t: string) => `<w:r><w:delText xml:space="preserve">${t}</w:delText></w:r>`;
    const xml = `<w:document xmlns:w="${W}"><w:body><w:p><w:sdt><w:sdtPr><w:tag w:val="sop:school.naam"/><w:text/></w:sdtPr><w:sdtContent>${run("De ")}<w:del w:id="1" w:author="a">${gone("Oude ")}</w:del><w:ins w:id="2" w:author="a">${run("Nieuwe ")}</w:ins><w:moveFrom w:id="3" w:author="a">${run("Verplaatste ")}</w:moveFrom>${run("Linde")}<w:moveTo w:id="4" w:author="a">${run(" Verplaatste")}</w:moveTo></w:sdtContent></w:sdt></w:p></w:body></w:document>`;
    const expected = "De Nieuwe Linde Verplaatste";
    expect(controlsFromOoxml(xml).controls[0]?.text).toBe(expected);
    const dom = parseXml(xml, "test").documentElement;
    if (!dom) throw new Error("no document");
    expect(findSdts(dom)[0]?.info.text).toBe(expected);
  });

  test("the web's text really holds the deleted words: the adapter does not read it", async () => {
    const sim = await revised(WEB_PROFILE);
    const text = await sim.run(async (context) => {
      const all = context.document.body
        .getContentControls({ types: ["PlainText"] })
        .load("items/tag,items/text");
      await context.sync();
      return all.items.find((c) => c.tag === "sop:school.naam")?.text;
    });
    expect(text).not.toBe("De Nieuwe Linde");
    expect(text).toContain("De Nieuwe Linde");
  });

  test.each(PROFILES.map((p) => [p.name, p] as const))(
    "%s: with Track Changes on, writes are tracked, computed fields are not, and the pane is told",
    async (_name, profile) => {
      const sim = WordSimulator.fromTemplate("haaglanden-2021", profile);
      sim.userTracksChanges(true);
      const doc = open(sim);
      await doc.readAll();
      expect(doc.limitations().join(" ")).toMatch(/Wijzigingen bijhouden staat aan/);
      await doc.write([
        { field: "school.naam", value: "De Linde" },
        { field: "financien.leerlingen", value: 222 },
        { field: "financien.bedrag", value: 32032 },
      ]);
      // Nothing Word cannot accept: no revision inside a locked control (office-js #2886).
      expect(sim.stuckRevisions).toEqual([]);
      const xml = sim.bodyOoxml();
      const control = (tag: string) =>
        new RegExp(`w:val="${tag}"[\\s\\S]*?</w:sdtContent>`).exec(xml)?.[0] ?? "";
      expect(control("sop:school.naam")).toContain("<w:ins ");
      expect(control("sop:financien.bedrag")).not.toContain("<w:ins ");
      expect(await open(sim).readAll()).toMatchObject({
        values: { "school.naam": "De Linde", "financien.bedrag": 32032 },
      });
      expect(new DocxDocument(sim.toBytes()).controls()).toContainEqual(
        expect.objectContaining({ tag: "sop:financien.bedrag", lock: "sdtContentLocked" }),
      );
    },
  );

  test("the .docx adapter writes over a control holding revisions when asked: the new text, no deleted words left", async () => {
    const sim = await revised(FAVOURABLE);
    const source = sim.bodyOoxml();
    const at = source.indexOf('w:val="sop:school.naam"');
    expect(source.slice(at, source.indexOf("</w:sdt>", at))).toContain("<w:del ");
    const doc = new DocxDocument(sim.toBytes());
    // Someone else's tracked changes are only written over when asked (fill --overwrite-tracked-changes).
    expect(() => doc.writeSync([{ field: "school.naam", value: "De Eik" }])).toThrow(
      /bijgehouden wijzigingen/,
    );
    doc.writeSync(
      [
        { field: "school.naam", value: "De Eik" },
        { field: "financien.bedrag", value: 32032 },
      ],
      { overwriteTrackedChanges: true },
    );
    const again = new DocxDocument(doc.toBytes());
    expect(again.readSync().values).toMatchObject({
      "school.naam": "De Eik",
      "financien.bedrag": 32032,
    });
    const reread = new WordSimulator(doc.toBytes(), WEB_PROFILE);
    const xml = reread.bodyOoxml();
    const from = xml.indexOf('w:val="sop:school.naam"');
    const naam = xml.slice(from, xml.indexOf("</w:sdt>", from));
    expect(naam).toContain("De Eik");
    expect(naam.includes("<w:del ")).toBe(false);
    expect((await open(reread).readAll()).values["school.naam"]).toBe("De Eik");
  });
});

describe("robust reads", () => {
  test("the desktop profile throws when text is loaded on a picture or group control", async () => {
    const sim = WordSimulator.fromFixture("word-controls.docx", DESKTOP_PROFILE);
    await expect(
      sim.run(async (context) => {
        context.document.body
          .getContentControls({ types: ["Picture", "Group", "RichText"] })
          .load("items/tag,items/text");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  test.each(PROFILES.map((p) => [p.name, p] as const))(
    "%s: a document with pictures, groups and repeating sections reads as the .docx adapter reads it",
    async (_name, profile) => {
      for (const file of ["word-controls.docx", "word-sop-filled.docx", "word-sop-odd.docx"]) {
        const sim = WordSimulator.fromFixture(file, profile);
        const state = await open(sim).readAll();
        const full = new DocxDocument(sim.toBytes()).readSync();
        // Date pickers are the web's one blind spot (and it says so); everything else is read.
        expect(state.values).toEqual(
          profile.sets.WordApiDesktop ? full.values : withoutDatePickers(full, sim),
        );
      }
    },
  );

  test("the fallback read (no OOXML) also survives type-specific throws", async () => {
    const sim = WordSimulator.fromFixture("word-sop-filled.docx", DESKTOP_PROFILE);
    sim.ooxmlFails = true;
    const state = await open(sim).readAll();
    expect(state.values["school.naam"]).toBe(
      new DocxDocument(sim.toBytes()).readSync().values["school.naam"],
    );
  });

  test("multi-line plain-text controls Word leaves out are still read, written, and the pane is told", async () => {
    const sim = WordSimulator.fromTemplate("zuid-limburg", DESKTOP_PROFILE);
    const multiLine = templates["zuid-limburg"].fields
      .map((f) => f.field)
      .find((f) => f.kind === "text" && f.multiline);
    if (!multiLine) throw new Error("zuid-limburg has no multi-line plain-text field");
    const listed = await sim.run(async (context) => {
      const all = context.document.body
        .getContentControls({ types: ["PlainText"] })
        .load("items/tag");
      await context.sync();
      return all.items.map((c) => c.tag);
    });
    expect(listed).not.toContain(`sop:${multiLine.id}`);

    const doc = open(sim);
    const before = await doc.readAll();
    expect(before.present.has(multiLine.id)).toBe(true);
    expect(doc.limitations().join(" ")).toMatch(/niet alle velden/);
    await doc.write([{ field: multiLine.id, value: "Regel een.\nRegel twee." }]);
    expect(sim.lastSyncs).toBeLessThanOrEqual(2);
    expect((await doc.readAll()).values[multiLine.id]).toBe("Regel een.\nRegel twee.");
  });

  test("controls inside text boxes are cut out of the OOXML and named", () => {
    const sdt = (tag: string) =>
      `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>x</w:t></w:r></w:sdtContent></w:sdt>`;
    const box = `<w:txbxContent><w:p>${sdt("sop:school.naam")}</w:p></w:txbxContent>`;
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>${sdt("sop:school.plaats")}<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">${box}</mc:Choice><mc:Fallback>${box}</mc:Fallback></mc:AlternateContent></w:r></w:p></w:body></w:document>`;
    const read = controlsFromOoxml(xml);
    expect(read.controls.map((c) => c.tag)).toEqual(["sop:school.plaats"]);
    expect(read.inTextBoxes).toEqual(["sop:school.naam"]);
  });
});

/** The .docx state without the fields held in date pickers (not readable on the web). */
function withoutDatePickers(full: SopState, sim: WordSimulator): SopState["values"] {
  const pickers = new DocxDocument(sim.toBytes())
    .controls()
    .filter((c) => c.type === "DatePicker" && c.tag.startsWith("sop:"))
    .map((c) => c.tag.slice(4));
  return Object.fromEntries(Object.entries(full.values).filter(([k]) => !pickers.includes(k)));
}
