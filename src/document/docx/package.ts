import type { Document, Element } from "@xmldom/xmldom";
import { DocumentError } from "../errors";
import {
  CUSTOM_CONTENT_TYPE,
  CUSTOM_REL_TYPE,
  customPropertiesXml,
  parseCustom,
  quickCustomProperties,
  readCustomProperties,
  setCustomProperties,
} from "./properties";
import { findMainParts, ROOT_RELS, utf8Xml, type MainParts } from "./main-part";
import { scanControls } from "./scan";
import { forbiddenByte } from "../xml-chars";
import { NS, bytesOf, child, elementChildren, parseXml, serializeXml } from "./xml";
import {
  listEntries,
  readCheckedPart,
  readParts,
  writeZip,
  zipComment,
  type ZipEntry,
} from "./zip";

/** How a save may go further than by default. */
export type SaveOptions = {
  /** Leave out parts that fail their checksum or do not inflate (a damaged image), not the text. */
  withoutDamagedParts?: boolean;
};

export const DOCUMENT_PART = "word/document.xml";
const CONTENT_TYPES = "[Content_Types].xml";
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
  /** The names of the main document and custom properties parts, as the relationships give them. */
  readonly main: MainParts;

  private constructor(
    bytes: Uint8Array,
    entries: ZipEntry[],
    parts: Map<string, Uint8Array>,
    main: MainParts,
  ) {
    this.bytes = bytes;
    this.entries = entries;
    this.parts = parts;
    this.main = main;
  }

  /** Opens a .docx; throws a DocumentError for anything that is not a readable Word document. */
  static open(bytes: Uint8Array): DocxPackage {
    const entries = listEntries(bytes);
    const main = findMainParts(bytes, entries);
    const wanted = new Set([main.document, main.custom]);
    const parts = new Map<string, Uint8Array>();
    for (const [name, data] of Object.entries(readParts(bytes, wanted, entries)))
      parts.set(name, utf8Xml(data));
    return new DocxPackage(bytes, entries, parts, main);
  }

  /** The bytes of the main document part as stored, in UTF-8 (or as last written). */
  documentBytes(): Uint8Array {
    if (this.parsedDocument && this.documentChanged) return serializeXml(this.parsedDocument);
    const data = this.parts.get(this.main.document);
    if (!data) throw new DocumentError("no-document");
    return data;
  }

  /** The parsed main document. */
  document(): Document {
    if (!this.parsedDocument) {
      const data = this.parts.get(this.main.document);
      if (!data) throw new DocumentError("no-document");
      this.parsedDocument = parseXml(data, this.main.document);
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
    // Reading alone needs no DOM of the part (a write makes one, and reads through it after).
    if (!this.parsedCustom) {
      const data = this.parts.get(this.main.custom);
      const quick = data && quickCustomProperties(data);
      if (quick) return quick;
    }
    return readCustomProperties(this.custom());
  }

  private custom(): Document | undefined {
    if (!this.parsedCustom) {
      const data = this.parts.get(this.main.custom);
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

  /**
   * The package as bytes: changed parts re-serialized, every other part as it was, in its order,
   * with the zip's directory entries and comment. What is produced is read back before it is
   * returned: a part that would not parse, or holds a character XML forbids, throws instead, so
   * that no caller ever replaces a file with one Word cannot open.
   */
  save(options: SaveOptions = {}): Uint8Array {
    const all = new Map<string, Uint8Array>();
    for (const entry of this.entries) {
      if (entry.name.endsWith("/")) {
        if (entry.size === 0) all.set(entry.name, new Uint8Array(0));
        continue;
      }
      try {
        all.set(entry.name, readCheckedPart(this.bytes, entry));
      } catch (error) {
        // A damaged image or other part may be left out when asked; the document itself never.
        const own = entry.name === this.main.document || entry.name === this.main.custom;
        if (!options.withoutDamagedParts || own) throw error;
      }
    }
    const order = this.entries.map((e) => e.name).filter((n) => all.has(n));
    const changed = new Set<string>();
    if (this.documentChanged && this.parsedDocument) {
      all.set(this.main.document, serializeXml(this.parsedDocument));
      changed.add(this.main.document);
    }
    if (this.customChanged && this.parsedCustom) {
      const name = this.main.custom;
      if (!all.has(name)) {
        for (const part of this.registerCustomPart(all, name)) changed.add(part);
        order.push(name);
      }
      all.set(name, serializeXml(this.parsedCustom));
      changed.add(name);
    }
    const out = writeZip(
      order.map((name) => [name, all.get(name) as Uint8Array] as const),
      zipComment(this.bytes),
    );
    verifyWritten(out, changed);
    return out;
  }

  /** Declares a new custom properties part; returns the parts it changed. */
  private registerCustomPart(all: Map<string, Uint8Array>, name: string): string[] {
    const changed: string[] = [];
    const types = all.get(CONTENT_TYPES);
    if (types) {
      const doc = parseXml(types, CONTENT_TYPES);
      const root = doc.documentElement as Element;
      const known = elementChildren(root).some((e) => e.getAttribute("PartName") === `/${name}`);
      if (!known) {
        const o = doc.createElementNS(CT_NS, "Override");
        o.setAttribute("PartName", `/${name}`);
        o.setAttribute("ContentType", CUSTOM_CONTENT_TYPE);
        root.appendChild(o);
        all.set(CONTENT_TYPES, serializeXml(doc));
        changed.push(CONTENT_TYPES);
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
        rel.setAttribute("Target", name);
        root.appendChild(rel);
        all.set(ROOT_RELS, serializeXml(doc));
        changed.push(ROOT_RELS);
      }
    }
    return changed;
  }
}

/**
 * Reads back what a save produced: the package opens, each part it changed holds no character XML
 * forbids and parses, and the main document's controls read. Any failure is a DocumentError.
 */
function verifyWritten(bytes: Uint8Array, changed: ReadonlySet<string>): void {
  try {
    const entries = listEntries(bytes);
    const main = findMainParts(bytes, entries);
    const parts = readParts(bytes, changed, entries);
    for (const [name, data] of Object.entries(parts)) {
      const bad = forbiddenByte(data);
      if (bad !== undefined)
        throw new DocumentError(
          "write-check",
          `(${name}: het teken U+${bad.toString(16).toUpperCase().padStart(4, "0")})`,
        );
      const doc = parseXml(data, name);
      if (name === main.document) {
        if (doc.documentElement?.namespaceURI !== NS.w) throw new DocumentError("no-document");
        scanControls(data, name);
      }
    }
  } catch (error) {
    if (error instanceof DocumentError && error.problem === "write-check") throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new DocumentError("write-check", `(${why})`);
  }
}
