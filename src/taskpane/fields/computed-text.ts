import type { Field } from "../../model";
import { formatEuro, formatNumber } from "../../rules";

type ComputedField = Extract<Field, { kind: "computed" }>;

/** A computed value in Dutch notation; "nog niet te berekenen" while its inputs are missing. */
export function computedText(field: ComputedField, value: number | null | undefined): string {
  if (value === null || value === undefined) return "nog niet te berekenen";
  return field.unit === "euro" ? formatEuro(value) : formatNumber(value);
}
