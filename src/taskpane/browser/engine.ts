/**
 * The .docx engine of the browser edition (xmldom, fflate, the model, the template builder and the
 * preview): a chunk of its own, loaded when a document is opened, so the first screen starts without
 * it (ADR 0023).
 */
import { templates, type TemplateId } from "../../model";
import { buildTemplateDocx } from "../../document/docx/build-template";

export { DocxDocument } from "../../document/docx/adapter";
export { buildTemplateDocx };
export { previewHtml, previewHtmlOfXml } from "../../document/docx/preview";
export { recognizingDocx } from "../../document/recognize/docx-recognizing";

/** A new, empty SOP of this regional template, as .docx bytes. */
export const templateDocx = (id: TemplateId): Uint8Array => buildTemplateDocx(templates[id]);

/** The template's name, for the file name of a new SOP ("SOP Zuid-Limburg – SOP.docx"). */
export const templateName = (id: TemplateId): string => templates[id].name;
