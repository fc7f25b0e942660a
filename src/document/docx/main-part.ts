import { DocumentError } from "../errors";
import { readSimpleXml } from "./simple-xml";
import { parseXml } from "./xml";
import { readParts, type ZipEntry } from "./zip";

/**
 * Which parts of a package Word reads: the main document is the one `_rels/.rels` names (not
 * whatever is called word/document.xml: a decoy part of that name must not be checked instead of
 * the document Word shows), the custom properties likewise.
 */

export const ROOT_RELS = "_rels/.rels";
const DEFAULT_DOCUMENT = "word/document.xml";
const DEFAULT_CUSTOM = "docProps/custom.xml";

const OFFICE_DOCUMENT = /\/officeDocument$/;
const CUSTOM_PROPERTIES = /\/custom-properties$/;

export type MainParts = { document: string; custom: string };

/** A relationship's target as a part name: relative to the package root, "/" stripped. */
export function partName(target: string): string {
  const path = target.replace(/\\/g, "/").replace(/^\/+/, "");
  const out: string[] = [];
  for (const piece of path.split("/")) {
    if (piece === "..") out.pop();
    else if (piece !== "." && piece !== "") out.push(piece);
  }
  return out.join("/");
}

/** The entry with this part name; part names compare without regard to case (OPC). */
function entryNamed(entries: readonly ZipEntry[], name: string): string | undefined {
  const exact = entries.find((e) => e.name === name);
  if (exact) return exact.name;
  const lower = name.toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === lower)?.name;
}

type Relationship = { getAttribute(name: string): string | null };

/** The relationships' elements: read quickly when the part is plain (simple-xml.ts), else by a DOM. */
function relationships(rels: Uint8Array): Relationship[] {
  const quick = readSimpleXml(rels);
  if (quick) return quick.map((c) => ({ getAttribute: (name) => c.attributes.get(name) ?? null }));
  const out: Relationship[] = [];
  const root = parseXml(rels, ROOT_RELS).documentElement;
  for (let c = root?.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1) out.push(c as unknown as Relationship);
  return out;
}

export function findMainParts(bytes: Uint8Array, entries: readonly ZipEntry[]): MainParts {
  let document: string | undefined;
  let custom: string | undefined;
  const relsName = entryNamed(entries, ROOT_RELS);
  if (relsName) {
    const rels = readParts(bytes, new Set([relsName]), entries)[relsName];
    for (const rel of rels ? relationships(utf8Xml(rels)) : []) {
      if (rel.getAttribute("TargetMode") === "External") continue;
      const type = rel.getAttribute("Type") ?? "";
      const target = partName(rel.getAttribute("Target") ?? "");
      if (document === undefined && OFFICE_DOCUMENT.test(type))
        document = entryNamed(entries, target) ?? target;
      else if (custom === undefined && CUSTOM_PROPERTIES.test(type))
        custom = entryNamed(entries, target) ?? target;
    }
  }
  document ??= entryNamed(entries, DEFAULT_DOCUMENT);
  if (!document || !entries.some((e) => e.name === document))
    throw new DocumentError("no-document", document ? `(${document})` : undefined);
  return { document, custom: custom ?? entryNamed(entries, DEFAULT_CUSTOM) ?? DEFAULT_CUSTOM };
}

/**
 * An XML part as UTF-8: a part saved as UTF-16 (with or without a byte order mark) is decoded and
 * its declaration made to say UTF-8, so both readers and the writer see one encoding. A UTF-8 byte
 * order mark is dropped.
 */
export function utf8Xml(bytes: Uint8Array): Uint8Array {
  const le = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0);
  const be = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0x3c);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  if (!le && !be) return bytes;
  let text = new TextDecoder(le ? "utf-16le" : "utf-16be").decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const decl = /^<\?xml[^>]*\?>/.exec(text);
  if (decl)
    text =
      decl[0].replace(/encoding\s*=\s*["'][^"']*["']/, 'encoding="UTF-8"') +
      text.slice(decl[0].length);
  return new TextEncoder().encode(text);
}
