import { DocumentError } from "../errors";
import type { ControlInfo } from "../port";
import { HIDDEN, glyphOf, key, levelFromParent, toControlInfo, type RawSdt } from "./sdt";
import { MAX_DEPTH, NS } from "./xml";

/**
 * A fast, read-only pass over word/document.xml that finds every content control of the body.
 * Reading a document this way is some fifty times faster than building a DOM, which is what lets
 * `sop check` read hundreds of documents a second; writing still goes through the DOM. Both readers
 * fill the same RawSdt and share its interpretation (toControlInfo), and a test holds them equal.
 */

const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const v = ENTITY[name];
    if (v === undefined) throw new DocumentError("xml", `(onbekende entiteit &${name};)`);
    return v;
  });
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  if (source.trim() === "") return out;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(source))) out.set(m[1] as string, decode(m[2] ?? m[3] ?? ""));
  return out;
}

/** XML name characters, as far as element names in documents go. */
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 128;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

const utf8Decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** Decodes slices of one byte array; in Node through one Buffer, several times faster than TextDecoder. */
function utf8Reader(bytes: Uint8Array): (bytes: Uint8Array, start: number, end: number) => string {
  if (typeof Buffer === "undefined")
    return (b, start, end) => utf8Decoder.decode(b.subarray(start, end));
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (b, start, end) =>
    b === bytes ? buffer.toString("utf8", start, end) : utf8Decoder.decode(b.subarray(start, end));
}

function startsWithAscii(bytes: Uint8Array, at: number, ascii: string): boolean {
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

/** What an element means to the scanner, decided once per distinct tag name. */
const enum Role {
  Other,
  Foreign,
  Body,
  Del,
  Sdt,
  SdtPr,
  SdtEndPr,
  SdtContent,
  Text,
  Paragraph,
  Hidden,
  Glyph,
}

function roleOf(ns: string, local: string): Role {
  if (ns !== NS.w) return Role.Foreign;
  switch (local) {
    case "body":
      return Role.Body;
    case "del":
      return Role.Del;
    case "sdt":
      return Role.Sdt;
    case "sdtPr":
      return Role.SdtPr;
    case "sdtEndPr":
      return Role.SdtEndPr;
    case "sdtContent":
      return Role.SdtContent;
    case "t":
      return Role.Text;
    case "p":
      return Role.Paragraph;
    default:
      if (HIDDEN.has(local)) return Role.Hidden;
      return glyphOf(local, () => undefined) !== undefined ? Role.Glyph : Role.Other;
  }
}

type Open = {
  name: string;
  ns: string;
  local: string;
  role: Role;
  /** `namespace|local`, made once per name. */
  key: string;
  /** Prefix declarations made on this element. */
  scope?: Map<string, string>;
};

/** One control being read: where we are in it, and what it says so far. */
type Reading = {
  raw: RawSdt;
  index: number;
  part: "pr" | "content" | "end" | "none";
  prDepth: number;
  text: string[];
};

const W = NS.w;
const KNOWN = new Map<string, string>(Object.values(NS).map((uri) => [uri, uri]));
const W14 = NS.w14;

/** Every content control under w:body, in document order, as `DocxDocument.controls()` gives them. */
export function scanControls(data: string | Uint8Array, part = "word/document.xml"): ControlInfo[] {
  // A plain Uint8Array view: a Node Buffer's own indexOf is much slower per call than the typed array's.
  const bytes =
    typeof data === "string"
      ? encoder.encode(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const utf8 = utf8Reader(bytes);
  const stack: Open[] = [];
  const scopes: Map<string, string>[] = [new Map([["xml", NS.xml]])];
  const found: (ControlInfo | RawSdt)[] = [];
  const reading: Reading[] = [];
  let inBody = false;
  let bodyDepth = -1;
  /** Depth of a skipped subtree (deleted text), or -1. */
  let skipUntil = -1;
  /** Depth of a hidden subtree (run properties, ...) inside control content, or -1. */
  let hiddenUntil = -1;
  let inText = false;
  let inList: RawSdt | undefined;
  let inBox: RawSdt | undefined;

  const resolve = (prefix: string): string => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i]?.get(prefix);
      if (uri !== undefined) return uri;
    }
    return "";
  };
  let attrStart = 0;
  let attrEnd = 0;
  let parsedAttrs: Map<string, string> | undefined;
  function currentAttributes(): Map<string, string> {
    parsedAttrs ??= attributes(utf8(bytes, attrStart, attrEnd));
    return parsedAttrs;
  }
  /**
   * An attribute of the current element, by namespace and local name, read straight from the bytes:
   * most elements asked about have one or two attributes, and no map is built for them.
   */
  function attr(n: string, nsUri: string = W): string | undefined {
    let at = attrStart;
    while (at < attrEnd) {
      const c = bytes[at] as number;
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        at++;
        continue;
      }
      const nameStart = at;
      let colon = -1;
      while (at < attrEnd) {
        const d = bytes[at] as number;
        if (d === 61 /* = */ || d === 32 || d === 9 || d === 10 || d === 13) break;
        if (d === 58 /* : */ && colon < 0) colon = at;
        at++;
      }
      const nameEnd = at;
      while (at < attrEnd && bytes[at] !== 34 && bytes[at] !== 39) at++;
      const quote = bytes[at];
      const valueStart = at + 1;
      const valueEnd = quote === undefined ? attrEnd : bytes.indexOf(quote, valueStart);
      if (valueEnd < 0 || valueEnd > attrEnd) return undefined;
      at = valueEnd + 1;
      const localStart = colon < 0 ? nameStart : colon + 1;
      if (nameEnd - localStart !== n.length || colon < 0) continue;
      let same = true;
      for (let k = 0; k < n.length; k++) {
        if (bytes[localStart + k] !== n.charCodeAt(k)) {
          same = false;
          break;
        }
      }
      if (!same || resolve(utf8(bytes, nameStart, colon)) !== nsUri) continue;
      return decode(utf8(bytes, valueStart, valueEnd));
    }
    return undefined;
  }
  /**
   * The element for a tag name, found by a hash of its bytes. While no element below the root
   * declares prefixes of its own (as in every Word document), one object per distinct name serves all
   * its occurrences, and nothing is allocated for them.
   */
  const byHash = new Map<number, { bytes: Uint8Array; open: Open }[]>();
  function element(start: number, end: number, hash: number, cacheable: boolean): Open {
    const bucket = cacheable ? byHash.get(hash) : undefined;
    if (bucket) {
      for (const entry of bucket) {
        if (entry.bytes.length !== end - start) continue;
        let same = true;
        for (let k = 0; k < entry.bytes.length; k++) {
          if (entry.bytes[k] !== bytes[start + k]) {
            same = false;
            break;
          }
        }
        if (same) return entry.open;
      }
    }
    const name = utf8(bytes, start, end);
    const colon = name.indexOf(":");
    const prefix = colon >= 0 ? name.slice(0, colon) : "";
    const local = colon >= 0 ? name.slice(colon + 1) : name;
    const ns = resolve(prefix);
    const open: Open = { name, ns, local, role: roleOf(ns, local), key: key(ns, local) };
    if (cacheable) {
      const list = byHash.get(hash) ?? [];
      list.push({ bytes: bytes.slice(start, end), open });
      byHash.set(hash, list);
    }
    return open;
  }
  const addText = (s: string) => {
    for (const r of reading) if (r.part === "content") r.text.push(s);
  };
  const capturing = () => inText && skipUntil < 0 && hiddenUntil < 0;
  const fail = (why: string): never => {
    throw new DocumentError("xml", `(${part}: ${why})`);
  };

  // A hand-written tokenizer over the bytes: it decodes and allocates nothing for the markup it only
  // passes over, which is most of a document. That is what makes reading hundreds a second possible.
  const length = bytes.length;
  let pos = 0;
  while (pos < length) {
    // A plain loop: the gap to the next tag is mostly a few bytes, shorter than a call to indexOf.
    let lt = pos;
    while (lt < length && bytes[lt] !== 60 /* < */) lt++;
    if (lt === length) lt = -1;
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > pos && capturing()) addText(decode(utf8(bytes, pos, textEnd)));
    if (lt < 0) break;
    const next = bytes[lt + 1];
    if (next === 33 /* ! */) {
      if (startsWithAscii(bytes, lt, "<!--")) {
        const end = indexOfAscii(bytes, "-->", lt + 4);
        if (end < 0) fail("commentaar wordt niet gesloten");
        pos = end + 3;
      } else if (startsWithAscii(bytes, lt, "<![CDATA[")) {
        const end = indexOfAscii(bytes, "]]>", lt + 9);
        if (end < 0) fail("CDATA wordt niet gesloten");
        if (capturing()) addText(utf8(bytes, lt + 9, end));
        pos = end + 3;
      } else if (
        startsWithAscii(bytes, lt, "<!DOCTYPE") ||
        startsWithAscii(bytes, lt, "<!ENTITY")
      ) {
        throw new DocumentError("doctype", `(${part})`);
      } else {
        fail("onverwachte declaratie");
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = indexOfAscii(bytes, "?>", lt + 2);
      if (end < 0) fail("verwerkingsinstructie wordt niet gesloten");
      pos = end + 2;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isNameStart(bytes[nameStart] ?? 0)) fail("losse < in de tekst");
    let nameEnd = nameStart;
    let hash = 0;
    while (nameEnd < length && isNameChar(bytes[nameEnd] as number)) {
      hash = (Math.imul(hash, 31) + (bytes[nameEnd] as number)) | 0;
      nameEnd++;
    }

    if (closing) {
      let gt = nameEnd;
      while (gt < length && bytes[gt] !== 62 /* > */) {
        const c = bytes[gt] as number;
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13) fail("onvolledige sluittag");
        gt++;
      }
      if (gt >= length) fail("onvolledige sluittag");
      pos = gt + 1;
      const open = stack.pop();
      if (!open || open !== element(nameStart, nameEnd, hash, !open.scope && scopes.length <= 2)) {
        if (!open || open.name !== utf8(bytes, nameStart, nameEnd))
          fail(`</${utf8(bytes, nameStart, nameEnd)}> sluit niets`);
      }
      const closed = open as Open;
      if (closed.scope) scopes.pop();
      const depth = stack.length;
      if (skipUntil === depth) {
        skipUntil = -1;
        continue;
      }
      if (skipUntil >= 0 || !inBody) continue;
      if (hiddenUntil === depth) hiddenUntil = -1;
      if (reading.length > 0 || closed.role === Role.Body) finishElement(closed, depth);
      continue;
    }

    // The attributes run to the first ">" outside quotes.
    let at = nameEnd;
    let declares = false;
    for (;;) {
      const c = bytes[at];
      if (c === 62 /* > */) break;
      if (c === 34 /* " */ || c === 39 /* ' */) {
        let close = at + 1;
        while (close < length && bytes[close] !== c) close++;
        if (close >= length) fail("tag wordt niet gesloten");
        at = close + 1;
        continue;
      }
      if (c === undefined || c === 60 /* < */) fail("tag wordt niet gesloten");
      if (c === 120 /* x */ && startsWithAscii(bytes, at, "xmlns")) declares = true;
      at++;
    }
    const selfClose = bytes[at - 1] === 47; /* / */
    pos = at + 1;
    // Attributes are parsed only when asked for: most elements are never looked at.
    attrStart = nameEnd;
    attrEnd = selfClose ? at - 1 : at;
    parsedAttrs = undefined;
    let scope: Map<string, string> | undefined;
    if (declares) {
      for (const [k, v] of currentAttributes()) {
        // Known namespaces are stored as our own constants, so that comparing them is cheap.
        const uri = KNOWN.get(v) ?? v;
        if (k === "xmlns") (scope ??= new Map()).set("", uri);
        else if (k.startsWith("xmlns:")) (scope ??= new Map()).set(k.slice(6), uri);
      }
    }
    if (scope) scopes.push(scope);
    const open: Open = scope
      ? { ...element(nameStart, nameEnd, hash, false), scope }
      : element(nameStart, nameEnd, hash, scopes.length <= 2);
    const depth = stack.length;
    if (depth >= MAX_DEPTH) throw new DocumentError("too-deep", `(${part})`);
    // Outside the body and outside any control, only a few elements matter.
    if (
      skipUntil < 0 &&
      (reading.length > 0 || (open.role >= Role.Body && open.role <= Role.Sdt))
    ) {
      if (inBody || open.role === Role.Body) startElement(open, depth);
    }
    if (selfClose) {
      if (open.scope) scopes.pop();
      if (skipUntil < 0 && inBody && reading.length > 0) finishElement(open, depth);
      if (hiddenUntil === depth) hiddenUntil = -1;
      if (skipUntil === depth) skipUntil = -1;
    } else {
      stack.push(open);
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]?.name}> wordt niet gesloten`);
  return found.map((f) => ("types" in f ? toControlInfo(f) : f));

  function startElement(el: Open, depth: number): void {
    if (skipUntil >= 0) return;
    if (el.ns === W && el.local === "body" && bodyDepth < 0) {
      inBody = true;
      bodyDepth = depth;
      return;
    }
    if (!inBody) return;
    const current = reading[reading.length - 1];
    if (el.ns === W && el.local === "del") {
      skipUntil = depth;
      return;
    }
    if (current?.part === "pr" && depth === current.prDepth + 1) {
      current.raw.types.add(el.key);
      readProperty(current.raw, el);
      return;
    }
    if (current?.part === "pr") {
      if (inList && el.ns === W && el.local === "listItem") {
        inList.items.push({ text: attr("displayText") ?? "", value: attr("value") ?? "" });
      } else if (inBox && el.ns === W14 && el.local === "checked") {
        inBox.checked = attr("val", W14) ?? attr("val") ?? null;
      }
      return;
    }
    if (el.ns !== W) return;
    switch (el.local) {
      case "sdt": {
        const raw: RawSdt = {
          types: new Set(),
          items: [],
          text: "",
          level: levelFromParent(parentOfControl(depth)),
          depth: reading.length,
        };
        reading.push({ raw, index: found.length, part: "none", prDepth: -1, text: [] });
        found.push(raw);
        return;
      }
      case "sdtPr":
        if (current && current.part === "none") {
          current.part = "pr";
          current.prDepth = depth;
        }
        return;
      case "sdtEndPr":
        if (current && current.part !== "content") current.part = "end";
        return;
      case "sdtContent":
        if (current) current.part = "content";
        return;
      default:
        break;
    }
    if (reading.length === 0 || hiddenUntil >= 0) return;
    if (HIDDEN.has(el.local)) {
      hiddenUntil = depth;
      return;
    }
    if (el.local === "t") inText = true;
    else {
      const glyph = glyphOf(el.local, attr);
      if (glyph !== undefined) addText(glyph);
    }
  }

  function finishElement(el: Open, depth: number): void {
    if (!inBody) return;
    if (el.ns === W && el.local === "body" && depth === bodyDepth) {
      inBody = false;
      return;
    }
    const current = reading[reading.length - 1];
    if (current?.part === "pr") {
      if (depth === current.prDepth) current.part = "none";
      if (inList && el.ns === W && (el.local === "dropDownList" || el.local === "comboBox"))
        inList = undefined;
      if (inBox && el.ns === W14 && el.local === "checkbox") inBox = undefined;
      return;
    }
    if (el.ns !== W) return;
    if (el.local === "t") inText = false;
    else if (el.local === "p" && hiddenUntil < 0) addText("\n");
    else if (el.local === "sdt" && current) {
      reading.pop();
      current.raw.text = current.text.join("").replace(/\n$/, "");
      found[current.index] = toControlInfo(current.raw);
    }
  }

  function readProperty(raw: RawSdt, el: Open): void {
    if (el.ns === W) {
      if (el.local === "tag") raw.tag = attr("val") ?? "";
      else if (el.local === "alias") raw.alias = attr("val") ?? "";
      else if (el.local === "lock") raw.lock = attr("val") ?? "";
      else if (el.local === "showingPlcHdr") raw.showingPlcHdr = attr("val") ?? null;
      else if (el.local === "date") {
        const d = attr("fullDate");
        if (d !== undefined) raw.fullDate = d;
      } else if (el.local === "dropDownList" || el.local === "comboBox") inList = raw;
    } else if (el.ns === W14 && el.local === "checkbox") {
      inBox = raw;
    }
  }

  /** The local name of the element holding the control at `depth`, through any outer controls. */
  function parentOfControl(depth: number): string | undefined {
    let i = depth - 1;
    while (i >= 1 && stack[i]?.local === "sdtContent" && stack[i]?.ns === W) i -= 2;
    return stack[i]?.local;
  }
}
