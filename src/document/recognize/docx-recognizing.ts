import type { TemplateId } from "../../model";
import { bindDocx } from "../docx/bind";
import type { DocxDocument } from "../docx/adapter";
import { DocumentError } from "../errors";
import type { RecognizedSop, RecognizingDocument } from "../port";
import { recognizeXml } from "./index";
import { importedDocx, planImport } from "./import";

/** Recognition, bind and import for a .docx held in memory (the browser edition). */
export function recognizingDocx(doc: DocxDocument): RecognizingDocument {
  return {
    async recognize(): Promise<RecognizedSop | undefined> {
      const named = doc.template();
      if (named && doc.readSync().present.size > 0) return undefined;
      const r = recognizeXml(doc.documentXml(), named?.id);
      if (!r || r.found.length === 0) return undefined;
      return {
        template: r.template.id,
        found: r.found.flatMap((f) =>
          f.value === null ? [] : [{ field: f.field, value: f.value }],
        ),
        placed: r.found.length,
        unplaced: r.unplaced,
        stripped: named !== undefined,
      };
    },
    async bindFields(template: TemplateId, options = {}): Promise<void> {
      const r = recognizeXml(doc.documentXml(), template);
      if (!r) throw new DocumentError("unknown-template", `(${template})`);
      doc.replaceWith(bindDocx(doc.toBytes(), r, options).bytes);
    },
    async importInto(target: TemplateId): Promise<void> {
      const plan = planImport(doc.toBytes(), target);
      const now = new Date();
      doc.replaceWith(
        importedDocx(plan, {
          year: now.getFullYear(),
          month: now.getMonth() + 1,
          day: now.getDate(),
        }),
      );
    },
  };
}
