import { DocumentError } from "../errors";
import type { ControlInfo } from "../port";
import { ControlBuilder, Role, propOf, roleOf, type Element } from "./scan-controls";
import { TextCollector } from "./scan-text";
import { AttributeCursor, Token, Tokenizer, decode } from "./scan-tokens";
import { key } from "./sdt";
import { MAX_DEPTH, NS } from "./xml";

/**
 * A fast, read-only pass over the main document part that finds every content control of the body.
 * Reading a document this way is some fifty times faster than building a DOM, which is what lets
 * `sop check` read hundreds of documents a second; writing still goes through the DOM. Three parts
 * with one job each: the tokenizer (scan-tokens.ts) walks the bytes, the builder (scan-controls.ts)
 * makes controls of the elements, the collector (scan-text.ts) keeps the text once and holds the
 * caps. This file resolves element names and namespaces between them. A test holds the result equal
 * to the DOM reader's (`findSdts`) on every document we have and under fuzzing.
 */

const encoder = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8");
const KNOWN = new Map<string, string>(Object.values(NS).map((uri) => [uri, uri]));

/** Longer slices go to the platform's decoder; shorter ASCII ones are cheaper to build by hand. */
const SHORT = 12;

/**
 * Decodes slices of one byte array. Most slices are short ASCII (prefixes, tags, values), built
 * here without a call into the platform; the rest go through one Buffer in Node (several times
 * faster than TextDecoder), or TextDecoder in the browser.
 */
function utf8Reader(bytes: Uint8Array): (start: number, end: number) => string {
  const buffer =
    typeof Buffer === "undefined"
      ? undefined
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decodeSlow = buffer
    ? (start: number, end: number) => buffer.toString("utf8", start, end)
    : (start: number, end: number) => utf8Decoder.decode(bytes.subarray(start, end));
  return (start, end) => {
    if (end - start > SHORT) return decodeSlow(start, end);
    let s = "";
    for (let i = start; i < end; i++) {
      const c = bytes[i] as number;
      if (c >= 128) return decodeSlow(start, end);
      s += String.fromCharCode(c);
    }
    return s;
  };
}

/** Slots of the table of element names (a power of two; a document uses a few dozen names). */
const SLOTS = 512;

type Open = Element & {
  name: string;
  /** Prefix declarations made on this element. */
  scope?: Map<string, string>;
};

/** Every content control under w:body, in document order, as `DocxDocument.controls()` gives them. */
export function scanControls(data: string | Uint8Array, part = "word/document.xml"): ControlInfo[] {
  // A plain Uint8Array view: a Node Buffer's own indexOf is much slower per call than the typed array's.
  const bytes =
    typeof data === "string"
      ? encoder.encode(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const utf8 = utf8Reader(bytes);
  const tokens: Tokenizer = new Tokenizer(bytes, part);
  const scopes: Map<string, string>[] = [new Map([["xml", NS.xml]])];
  const resolve = (prefix: string): string => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i]?.get(prefix);
      if (uri !== undefined) return uri;
    }
    return "";
  };

  /** An attribute of the element just opened, by namespace and local name. */
  const cursor = new AttributeCursor(bytes);
  /** The element whose attributes `attribute` reads, and where its prefix ends (-1: none, -2: not looked for). */
  let opened: Open | undefined;
  let openedColon = -1;
  function attribute(local: string, nsUri: string = NS.w): string | undefined {
    cursor.reset(tokens.attrStart, tokens.attrEnd);
    while (cursor.next()) {
      if (cursor.colon < 0 || !cursor.localIs(local)) continue;
      // Most attributes share their element's prefix (w:val on w:tag), and so its namespace.
      if (!samePrefix(cursor.nameStart, cursor.colon) || opened?.ns !== nsUri)
        if (resolve(utf8(cursor.nameStart, cursor.colon)) !== nsUri) continue;
      return decode(utf8(cursor.valueStart, cursor.valueEnd));
    }
    return undefined;
  }
  function samePrefix(start: number, colon: number): boolean {
    const from = tokens.nameStart;
    if (openedColon === -2) {
      openedColon = -1;
      for (let at = from; at < tokens.nameEnd; at++)
        if (bytes[at] === 58 /* : */) {
          openedColon = at;
          break;
        }
    }
    if (openedColon < 0 || colon - start !== openedColon - from) return false;
    for (let k = 0; k < colon - start; k++) if (bytes[start + k] !== bytes[from + k]) return false;
    return true;
  }

  const collector = new TextCollector();
  const builder = new ControlBuilder(collector, attribute, part);
  const stack = builder.stack as Open[];

  /**
   * The element for a tag name, found by a hash of its bytes. While no element below the root
   * declares prefixes of its own (as in every Word document), one object per distinct name serves all
   * its occurrences, and nothing is allocated for them.
   */
  type Named = { bytes: Uint8Array; open: Open; next: Named | undefined };
  const byHash: (Named | undefined)[] = new Array<Named | undefined>(SLOTS).fill(undefined);
  let rootSeen = false;
  function element(cacheable: boolean): Open {
    const { nameStart: start, nameEnd: end, hash } = tokens;
    const length = end - start;
    for (
      let entry = cacheable ? byHash[hash & (SLOTS - 1)] : undefined;
      entry;
      entry = entry.next
    ) {
      const known = entry.bytes;
      if (known.length !== length) continue;
      let k = 0;
      while (k < length && known[k] === bytes[start + k]) k++;
      if (k === length) return entry.open;
    }
    const name = utf8(start, end);
    const colon = name.indexOf(":");
    const local = colon >= 0 ? name.slice(colon + 1) : name;
    const ns = resolve(colon >= 0 ? name.slice(0, colon) : "");
    const open: Open = {
      name,
      ns,
      local,
      role: roleOf(ns, local),
      key: key(ns, local),
      prop: propOf(ns, local),
    };
    if (cacheable) {
      const slot = hash & (SLOTS - 1);
      byHash[slot] = { bytes: bytes.slice(start, end), open, next: byHash[slot] };
    }
    return open;
  }

  /**
   * Where each open element's name starts and ends in the bytes, by depth: an end tag is checked
   * against its start tag byte for byte, without looking its name up.
   */
  const nameAt = new Int32Array(2 * (MAX_DEPTH + 1));
  function closes(open: Open, depth: number): boolean {
    const start = nameAt[2 * depth] as number;
    const length = (nameAt[2 * depth + 1] as number) - start;
    const at = tokens.nameStart;
    if (tokens.nameEnd - at !== length) return open.name === utf8(at, tokens.nameEnd);
    let k = 0;
    while (k < length && bytes[start + k] === bytes[at + k]) k++;
    // Bytes that differ may still be the same name once decoded (invalid UTF-8 decodes alike).
    return k === length || open.name === utf8(at, tokens.nameEnd);
  }

  for (let token = tokens.next(); token !== Token.End; token = tokens.next()) {
    switch (token) {
      case Token.Text:
        if (stack[stack.length - 1]?.role === Role.Text && builder.capturing())
          collector.add(decode(utf8(tokens.start, tokens.end)));
        break;
      case Token.CData:
        if (stack[stack.length - 1]?.role === Role.Text && builder.capturing())
          collector.add(utf8(tokens.start, tokens.end));
        break;
      case Token.Close: {
        const open = stack.pop();
        if (!open || !closes(open, stack.length))
          tokens.fail(`</${utf8(tokens.nameStart, tokens.nameEnd)}> sluit niets`);
        if (open.scope) scopes.pop();
        if (builder.wantsClose(open.role, stack.length)) builder.close(open, stack.length);
        break;
      }
      case Token.Open: {
        let scope: Map<string, string> | undefined;
        if (tokens.declares) {
          cursor.reset(tokens.attrStart, tokens.attrEnd);
          while (cursor.next()) {
            const name = utf8(cursor.nameStart, cursor.nameEnd);
            // Known namespaces are stored as our own constants, so that comparing them is cheap.
            const value = decode(utf8(cursor.valueStart, cursor.valueEnd));
            const uri = KNOWN.get(value) ?? value;
            if (name === "xmlns") (scope ??= new Map()).set("", uri);
            else if (name.startsWith("xmlns:")) (scope ??= new Map()).set(name.slice(6), uri);
          }
        }
        if (scope) scopes.push(scope);
        // A second root element (no Word document has one) must not reuse the names of the first.
        if (stack.length === 0 && rootSeen) byHash.fill(undefined);
        rootSeen = true;
        const open: Open = scope ? { ...element(false), scope } : element(scopes.length <= 2);
        const depth = stack.length;
        if (depth >= MAX_DEPTH) throw new DocumentError("too-deep", `(${part})`);
        if (builder.wantsOpen(open.role)) {
          opened = open;
          openedColon = -2;
          builder.open(open, depth);
        }
        if (tokens.selfClose) {
          if (open.scope) scopes.pop();
          if (builder.wantsClose(open.role, depth)) builder.close(open, depth);
        } else {
          nameAt[2 * depth] = tokens.nameStart;
          nameAt[2 * depth + 1] = tokens.nameEnd;
          stack.push(open);
        }
        break;
      }
      default:
        break;
    }
  }
  if (stack.length > 0) tokens.fail(`<${stack[stack.length - 1]?.name}> wordt niet gesloten`);
  return builder.controls();
}
