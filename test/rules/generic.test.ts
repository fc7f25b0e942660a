import { loadTemplate, type Values } from "../../src/model";
import {
  JA_NEE,
  choice,
  computed,
  count,
  date,
  fields,
  followUp,
  num,
  options,
  text,
  tick,
} from "../../src/model/templates/build";
import { evaluate, type Finding } from "../../src/rules";

/** A small template that has one field of every kind, to test the rules every template shares. */
const mini = loadTemplate({
  id: "zuid-limburg",
  name: "Proef",
  swv: "Proef",
  version: 1,
  reference: "",
  sections: [
    {
      id: "een",
      number: "1",
      heading: "Gegevens",
      level: 1,
      blocks: [
        fields(
          text("school.naam", "School", { required: true }),
          count("leerlingen.jong", "Jong", { required: true }),
          count("leerlingen.oud", "Oud", { required: true }),
          computed("leerlingen.totaal", "Totaal", {
            op: "sum",
            of: ["leerlingen.jong", "leerlingen.oud"],
          }),
          num("fte", "FTE", { min: 0 }),
          date("inspectie", "Datum inspectie", { past: true }),
          date("plan", "Datum plan"),
        ),
      ],
    },
    {
      id: "twee",
      number: "2",
      heading: "Keuzes",
      level: 1,
      blocks: [
        fields(
          choice(
            "hgw",
            "Werkwijze",
            options(["op-orde", "Op orde"], ["in-ontwikkeling", "In ontwikkeling"]),
            { required: true },
          ),
          choice("expertise", "Expertise", JA_NEE, { required: true }),
          text("expertise.uren", "Uren", { followUp: followUp("expertise", "uren", ["ja"]) }),
          tick("lvs", "Leerlingvolgsysteem"),
          text("lvs.naam", "te weten", { followUp: followUp("lvs", "te-weten") }),
          choice("a", "A", JA_NEE),
          choice("b", "B", JA_NEE),
          computed("aantal", "Aantal ja", { op: "count-option", of: ["a", "b"], option: "ja" }),
        ),
      ],
    },
  ],
  checks: [],
});

const complete: Values = {
  "school.naam": "De Regenboog",
  "leerlingen.jong": "120",
  "leerlingen.oud": 100,
  hgw: "op-orde",
  expertise: "nee",
};

const today = "2026-11-23";
const run = (change: Values) => evaluate(mini, { ...complete, ...change }, today);
const about = (findings: readonly Finding[], rule: string) =>
  findings.filter((f) => f.rule === rule);

describe("rules every template shares", () => {
  test("a complete document has no findings and is ready", () => {
    const result = run({});
    expect(result.findings).toEqual([]);
    expect(result.ready).toBe(true);
    expect(result.progress.overall).toEqual({ filled: 5, required: 5 });
    expect(result.computed["leerlingen.totaal"]).toBe(220);
  });

  test.each<[string, Values, string, Finding["severity"], string[]]>([
    ["not a number", { "leerlingen.jong": "veel" }, "R-NUMBER", "error", ["leerlingen.jong"]],
    [
      "a count with a decimal",
      { "leerlingen.jong": "12,5" },
      "R-NUMBER",
      "error",
      ["leerlingen.jong"],
    ],
    ["a negative count", { "leerlingen.oud": "-4" }, "R-NUMBER", "error", ["leerlingen.oud"]],
    ["a negative FTE", { fte: "-0,5" }, "R-NUMBER", "error", ["fte"]],
    ["no real date", { plan: "31-02-2026" }, "R-DATE", "error", ["plan"]],
    ["an inspection tomorrow", { inspectie: "24-11-2026" }, "R-DATE", "error", ["inspectie"]],
    [
      "two options ticked",
      { hgw: ["op-orde", "in-ontwikkeling"] },
      "R-EXCLUSIVE",
      "error",
      ["hgw"],
    ],
    [
      "a computed value that is off",
      { "leerlingen.totaal": "210" },
      "R-COMPUTED",
      "warning",
      ["leerlingen.totaal"],
    ],
    [
      "ja without its hours",
      { expertise: "ja" },
      "R-DETAIL",
      "warning",
      ["expertise.uren", "expertise"],
    ],
    ["a tick without its name", { lvs: true }, "R-DETAIL", "warning", ["lvs.naam", "lvs"]],
    ["an empty required field", { "school.naam": " " }, "R-REQUIRED", "warning", ["school.naam"]],
  ])("%s", (_name, change, rule, severity, fieldIds) => {
    const result = run(change);
    const found = about(result.findings, rule);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity, fields: fieldIds });
    expect(found[0]?.message).toMatch(/\S/);
  });

  test.each<[string, Values]>([
    ["Dutch thousands", { "leerlingen.jong": "1.200" }],
    ["a fractional FTE", { fte: "0,8" }],
    ["an inspection today", { inspectie: "23 november 2026" }],
    ["a plan in the future", { plan: "01-08-2027" }],
    ["ja with its hours", { expertise: "ja", "expertise.uren": "4 uur per week" }],
    ["a tick with its name", { lvs: true, "lvs.naam": "Cito LOVS" }],
    ["the right computed value", { "leerlingen.totaal": "220" }],
  ])("%s passes", (_name, change) => {
    expect(run(change).findings).toEqual([]);
  });

  test("the real double tick of the Haaglanden example is an error and keeps the document from the board", () => {
    const result = run({ hgw: ["op-orde", "in-ontwikkeling"] });
    expect(result.ready).toBe(false);
    expect(about(result.findings, "R-EXCLUSIVE")[0]?.message).toContain(
      "Op orde en In ontwikkeling",
    );
  });

  test("a follow-up made required counts in the progress and as missing", () => {
    const result = run({ expertise: "ja" });
    expect(result.missing).toEqual(["expertise.uren"]);
    expect(result.progress.sections["twee"]).toEqual({ filled: 2, required: 3 });
    expect(result.ready).toBe(false);
  });

  test("progress counts per section and overall", () => {
    const result = evaluate(mini, { "school.naam": "X", hgw: "op-orde" }, today);
    expect(result.progress.sections).toEqual({
      een: { filled: 1, required: 3 },
      twee: { filled: 1, required: 2 },
    });
    expect(result.progress.overall).toEqual({ filled: 2, required: 5 });
    expect(result.missing).toEqual(["leerlingen.jong", "leerlingen.oud", "expertise"]);
    expect(about(result.findings, "R-REQUIRED").map((f) => f.message)).toEqual([
      "Nog 2 velden in te vullen in 1 Gegevens: Jong, Oud.",
      "Nog 1 veld in te vullen in 2 Keuzes: Expertise.",
    ]);
  });

  test("a computed value waits for all its inputs", () => {
    expect(run({ "leerlingen.oud": "" }).computed["leerlingen.totaal"]).toBeNull();
    expect(run({ a: "ja" }).computed["aantal"]).toBeNull();
    expect(run({ a: "ja", b: "nee" }).computed["aantal"]).toBe(1);
    expect(run({ a: "ja", b: "ja" }).computed["aantal"]).toBe(2);
  });

  test("today may be given as a Dutch date", () => {
    expect(
      about(
        evaluate(mini, { ...complete, inspectie: "24-11-2026" }, "24-11-2026").findings,
        "R-DATE",
      ),
    ).toEqual([]);
  });
});
