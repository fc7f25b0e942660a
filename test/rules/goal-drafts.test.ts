import { templates, type FieldValue, type TemplateId } from "../../src/model";
import { draftGoals, evaluate, goalChanges, schooljaarOf } from "../../src/rules";
import { schools } from "../fixtures/schools";

const TODAY = { year: 2026, month: 11, day: 23 };

/** One norm missed per template, as a school could miss it. */
const MISSED: Record<TemplateId, [Record<string, FieldValue | null | undefined>, string]> = {
  "zuid-limburg": [{ "hgw.05": "2" }, "ZL-HGW"],
  "haaglanden-2021": [{ "hgw.werkwijze": "nog-op-te-starten" }, "HL21-HGW-START"],
  "haaglanden-2025": [{ "didactisch.dyslexie": "-" }, "HL25-DYSLEXIE"],
  passenderwijs: [{ "inspectie.vernieuwd": "ja", "inspectie.op2": "onvoldoende" }, "PW-INSPECTIE"],
};

const drafts = (id: TemplateId, values: Record<string, FieldValue | null | undefined>) =>
  draftGoals(templates[id], values, evaluate(templates[id], values, TODAY), TODAY);

describe("ontwikkeldoelen drafted for norms not met", () => {
  it.each(Object.keys(MISSED) as TemplateId[])("%s: none for the complete school", (id) => {
    expect(drafts(id, { ...schools[id] })).toEqual([]);
  });

  it.each(Object.keys(MISSED) as TemplateId[])(
    "%s: a draft for the norm missed, answered once it is written",
    (id) => {
      const [change, rule] = MISSED[id];
      const values: Record<string, FieldValue | null | undefined> = { ...schools[id], ...change };
      const found = drafts(id, values);
      expect(found.map((d) => d.rule)).toContain(rule);
      const draft = found.find((d) => d.rule === rule);
      expect(draft?.doel.length).toBeGreaterThan(20);
      const changes = goalChanges(templates[id], values, draft ?? { doel: "" });
      expect(changes?.length).toBeGreaterThan(0);
      for (const c of changes ?? []) values[c.field] = c.value;
      expect(drafts(id, values).map((d) => d.rule)).not.toContain(rule);
    },
  );

  it("Zuid-Limburg: fills the first empty row of chapter 5 and leaves the school's own rows", () => {
    const values = { ...schools["zuid-limburg"], "zorgindicator.02": "1" };
    const [draft] = drafts("zuid-limburg", values);
    expect(draft).toMatchObject({ rule: "ZL-B", tijdpad: "Schooljaar 2026-2027" });
    expect(draft?.doel).toBe(
      "Alle zorgindicatoren minstens op een 3 brengen; eerst Zorgindicator 2 (2.4).",
    );
    const changes = goalChanges(templates["zuid-limburg"], values, draft ?? { doel: "" });
    expect(changes?.map((c) => c.field)).toEqual([
      "ambitie.4.doel",
      "ambitie.4.activiteiten",
      "ambitie.4.tijdpad",
    ]);
  });

  it("Zuid-Limburg: says there is no room when all five rows are taken", () => {
    const values: Record<string, FieldValue | null | undefined> = { ...schools["zuid-limburg"] };
    for (const n of [4, 5]) values[`ambitie.${n}.doel`] = `Eigen doel ${n}`;
    expect(goalChanges(templates["zuid-limburg"], values, { doel: "x" })).toBeUndefined();
  });

  it("does not draft a goal the school already wrote in its own words", () => {
    const values = {
      ...schools["zuid-limburg"],
      "zorgindicator.02": "1",
      "ambitie.4.doel": "Zorgindicatoren 2 en 7 verbeteren met het team.",
    };
    expect(drafts("zuid-limburg", values)).toEqual([]);
  });

  it.each([
    ["zuid-limburg", { "zorgindicator.02": "1" }, "ZL-B", "ZL-AMBITIES"],
    ["zuid-limburg", { "hgw.05": "2" }, "ZL-HGW", "ZL-AMBITIES"],
    // zuid-limburg-sop-model.txt:522-523: the two norms of 3.4; ZL-AMBITIES names them too.
    ["zuid-limburg", { "structuur.handelingsplan": false }, "ZL-STRUCTUUR", "ZL-AMBITIES"],
    [
      "haaglanden-2021",
      { "hgw.werkwijze": "nog-op-te-starten", "evaluatie.doelen": null },
      "HL21-HGW-START",
      "HL21-GOALS",
    ],
  ] as const)(
    "%s: the goal a finding proposes for %p is the drafted one (%s)",
    (id, change, rule, reminder) => {
      const values = { ...schools[id], ...change };
      const evaluation = evaluate(templates[id], values, TODAY);
      const example = evaluation.findings.find(
        (f) => f.rule === reminder && f.suggestion !== undefined,
      )?.suggestion?.value;
      const draft = drafts(id, values).find((d) => d.rule === rule);
      expect(typeof example).toBe("string");
      // Where goals are one text, the draft adds its activiteiten and tijdpad after the doel.
      expect(draft?.doel.startsWith(String(example))).toBe(true);
    },
  );

  it("counts the schooljaar from 1 August", () => {
    expect(schooljaarOf({ year: 2027, month: 7, day: 31 })).toBe("2026-2027");
    expect(schooljaarOf({ year: 2027, month: 8, day: 1 })).toBe("2027-2028");
  });
});
