import type { Field, FieldValue } from "../model";

/** A recognized value as the pane lists it: the option's label, a tick, a number or the text. */
export function shownValue(field: Field | undefined, value: FieldValue): string {
  if (typeof value === "boolean") return value ? "aangevinkt" : "niet aangevinkt";
  if (typeof value === "number") return String(value).replace(".", ",");
  const keys = typeof value === "string" ? [value] : value;
  if (field?.kind === "choice")
    return keys.map((k) => field.options.find((o) => o.key === k)?.label ?? k).join(" + ");
  const text = keys.join(", ");
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
