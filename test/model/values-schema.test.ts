import { templates, valuesFileSchema, valuesSchema } from "../../src/model";
import { complete as zuidLimburg } from "../fixtures/schools/zuid-limburg";

const schema = valuesSchema(templates["zuid-limburg"]);

describe("the values a fill takes", () => {
  test("a complete school's values fit the template", () => {
    expect(schema.safeParse(zuidLimburg).success).toBe(true);
  });

  test.each([
    ["text", { "school.naam": "De Regenboog" }],
    ["a number as a number", { "kengetallen.leerlingen-tm8": 120 }],
    [
      "a number typed as text, which check reports later",
      { "kengetallen.leerlingen-tm8": "honderd" },
    ],
    ["a date", { "kwaliteit.datum": "2025-03-12" }],
    ["a tick", { "uitstroom.pro": true }],
    ["an option key", { "zorgindicator.01": "3" }],
    ["several ticked options, as a raw document may hold", { "zorgindicator.01": ["3", "4"] }],
    ["an emptied field", { "school.naam": null }],
    // Issue 7.9: a number is text a person could type (a year in the peildatum, a house number).
    ["a year given as a number for a text", { "kengetallen.peiljaar": 2024 }],
    ["a number for a date, which check reports later", { "kwaliteit.datum": 20250312 }],
  ])("accepts %s", (_name, values) => {
    expect(schema.safeParse(values).success).toBe(true);
  });

  test.each([
    ["an unknown field id", { "school.naam2": "x" }],
    ["an unknown option key", { "zorgindicator.01": "5" }],
    ["an unknown key in a multi-tick", { "zorgindicator.01": ["3", "9"] }],
    ["a tick given as text", { "uitstroom.pro": "ja" }],
    ["text given as a tick", { "school.naam": true }],
    ["text given as a list", { "school.naam": ["De", "Linde"] }],
    ["an option given as a boolean", { swv: true }],
  ])("refuses %s", (_name, values) => {
    expect(schema.safeParse(values).success).toBe(false);
  });

  test("a values file has a values object and an optional template", () => {
    expect(valuesFileSchema.safeParse({ values: {} }).success).toBe(true);
    expect(valuesFileSchema.safeParse({ template: "zuid-limburg", values: { a: 1 } }).success).toBe(
      true,
    );
    expect(valuesFileSchema.safeParse({ template: "zuid-limburg" }).success).toBe(false);
    expect(valuesFileSchema.safeParse({ values: {}, extra: 1 }).success).toBe(false);
  });
});
