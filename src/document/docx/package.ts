import type { Document, Element } from "@xmldom/xmldom";
import { DocumentError } from "../errors";
import type { ControlInfo } from "../port";
import {
  CUSTOM_CONTENT_TYPE,
  CUSTOM_REL_TYPE,
  customPropertiesXml,
  parseCustom,
  quickCustomProperties,
  readCustomProperties,
  setCustomProperties,
} from "./properties";
import { leaveOut } from "./leave-out";
import { verifyWritten } from "./write-check";
import { findMainParts, ROOT_RELS, utf8Xml, type MainParts } from "./main-part";
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
/** A save yields to the page after inflating about this much. */
const STEP_BYTES = 2 * 1024 * 1024;
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
  /**
   * Every change to the document so far was re-parsed control by control as it was written, and the
   * document itself parsed without a warning: a save then checks it cheaply (ADR 0020).
   */
  private changesChecked = true;
  /** The document as last serialized, until it changes again (the preview and a save share it). */
  private serialized: Uint8Array | undefined;
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
    if (this.parsedDocument && this.documentChanged)
      return (this.serialized ??= serializeXml(this.parsedDocument));
    const data = this.parts.get(this.main.document);
    if (!data) throw new DocumentError("no-document");
    return data;
  }

  /** The parsed main document. */
  document(): Document {
    if (!this.parsedDocument) {
      const data = this.parts.get(this.main.document);
      if (!data) throw new DocumentError("no-document");
      this.parsedDocument = parseXml(data, this.main.document, () => {
        // Serialized again, what the parser let through may not parse: check the whole at save.
        this.changesChecked = false;
      });
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

  /**
   * The parsed document was changed. `checked`: the change was re-parsed where it was made (see
   * write-check.ts); otherwise the next save re-parses the whole document.
   */
  markDocumentChanged(how: { checked?: boolean } = {}): void {
    this.documentChanged = true;
    this.serialized = undefined;
    if (!how.checked) this.changesChecked = false;
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
   * that no caller ever replaces a file with one Word cannot open. `controls`: what the document's
   * controls read as after the writes, each checked as it was written; then the document as a
   * whole is checked by the fast reader against them instead of by a full parse.
   */
  save(options: SaveOptions = {}, controls?: readonly ControlInfo[]): Uint8Array {
    const steps = this.saving(options, controls);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * The same save in steps, for a page that must stay responsive: between steps it can draw
   * `onProgress` (0 to 1) and take input.
   */
  async saveAsync(
    options: SaveOptions,
    controls: readonly ControlInfo[] | undefined,
    onProgress: (done: number) => void,
  ): Promise<Uint8Array> {
    const steps = this.saving(options, controls);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      onProgress(step.value);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** The save, yielding how far it is (0 to 1) after each step that may take long. */
  private *saving(
    options: SaveOptions,
    controls: readonly ControlInfo[] | undefined,
  ): Generator<number, Uint8Array> {
    const all = new Map<string, Uint8Array>();
    const dropped: string[] = [];
    let read = 0;
    for (const entry of this.entries) {
      if (entry.name.endsWith("/")) {
        if (entry.size === 0) all.set(entry.name, new Uint8Array(0));
        continue;
      }
      try {
        all.set(entry.name, readCheckedPart(this.bytes, entry));
      } catch (error) {
        // A damaged image or other part may be left out when asked; what holds the document
        // together never.
        if (!options.withoutDamagedParts || this.holdsTogether(entry.name)) throw error;
        dropped.push(entry.name);
      }
      read += entry.compressedSize;
      if (read > STEP_BYTES) {
        read = 0;
        yield 0.1;
      }
    }
    const changed = new Set<string>();
    if (this.documentChanged && this.parsedDocument) {
      all.set(this.main.document, this.documentBytes());
      changed.add(this.main.document);
      yield 0.4;
    }
    if (dropped.length > 0) for (const part of leaveOut(all, dropped)) changed.add(part);
    const order = this.entries.map((e) => e.name).filter((n) => all.has(n));
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
    yield 0.7;
    verifyWritten(out, changed, this.changesChecked ? controls : undefined);
    return out;
  }

  /** Parts a save can never leave out: the document, its properties, what names the parts. */
  private holdsTogether(name: string): boolean {
    const main = this.main.document;
    return [
      main,
      this.main.custom,
      CONTENT_TYPES,
      ROOT_RELS,
      `${main.slice(0, main.lastIndexOf("/") + 1)}_rels/${main.slice(main.lastIndexOf("/") + 1)}.rels`,
    ].some((n) => n.toLowerCase() === name.toLowerCase());
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
