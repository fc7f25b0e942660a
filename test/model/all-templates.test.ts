import {
  financialTable,
  loadFinancialTable,
  loadTemplate,
  templateIds,
  templates,
  TemplateDefinitionError,
} from "../../src/model";
import { haaglanden2025 } from "../../src/model/templates/haaglanden-2025";
import { goalDraftLayouts } from "../../src/model/goal-drafts";
import { messages } from "../../src/rules";
import { goalDraftMessages } from "../../src/rules/messages/goal-drafts";

describe.each(templateIds)("template %s", (id) => {
  const template = templates[id];

  test("has a name, an SWV and a version", () => {
    expect(template.name).toMatch(/\S/);
    expect(template.swv).toMatch(/\S/);
    expect(template.version).toBeGreaterThanOrEqual(1);
  });

  test("every field id is unique and in the house style", () => {
    const ids = template.fields.map((e) => e.field.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const fid of ids) expect(fid).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/);
  });

  test("every message a check or follow-up can give exists in the message table", () => {
    const needed = new Set<string>();
    for (const check of template.checks) {
      needed.add(check.message);
      if (check.check === "must-be-set")
        for (const m of Object.values(check.messages ?? {})) needed.add(m);
      if (check.check === "financien") needed.add(`${check.message}.onbekend-jaar`);
    }
    for (const { field } of template.fields)
      if (field.followUp) needed.add(`DETAIL.${field.followUp.relation}`);
    expect([...needed].filter((m) => !(m in messages))).toEqual([]);
  });

  test("every norm a goal can answer has a drafted ontwikkeldoel, the example its finding gives", () => {
    const reminded = template.checks.flatMap((c) =>
      c.check === "answered-by-goal" && c.remind !== false ? Object.keys(c.norms) : [],
    );
    expect(reminded.filter((norm) => !(norm in goalDraftMessages))).toEqual([]);
    // And the pane and `fill --draft-goals` draft a goal for each of them.
    expect(reminded.filter((norm) => !goalDraftLayouts[id].norms.includes(norm))).toEqual([]);
  });

  test("every section has a heading and the sections are in document order without gaps in level", () => {
    expect(template.sections[0]?.level).toBe(1);
    for (const s of template.sections) expect(s.heading).toMatch(/\S/);
  });

  test("every choice has distinct option keys", () => {
    for (const { field } of template.fields) {
      if (field.kind !== "choice") continue;
      const keys = field.options.map((o) => o.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe("loading a definition", () => {
  test("refuses a duplicate field id", () => {
    const section = haaglanden2025.sections[4];
    if (!section) throw new Error("expected section");
    const broken = {
      ...haaglanden2025,
      sections: [...haaglanden2025.sections, { ...section, id: "kopie" }],
    };
    expect(() => loadTemplate(broken)).toThrow(TemplateDefinitionError);
    expect(() => loadTemplate(broken)).toThrow(/veld structuur komt twee keer voor/);
  });

  test("refuses a check that names an unknown field", () => {
    const broken = {
      ...haaglanden2025,
      checks: [
        {
          rule: "HL25-DYSLEXIE",
          check: "must-be-set",
          message: "HL25-DYSLEXIE",
          severity: "info",
          fields: ["didactisch.dislexie"],
        },
      ],
    };
    expect(() => loadTemplate(broken)).toThrow(
      /controle HL25-DYSLEXIE noemt onbekend veld didactisch.dislexie/,
    );
  });

  test("refuses a field id that is not in the house style", () => {
    const broken = {
      ...haaglanden2025,
      sections: [
        {
          id: "x",
          number: "",
          heading: "X",
          level: 1,
          blocks: [
            {
              kind: "fields",
              fields: [{ id: "School Naam", label: "School", kind: "text", required: true }],
            },
          ],
        },
      ],
    };
    expect(() => loadTemplate(broken)).toThrow(/veld-id in kleine letters/);
  });

  test("refuses an unknown template id", () => {
    expect(() => loadTemplate({ ...haaglanden2025, id: "utrecht" })).toThrow(
      TemplateDefinitionError,
    );
  });
});

describe("the financial parameter table", () => {
  test("knows 2020-2021: € 8.500 vaste voet and € 106 per leerling", () => {
    expect(financialTable["2020-2021"]).toMatchObject({ vasteVoet: 8500, perLeerling: 106 });
  });

  test.each([
    [{ "2020-2022": { vasteVoet: 1, perLeerling: 1, bron: "x" } }, /volgt op het eerste/],
    [{ "2020/2021": { vasteVoet: 1, perLeerling: 1, bron: "x" } }, /schooljaar als 2020-2021/],
    [
      { "2020-2021": { vasteVoet: -1, perLeerling: 1, bron: "x" } },
      /too_small|>0|groter|Too small/i,
    ],
    [{ "2020-2021": { vasteVoet: 1, bron: "x" } }, /perLeerling/],
  ])("refuses a malformed table %#", (table, message) => {
    expect(() => loadFinancialTable(table)).toThrow(message);
  });

  test("a SWV can add a schooljaar without code", () => {
    const extended = loadFinancialTable({
      ...financialTable,
      "2026-2027": { vasteVoet: 9000, perLeerling: 110, bron: "SWV" },
    });
    expect(extended["2026-2027"]?.perLeerling).toBe(110);
  });
});
