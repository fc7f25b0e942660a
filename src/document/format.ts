import type { Field, FieldValue } from "../model";
import { formatDutchDate, formatEuro, formatNumber, parseDutchDate } from "../rules";

/**
 * The text a value gets in the document, as a Dutch person would type it: `1.234`, `€ 8.500`,
 * `23-11-2026`. A string is written as given (a number field may then hold text, which `check` reports).
 */
export function documentText(field: Field, value: FieldValue): string {
  if (typeof value === "number") {
    const unit = field.kind === "number" || field.kind === "computed" ? field.unit : undefined;
    return unit === "euro" ? formatEuro(value) : formatNumber(value);
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
