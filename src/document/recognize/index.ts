import type { FieldValue, TemplateId, Values } from "../../model";
import { readStructure } from "../docx/structure-read";
import { recognizeAny } from "./recognize";
import type { Recognition } from "./types";

export { recognize, recognizeAny, MIN_SCORE } from "./recognize";
export type { Found, Provenance, Recognition, Spot } from "./types";

/**
 * Recognizes the SOP in a document's word/document.xml; undefined when it follows no template well
 * enough. `only` reads it as that template whatever it looks like.
 */
export function recognizeXml(documentXml: Uint8Array, only?: TemplateId): Recognition | undefined {
  return recognizeAny(readStructure(documentXml), only);
}

/** The values found, as a values file carries them (empty places left out). */
export function recognizedValues(r: Recognition): Values {
  const values: Record<string, FieldValue> = {};
  for (const f of r.found) if (f.value !== null) values[f.field] = f.value;
  return values;
}
