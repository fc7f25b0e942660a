import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "@xmldom/xmldom";
import { DocxPackage } from "../../src/document/docx/package";
import { NS } from "../../src/document/docx/xml";

/**
 * The Zuid-Limburg form a school filled in, without its Brinnummer and Telefoon lines and without
 * the table of ontwikkeldoelen (section 5): fields the template has and this document has no place for.
 */
export function zuidLimburgWithGaps(): Uint8Array {
  const file = join(__dirname, "../fixtures/recognition/zuid-limburg-form.docx");
  const pkg = DocxPackage.open(new Uint8Array(readFileSync(file)));
  const doc = pkg.document();
  const gone: Element[] = [];
  const paragraphs = doc.getElementsByTagNameNS(NS.w, "p");
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i) as Element;
    if (/^(Brinnummer|Telefoon):/.test(p.textContent ?? "")) gone.push(p);
  }
  const tables = doc.getElementsByTagNameNS(NS.w, "tbl");
  gone.push(tables.item(tables.length - 1) as Element);
  for (const node of gone) node.parentNode?.removeChild(node);
  pkg.markDocumentChanged();
  return pkg.save();
}
