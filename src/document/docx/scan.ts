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

const TOKEN =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!([^>]*)>|([^<]+)|(<)/g;
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

function attributes(source: string, utf8: (s: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  if (source.trim() === "") return out;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(source))) out.set(m[1] as string, utf8(decode(m[2] ?? m[3] ?? "")));
  return out;
}

const HIGH = /[\x80-\xff]/;

/**
 * In Node the bytes are read as Latin-1, one character per byte, which is far faster than decoding
 * UTF-8 (the markup is ASCII; text with ë or ☐ makes a UTF-8 string twice as large). The few texts
 * and attribute values that hold other bytes are decoded as UTF-8 on their own.
 */
function asText(data: string | Uint8Array): { xml: string; utf8: (s: string) => string } {
  if (typeof data === "string") return { xml: data, utf8: (s) => s };
  if (typeof Buffer === "undefined") return { xml: new TextDecoder().decode(data), utf8: (s) => s };
  const xml = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1");
  // The same few strings recur (a checkbox glyph in every box): decode each once.
  const decoded = new Map<string, string>();
  const utf8 = (s: string): string => {
    if (!HIGH.test(s)) return s;
    let text = decoded.get(s);
    if (text === undefined) {
      text = Buffer.from(s, "latin1").toString("utf8");
      if (s.length < 64) decoded.set(s, text);
    }
    return text;
  };
  return { xml, utf8 };
}

type Open = {
  name: string;
  ns: string;
  local: string;
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
  const { xml, utf8 } = asText(data);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new DocumentError("doctype", `(${part})`);
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
  let tokenAttrs = "";
  let parsedAttrs: Map<string, string> | undefined;
  function currentAttributes(): Map<string, string> {
    parsedAttrs ??= attributes(tokenAttrs, utf8);
    return parsedAttrs;
  }
  /** An attribute of the current element, by namespace and local name. */
  function attr(n: string, nsUri: string = W): string | undefined {
    if (tokenAttrs === "") return undefined;
    for (const [k, v] of currentAttributes()) {
      const c = k.indexOf(":");
      if (c >= 0 && k.slice(c + 1) === n && resolve(k.slice(0, c)) === nsUri) return v;
    }
    return undefined;
  }
  /**
   * The element for a tag name. While no element below the root declares prefixes of its own (as in
   * every Word document), one object per distinct name serves all its occurrences.
   */
  const byName = new Map<string, Open>();
  function element(name: string, cacheable: boolean): Open {
    const cached = cacheable ? byName.get(name) : undefined;
    if (cached) return cached;
    const colon = name.indexOf(":");
    const prefix = colon >= 0 ? name.slice(0, colon) : "";
    const local = colon >= 0 ? name.slice(colon + 1) : name;
    const el: Open = { name, ns: resolve(prefix), local };
    if (cacheable) byName.set(name, el);
    return el;
  }
  const addText = (s: string) => {
    for (const r of reading) if (r.part === "content") r.text.push(s);
  };

  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml))) {
    // Index access, not destructuring: this loop runs once per tag of the document.
    const whole = m[0];
    const close = m[1];
    const name = m[2];
    const attrSource = m[3];
    const selfClose = m[4];
    const cdata = m[5];
    const bang = m[6];
    const chars = m[7];
    const stray = m[8];
    if (stray !== undefined || bang !== undefined) throw new DocumentError("xml", `(${part})`);
    if (name === undefined) {
      // Character data, a comment, a processing instruction or CDATA.
      const text = chars !== undefined ? chars : cdata;
      if (text !== undefined && inText && skipUntil < 0 && hiddenUntil < 0)
        addText(utf8(chars !== undefined ? decode(text) : text));
      else if (chars !== undefined && chars.includes("&")) decode(chars);
      continue;
    }
    if (whole.startsWith("<?")) continue;

    if (close === "/") {
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new DocumentError("xml", `(${part}: </${name}> sluit niets)`);
      if (open.scope) scopes.pop();
      const depth = stack.length;
      if (skipUntil === depth) {
        skipUntil = -1;
        continue;
      }
      if (skipUntil >= 0) continue;
      if (hiddenUntil === depth) hiddenUntil = -1;
      finishElement(open, depth);
      continue;
    }

    // Attributes are parsed only when asked for: most elements are never looked at.
    tokenAttrs = attrSource ?? "";
    parsedAttrs = undefined;
    let scope: Map<string, string> | undefined;
    if (tokenAttrs.includes("xmlns")) {
      for (const [k, v] of currentAttributes()) {
        // Known namespaces are stored as our own constants, so that comparing them is cheap.
        const uri = KNOWN.get(v) ?? v;
        if (k === "xmlns") (scope ??= new Map()).set("", uri);
        else if (k.startsWith("xmlns:")) (scope ??= new Map()).set(k.slice(6), uri);
      }
    }
    if (scope) scopes.push(scope);
    const open: Open = scope
      ? { ...element(name, false), scope }
      : element(name, scopes.length <= 2);
    const depth = stack.length;
    if (depth >= MAX_DEPTH) throw new DocumentError("too-deep", `(${part})`);
    startElement(open, depth);
    if (selfClose === "/") {
      if (open.scope) scopes.pop();
      if (skipUntil < 0) finishElement(open, depth);
      if (hiddenUntil === depth) hiddenUntil = -1;
      if (skipUntil === depth) skipUntil = -1;
    } else {
      stack.push(open);
    }
  }
  if (stack.length > 0)
    throw new DocumentError(
      "xml",
      `(${part}: <${stack[stack.length - 1]?.name}> wordt niet gesloten)`,
    );
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
      current.raw.types.add(key(el.ns, el.local));
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
