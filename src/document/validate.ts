import { valuesSchema, type Template } from "../model";
import { DocumentError } from "./errors";
import type { FieldChange } from "./port";
import { forbiddenCharacter } from "./xml-chars";

/** Made once per template: building it costs more than the rest of a write (ADR 0020). */
const schemas = new WeakMap<Template, ReturnType<typeof valuesSchema>>();

/**
 * Refuses a batch of changes, before anything is written, when a field id, an option key or a
 * value's shape is unknown to the template. Both adapters write only what passes.
 */
export function validateChanges(template: Template, changes: readonly FieldChange[]): void {
  let schema = schemas.get(template);
  if (!schema) schemas.set(template, (schema = valuesSchema(template)));
  const parsed = schema.safeParse(Object.fromEntries(changes.map((c) => [c.field, c.value])));
  if (parsed.success) {
    refuseForbiddenCharacters(template, changes);
    return;
  }
  const issue = parsed.error.issues[0];
  const detail =
    issue?.code === "unrecognized_keys"
      ? `onbekend veld ${issue.keys.join(", ")}`
      : `ongeldige waarde bij ${issue?.path.join(".") || issue?.message || "een veld"}`;
  throw new DocumentError("values", `(${detail})`);
}

/** A value holding a character no Word document may hold is refused, naming the field. */
function refuseForbiddenCharacters(template: Template, changes: readonly FieldChange[]): void {
  for (const { field, value } of changes) {
    if (typeof value !== "string") continue;
    const char = forbiddenCharacter(value);
    if (char === undefined) continue;
    const f = template.byId.get(field)?.field;
    throw new DocumentError(
      "values",
      `(het veld "${f?.short ?? f?.label ?? field}" (${field}) bevat het teken ${char}, dat een Word-document niet kan bevatten; haal het weg)`,
    );
  }
}
