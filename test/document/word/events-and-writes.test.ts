import { DocxDocument } from "../../../src/document/docx/adapter";
import { WordDocument } from "../../../src/document/word/word-document";
import { OWN_WRITE_MS } from "../../../src/document/word/watch";
import { DESKTOP_PROFILE, FAVOURABLE, PROFILES, WEB_PROFILE, WordSimulator } from "./simulator";

const open = (sim: WordSimulator) => new WordDocument(sim.host, { debounceMs: 300 });
const byProfile = PROFILES.map((p) => [p.name, p] as const);

describe("live updates as documented", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("on the web profile Word sends no event for a control that was not tracked", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs", WEB_PROFILE);
    const heard = jest.fn();
    await sim.run(async (context) => {
      const all = context.document.body
        .getContentControls({ types: ["PlainText"] })
        .load("items/tag");
      await context.sync();
      const naam = all.items.find((c) => c.tag === "sop:school.naam");
      const brin = all.items.find((c) => c.tag === "sop:school.brin");
      naam?.onDataChanged.add(async () => heard("naam"));
      brin?.track();
      brin?.onDataChanged.add(async () => heard("brin"));
    });
    sim.userTypes("sop:school.naam", "De Linde");
    sim.userTypes("sop:school.brin", "12AB");
    await jest.advanceTimersByTimeAsync(0);
    expect(heard.mock.calls).toEqual([["brin"]]);
  });

  test.each(byProfile)(
    "%s: a change typed in Word is heard through onDataChanged",
    async (_name, profile) => {
      const sim = WordSimulator.fromTemplate("passenderwijs", profile);
      const heard = jest.fn();
      open(sim).onChange(heard);
      await sim.idle();
      sim.userTypes("sop:school.naam", "De Linde");
      await jest.advanceTimersByTimeAsync(300);
      expect(heard).toHaveBeenCalledTimes(1);
    },
  );

  test.each(byProfile)(
    "%s: the pane's own write is told once, not again when Word's events for it arrive",
    async (_name, profile) => {
      const sim = WordSimulator.fromTemplate("haaglanden-2021", profile);
      const doc = open(sim);
      const heard = jest.fn();
      doc.onChange(heard);
      await sim.idle();
      await doc.write([
        { field: "school.naam", value: "De Linde" },
        { field: "financien.bedrag", value: 32032 },
        { field: "hgw.1", value: "op-orde" },
      ]);
      expect(heard).toHaveBeenCalledTimes(1);
      await jest.advanceTimersByTimeAsync(OWN_WRITE_MS + 1000);
      expect(heard).toHaveBeenCalledTimes(1);
      // A person's edit afterwards is heard again.
      sim.userTypes("sop:school.naam", "De Eik");
      await jest.advanceTimersByTimeAsync(300);
      expect(heard).toHaveBeenCalledTimes(2);
    },
  );
});

describe("writing safely", () => {
  test("the web profile refuses insertText into the control holding the cursor", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs", WEB_PROFILE);
    sim.userClicksInto("sop:school.naam");
    await expect(
      sim.run(async (context) => {
        const all = context.document.body
          .getContentControls({ types: ["PlainText"] })
          .load("items/tag");
        await context.sync();
        all.items.find((c) => c.tag === "sop:school.naam")?.insertText("x", "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  test.each(byProfile)(
    "%s: a field that holds the cursor (after a click on a finding) is written",
    async (_name, profile) => {
      const sim = WordSimulator.fromTemplate("passenderwijs", profile);
      const doc = open(sim);
      await doc.select("school.naam");
      await doc.write([{ field: "school.naam", value: "De Linde" }]);
      expect(sim.lastSyncs).toBeLessThanOrEqual(2);
      expect((await doc.readAll()).values["school.naam"]).toBe("De Linde");
      sim.userClicksInto("sop:school.brin");
      await doc.write([{ field: "school.brin", value: "12AB" }]);
      expect((await doc.readAll()).values["school.brin"]).toBe("12AB");
    },
  );

  test.each(byProfile)(
    "%s: Nieuw SOP over an SOP with locked computed fields replaces it",
    async (_name, profile) => {
      const sim = WordSimulator.fromTemplate("haaglanden-2021", profile);
      const doc = open(sim);
      await doc.write([{ field: "school.naam", value: "De Linde" }]);
      await doc.startFromTemplate("zuid-limburg");
      expect(sim.lastSyncs).toBeLessThanOrEqual(2);
      const reread = new DocxDocument(sim.toBytes());
      expect(reread.detectSync()).toMatchObject({ template: "zuid-limburg" });
      expect(reread.readSync().values).toEqual({});
      // The new template's computed fields are locked as the template has them.
      expect(reread.controls().filter((c) => c.lock === "sdtContentLocked").length).toBeGreaterThan(
        0,
      );
    },
  );

  test("on the web, a body Word will not replace (a date picker) gets a Dutch message and stays as it was", async () => {
    const sim = WordSimulator.fromFixture("word-sop-filled.docx", WEB_PROFILE);
    const before = new DocxDocument(sim.toBytes()).controls();
    expect(before.some((c) => c.type === "DatePicker")).toBe(true);
    await expect(open(sim).startFromTemplate("haaglanden-2025")).rejects.toThrow(
      /^Word staat niet toe .* Open een nieuw, leeg document/,
    );
    expect(new DocxDocument(sim.toBytes()).controls()).toEqual(before);
  });

  test.each([
    ["favourable", FAVOURABLE],
    ["desktop", DESKTOP_PROFILE],
  ] as const)("%s: Nieuw SOP keeps the document's header and footer", async (_name, profile) => {
    const sim = WordSimulator.fromFixture("word-sop-filled.docx", profile);
    const refs = sim.headerFooterReferences();
    expect(refs).toContain("headerReference");
    await open(sim).startFromTemplate("passenderwijs");
    expect(sim.headerFooterReferences()).toEqual(refs);
    expect(new DocxDocument(sim.toBytes()).detectSync()).toMatchObject({
      template: "passenderwijs",
    });
  });
});
