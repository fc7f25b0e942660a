import { DocumentError } from "../errors";
import { MAX_DEPTH } from "./xml";

/**
 * The loop under the structure reader (structure-read.ts): it walks the bytes of word/document.xml
 * once, tag by tag, and decodes only what the reader asks for: the text inside `w:t`, and the
 * attributes of the few elements it reads. An element's name is looked up by a hash of its bytes, so
 * the tens of thousands of tags of a full SOP cost no string each. Lenient where the reader always
 * was (an unknown entity stays as written, a stray "<" ends the part), strict on DOCTYPE and depth.
 */

/**
 * What the scanner tells its reader. Names are resolved once per qualified name by `name`, and
 * `interest` says once per name what the reader does with such an element.
 */
export type StructureHandler = {
  /** The element name the reader switches on, for a qualified name as written (`w:p`). */
  name(qname: string): string;
  /**
   * What the reader does with elements of this (resolved) name: nothing (the scanner then keeps
   * them to itself: most tags of a document are run properties), reads them, or reads their
   * attributes too.
   */
  interest(name: string): Interest;
  /** Namespace declarations on an element (every `xmlns` attribute, and the root's). */
  declare(attrs: Map<string, string>): void;
  open(name: string, attrs: Map<string, string>, selfClosing: boolean): void;
  close(name: string, selfClosing: boolean): void;
  /** Whether character data at this point would be used (inside `w:t`, not skipped). */
  wantsText(): boolean;
  chars(text: string): void;
};

export type Interest = "none" | "element" | "attributes";

type Known = { bytes: Uint8Array; name: string; interest: Interest };

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#\d+|\w+);/g;

/** Character and predefined entity references resolved; anything else left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(REFERENCE, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITY[name] ?? whole;
  });
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const EMPTY = new Map<string, string>();

function attrs(source: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(source))) out.set(m[1] as string, decodeEntities(m[2] ?? m[3] ?? ""));
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** Decodes byte ranges; in Node through one Buffer, several times faster than TextDecoder. */
function utf8Reader(bytes: Uint8Array): (start: number, end: number) => string {
  if (typeof Buffer === "undefined")
    return (start, end) => decoder.decode(bytes.subarray(start, end));
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (start, end) => buffer.toString("utf8", start, end);
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function startsWith(bytes: Uint8Array, at: number, ascii: string, caseless = false): boolean {
  for (let i = 0; i < ascii.length; i++) {
    let b = bytes[at + i];
    if (b === undefined) return false;
    if (caseless && b >= 97 && b <= 122) b -= 32;
    if (b !== ascii.charCodeAt(i)) return false;
  }
  return true;
}

function indexOf(bytes: Uint8Array, ascii: string, from: number): number {
  const first = ascii.charCodeAt(0);
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1))
    if (startsWith(bytes, at, ascii)) return at;
  return -1;
}

/** Walks word/document.xml (bytes or text) and tells the handler what it meets. */
export function scanStructure(xml: Uint8Array | string, h: StructureHandler): void {
  const bytes =
    typeof xml === "string"
      ? encoder.encode(xml)
      : new Uint8Array(xml.buffer, xml.byteOffset, xml.byteLength);
  const utf8 = utf8Reader(bytes);
  const length = bytes.length;
  /** Resolved names by the hash of the qualified name's bytes; the name itself rules out a clash. */
  const names = new Map<number, Known>();
  let root = true;
  let depth = 0;
  let pos = 0;
  while (pos < length) {
    let lt = pos;
    // A plain loop: the gap to the next tag is mostly nothing or a few bytes.
    while (lt < length && bytes[lt] !== 60 /* < */) lt++;
    if (lt > pos && h.wantsText()) h.chars(decodeEntities(utf8(pos, lt)));
    if (lt >= length) return;
    const next = bytes[lt + 1];
    if (next === 33 /* ! */) {
      if (startsWith(bytes, lt, "<!--")) {
        const end = indexOf(bytes, "-->", lt + 4);
        if (end < 0) return;
        pos = end + 3;
        continue;
      }
      if (startsWith(bytes, lt, "<![CDATA[")) {
        const end = indexOf(bytes, "]]>", lt + 9);
        if (end < 0) return;
        if (h.wantsText()) h.chars(utf8(lt + 9, end));
        pos = end + 3;
        continue;
      }
      // DOCTYPE and entity declarations are refused, never expanded.
      if (startsWith(bytes, lt + 2, "DOCTYPE", true) || startsWith(bytes, lt + 2, "ENTITY", true))
        throw new DocumentError("doctype", "(word/document.xml)");
    } else if (next === 63 /* ? */) {
      const end = indexOf(bytes, "?>", lt + 2);
      if (end < 0) return;
      pos = end + 2;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    let hash = 0;
    for (; nameEnd < length; nameEnd++) {
      const c = bytes[nameEnd] as number;
      if (c === 62 /* > */ || c === 47 || isSpace(c)) break;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    // The tag runs to the next ">" (as it always has here); it declares prefixes if it says "xmlns".
    let gt = nameEnd;
    let declares = false;
    for (;;) {
      const c = bytes[gt];
      if (c === undefined) return;
      if (c === 62) break;
      if (c === 120 /* x */ && startsWith(bytes, gt, "xmlns")) declares = true;
      gt++;
    }
    pos = gt + 1;
    if (nameEnd === nameStart) continue;
    const selfClosing = !closing && bytes[gt - 1] === 47;
    if (!closing && (root || declares)) {
      h.declare(attrs(utf8(nameEnd, selfClosing ? gt - 1 : gt)));
      names.clear();
      root = false;
    }
    let known = names.get(hash);
    if (known === undefined || !sameName(bytes, nameStart, nameEnd, known.bytes)) {
      const qname = utf8(nameStart, nameEnd);
      const name = h.name(qname);
      known = { bytes: bytes.slice(nameStart, nameEnd), name, interest: h.interest(name) };
      names.set(hash, known);
    }
    if (closing) {
      depth -= 1;
      if (known.interest !== "none") h.close(known.name, false);
      continue;
    }
    if (!selfClosing && ++depth > MAX_DEPTH)
      throw new DocumentError("too-deep", "(word/document.xml)");
    if (known.interest === "none") continue;
    const a =
      known.interest === "attributes" && gt - nameEnd > 2
        ? attrs(utf8(nameEnd, selfClosing ? gt - 1 : gt))
        : EMPTY;
    h.open(known.name, a, selfClosing);
    if (selfClosing) h.close(known.name, true);
  }
}

function sameName(bytes: Uint8Array, start: number, end: number, name: Uint8Array): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (bytes[start + i] !== name[i]) return false;
  return true;
}
