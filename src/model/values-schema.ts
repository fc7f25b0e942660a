import { z } from "zod";
import type { Field, Template } from "./types";

/** The value schema of one field, as a `fill` data file may give it (see domain.md, value shapes). */
export function fieldValueSchema(field: Field): z.ZodType {
  switch (field.kind) {
    case "text":
    case "richText":
    case "date":
      // A number is text a person could type too (a year 2024 in a peiljaar): it is written as
      // Dutch text, and `check` judges it as it judges typed text.
      return z.union([z.string(), z.number().finite()]);
    case "number":
    case "computed":
      // A person may type anything in a number field; `check` reports what does not parse.
      return z.union([z.number().finite(), z.string()]);
    case "tick":
      return z.boolean();
    case "choice": {
      const keys = field.options.map((o) => o.key) as [string, ...string[]];
      const key = z.enum(keys);
      return z.union([key, z.array(key)]);
    }
  }
}

/** The schema of a values object for one template: known field ids only, each in its own shape. */
export function valuesSchema(template: Template) {
  const shape: Record<string, z.ZodType> = {};
  for (const { field } of template.fields)
    shape[field.id] = fieldValueSchema(field).nullable().optional();
  return z.strictObject(shape);
}

/** The JSON a `fill` takes: `{ "template"?: id, "values": { fieldId: value } }`. */
export const valuesFileSchema = z.strictObject({
  template: z.string().optional(),
  values: z.record(z.string(), z.unknown()),
});
