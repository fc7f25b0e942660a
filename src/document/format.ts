import type { Field, FieldValue } from "../model";
import { dutchNumberText, formatDutchDate, formatEuro, parseDutchDate } from "../rules";

/**
 * The text a value gets in the document, as a Dutch person would type it: `1.234`, `€ 8.500`,
 * `23-11-2026`. A string is written as given (a number field may then hold text, which `check` reports);
 * a number in a text or date field as typed, `2024` or `1,5`.
 */
export function documentText(field: Field, value: FieldValue): string {
  if (typeof value === "number") {
    if (field.kind !== "number" && field.kind !== "computed")
      // A number given for a text (a year 2024 in a peiljaar) is written as a person types it.
      return dutchNumberText(value, false);
    if (field.unit === "euro") return formatEuro(value);
    return dutchNumberText(value, field.unit !== "year");
  }
  if (typeof value === "string") {
    if (field.kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const d = parseDutchDate(value);
      if (d) return formatDutchDate(d);
    }
    return value;
  }
  if (typeof value === "boolean") return value ? "ja" : "";
  return value.join(", ");
}
