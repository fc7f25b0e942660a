import { DocxDocument } from "../../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../../src/document/docx/build-template";
import type { SopState } from "../../../src/document/port";
import { WordDocument } from "../../../src/document/word/word-document";
import { templateIds, templates, type TemplateId } from "../../../src/model";
import { filledTemplate } from "../filled";
import { DESKTOP, OLDEST, PROFILES, WEB, WordSimulator, type Sets } from "./simulator";
import { everyField, syncCounts } from "./sync-counts";

const open = (sim: WordSimulator) => new WordDocument(sim.host, { debounceMs: 300 });

/** The state in a form `toEqual` compares fully (a Set compares by its members). */
const comparable = (s: SopState) => ({ ...s, present: [...s.present].sort() });

/** What the .docx adapter reads from the document the simulated Word holds. */
const docxRead = (sim: WordSimulator) => new DocxDocument(sim.toBytes());

describe("the sync budget (architecture.md: ≤ 2 per read and per batch write)", () => {
  test.each(templateIds)(
    "%s: a full read takes one sync and a write of every field two",
    async (id) => {
      const sim = WordSimulator.fromTemplate(id);
      const doc = open(sim);
      const changes = everyField(id);
      expect(changes.length).toBe(templates[id].fields.length);

      await doc.write(changes);
      expect(sim.lastSyncs).toBeLessThanOrEqual(2);
      const state = await doc.readAll();
      expect(sim.lastSyncs).toBeLessThanOrEqual(1);

      // The batch really went in, as the .docx engine writes it: both files read the same.
      const reference = new DocxDocument(buildTemplateDocx(templates[id]));
      reference.writeSync(changes);
      expect(comparable(docxRead(sim).readSync())).toEqual(comparable(reference.readSync()));
      expect(comparable(state)).toEqual(comparable(reference.readSync()));
      expect(Object.keys(state.values)).toHaveLength(changes.length);
    },
  );

  test.each(PROFILES.map((p) => [p.name, p] as const))(
    "the counts the bench prints, under the %s profile",
    async (_name, profile) => {
      const counts = await syncCounts(profile);
      expect(counts.map((c) => c.template)).toEqual(templateIds);
      for (const c of counts) {
        expect(c.read).toBeLessThanOrEqual(2);
        expect(c.write).toBeLessThanOrEqual(2);
      }
      // zuid-limburg is the largest: hundreds of controls, still the same syncs.
      expect(counts.find((c) => c.template === "zuid-limburg")?.controls).toBeGreaterThan(300);
    },
  );

  test("detect, select and hasContent each take one run with at most two syncs", async () => {
    const sim = WordSimulator.fromTemplate("zuid-limburg");
    const doc = open(sim);
    const before = sim.runs.length;
    await doc.detect();
    await doc.select("zorgindicator.12");
    await doc.hasContent();
    expect(sim.runs.slice(before).map((r) => r.syncs)).toEqual([1, 2, 1]);
  });
});

describe("reads what the .docx engine reads", () => {
  test.each(templateIds)("%s, fresh and filled with its complete school", async (id) => {
    for (const bytes of [buildTemplateDocx(templates[id]), filledTemplate(id)]) {
      const state = await open(new WordSimulator(bytes)).readAll();
      expect(comparable(state)).toEqual(comparable(new DocxDocument(bytes).readSync()));
    }
  });

  test.each([
    "word-controls.docx",
    "word-sop-filled.docx",
    "word-sop-duplicate.docx",
    "word-sop-odd.docx",
    "libreoffice-roundtrip.docx",
  ])("the Word-made %s", async (file) => {
    const sim = WordSimulator.fromFixture(file);
    const state = await open(sim).readAll();
    expect(comparable(state)).toEqual(comparable(docxRead(sim).readSync()));
  });

  test("a document that is not an SOP has no values", async () => {
    const state = await open(WordSimulator.blank()).readAll();
    expect(state.detection).toEqual({ kind: "none" });
    expect(state.values).toEqual({});
  });

  test("an unknown template is refused with a Dutch message", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs");
    await sim.run(async (context) => {
      context.document.properties.customProperties.add("SOP.Template", "noord-holland");
      await context.sync();
    });
    await expect(open(sim).readAll()).rejects.toThrow(/sjabloon dat SOP Assistent niet kent/);
  });

  test("what a person types in Word is read, multi-line text included", async () => {
    const sim = WordSimulator.fromTemplate("zuid-limburg");
    sim.userTypes("sop:school.naam", "De Linde");
    sim.userTypes("sop:concept.volledig", "Eerste alinea.\nTweede alinea.");
    sim.userTicks("sop:zorgindicator.01=4", true);
    const { values } = await open(sim).readAll();
    expect(values).toMatchObject({
      "school.naam": "De Linde",
      "concept.volledig": "Eerste alinea.\nTweede alinea.",
      "zorgindicator.01": "4",
    });
  });
});

describe("writing", () => {
  test("a computed field is written although locked, and stays locked", async () => {
    const sim = WordSimulator.fromTemplate("haaglanden-2021");
    const lockOf = () =>
      docxRead(sim)
        .controls()
        .find((c) => c.tag === "sop:financien.bedrag");
    expect(lockOf()?.lock).toBe("sdtContentLocked");

    await open(sim).write([{ field: "financien.bedrag", value: 32032 }]);
    expect(lockOf()).toMatchObject({ text: "€ 32.032", lock: "sdtContentLocked" });
    // A person still cannot type in it.
    expect(() => sim.userTypes("sop:financien.bedrag", "1")).toThrow(/locked/);

    await open(sim).write([{ field: "financien.bedrag", value: null }]);
    expect(lockOf()).toMatchObject({
      text: "",
      showingPlaceholder: true,
      lock: "sdtContentLocked",
    });
    expect(lockOf()?.placeholder).toMatch(/^Wordt berekend/);
  });

  test("values are written in Dutch notation", async () => {
    const sim = WordSimulator.fromTemplate("zuid-limburg");
    await open(sim).write([
      { field: "kengetallen.leerlingen-tm8", value: 1234 },
      { field: "kwaliteit.datum", value: "2025-03-12" },
    ]);
    const text = (tag: string) =>
      docxRead(sim)
        .controls()
        .find((c) => c.tag === tag)?.text;
    expect(text("sop:kengetallen.leerlingen-tm8")).toBe("1.234");
    expect(text("sop:kwaliteit.datum")).toBe("12-03-2025");
  });

  test("a field the document has no control for refuses the batch before anything is written", async () => {
    const sim = WordSimulator.fromFixture("word-sop-filled.docx");
    const doc = open(sim);
    const missing = templates["zuid-limburg"].fields
      .map((f) => f.field)
      .find((f) => f.kind === "text" && !docxRead(sim).readSync().present.has(f.id));
    expect(missing).toBeDefined();
    await expect(
      doc.write([
        { field: "school.plaats", value: "Heerlen" },
        { field: missing?.id ?? "", value: "x" },
      ]),
    ).rejects.toThrow(new RegExp(`geen veld sop:${missing?.id}`));
    expect((await doc.readAll()).values["school.plaats"]).toBe("Herlen");
    // Only the read went to Word: nothing was queued.
    expect(sim.lastSyncs).toBe(1);
  });

  test("a tick for a text control is refused, naming the field", async () => {
    const sim = WordSimulator.fromFixture("word-sop-odd.docx");
    await expect(
      open(sim).write([
        { field: "school.plaats", value: "Heerlen" },
        { field: "uitstroom.pro", value: true },
      ]),
    ).rejects.toThrow(/sop:uitstroom\.pro.*PlainText/);
    expect(docxRead(sim).readSync().values["school.plaats"]).toBe("Herlen");
  });

  test("a document that is not an SOP cannot be written", async () => {
    await expect(
      open(WordSimulator.blank()).write([{ field: "school.naam", value: "x" }]),
    ).rejects.toThrow(/geen SOP/);
  });
});

describe("select", () => {
  test("selects the control of a field, the first option of a choice", async () => {
    const sim = WordSimulator.fromTemplate("zuid-limburg");
    const doc = open(sim);
    await doc.select("school.naam");
    expect(sim.selected?.tag).toBe("sop:school.naam");
    await doc.select("zorgindicator.03");
    expect(sim.selected?.tag).toBe("sop:zorgindicator.03=1");
  });

  test("refuses an unknown field in Dutch, naming it", async () => {
    const doc = open(WordSimulator.fromTemplate("zuid-limburg"));
    await expect(doc.select("bestaat.niet")).rejects.toThrow(
      "het document heeft geen veld bestaat.niet",
    );
  });
});

describe("live updates", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("a field changed in Word is heard once its control is left (onDataChanged)", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs");
    const doc = open(sim);
    const heard = jest.fn();
    doc.onChange(heard);
    await sim.idle();
    expect(sim.dataHandlerCount).toBeGreaterThan(50);

    sim.userTypes("sop:school.naam", "De Linde");
    await jest.advanceTimersByTimeAsync(299);
    expect(heard).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test("several selection changes make one notice, after the document is quiet", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs");
    const doc = open(sim);
    const heard = jest.fn();
    doc.onChange(heard);
    await sim.idle();

    for (let i = 0; i < 5; i++) {
      sim.moveSelection();
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(heard).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(300);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test("after unsubscribing nothing is heard, and selection events are released", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs");
    const doc = open(sim);
    const heard = jest.fn();
    const stop = doc.onChange(heard);
    await sim.idle();
    stop();
    sim.moveSelection();
    sim.userTicks("sop:veilig.meldcode", true);
    await jest.advanceTimersByTimeAsync(1000);
    expect(heard).not.toHaveBeenCalled();
  });

  test("starting from a template watches the new controls", async () => {
    const sim = WordSimulator.blank();
    const doc = open(sim);
    const heard = jest.fn();
    doc.onChange(heard);
    await sim.idle();
    expect(sim.dataHandlerCount).toBe(0);

    await doc.startFromTemplate("haaglanden-2025");
    expect(heard).toHaveBeenCalledTimes(1);
    await sim.idle();
    expect(sim.dataHandlerCount).toBeGreaterThan(0);
    sim.userTypes("sop:sterke-punten", "Wij lezen veel.");
    await jest.advanceTimersByTimeAsync(300);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});

describe("a new SOP in an empty document", () => {
  test("inserts the template and names it in the properties, in one run and two syncs", async () => {
    const sim = WordSimulator.blank();
    const doc = open(sim);
    expect(await doc.hasContent()).toBe(false);
    await doc.startFromTemplate("zuid-limburg");
    // The first sync finds locked controls, which are unlocked before the body is replaced.
    expect(sim.lastSyncs).toBe(2);
    expect(await doc.hasContent()).toBe(true);
    expect(await doc.detect()).toEqual({ kind: "sop", template: "zuid-limburg", version: 1 });
    const reopened = docxRead(sim);
    expect(reopened.detectSync()).toEqual({ kind: "sop", template: "zuid-limburg", version: 1 });
    expect(reopened.readSync().present.size).toBe(templates["zuid-limburg"].fields.length);
  });
});

describe("older Word", () => {
  const limitations = (sets: Sets) =>
    open(WordSimulator.fromTemplate("passenderwijs", sets)).limitations();

  test("Microsoft 365 on the desktop lacks nothing", () => {
    expect(limitations(DESKTOP)).toEqual([]);
  });

  test("Word on the web cannot use date pickers; the oldest Word admitted neither drop-downs", () => {
    expect(limitations(WEB)).toEqual([expect.stringMatching(/^Datumkiezers .*23-11-2026\.$/)]);
    expect(limitations(OLDEST)).toEqual([
      expect.stringMatching(/keuzelijsten.*WordApi 1\.9/),
      expect.stringMatching(/^Datumkiezers/),
    ]);
  });

  test.each<[string, Sets]>([
    ["the web", WEB],
    ["the oldest Word", OLDEST],
  ])("on %s a Word-made SOP with drop-downs and date pickers is still read", async (_n, sets) => {
    const sim = WordSimulator.fromFixture("word-sop-filled.docx", sets);
    const state = await open(sim).readAll();
    const full = docxRead(sim).readSync();
    expect(state.values).toEqual(full.values);
    // The one field in a date picker is what the pane cannot see here (and says so).
    expect(full.present.has("ondertekening.datum")).toBe(true);
    expect(state.present.has("ondertekening.datum")).toBe(false);
  });

  test.each<[TemplateId, Sets]>([
    ["zuid-limburg", OLDEST],
    ["haaglanden-2021", WEB],
  ])("our template %s works fully there", async (id, sets) => {
    const sim = WordSimulator.fromTemplate(id, sets);
    const doc = open(sim);
    await doc.write(everyField(id));
    expect((await doc.readAll()).present.size).toBe(templates[id].fields.length);
  });
});
