import { templates, type Values } from "../../src/model";
import { evaluate, type Finding } from "../../src/rules";
import { complete } from "../fixtures/schools/haaglanden-2021";

const template = templates["haaglanden-2021"];
const today = "2026-11-23";

const run = (change: Values) => evaluate(template, { ...complete, ...change }, today);
const pick = (f: Finding) => ({ rule: f.rule, severity: f.severity, fields: f.fields });

describe("haaglanden-2021: a complete school", () => {
  const evaluation = evaluate(template, complete, today);

  it("is ready for the board, without any finding", () => {
    expect(evaluation.findings).toEqual([]);
    expect(evaluation.missing).toEqual([]);
    expect(evaluation.ready).toBe(true);
    expect(evaluation.progress.overall.filled).toBe(evaluation.progress.overall.required);
  });

  it("computes the contribution: € 8.500 + 222 × € 106 = € 32.032", () => {
    expect(evaluation.computed["financien.bedrag"]).toBe(32032);
  });
});

type Expected = { rule: string; severity: Finding["severity"]; fields: string[] };
type Variant = {
  name: string;
  change: Values;
  /** The finding the change must produce. */
  finding?: Expected;
  /** A rule that must stay silent. */
  silent?: string;
  ready: boolean;
};

const variants: Variant[] = [
  // HL21-HGW-START
  {
    name: "HGW nog op te starten",
    change: { "hgw.werkwijze": "nog-op-te-starten" },
    finding: { rule: "HL21-HGW-START", severity: "error", fields: ["hgw.werkwijze"] },
    ready: false,
  },
  {
    name: "HGW in ontwikkeling is allowed",
    change: { "hgw.werkwijze": "in-ontwikkeling" },
    silent: "HL21-HGW-START",
    ready: true,
  },
  // Reference r. 419-420: "Uitgangspunt HGW Op orde In ontwikkeling Nog op te starten": the same
  // severity for "Nog op te starten" on every row, the werkwijze as each uitgangspunt.
  {
    name: "uitgangspunt 4 nog op te starten, not in the goals",
    change: { "hgw.4": "nog-op-te-starten" },
    finding: { rule: "HL21-HGW-START", severity: "error", fields: ["hgw.4"] },
    ready: false,
  },
  {
    name: "uitgangspunt 4 nog op te starten, answered in the goals",
    change: {
      "hgw.4": "nog-op-te-starten",
      "evaluatie.doelen": "Handelingsgericht werken invoeren, te beginnen met de wisselwerking.",
    },
    finding: { rule: "HL21-HGW-START", severity: "error", fields: ["hgw.4"] },
    ready: true,
  },
  {
    name: "HGW nog op te starten, answered in the goals",
    change: {
      "hgw.werkwijze": "nog-op-te-starten",
      "evaluatie.doelen": "Wij voeren HGW in met scholing van het hele team.",
    },
    finding: { rule: "HL21-HGW-START", severity: "error", fields: ["hgw.werkwijze"] },
    ready: true,
  },
  // HL21-GOALS is a hint (reference r. 716: "De school stelt doelen passend onderwijs op in het
  // jaarplan"), and covers the werkwijze too.
  {
    name: "uitgangspunt 3 in ontwikkeling, not in the goals",
    change: { "hgw.3": "in-ontwikkeling" },
    finding: { rule: "HL21-GOALS", severity: "info", fields: ["hgw.3", "evaluatie.doelen"] },
    ready: true,
  },
  {
    name: "HGW werkwijze in ontwikkeling, not in the goals",
    change: { "hgw.werkwijze": "in-ontwikkeling", "evaluatie.doelen": "Zie het jaarplan." },
    finding: {
      rule: "HL21-GOALS",
      severity: "info",
      fields: ["hgw.werkwijze", "evaluatie.doelen"],
    },
    ready: true,
  },
  {
    name: "real case: goals only refer to the jaarplan, uitgangspunt 2 not named",
    change: { "evaluatie.doelen": "De school stelt doelen passend onderwijs op in het jaarplan." },
    finding: { rule: "HL21-GOALS", severity: "info", fields: ["hgw.2", "evaluatie.doelen"] },
    ready: true,
  },
  // Ask only what the model asks: no pupil count, no own chapter 3, goals in the jaarplan.
  {
    name: "no pupil count (the model states none)",
    change: { "financien.leerlingen": undefined, "financien.bedrag": undefined },
    silent: "R-REQUIRED",
    ready: true,
  },
  {
    name: "no own text in chapter 3 (the SWV's fixed text)",
    change: { "extra-ondersteuning": undefined },
    silent: "R-REQUIRED",
    ready: true,
  },
  {
    name: "no goals in chapter 6 (they are in the jaarplan)",
    change: { "evaluatie.doelen": "", "hgw.2": "op-orde", "hgw.6": "op-orde" },
    silent: "R-REQUIRED",
    ready: true,
  },
  {
    name: "uitgangspunt 3 in ontwikkeling, named in other case and punctuation",
    change: {
      "hgw.3": "in-ontwikkeling",
      "hgw.2": "op-orde",
      "hgw.6": "op-orde",
      "evaluatie.doelen":
        "Doel 2025: ONDERWIJSBEHOEFTEN — staan centraal! Wij evalueren elke aanpak.",
    },
    silent: "HL21-GOALS",
    ready: true,
  },
  {
    name: "all uitgangspunten op orde need no goal",
    change: { "hgw.2": "op-orde", "hgw.6": "op-orde", "evaluatie.doelen": "Zie het jaarplan." },
    silent: "HL21-GOALS",
    ready: true,
  },
  // R-EXCLUSIVE, real case of the filled example: uitgangspunt 3 ticked twice
  {
    name: "real case: uitgangspunt 3 both op orde and in ontwikkeling",
    change: { "hgw.3": ["op-orde", "in-ontwikkeling"] },
    finding: { rule: "R-EXCLUSIVE", severity: "error", fields: ["hgw.3"] },
    ready: false,
  },
  // HL21-EXPERTISE
  {
    name: "expertise gedrag ja without uren",
    change: { "expertise.gedrag.uren": undefined },
    finding: {
      rule: "HL21-EXPERTISE",
      severity: "warning",
      fields: ["expertise.gedrag.uren", "expertise.gedrag"],
    },
    ready: true,
  },
  {
    name: "an own expertise row ja without uren",
    change: { "expertise.anders-1.uren": "" },
    finding: {
      rule: "HL21-EXPERTISE",
      severity: "warning",
      fields: ["expertise.anders-1.uren", "expertise.anders-1"],
    },
    ready: true,
  },
  {
    name: "expertise nee needs no uren",
    change: { "expertise.remedial-teaching": "nee", "expertise.remedial-teaching.uren": undefined },
    silent: "HL21-EXPERTISE",
    ready: true,
  },
  // R-DETAIL
  {
    name: "own expertise row without a name",
    change: { "expertise.anders-1.naam": undefined },
    finding: {
      rule: "R-DETAIL",
      severity: "warning",
      fields: ["expertise.anders-1.naam", "expertise.anders-1"],
    },
    ready: false,
  },
  {
    name: "own voorziening row answered without a name",
    change: { "voorziening.anders-2": "nvt" },
    finding: {
      rule: "R-DETAIL",
      severity: "warning",
      fields: ["voorziening.anders-2.naam", "voorziening.anders-2"],
    },
    ready: false,
  },
  {
    name: "extra aanbod without its period",
    change: { "aanbod.2.toelichting": undefined },
    finding: {
      rule: "R-DETAIL",
      severity: "warning",
      fields: ["aanbod.2.toelichting", "aanbod.2.naam"],
    },
    ready: false,
  },
  {
    name: "an unused extra aanbod row needs nothing",
    change: { "aanbod.3.naam": "", "aanbod.3.toelichting": "" },
    silent: "R-DETAIL",
    ready: true,
  },
  // HL21-FIN
  {
    name: "real case: € 32.000 stated, the computation gives € 32.032",
    change: { "financien.begroot": 32000 },
    finding: {
      rule: "HL21-FIN",
      severity: "warning",
      fields: ["financien.begroot", "financien.bedrag", "financien.leerlingen"],
    },
    ready: true,
  },
  // Changed on purpose (issue 7.3): the pupil count is optional, so this SOP is now ready.
  {
    name: "real case without a pupil count: € 32.000 is no whole number of pupils",
    change: { "financien.begroot": 32000, "financien.leerlingen": undefined },
    finding: {
      rule: "HL21-FIN",
      severity: "warning",
      fields: ["financien.begroot", "financien.bedrag", "financien.leerlingen"],
    },
    ready: true,
  },
  {
    name: "a stated amount in Dutch notation that matches",
    change: { "financien.begroot": "€ 32.032" },
    silent: "HL21-FIN",
    ready: true,
  },
  {
    name: "amounts left empty come from the table for the schooljaar",
    change: { "financien.vaste-voet": undefined, "financien.per-leerling": undefined },
    silent: "HL21-FIN",
    ready: true,
  },
  {
    name: "a schooljaar not in the table asks for the amounts",
    change: {
      "financien.schooljaar": "2030-2031",
      "financien.vaste-voet": undefined,
      "financien.per-leerling": undefined,
      "financien.bedrag": undefined,
    },
    finding: {
      rule: "HL21-FIN",
      severity: "warning",
      fields: ["financien.schooljaar", "financien.vaste-voet", "financien.per-leerling"],
    },
    ready: false,
  },
  // The table holds only amounts a source states: kalenderjaar 2023 is no schooljaar 2023-2024.
  {
    name: "schooljaar 2023-2024 is not in the table and asks for the amounts",
    change: {
      "financien.schooljaar": "2023-2024",
      "financien.vaste-voet": undefined,
      "financien.per-leerling": undefined,
    },
    finding: {
      rule: "HL21-FIN",
      severity: "warning",
      fields: ["financien.schooljaar", "financien.vaste-voet", "financien.per-leerling"],
    },
    ready: false,
  },
  {
    name: "a schooljaar not in the table with the amounts filled in",
    change: { "financien.schooljaar": "2030-2031" },
    silent: "HL21-FIN",
    ready: true,
  },
  // R-COMPUTED, R-NUMBER, R-REQUIRED
  {
    name: "two locations: the amount in the document is out of date",
    change: { "financien.locaties": 2 },
    finding: { rule: "R-COMPUTED", severity: "warning", fields: ["financien.bedrag"] },
    ready: true,
  },
  {
    name: "no location",
    change: { "financien.locaties": 0, "financien.bedrag": undefined },
    finding: { rule: "R-NUMBER", severity: "error", fields: ["financien.locaties"] },
    ready: false,
  },
  {
    name: "half a pupil",
    change: { "financien.leerlingen": "222,5", "financien.bedrag": undefined },
    finding: { rule: "R-NUMBER", severity: "error", fields: ["financien.leerlingen"] },
    ready: false,
  },
  {
    name: "visie left empty",
    change: { visie: undefined },
    finding: { rule: "R-REQUIRED", severity: "warning", fields: ["visie"] },
    ready: false,
  },
];

describe("haaglanden-2021: one change at a time", () => {
  it.each(variants)("$name", ({ change, finding, silent, ready }) => {
    const evaluation = run(change);
    const found = evaluation.findings.map(pick);
    if (finding) expect(found).toContainEqual(finding);
    if (silent) expect(found.filter((f) => f.rule === silent)).toEqual([]);
    expect(evaluation.ready).toBe(ready);
  });
});

describe("haaglanden-2021: messages", () => {
  const message = (change: Values, rule: string) =>
    run(change).findings.find((f) => f.rule === rule)?.message ?? "";

  it("HL21-FIN names the stated and computed amounts and the nearest pupil count", () => {
    const text = message({ "financien.begroot": 32000 }, "HL21-FIN");
    expect(text).toContain("€ 32.000");
    expect(text).toContain("€ 32.032");
    expect(text).toContain("221,7");
    expect(text).toContain("222");
  });

  it("HL21-FIN says which pupil count a whole stated amount fits", () => {
    const text = message({ "financien.begroot": 32032, "financien.leerlingen": 230 }, "HL21-FIN");
    expect(text).toContain("€ 32.032 past bij 222 leerlingen");
  });

  it("HL21-FIN asks for the amounts of an unknown schooljaar", () => {
    const text = message(
      {
        "financien.schooljaar": "2030-2031",
        "financien.vaste-voet": undefined,
        "financien.per-leerling": undefined,
      },
      "HL21-FIN",
    );
    expect(text).toContain("2030-2031");
    expect(text).toContain("vaste voet");
  });

  it("HL21-GOALS names the uitgangspunt", () => {
    expect(message({ "hgw.3": "in-ontwikkeling" }, "HL21-GOALS")).toContain(
      '"Onderwijsbehoeften staan centraal"',
    );
  });

  it("HL21-HGW-START says what to choose", () => {
    expect(message({ "hgw.werkwijze": "nog-op-te-starten" }, "HL21-HGW-START")).toContain(
      "Nog op te starten",
    );
  });

  it("HL21-EXPERTISE names the row", () => {
    expect(message({ "expertise.gedrag.uren": undefined }, "HL21-EXPERTISE")).toContain(
      "Expertise gedrag",
    );
  });
});
