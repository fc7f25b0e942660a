import { XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { NS, child, elementChildren, parseXml, textOf } from "../../../src/document/docx/xml";
import { readParts } from "../../../src/document/docx/zip";
import { wordText } from "./sim-xml";

/**
 * The body's OOXML as the simulated Word gives it (`getOoxml`) and takes it (`insertOoxml`). What
 * Word does with a package's sections and comments is not documented; each profile says which
 * reading the simulator plays (sim-profiles.ts).
 */

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const COMMENTS = "word/comments.xml";
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

/** The parts of the original file that `getOoxml` may send beside the body. */
export function sideParts(bytes: Uint8Array): { comments?: string } {
  const found = readParts(bytes, new Set([COMMENTS]))[COMMENTS];
  return found ? { comments: textOf(found).replace(/^<\?xml[^>]*\?>\s*/, "") } : {};
}

/**
 * `body.getOoxml()`: a flat OPC package whose document part holds the body as it is now, with the
 * comments part when the profile sends it (no headers, footers or their relationships: Word sends
 * the body only).
 */
export function flatOpc(document: Document, comments: string | undefined): string {
  const xml = new XMLSerializer().serializeToString(document.documentElement as Element);
  const part = (name: string, type: string, data: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${data}</pkg:xmlData></pkg:part>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${
    comments
      ? `<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>`
      : ""
  }</Relationships>`;
  return (
    `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
    `<pkg:package xmlns:pkg="${PKG}">` +
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ) +
    part(
      "/word/_rels/document.xml.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      rels,
    ) +
    part(
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      xml,
    ) +
    (comments ? part("/word/comments.xml", COMMENTS_TYPE, comments) : "") +
    `</pkg:package>`
  );
}

/** What the package holds: its body, and the relationship ids and part types it brings. */
function readPackage(ooxml: string): { body: Element; relIds: Set<string>; types: Set<string> } {
  const root = parseXml(ooxml, "insertOoxml").documentElement as Element;
  const parts = elementChildren(root).filter((e) => e.localName === "part");
  const types = new Set(parts.map((p) => p.getAttributeNS(PKG, "contentType") ?? ""));
  const dataOf = (p: Element | undefined) =>
    p ? elementChildren(child(p, PKG, "xmlData") ?? p)[0] : undefined;
  const main = dataOf(parts.find((p) => p.getAttributeNS(PKG, "name") === "/word/document.xml"));
  const body = main ? child(main, NS.w, "body") : undefined;
  if (!body) throw new Error("insertOoxml: the package has no /word/document.xml with a body");
  const rels = dataOf(
    parts.find((p) => p.getAttributeNS(PKG, "name") === "/word/_rels/document.xml.rels"),
  );
  const relIds = new Set(rels ? elementChildren(rels).map((r) => r.getAttribute("Id") ?? "") : []);
  return { body, relIds, types };
}

export type InsertReading = {
  /** "kept": the document keeps its last section; "inserted": the package's replaces it. */
  section: "kept" | "inserted";
  /** Track Changes mode when the insert runs. */
  mode: string;
};

/**
 * `body.insertOoxml(…, "Replace")` on the simulated body. Under the "inserted" reading the package's
 * last section replaces the document's, and header or footer references the package cannot resolve
 * are dropped (the headers are lost). Comment anchors whose comments part is not in the package are
 * dropped. With Track Changes on, the whole replacement is a revision: the old text deleted, every
 * new run inserted.
 */
export function insertBodyOoxml(body: Element, ooxml: string, reading: InsertReading): void {
  const doc = body.ownerDocument as Document;
  const { body: inserted, relIds, types } = readPackage(ooxml);
  const oldSection = child(body, NS.w, "sectPr");
  const oldText = wordText(body);
  while (body.firstChild) body.removeChild(body.firstChild);
  for (const c of elementChildren(inserted)) body.appendChild(doc.importNode(c, true));
  const newSection = child(body, NS.w, "sectPr");
  if (newSection && reading.section === "kept" && oldSection)
    body.replaceChild(oldSection, newSection);
  else if (!newSection && oldSection) body.appendChild(oldSection);
  for (const local of ["headerReference", "footerReference"])
    for (const ref of Array.from(body.getElementsByTagNameNS(NS.w, local)))
      if (
        reading.section === "inserted" &&
        ref.parentNode !== oldSection &&
        !relIds.has(ref.getAttributeNS(REL_NS, "id") ?? "")
      )
        ref.parentNode?.removeChild(ref);
  if (!types.has(COMMENTS_TYPE))
    for (const local of ["commentRangeStart", "commentRangeEnd", "commentReference"])
      for (const el of Array.from(body.getElementsByTagNameNS(NS.w, local)))
        el.parentNode?.removeChild(el);
  if (reading.mode !== "Off") markWholeRevision(body, oldText);
}

function markWholeRevision(body: Element, oldText: string): void {
  const doc = body.ownerDocument as Document;
  const mark = (local: "ins" | "del") => {
    const m = doc.createElementNS(NS.w, `w:${local}`);
    m.setAttributeNS(NS.w, "w:id", "9500");
    m.setAttributeNS(NS.w, "w:author", "SOP Assistent");
    return m;
  };
  for (const run of Array.from(body.getElementsByTagNameNS(NS.w, "r"))) {
    if (run.parentNode?.localName === "ins") continue;
    const ins = mark("ins");
    run.parentNode?.replaceChild(ins, run);
    ins.appendChild(run);
  }
  const first = Array.from(body.getElementsByTagNameNS(NS.w, "p"))[0];
  if (!first || oldText === "") return;
  const del = mark("del");
  const r = doc.createElementNS(NS.w, "w:r");
  const dt = doc.createElementNS(NS.w, "w:delText");
  dt.appendChild(doc.createTextNode(oldText.replace(/[\r\v]/g, " ")));
  r.appendChild(dt);
  del.appendChild(r);
  first.appendChild(del);
}
