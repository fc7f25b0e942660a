import { XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { bytesOf, elementChildren, parseXml } from "../docx/xml";
import { writeZip } from "../docx/zip";

/**
 * The flat OPC package `body.getOoxml()` gives (one XML file holding every part Word sends with the
 * body: the document, its styles, numbering, images…), turned into what the .docx code reads, and
 * back. Bind and import work on the .docx side (ADR 0018); this is the bridge.
 */

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const MAIN_TYPE = /\.document\.(?:macroEnabled\.)?main\+xml$|\.template\.main\+xml$/;
const HEADER =
  '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n';

type Part = { name: string; contentType: string; el: Element };

/** Bytes from base64, in the browser as in Node. */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/\s+/g, ""));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export class FlatOpc {
  private readonly doc: Document;
  private readonly parts: Part[];
  private readonly main: Part;

  private constructor(doc: Document) {
    this.doc = doc;
    const root = doc.documentElement;
    if (!root || root.namespaceURI !== PKG || root.localName !== "package")
      throw new Error("Word gaf de inhoud van het document niet als OOXML-pakket.");
    this.parts = elementChildren(root)
      .filter((e) => e.namespaceURI === PKG && e.localName === "part")
      .map((el) => ({
        name: el.getAttributeNS(PKG, "name") ?? "",
        contentType: el.getAttributeNS(PKG, "contentType") ?? "",
        el,
      }));
    const main =
      this.parts.find((p) => MAIN_TYPE.test(p.contentType)) ??
      this.parts.find((p) => p.name === "/word/document.xml");
    if (!main) throw new Error("Het OOXML-pakket van Word heeft geen hoofddocument.");
    this.main = main;
  }

  static parse(ooxml: string): FlatOpc {
    return new FlatOpc(parseXml(ooxml, "body.getOoxml()"));
  }

  /** The part's name as a zip holds it (no leading slash). */
  private static zipName(part: Part): string {
    return part.name.replace(/^\//, "");
  }

  private static xmlOf(part: Part): Element | undefined {
    const data = elementChildren(part.el).find((e) => e.localName === "xmlData");
    return data ? elementChildren(data)[0] : undefined;
  }

  private static bytesOfPart(part: Part): Uint8Array | undefined {
    const xml = FlatOpc.xmlOf(part);
    if (xml) return bytesOf(new XMLSerializer().serializeToString(xml));
    const binary = elementChildren(part.el).find((e) => e.localName === "binaryData");
    return binary ? fromBase64(binary.textContent ?? "") : undefined;
  }

  /** The main document part (`word/document.xml`) as UTF-8 XML. */
  documentXml(): Uint8Array {
    const bytes = FlatOpc.bytesOfPart(this.main);
    if (!bytes) throw new Error("Het hoofddocument in het OOXML-pakket van Word is leeg.");
    return bytes;
  }

  /** Whether Word sent a part of this content type along (comments, say). */
  hasPartOfType(suffix: string): boolean {
    return this.parts.some((p) => p.contentType.endsWith(suffix));
  }

  /** The package as a .docx: every part Word sent, with the content types and relationships it needs. */
  toDocx(): Uint8Array {
    const entries: [string, Uint8Array][] = [];
    const overrides: string[] = [];
    for (const part of this.parts) {
      const bytes = FlatOpc.bytesOfPart(part);
      if (!bytes) continue;
      entries.push([FlatOpc.zipName(part), bytes]);
      if (part.contentType !== RELS_TYPE)
        overrides.push(
          `<Override PartName="${escape(part.name)}" ContentType="${escape(part.contentType)}"/>`,
        );
    }
    if (!entries.some(([name]) => name === "_rels/.rels"))
      entries.unshift([
        "_rels/.rels",
        bytesOf(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${escape(FlatOpc.zipName(this.main))}"/></Relationships>`,
        ),
      ]);
    const types = `<Types xmlns="${CT_NS}"><Default Extension="rels" ContentType="${RELS_TYPE}"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`;
    return writeZip([["[Content_Types].xml", bytesOf(types)], ...entries]);
  }

  /** The package with its main document replaced by `documentXml`; every other part as Word sent it. */
  withDocument(documentXml: Uint8Array): string {
    const copy = this.doc.cloneNode(true) as Document;
    const parsed = parseXml(documentXml, FlatOpc.zipName(this.main));
    const root = copy.documentElement as Element;
    const index = this.parts.indexOf(this.main);
    const part = elementChildren(root).filter(
      (e) => e.namespaceURI === PKG && e.localName === "part",
    )[index] as Element;
    for (const c of elementChildren(part)) part.removeChild(c);
    const data = copy.createElementNS(PKG, "pkg:xmlData");
    data.appendChild(copy.importNode(parsed.documentElement as Element, true));
    part.appendChild(data);
    return HEADER + new XMLSerializer().serializeToString(root);
  }
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
