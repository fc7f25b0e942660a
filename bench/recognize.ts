/**
 * Timing of recognition, for bench/run.ts: reading a full Zuid-Limburg SOP without SOP fields
 * (our filled template re-saved by LibreOffice) and finding every answer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DocxPackage } from "../src/document/docx/package";
import { readStructure } from "../src/document/docx/structure-read";
import { recognize, recognizeAny } from "../src/document/recognize";
import { templates } from "../src/model";

const file = join(__dirname, "../test/fixtures/recognition/zuid-limburg-libreoffice.docx");

/** The document's word/document.xml, inflated once: recognition starts from it. */
export function zuidLimburgXml(): Uint8Array {
  return DocxPackage.open(new Uint8Array(readFileSync(file))).documentBytes();
}

/** Structure and answers, the template known (as for a re-saved SOP that names it). */
export function recognizeKnown(xml: Uint8Array): number {
  return recognize(readStructure(xml), templates["zuid-limburg"]).found.length;
}

/** Structure, the template found by score among all four, and its answers. */
export function recognizeUnknown(xml: Uint8Array): number {
  return recognizeAny(readStructure(xml))?.found.length ?? 0;
}
