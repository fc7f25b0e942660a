import type { Document, Element } from "@xmldom/xmldom";
import { CUSTOM_PART } from "../../../src/document/docx/properties";
import { readSdt, visibleText } from "../../../src/document/docx/sdt";
import {
  NS,
  attr,
  bytesOf,
  child,
  elementChildren,
  parseXml,
} from "../../../src/document/docx/xml";
import { readParts, writeZip } from "../../../src/document/docx/zip";
import type { ControlInfo } from "../../../src/document/port";

/**
 * Text as Word's `text` property gives it (Word for Windows): paragraphs end with `\r` (the last
 * one's mark left off), a manual line break is a vertical tab, deleted text (tracked changes) is not
 * there. The adapter must turn this into the `\n` form the .docx reader gives.
 */
export function wordText(root: Element): string {
  return visibleText(root, { paragraph: "\r", line: "\v" });
}

/** What Word reports of one content control, read from its XML. */
export type ControlState = {
  info: ControlInfo;
  /** The text Word gives: the placeholder's while the control shows it. */
  text: string;
  subtype: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  wId: number | undefined;
};

/** Word names a text control's subtype by where it stands. */
function subtypeOf(info: ControlInfo): string {
  if (info.type === "PlainText")
    return info.level === "inline" ? "PlainTextInline" : "PlainTextParagraph";
  if (info.type !== "RichText") return info.type;
  switch (info.level) {
    case "inline":
      return "RichTextInline";
    case "cell":
      return "RichTextTableCell";
    case "row":
      return "RichTextTableRow";
    default:
      return "RichTextParagraphs";
  }
}

export function describeSdt(el: Element): ControlState {
  const info = readSdt(el, 0);
  const content = child(el, NS.w, "sdtContent");
  const pr = child(el, NS.w, "sdtPr");
  const id = Number(attr(pr ? child(pr, NS.w, "id") : undefined));
  return {
    info,
    text: content ? wordText(content) : "",
    subtype: subtypeOf(info),
    cannotEdit: info.lock === "contentLocked" || info.lock === "sdtContentLocked",
    cannotDelete: info.lock === "sdtLocked" || info.lock === "sdtContentLocked",
    wId: Number.isInteger(id) ? id : undefined,
  };
}

/** Writes the two lock flags as Word stores them: one `w:lock` value, or none. */
export function setLock(el: Element, cannotEdit: boolean, cannotDelete: boolean): void {
  const doc = el.ownerDocument as Document;
  const pr =
    child(el, NS.w, "sdtPr") ??
    (el.insertBefore(doc.createElementNS(NS.w, "w:sdtPr"), el.firstChild) as Element);
  const value =
    cannotEdit && cannotDelete
      ? "sdtContentLocked"
      : cannotEdit
        ? "contentLocked"
        : cannotDelete
          ? "sdtLocked"
          : undefined;
  let lock = child(pr, NS.w, "lock");
  if (value === undefined) {
    if (lock) pr.removeChild(lock);
    return;
  }
  if (!lock) {
    lock = doc.createElementNS(NS.w, "w:lock");
    // Schema order: rPr, alias, tag, id, lock, ...
    const before = ["id", "tag", "alias", "rPr"]
      .map((local) => child(pr, NS.w, local))
      .find((e) => e !== undefined);
    pr.insertBefore(lock, before ? before.nextSibling : pr.firstChild);
  }
  lock.setAttributeNS(NS.w, "w:val", value);
}

/** A custom property as Word gives it: typed by how the document stores it. */
export type CustomValue = string | number | boolean | Date;

/** Reads docProps/custom.xml with each value in its type (`vt:i4` → number, `vt:bool` → boolean…). */
export function readTypedProperties(
  bytes: Uint8Array,
): Map<string, { key: string; value: CustomValue }> {
  const out = new Map<string, { key: string; value: CustomValue }>();
  const part = readParts(bytes, new Set([CUSTOM_PART]))[CUSTOM_PART];
  if (!part) return out;
  const root = parseXml(part, CUSTOM_PART).documentElement;
  if (!root) return out;
  for (const prop of elementChildren(root)) {
    const key = prop.getAttribute("name");
    const v = elementChildren(prop)[0];
    if (!key || !v) continue;
    const text = v.textContent ?? "";
    const value: CustomValue = /^(i[1248]|ui[1248]|int|uint|r[48]|decimal)$/.test(v.localName ?? "")
      ? Number(text)
      : v.localName === "bool"
        ? text === "true" || text === "1"
        : v.localName === "filetime"
          ? new Date(text)
          : text;
    out.set(key.toLowerCase(), { key, value });
  }
  return out;
}

/** An empty Word document: one empty paragraph, no properties. */
export function blankDocx(): Uint8Array {
  const decl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
  return writeZip([
    [
      "[Content_Types].xml",
      bytesOf(
        decl +
          `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
    ],
    [
      "_rels/.rels",
      bytesOf(
        decl +
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    ],
    [
      "word/document.xml",
      bytesOf(
        decl + `<w:document xmlns:w="${NS.w}"><w:body><w:p/><w:sectPr/></w:body></w:document>`,
      ),
    ],
  ]);
}
