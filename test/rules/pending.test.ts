import { templates, type Values } from "../../src/model";
import { evaluate, type Finding } from "../../src/rules";
import { complete } from "../fixtures/schools/zuid-limburg";

/** ADR 0027: a finding says when it may only mean "not done yet"; its severity stays the board's. */
const template = templates["zuid-limburg"];
const today = "2026-11-23";
const run = (values: Values) => evaluate(template, values, today);
const on = (findings: readonly Finding[], field: string) =>
  findings.filter((f) => f.fields[0] === field && f.rule !== "R-REQUIRED");

describe("findings that wait for more input", () => {
  it("an empty SOP's unticked 3.4 boxes are errors for the board that wait for an answer", () => {
    const evaluation = run({});
    const structuur = evaluation.findings.filter((f) => f.rule === "ZL-STRUCTUUR");
    expect(structuur.map((f) => [f.severity, f.pending])).toEqual([
      ["error", "answer"],
      ["error", "answer"],
    ]);
    // What the board sees is unchanged: the norm is not met and the SOP is not ready.
    expect(evaluation.norms.find((n) => n.rule === "ZL-STRUCTUUR")?.status).toBe("not-met");
    expect(evaluation.ready).toBe(false);
    // The reminder to write a goal for it waits with it.
    expect(evaluation.findings.find((f) => f.rule === "ZL-AMBITIES")?.pending).toBe("answer");
  });

  it("a box that is ticked leaves no finding; one left unticked in a complete SOP still waits", () => {
    const evaluation = run({ ...complete, "structuur.schoolplan": false });
    const structuur = evaluation.findings.filter((f) => f.rule === "ZL-STRUCTUUR");
    expect(on(structuur, "structuur.schoolplan")).toEqual([
      expect.objectContaining({ severity: "error", pending: "answer" }),
    ]);
    expect(on(structuur, "structuur.handelingsplan")).toEqual([]);
  });

  it.each([
    ["kengetallen.peiljaar", "2", "typing"],
    ["kengetallen.peiljaar", "202", "typing"],
    ["kengetallen.peiljaar", "1990", undefined],
    ["kengetallen.peiljaar", "vorig jaar", undefined],
    ["kwaliteit.datum", "23-1", "typing"],
    ["kwaliteit.datum", "23 nov", "typing"],
    ["kwaliteit.datum", "gisteren", undefined],
    ["kwaliteit.datum", "31-02-2026", undefined],
    ["school.brin", "12", "typing"],
  ])("%s = %p: the finding's pending is %p", (field, value, pending) => {
    const found = on(run({ ...complete, [field]: value }).findings, field);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity !== "info")).toBe(true);
    expect(found.map((f) => f.pending)).toEqual(found.map(() => pending));
  });

  it("a ticked uitstroom row waits for its percentage; a percentage of 0 is an answer", () => {
    const empty = run({ ...complete, "uitstroom.pro": true, "uitstroom.pro.pct": "" });
    expect(on(empty.findings, "uitstroom.pro").map((f) => f.pending)).toContain("answer");
    const zero = run({ ...complete, "uitstroom.pro": true, "uitstroom.pro.pct": 0 });
    const found = on(zero.findings, "uitstroom.pro").filter((f) => f.rule === "ZL-UITSTROOM");
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.pending)).toEqual(found.map(() => undefined));
  });

  it("a value that can never be right does not wait", () => {
    const found = on(
      run({ ...complete, "kengetallen.locaties": "twee" }).findings,
      "kengetallen.locaties",
    );
    expect(found).toEqual([expect.objectContaining({ rule: "R-NUMBER", severity: "error" })]);
    expect(found[0]?.pending).toBeUndefined();
  });
});
