import type { Document, Element } from "@xmldom/xmldom";
import { DocumentError } from "../errors";
import {
  CUSTOM_CONTENT_TYPE,
  CUSTOM_PART,
  CUSTOM_REL_TYPE,
  customPropertiesXml,
  parseCustom,
  readCustomProperties,
  setCustomProperties,
} from "./properties";
import { NS, bytesOf, child, elementChildren, parseXml, serializeXml } from "./xml";
import { listEntries, readParts, writeZip, type ZipEntry } from "./zip";

export const DOCUMENT_PART = "word/document.xml";
const CONTENT_TYPES = "[Content_Types].xml";
const ROOT_RELS = "_rels/.rels";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

/**
 * A .docx opened for reading and, when asked, writing. Only the parts SOP Assistent reads are
 * inflated up front (the document and its custom properties); the rest is inflated only to save, and
 * saved as it was.
 */
export class DocxPackage {
  private readonly bytes: Uint8Array;
  private readonly entries: ZipEntry[];
  private parts: Map<string, Uint8Array>;
  private parsedDocument: Document | undefined;
  private parsedCustom: Document | undefined;
  private documentChanged = false;
  private customChanged = false;

  private constructor(bytes: Uint8Array, entries: ZipEntry[], parts: Map<string, Uint8Array>) {
    this.bytes = bytes;
    this.entries = entries;
    this.parts = parts;
  }

  /** Opens a .docx; throws a DocumentError for anything that is not a readable Word document. */
  static open(bytes: Uint8Array): DocxPackage {
    const entries = listEntries(bytes);
    if (!entries.some((e) => e.name === DOCUMENT_PART)) throw new DocumentError("no-document");
    const wanted = new Set([DOCUMENT_PART, CUSTOM_PART]);
    const parts = new Map<string, Uint8Array>(Object.entries(readParts(bytes, wanted, entries)));
    return new DocxPackage(bytes, entries, parts);
  }

  /** The bytes of word/document.xml as stored (or as last written). */
  documentBytes(): Uint8Array {
    if (this.parsedDocument && this.documentChanged) return serializeXml(this.parsedDocument);
    const data = this.parts.get(DOCUMENT_PART);
    if (!data) throw new DocumentError("no-document");
    return data;
  }

  /** The parsed main document (word/document.xml). */
  document(): Document {
    if (!this.parsedDocument) {
      const data = this.parts.get(DOCUMENT_PART);
      if (!data) throw new DocumentError("no-document");
      this.parsedDocument = parseXml(data, DOCUMENT_PART);
      const root = this.parsedDocument.documentElement;
      if (!root || root.namespaceURI !== NS.w || root.localName !== "document")
        throw new DocumentError("no-document");
    }
    return this.parsedDocument;
  }

  body(): Element {
    const body = child(this.document().documentElement as Element, NS.w, "body");
    if (!body) throw new DocumentError("no-document", "(geen w:body)");
    return body;
  }

  customProperties(): Map<string, string> {
    return readCustomProperties(this.custom());
  }

  private custom(): Document | undefined {
    if (!this.parsedCustom) {
      const data = this.parts.get(CUSTOM_PART);
      if (data) this.parsedCustom = parseCustom(data);
    }
    return this.parsedCustom;
  }

  markDocumentChanged(): void {
    this.documentChanged = true;
  }

  /** Sets custom properties, creating docProps/custom.xml (and its relationship) when missing. */
  setCustomProperties(props: readonly (readonly [string, string | number])[]): void {
    const doc = this.custom();
    if (doc) setCustomProperties(doc, props);
    else this.parsedCustom = parseCustom(bytesOf(customPropertiesXml(props)));
    this.customChanged = true;
  }

  /** The package as bytes: changed parts re-serialized, every other part as it was, in its order. */
  save(): Uint8Array {
    const all = new Map<string, Uint8Array>(
      Object.entries(readParts(this.bytes, undefined, this.entries)),
    );
    const order = this.entries.map((e) => e.name).filter((n) => all.has(n));
    if (this.documentChanged && this.parsedDocument)
      all.set(DOCUMENT_PART, serializeXml(this.parsedDocument));
    if (this.customChanged && this.parsedCustom) {
      if (!all.has(CUSTOM_PART)) {
        this.registerCustomPart(all);
        order.push(CUSTOM_PART);
      }
      all.set(CUSTOM_PART, serializeXml(this.parsedCustom));
    }
    return writeZip(order.map((name) => [name, all.get(name) as Uint8Array] as const));
  }

  private registerCustomPart(all: Map<string, Uint8Array>): void {
    const types = all.get(CONTENT_TYPES);
    if (types) {
      const doc = parseXml(types, CONTENT_TYPES);
      const root = doc.documentElement as Element;
      const known = elementChildren(root).some(
        (e) => e.getAttribute("PartName") === `/${CUSTOM_PART}`,
      );
      if (!known) {
        const o = doc.createElementNS(CT_NS, "Override");
        o.setAttribute("PartName", `/${CUSTOM_PART}`);
        o.setAttribute("ContentType", CUSTOM_CONTENT_TYPE);
        root.appendChild(o);
        all.set(CONTENT_TYPES, serializeXml(doc));
      }
    }
    const rels = all.get(ROOT_RELS);
    if (rels) {
      const doc = parseXml(rels, ROOT_RELS);
      const root = doc.documentElement as Element;
      const existing = elementChildren(root);
      if (!existing.some((e) => e.getAttribute("Type") === CUSTOM_REL_TYPE)) {
        const ids = new Set(existing.map((e) => e.getAttribute("Id")));
        let n = existing.length + 1;
        while (ids.has(`rId${n}`)) n += 1;
        const rel = doc.createElementNS(PKG_REL_NS, "Relationship");
        rel.setAttribute("Id", `rId${n}`);
        rel.setAttribute("Type", CUSTOM_REL_TYPE);
        rel.setAttribute("Target", CUSTOM_PART);
        root.appendChild(rel);
        all.set(ROOT_RELS, serializeXml(doc));
      }
    }
  }
}
