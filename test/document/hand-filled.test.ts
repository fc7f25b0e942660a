import { typed } from "../../src/document/recognize/context";
import type { Field } from "../../src/model";

/** A count as a school types it in its own document: the number is the answer, the unit is not. */
describe("a number typed by hand", () => {
  const count = {
    id: "kengetallen.leerlingen",
    kind: "number",
    label: "Aantal leerlingen",
  } as Field;

  it.each([
    ["148", 148],
    ["148 leerlingen", 148],
    ["148 Leerlingen", 148],
    ["12 lln.", 12],
    ["5 groepen", 5],
    ["1.234 leerlingen", 1234],
    ["80%", 80],
    ["80 %", 80],
    ["1 locatie", 1],
    // Not a count with its unit: kept as typed, so the pane can say it is no number.
    ["twee leerlingen", "twee leerlingen"],
    ["12 per week", "12 per week"],
    ["ongeveer 150 leerlingen", "ongeveer 150 leerlingen"],
    ["150 nieuwe leerlingen", "150 nieuwe leerlingen"],
  ])("%j is read as %j", (text, value) => {
    expect(typed(count, text)).toBe(value);
  });
});
