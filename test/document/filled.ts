import { templates, type TemplateId } from "../../src/model";
import { DocxDocument } from "../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { evaluate } from "../../src/rules";
import { schools } from "../fixtures/schools";

/** A template filled with its complete school and the computed values, as `fill` makes it. */
export function filledTemplate(id: TemplateId): Uint8Array {
  const doc = new DocxDocument(buildTemplateDocx(templates[id]));
  const computed = evaluate(templates[id], schools[id], "2026-11-23").computed;
  const values = {
    ...schools[id],
    ...Object.fromEntries(Object.entries(computed).filter(([, v]) => v !== null)),
  };
  doc.writeSync(Object.entries(values).map(([field, value]) => ({ field, value: value ?? null })));
  return doc.toBytes();
}
