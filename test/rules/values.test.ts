import { templates, type TemplateId, type Values } from "../../src/model";
import { evaluate, type Finding } from "../../src/rules";
import { schools } from "../fixtures/schools";

/**
 * Issue 7 point 9, "values as people type them": the checks a director expects on the school's
 * particulars, and what the messages echo. Each worked example names the reference line it rests on.
 */

const today = "2026-11-23";
const run = (id: TemplateId, change: Values, on = today) =>
  evaluate(templates[id], { ...schools[id], ...change }, on);
const about = (findings: readonly Finding[], rule: string) =>
  findings.filter((f) => f.rule === rule);

describe("a rejected number is echoed as the school wrote it, in Dutch notation", () => {
  // The pane hands the rules the number it read from "1,5"; the message must not say "1.5".
  test.each<[string, TemplateId, Values, string, string]>([
    // zuid-limburg-sop-model.txt:89 "Aantal locaties": a count, a whole number.
    ["a half location", "zuid-limburg", { "kengetallen.locaties": 1.5 }, "R-NUMBER", '"1,5"'],
    // passenderwijs-sop-model.txt:58 "Aantal leerlingen oktober (jaar)": a whole number of pupils.
    [
      "a pupil count of 212,5",
      "passenderwijs",
      { "school.leerlingen": 212.5 },
      "R-NUMBER",
      '"212,5"',
    ],
    // zuid-limburg-sop-model.txt:89: a count may not be negative.
    ["minus 1,5 locations", "zuid-limburg", { "kengetallen.locaties": -1.5 }, "R-NUMBER", "-1,5"],
    // zuid-limburg-sop-model.txt:93-118: an uitstroom percentage without its tick.
    [
      "12,5 % to VSO without the tick",
      "zuid-limburg",
      { "uitstroom.vso.pct": 12.5, "uitstroom.havo-vwo.pct": 32.5 },
      "ZL-UITSTROOM",
      "12,5%",
    ],
  ])("%s", (_name, id, change, rule, echoed) => {
    const messages = about(run(id, change).findings, rule).map((f) => f.message);
    expect(messages.join("\n")).toContain(echoed);
    expect(messages.join("\n")).not.toMatch(/\d\.\d(?!\d\d)/);
  });
});
