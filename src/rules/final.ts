import type { Template, Values } from "../model";
import type { Evaluation } from "./types";

const isBlank = (v: Values[string]): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === "string" && v.trim() === "") ||
  (Array.isArray(v) && v.length === 0);

/**
 * The fields whose grey hint a finished SOP should no longer print ("Definitief maken", ADR 0005):
 * every text, number, date or computed field left empty that is not required now. An optional
 * follow-up (the hours on a "Nee" row, an unused "Anders" row) then prints nothing. A required field
 * still empty keeps its hint: the SOP is not finished there.
 */
export function hintsToClear(
  template: Template,
  values: Values,
  evaluation: Pick<Evaluation, "missing" | "computed">,
): string[] {
  const missing = new Set(evaluation.missing);
  return template.fields
    .map((e) => e.field)
    .filter((f) => {
      if (missing.has(f.id)) return false;
      switch (f.kind) {
        case "tick":
        case "choice":
          return false;
        case "computed":
          return evaluation.computed[f.id] === null && isBlank(values[f.id]);
        default:
          return isBlank(values[f.id]);
      }
    })
    .map((f) => f.id);
}
