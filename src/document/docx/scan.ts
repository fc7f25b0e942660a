import { DocumentError } from "../errors";
import type { ControlInfo } from "../port";
import { ControlBuilder, Role, roleOf, type Element } from "./scan-controls";
import { TextCollector } from "./scan-text";
import { Token, Tokenizer, attributeSpans, decode } from "./scan-tokens";
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

/** Decodes slices of one byte array; in Node through one Buffer, several times faster than TextDecoder. */
function utf8Reader(bytes: Uint8Array): (start: number, end: number) => string {
  if (typeof Buffer === "undefined")
    return (start, end) => utf8Decoder.decode(bytes.subarray(start, end));
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (start, end) => buffer.toString("utf8", start, end);
}

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
  const tokens = new Tokenizer(bytes, part);
  const scopes: Map<string, string>[] = [new Map([["xml", NS.xml]])];
  const resolve = (prefix: string): string => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i]?.get(prefix);
      if (uri !== undefined) return uri;
    }
    return "";
  };

  /** An attribute of the element just opened, by namespace and local name. */
  function attribute(local: string, nsUri: string = NS.w): string | undefined {
    for (const a of attributeSpans(bytes, tokens.attrStart, tokens.attrEnd)) {
      if (a.colon < 0 || a.nameEnd - a.colon - 1 !== local.length) continue;
      if (utf8(a.colon + 1, a.nameEnd) !== local) continue;
      if (resolve(utf8(a.nameStart, a.colon)) !== nsUri) continue;
      return decode(utf8(a.valueStart, a.valueEnd));
    }
    return undefined;
  }

  const collector = new TextCollector();
  const builder = new ControlBuilder(collector, attribute, part);
  const stack = builder.stack as Open[];

  /**
   * The element for a tag name, found by a hash of its bytes. While no element below the root
   * declares prefixes of its own (as in every Word document), one object per distinct name serves all
   * its occurrences, and nothing is allocated for them.
   */
  const byHash = new Map<number, { bytes: Uint8Array; open: Open }[]>();
  function element(cacheable: boolean): Open {
    const { nameStart: start, nameEnd: end, hash } = tokens;
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
    const name = utf8(start, end);
    const colon = name.indexOf(":");
    const local = colon >= 0 ? name.slice(colon + 1) : name;
    const ns = resolve(colon >= 0 ? name.slice(0, colon) : "");
    const open: Open = { name, ns, local, role: roleOf(ns, local), key: key(ns, local) };
    if (cacheable) {
      const list = byHash.get(hash) ?? [];
      list.push({ bytes: bytes.slice(start, end), open });
      byHash.set(hash, list);
    }
    return open;
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
        if (!open || open !== element(!open.scope && scopes.length <= 2)) {
          if (!open || open.name !== utf8(tokens.nameStart, tokens.nameEnd))
            tokens.fail(`</${utf8(tokens.nameStart, tokens.nameEnd)}> sluit niets`);
        }
        const closed = open as Open;
        if (closed.scope) scopes.pop();
        if (builder.wantsClose(closed.role, stack.length)) builder.close(closed, stack.length);
        break;
      }
      case Token.Open: {
        let scope: Map<string, string> | undefined;
        if (tokens.declares) {
          for (const a of attributeSpans(bytes, tokens.attrStart, tokens.attrEnd)) {
            const name = utf8(a.nameStart, a.nameEnd);
            // Known namespaces are stored as our own constants, so that comparing them is cheap.
            const value = decode(utf8(a.valueStart, a.valueEnd));
            const uri = KNOWN.get(value) ?? value;
            if (name === "xmlns") (scope ??= new Map()).set("", uri);
            else if (name.startsWith("xmlns:")) (scope ??= new Map()).set(name.slice(6), uri);
          }
        }
        if (scope) scopes.push(scope);
        const open: Open = scope ? { ...element(false), scope } : element(scopes.length <= 2);
        const depth = stack.length;
        if (depth >= MAX_DEPTH) throw new DocumentError("too-deep", `(${part})`);
        if (builder.wantsOpen(open.role)) builder.open(open, depth);
        if (tokens.selfClose) {
          if (open.scope) scopes.pop();
          if (builder.wantsClose(open.role, depth)) builder.close(open, depth);
        } else {
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
