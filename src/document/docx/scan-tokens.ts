import { DocumentError } from "../errors";

/**
 * The tokenizer of the byte scanner: it walks the bytes of an XML part tag by tag and decodes nothing
 * it is not asked for. Every loop here moves forward through the bytes, so its work is linear in the
 * size of the part whatever the part holds (no regular expression touches document data).
 */

export const enum Token {
  End,
  /** Character data between tags: `start`..`end`, still to be decoded. */
  Text,
  /** A CDATA section's content: `start`..`end`, taken literally. */
  CData,
  /** A start tag (or an empty-element tag when `selfClose`). */
  Open,
  Close,
}

/** Longer than any entity name or character reference a document holds (`#x10FFFF`). */
const MAX_REFERENCE = 32;

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Resolves character and the five predefined entity references, in one forward pass. */
export function decode(s: string): string {
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    // Names of references are short: looking for the ";" further would make "&&&&…;" quadratic.
    const semi = s.slice(amp + 1, amp + 1 + MAX_REFERENCE).indexOf(";") + amp + 1;
    const name = semi > amp ? s.slice(amp + 1, semi) : "";
    let value: string | undefined;
    // A reference without a ";" is left as it is (the DOM parser reports such XML, we stay lenient).
    if (name === "") value = undefined;
    else if (name.startsWith("#x") && /^[0-9a-fA-F]{1,6}$/.test(name.slice(2)))
      value = codePoint(parseInt(name.slice(2), 16));
    else if (name.startsWith("#") && /^\d{1,7}$/.test(name.slice(1)))
      value = codePoint(parseInt(name.slice(1), 10));
    else if (/^\w+$/.test(name)) {
      value = ENTITY[name];
      if (value === undefined) throw new DocumentError("xml", `(onbekende entiteit &${name};)`);
    }
    if (value !== undefined) {
      out += s.slice(from, amp) + value;
      from = semi + 1;
    }
    amp = s.indexOf("&", value === undefined ? amp + 1 : semi + 1);
  }
  return out + s.slice(from);
}

function codePoint(code: number): string | undefined {
  return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Per byte: 1 when it may start an element name, 2 when it may only follow (digits, "-", "."). */
const NAME = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 128)
    NAME[c] = 1;
  else if ((c >= 48 && c <= 57) || c === 45 || c === 46) NAME[c] = 2;
}

/** Per byte: 1 for the bytes that mean something between a tag's name and its ">" (> " ' < x). */
const IN_TAG = new Uint8Array(256);
for (const c of [62, 34, 39, 60, 120]) IN_TAG[c] = 1;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

export function startsWithAscii(bytes: Uint8Array, at: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function indexOfAscii(bytes: Uint8Array, ascii: string, from: number): number {
  const first = ascii.charCodeAt(0);
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (startsWithAscii(bytes, at, ascii)) return at;
  }
  return -1;
}

/**
 * The attributes of a start tag as byte ranges, one at a time and without allocating: after
 * `next()` returns true, the fields hold the name (with `colon` at its prefix end, or -1) and the
 * value. One forward pass; it stops at the first malformed attribute, as the scanner has no use for
 * what follows it.
 */
export class AttributeCursor {
  nameStart = 0;
  nameEnd = 0;
  colon = -1;
  valueStart = 0;
  valueEnd = 0;
  /** After `next()` returned false: whether the attributes ran to their end without a fault. */
  complete = false;
  private at = 0;
  private end = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Starts over on the attributes between `start` and `end` (a start tag after its name). */
  reset(start: number, end: number): this {
    this.at = start;
    this.end = end;
    this.complete = false;
    return this;
  }

  next(): boolean {
    const bytes = this.bytes;
    const end = this.end;
    let at = this.at;
    while (at < end && isSpace(bytes[at] as number)) at++;
    if (at >= end) {
      this.complete = true;
      return false;
    }
    const nameStart = at;
    let colon = -1;
    while (at < end) {
      const d = bytes[at] as number;
      if (d === 61 /* = */ || isSpace(d)) break;
      if (d === 58 /* : */ && colon < 0) colon = at;
      at++;
    }
    const nameEnd = at;
    while (at < end && isSpace(bytes[at] as number)) at++;
    if (bytes[at] !== 61) return this.stop();
    at++;
    while (at < end && isSpace(bytes[at] as number)) at++;
    const quote = bytes[at];
    if (quote !== 34 && quote !== 39) return this.stop();
    const valueStart = at + 1;
    let valueEnd = valueStart;
    while (valueEnd < end && bytes[valueEnd] !== quote) valueEnd++;
    if (valueEnd >= end) return this.stop();
    this.at = valueEnd + 1;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.colon = colon;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
    return true;
  }

  /** Whether the local name (after the prefix) of the current attribute is this ASCII name. */
  localIs(ascii: string): boolean {
    const from = this.colon < 0 ? this.nameStart : this.colon + 1;
    return this.nameEnd - from === ascii.length && startsWithAscii(this.bytes, from, ascii);
  }

  private stop(): false {
    this.at = this.end;
    this.complete = false;
    return false;
  }
}

/**
 * A pull tokenizer over the bytes of one part. After `next()` its fields describe the token:
 * a text range, or a tag's name (with a hash of its bytes), its attribute range and whether it
 * closes itself and declares namespaces.
 */
export class Tokenizer {
  start = 0;
  end = 0;
  nameStart = 0;
  nameEnd = 0;
  hash = 0;
  attrStart = 0;
  attrEnd = 0;
  selfClose = false;
  declares = false;
  private pos = 0;
  private pendingTag = -1;

  constructor(
    readonly bytes: Uint8Array,
    private readonly part: string,
  ) {}

  fail(why: string): never {
    throw new DocumentError("xml", `(${this.part}: ${why})`);
  }

  next(): Token {
    const bytes = this.bytes;
    const length = bytes.length;
    for (;;) {
      let lt = this.pendingTag;
      this.pendingTag = -1;
      if (lt < 0) {
        const pos = this.pos;
        // A plain loop: the gap to the next tag is mostly a few bytes, shorter than a call to indexOf.
        lt = pos;
        while (lt < length && bytes[lt] !== 60 /* < */) lt++;
        if (lt > pos) {
          this.start = pos;
          this.end = lt;
          this.pos = lt;
          if (lt < length) this.pendingTag = lt;
          return Token.Text;
        }
        if (lt >= length) return Token.End;
      }
      const next = bytes[lt + 1];
      if (next === 33 /* ! */) {
        if (startsWithAscii(bytes, lt, "<!--")) {
          const end = indexOfAscii(bytes, "-->", lt + 4);
          if (end < 0) this.fail("commentaar wordt niet gesloten");
          this.pos = end + 3;
          continue;
        }
        if (startsWithAscii(bytes, lt, "<![CDATA[")) {
          const end = indexOfAscii(bytes, "]]>", lt + 9);
          if (end < 0) this.fail("CDATA wordt niet gesloten");
          this.start = lt + 9;
          this.end = end;
          this.pos = end + 3;
          return Token.CData;
        }
        if (startsWithAscii(bytes, lt, "<!DOCTYPE") || startsWithAscii(bytes, lt, "<!ENTITY"))
          throw new DocumentError("doctype", `(${this.part})`);
        this.fail("onverwachte declaratie");
      }
      if (next === 63 /* ? */) {
        const end = indexOfAscii(bytes, "?>", lt + 2);
        if (end < 0) this.fail("verwerkingsinstructie wordt niet gesloten");
        this.pos = end + 2;
        continue;
      }
      return this.tag(lt);
    }
  }

  private tag(lt: number): Token {
    const bytes = this.bytes;
    const length = bytes.length;
    const closing = bytes[lt + 1] === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (nameStart >= length || NAME[bytes[nameStart] as number] !== 1)
      this.fail("losse < in de tekst");
    let nameEnd = nameStart + 1;
    if (closing) {
      while (nameEnd < length && NAME[bytes[nameEnd] as number] !== 0) nameEnd++;
      this.nameStart = nameStart;
      this.nameEnd = nameEnd;
      let gt = nameEnd;
      while (gt < length && bytes[gt] !== 62 /* > */) {
        if (!isSpace(bytes[gt] as number)) this.fail("onvolledige sluittag");
        gt++;
      }
      if (gt >= length) this.fail("onvolledige sluittag");
      this.pos = gt + 1;
      return Token.Close;
    }
    // A hash of the name's bytes lets the scanner find the element it made for the name before.
    let hash = bytes[nameStart] as number;
    while (nameEnd < length) {
      const c = bytes[nameEnd] as number;
      if (NAME[c] === 0) break;
      hash = (Math.imul(hash, 31) + c) | 0;
      nameEnd++;
    }
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.hash = hash;
    // The attributes run to the first ">" outside quotes.
    let at = nameEnd;
    let declares = false;
    for (;;) {
      // Most bytes of a tag are names, "=" and spaces: one table look-up passes each of them.
      while (at < length && IN_TAG[bytes[at] as number] === 0) at++;
      if (at >= length) this.fail("tag wordt niet gesloten");
      const c = bytes[at] as number;
      if (c === 62 /* > */) break;
      if (c === 34 /* " */ || c === 39 /* ' */) {
        // A plain loop: values are short, shorter than what a call to indexOf costs.
        let close = at + 1;
        while (close < length && bytes[close] !== c) close++;
        if (close >= length) this.fail("tag wordt niet gesloten");
        at = close + 1;
        continue;
      }
      if (c === 60 /* < */) this.fail("tag wordt niet gesloten");
      if (c === 120 /* x */ && startsWithAscii(bytes, at, "xmlns")) declares = true;
      at++;
    }
    this.selfClose = bytes[at - 1] === 47; /* / */
    this.attrStart = nameEnd;
    this.attrEnd = this.selfClose ? at - 1 : at;
    this.declares = declares;
    this.pos = at + 1;
    return Token.Open;
  }
}
