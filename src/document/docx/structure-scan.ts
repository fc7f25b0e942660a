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
  /** `attrs` is only valid during the call: the scanner reuses it for the next element. */
  open(name: string, attrs: Attributes, selfClosing: boolean): void;
  close(name: string, selfClosing: boolean): void;
  /** Whether character data at this point would be used (inside `w:t`, not skipped). */
  wantsText(): boolean;
  chars(text: string): void;
};

export type Interest = "none" | "element" | "attributes";

/** The attributes of the element being opened, read when asked for. */
export type Attributes = {
  /**
   * The value of the first attribute whose local name (the part after a prefix) is `local`; when
   * that very name is written twice, its last value (as a map of the attributes would hold it).
   */
  value(local: string): string | undefined;
};

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

function attrs(source: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(source))) out.set(m[1] as string, decodeEntities(m[2] ?? m[3] ?? ""));
  return out;
}

/** White space as `\s` matches it among ASCII characters. */
const isWhite = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * The attributes of one tag, found in its bytes when the reader asks for a value: no map, no string
 * per attribute. It finds what `attrs` above finds (the same pattern, walked by hand); a tag with
 * bytes beyond ASCII, where `\s` would also match Unicode spaces, is read by `attrs` itself.
 */
class TagAttributes implements Attributes {
  private start = 0;
  private end = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly utf8: Utf8,
  ) {}

  /** The attribute text of the next element: `start` to `end` (empty when it has none to read). */
  at(start: number, end: number): this {
    this.start = start;
    this.end = end;
    return this;
  }

  value(local: string): string | undefined {
    const { bytes, start, end } = this;
    for (let i = start; i < end; i++)
      if ((bytes[i] as number) >= 128) return valueOf(attrs(this.utf8.text(start, end)), local);
    let nameStart = -1;
    let nameEnd = -1;
    let from = -1;
    let to = -1;
    let p = start;
    while (p < end) {
      let c = bytes[p] as number;
      if (isWhite(c) || c === 61 /* = */) {
        p++;
        continue;
      }
      // The name runs to white space or "="; a failed match resumes after it, as the pattern does.
      const ns = p;
      while (p < end && !isWhite((c = bytes[p] as number)) && c !== 61) p++;
      const ne = p;
      let q = p;
      while (q < end && isWhite(bytes[q] as number)) q++;
      if (q >= end || bytes[q] !== 61) continue;
      q++;
      while (q < end && isWhite(bytes[q] as number)) q++;
      const quote = bytes[q];
      if (quote !== 34 && quote !== 39) continue;
      let close = q + 1;
      while (close < end && bytes[close] !== quote) close++;
      if (close >= end) continue;
      if (
        nameStart < 0 ? localIs(bytes, ns, ne, local) : sameBytes(bytes, ns, ne, nameStart, nameEnd)
      ) {
        nameStart = ns;
        nameEnd = ne;
        from = q + 1;
        to = close;
      }
      p = close + 1;
    }
    return nameStart < 0 ? undefined : decodeEntities(this.utf8.text(from, to));
  }
}

/** The first attribute of `map` whose local name is `local`. */
function valueOf(map: Map<string, string>, local: string): string | undefined {
  for (const [k, v] of map) {
    const colon = k.indexOf(":");
    if ((colon < 0 ? k : k.slice(colon + 1)) === local) return v;
  }
  return undefined;
}

/** Whether the name written at `start`..`end` has this local name (after its first colon). */
function localIs(bytes: Uint8Array, start: number, end: number, local: string): boolean {
  let from = start;
  while (from < end && bytes[from] !== 58 /* : */) from++;
  from = from < end ? from + 1 : start;
  if (end - from !== local.length) return false;
  for (let i = 0; i < local.length; i++) if (bytes[from + i] !== local.charCodeAt(i)) return false;
  return true;
}

function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; a + i < aEnd; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** Node's Buffer decodes without the checks of `toString` when it has `utf8Slice` (all versions do). */
type FastBuffer = Buffer & { utf8Slice?: (start: number, end: number) => string };

/**
 * Decodes byte ranges of one part; in Node through one Buffer, several times faster than
 * TextDecoder. A class, not a closure per part: the calls stay the same call for the optimiser.
 */
class Utf8 {
  private readonly buffer: FastBuffer | undefined;

  constructor(private readonly bytes: Uint8Array) {
    this.buffer =
      typeof Buffer === "undefined"
        ? undefined
        : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  text(start: number, end: number): string {
    const buffer = this.buffer;
    if (buffer === undefined) return decoder.decode(this.bytes.subarray(start, end));
    return buffer.utf8Slice ? buffer.utf8Slice(start, end) : buffer.toString("utf8", start, end);
  }
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
  const utf8 = new Utf8(bytes);
  // A local copy: transpiled to CommonJS (tsx, jest) an import is a getter call on every use.
  const maxDepth = MAX_DEPTH;
  const length = bytes.length;
  /** Resolved names by the hash of the qualified name's bytes; the name itself rules out a clash. */
  const names = new Map<number, Known>();
  const tagAttributes = new TagAttributes(bytes, utf8);
  /** The next "x" at or after the tag being read: only a tag holding one can declare a prefix. */
  let nextX = bytes.indexOf(120 /* x */);
  let root = true;
  let depth = 0;
  let pos = 0;
  while (pos < length) {
    let lt = pos;
    if (bytes[lt] !== 60 /* < */) {
      // Text between tags: a native search finds its end.
      lt = bytes.indexOf(60, pos);
      if (lt < 0) lt = length;
    }
    if (lt > pos && h.wantsText()) h.chars(decodeEntities(utf8.text(pos, lt)));
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
        if (h.wantsText()) h.chars(utf8.text(lt + 9, end));
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
    for (;;) {
      const c = bytes[gt];
      if (c === 62) break;
      if (c === undefined) return;
      gt++;
    }
    let declares = false;
    if (nextX >= 0 && nextX < nameEnd) nextX = bytes.indexOf(120, nameEnd);
    while (nextX >= 0 && nextX < gt) {
      if (startsWith(bytes, nextX, "xmlns")) {
        declares = true;
        break;
      }
      nextX = bytes.indexOf(120, nextX + 1);
    }
    pos = gt + 1;
    if (nameEnd === nameStart) continue;
    const selfClosing = !closing && bytes[gt - 1] === 47;
    if (!closing && (root || declares)) {
      h.declare(attrs(utf8.text(nameEnd, selfClosing ? gt - 1 : gt)));
      names.clear();
      root = false;
    }
    let known = names.get(hash);
    if (known === undefined || !sameName(bytes, nameStart, nameEnd, known.bytes)) {
      const qname = utf8.text(nameStart, nameEnd);
      const name = h.name(qname);
      known = { bytes: bytes.slice(nameStart, nameEnd), name, interest: h.interest(name) };
      names.set(hash, known);
    }
    if (closing) {
      depth -= 1;
      if (known.interest !== "none") h.close(known.name, false);
      continue;
    }
    if (!selfClosing && ++depth > maxDepth)
      throw new DocumentError("too-deep", "(word/document.xml)");
    if (known.interest === "none") continue;
    const a =
      known.interest === "attributes" && gt - nameEnd > 2
        ? tagAttributes.at(nameEnd, selfClosing ? gt - 1 : gt)
        : tagAttributes.at(0, 0);
    h.open(known.name, a, selfClosing);
    if (selfClosing) h.close(known.name, true);
  }
}

function sameName(bytes: Uint8Array, start: number, end: number, name: Uint8Array): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (bytes[start + i] !== name[i]) return false;
  return true;
}
