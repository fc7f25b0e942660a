import { templates, type TemplateId } from "../../src/model";
import type { SopDocument } from "../../src/document/port";

/** Opens a fresh document from a template; `reopen` reads it again from where it is stored. */
export type OpenDocument = (
  id: TemplateId,
) => Promise<{ doc: SopDocument; reopen: () => Promise<SopDocument> }>;

/**
 * The contract every adapter of the document port keeps, whatever holds the document: run once per
 * adapter (the .docx file here, the simulated Word object model for the Word adapter).
 */
export function describePortContract(adapter: string, open: OpenDocument): void {
  describe(`the document port over ${adapter}`, () => {
    test.each(Object.keys(templates) as TemplateId[])("recognises the template %s", async (id) => {
      const { doc } = await open(id);
      expect(await doc.detect()).toEqual({
        kind: "sop",
        template: id,
        version: templates[id].version,
      });
    });

    test.each(Object.keys(templates) as TemplateId[])(
      "a fresh %s has a control for every field and no problems",
      async (id) => {
        const { doc } = await open(id);
        const state = await doc.readAll();
        expect([...state.present].sort()).toEqual(
          templates[id].fields.map((f) => f.field.id).sort(),
        );
        expect(state.problems).toEqual([]);
      },
    );

    test("a fresh template holds only the model's prefilled texts", async () => {
      const { doc } = await open("haaglanden-2025");
      const { values } = await doc.readAll();
      expect(Object.keys(values).sort()).toEqual([
        "vaardigheid.emotieregulatie",
        "vaardigheid.groepsgrootte",
        "vaardigheid.leerstof",
        "vaardigheid.sociaal",
        "vaardigheid.zelfredzaamheid",
      ]);
    });

    test("a field emptied without a hint (Definitief maken, ADR 0005) reads empty and takes text again", async () => {
      const { doc, reopen } = await open("haaglanden-2021");
      await doc.write([
        { field: "expertise.motoriek.uren", value: null, placeholder: "" },
        { field: "visie", value: null, placeholder: "" },
      ]);
      for (const d of [doc, await reopen()]) {
        const { values, present } = await d.readAll();
        expect(values["expertise.motoriek.uren"]).toBeUndefined();
        expect(values["visie"]).toBeUndefined();
        expect(present.has("expertise.motoriek.uren")).toBe(true);
      }
      await doc.write([{ field: "expertise.motoriek.uren", value: "2 uur per week" }]);
      expect((await doc.readAll()).values["expertise.motoriek.uren"]).toBe("2 uur per week");
    });

    test("what is written is read back, also after reopening", async () => {
      const { doc, reopen } = await open("zuid-limburg");
      await doc.write([
        { field: "school.naam", value: "Basisschool De Linde" },
        { field: "kengetallen.leerlingen-tm8", value: 1234 },
        { field: "structuur.niveau1.leraar", value: 11.4 },
        { field: "kwaliteit.datum", value: "2025-03-12" },
        { field: "zorgindicator.01", value: "3" },
        { field: "zorgindicator.02", value: ["2", "3"] },
        { field: "uitstroom.pro", value: true },
        { field: "concept.volledig", value: "Eerste alinea.\nTweede alinea." },
      ]);
      for (const d of [doc, await reopen()]) {
        const { values } = await d.readAll();
        expect(values).toMatchObject({
          "school.naam": "Basisschool De Linde",
          "kengetallen.leerlingen-tm8": 1234,
          "structuur.niveau1.leraar": 11.4,
          "kwaliteit.datum": "2025-03-12",
          "zorgindicator.01": "3",
          "zorgindicator.02": ["2", "3"],
          "uitstroom.pro": true,
          "concept.volledig": "Eerste alinea.\nTweede alinea.",
        });
      }
    });

    test("null empties a field and clears ticks", async () => {
      const { doc, reopen } = await open("zuid-limburg");
      await doc.write([
        { field: "school.naam", value: "De Linde" },
        { field: "uitstroom.pro", value: true },
        { field: "zorgindicator.01", value: "4" },
      ]);
      await doc.write([
        { field: "school.naam", value: null },
        { field: "uitstroom.pro", value: false },
        { field: "zorgindicator.01", value: null },
      ]);
      const { values } = await (await reopen()).readAll();
      expect(values["school.naam"]).toBeUndefined();
      expect(values["uitstroom.pro"]).toBeUndefined();
      expect(values["zorgindicator.01"]).toBeUndefined();
    });

    test.each([
      ["an unknown field id", { field: "school.naam2", value: "x" }],
      ["an unknown option key", { field: "zorgindicator.01", value: "5" }],
      ["a wrong shape", { field: "uitstroom.pro", value: "ja" }],
    ])("refuses %s and writes nothing of the batch", async (_name, bad) => {
      const { doc, reopen } = await open("zuid-limburg");
      await expect(doc.write([{ field: "school.naam", value: "De Linde" }, bad])).rejects.toThrow(
        /\S/,
      );
      expect((await (await reopen()).readAll()).values["school.naam"]).toBeUndefined();
    });

    test("select puts the cursor on a known field and refuses an unknown one", async () => {
      const { doc } = await open("passenderwijs");
      await expect(doc.select("school.brin")).resolves.toBeUndefined();
      await expect(doc.select("veilig.meldcode")).resolves.toBeUndefined();
      await expect(doc.select("bestaat.niet")).rejects.toThrow(/bestaat.niet/);
    });

    test("a template has content, and starting from another template replaces it", async () => {
      const { doc, reopen } = await open("passenderwijs");
      expect(await doc.hasContent()).toBe(true);
      await doc.write([{ field: "school.naam", value: "De Linde" }]);
      await doc.startFromTemplate("zuid-limburg");
      const d = await reopen();
      expect(await d.detect()).toEqual({ kind: "sop", template: "zuid-limburg", version: 1 });
      expect((await d.readAll()).values["school.naam"]).toBeUndefined();
    });

    test("says what it cannot do as a list of Dutch sentences", async () => {
      const { doc } = await open("passenderwijs");
      for (const line of doc.limitations()) expect(line).toMatch(/^[A-Z].*\.$/);
    });

    test("listeners hear of a write and can unsubscribe", async () => {
      const { doc } = await open("passenderwijs");
      const heard: number[] = [];
      const stop = doc.onChange(() => heard.push(1));
      await doc.write([{ field: "school.naam", value: "De Linde" }]);
      stop();
      await doc.write([{ field: "school.naam", value: "De Eik" }]);
      expect(heard).toEqual([1]);
    });
  });
}
