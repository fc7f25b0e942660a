import { valuesSchema, type Template } from "../model";
import { DocumentError } from "./errors";
import type { FieldChange } from "./port";

/**
 * Refuses a batch of changes, before anything is written, when a field id, an option key or a
 * value's shape is unknown to the template. Both adapters write only what passes.
 */
export function validateChanges(template: Template, changes: readonly FieldChange[]): void {
  const parsed = valuesSchema(template).safeParse(
    Object.fromEntries(changes.map((c) => [c.field, c.value])),
  );
  if (parsed.success) return;
  const issue = parsed.error.issues[0];
  const detail =
    issue?.code === "unrecognized_keys"
      ? `onbekend veld ${issue.keys.join(", ")}`
      : `ongeldige waarde bij ${issue?.path.join(".") || issue?.message || "een veld"}`;
  throw new DocumentError("values", `(${detail})`);
}
