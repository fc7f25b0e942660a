/**
 * The .docx engine of the browser edition (xmldom, fflate, the template builder and the preview):
 * a chunk of its own, loaded when a document is opened, so the pane starts without it.
 */
export { DocxDocument } from "../../document/docx/adapter";
export { buildTemplateDocx } from "../../document/docx/build-template";
export { previewHtml, previewHtmlOfXml } from "../../document/docx/preview";
export { recognizingDocx } from "../../document/recognize/docx-recognizing";
