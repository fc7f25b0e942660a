import type { Field, FieldValue, Values } from "../model";
import { dutchNumberText, formatDutchDate, isNoAnswerText, parseDutchDate } from "../rules";

/** Values still being written, by field id; null empties a field. */
export type Pending = Readonly<Record<string, FieldValue | null>>;

/** `2026-11-23`: the day a Date falls on where the pane runs, as the rules take "today". */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The document's values with the pane's unwritten edits laid over them. */
export function mergeValues(values: Values, pending: Pending): Values {
  if (Object.keys(pending).length === 0) return values;
  const merged = { ...values, ...pending };
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== null)) as Values;
}

/** The label the pane shows: the short one where the official label is a long sentence. */
export function labelOf(field: Field): string {
  return field.short ?? field.label;
}

/** A DOM id for a field's editor (field ids hold dots, which CSS selectors would misread). */
export function domId(fieldId: string): string {
  return `veld-${fieldId.replace(/[^a-z0-9-]/gi, "_")}`;
}

/** The ticked options of a choice value: none, one, or several (a double tick in the document). */
export function answersOf(value: FieldValue | null | undefined): readonly string[] {
  if (typeof value === "string") return value === "" ? [] : [value];
  if (Array.isArray(value)) return value as readonly string[];
  return [];
}

/**
 * A number field's value as the pane shows it: `1.234`, `12,5`, or the text as typed; a year
 * (`group` false) as `2025`.
 */
export function numberText(value: FieldValue | null | undefined, group = true): string {
  // In full, as the document holds it: an FTE of 0,125 is not shown as 0,13.
  if (typeof value === "number") return dutchNumberText(value, group);
  return typeof value === "string" ? value : "";
}

/** A date field's value as the pane shows it: `23-11-2026`, or the text as found. */
export function dateText(value: FieldValue | null | undefined): string {
  if (typeof value !== "string") return "";
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDutchDate(value) : null;
  return parsed ? formatDutchDate(parsed) : value;
}

/** Whether a value is an answer (text, a number, a tick, an option). */
export function isFilled(value: FieldValue | null | undefined): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === "string") return value.trim() !== "" && !isNoAnswerText(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** "1 veld" / "12 velden". */
export function velden(count: number): string {
  return count === 1 ? "1 veld" : `${count} velden`;
}
