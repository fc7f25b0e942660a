import { resolve } from "node:path";
import { DocxDocument } from "../document/docx/adapter";
import type { SopState } from "../document/port";
import type { FieldValue, Template, Values } from "../model";
import { NO_SOP_FIELDS } from "../report/not-an-sop";
import { readInput } from "./files";
import { InputError, type Io } from "./io";

/** An SOP opened from a file: the document, its template and what it holds. */
export type OpenSop = { doc: DocxDocument; template: Template; state: SopState };

/** Opens a file the user named as an SOP; a document that is none is an InputError. */
export function openSop(file: string, io: Io): OpenSop {
  const doc = new DocxDocument(readInput(resolve(io.cwd ?? process.cwd(), file), file));
  const template = doc.template();
  if (!template) throw new InputError(`${file}: ${NO_SOP_FIELDS}`);
  return { doc, template, state: doc.readSync() };
}

/** Values in the template's field order, so output reads like the document. */
export function inFieldOrder(template: Template, values: Values): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const { field } of template.fields) {
    const v = values[field.id];
    if (v !== undefined && v !== null) out[field.id] = v;
  }
  return out;
}
