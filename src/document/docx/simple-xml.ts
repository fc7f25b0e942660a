import { DocumentError } from "../errors";
import { AttributeCursor, Token, Tokenizer } from "./scan-tokens";

/**
 * A quick reader for the small parts every document has in the same plain shape (the package's
 * relationships, the custom properties): a root element, its child elements with their attributes,
 * and at most one more level holding text. Building a DOM for these costs more than scanning the
 * whole main document does. It answers only for a part it can read without doubt: pure ASCII, no
 * references, comments, CDATA or control characters, every prefix declared on the root, each
 * attribute once. For anything else it answers undefined and the caller parses the part as before,
 * so the outcome (including every refusal) stays the DOM's.
 */

/** A child of the root: its qualified name, attributes, and the text of its first child element. */
export type SimpleChild = { name: string; attributes: Map<string, string>; firstText?: string };

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

/** The XML declarations Word and SOP Assistent write; a parser checks any other closely. */
const DECLARATIONS = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<?xml version="1.0" encoding="UTF-8"?>',
];

/** The length of the part's XML declaration when it is a known one, 0 without one, else -1. */
function declaration(bytes: Uint8Array): number {
  if (bytes[0] !== 60 || bytes[1] !== 63) return 0;
  const known = DECLARATIONS.find(
    (d) => d.length <= bytes.length && ascii(bytes, 0, d.length) === d,
  );
  return known ? known.length : -1;
}

function plain(bytes: Uint8Array): boolean {
  const start = declaration(bytes);
  if (start < 0) return false;
  for (let i = start; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (c >= 128 || c === 38 /* & */ || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return false;
    // "<!" starts a comment, CDATA or a declaration, "<?" an instruction: left to the DOM.
    if (c === 60 && (bytes[i + 1] === 33 || bytes[i + 1] === 63)) return false;
  }
  return true;
}

const isBlank = (s: string) => s.trim() === "";

/** A name with at most one colon, neither first nor last, of letters, digits, "_", "-" and ".". */
function validName(name: string): boolean {
  let colon = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    const other = (c >= 48 && c <= 57) || c === 45 || c === 46;
    if (c === 58) {
      if (colon >= 0 || i === 0 || i === name.length - 1) return false;
      colon = i;
    } else if (!letter && !(other && i > 0 && i !== colon + 1)) return false;
  }
  return name.length > 0;
}

/** Line ends and tabs in values are normalised by an XML parser; such parts go to the DOM. */
const hasControl = (s: string) => /[\t\n\r]/.test(s);

/** The root's child elements, or undefined when the part is not of the plain shape. */
export function readSimpleXml(bytes: Uint8Array): SimpleChild[] | undefined {
  // Long parts are not of this kind; String.fromCharCode(...) also wants short slices.
  if (bytes.length > 64 * 1024 || !plain(bytes)) return undefined;
  try {
    return read(bytes);
  } catch (error) {
    if (error instanceof DocumentError) return undefined;
    throw error;
  }
}

function read(bytes: Uint8Array): SimpleChild[] | undefined {
  const tokens: Tokenizer = new Tokenizer(bytes, "");
  const cursor = new AttributeCursor(bytes);
  const prefixes = new Set<string>();
  const names: string[] = [];
  const children: SimpleChild[] = [];
  let text: string[] | undefined;
  let rootDone = false;

  /** The attributes of the tag just read; undefined when one is malformed, doubled or unbound. */
  const attributes = (root: boolean): Map<string, string> | undefined => {
    const found = new Map<string, string>();
    cursor.reset(tokens.attrStart, tokens.attrEnd);
    while (cursor.next()) {
      const name = ascii(bytes, cursor.nameStart, cursor.nameEnd);
      const value = ascii(bytes, cursor.valueStart, cursor.valueEnd);
      if (!validName(name) || found.has(name) || value.includes("<") || hasControl(value))
        return undefined;
      if (root && name.startsWith("xmlns:")) prefixes.add(name.slice(6));
      else if (cursor.colon >= 0 && !(root && name === "xmlns")) return undefined;
      found.set(name, value);
    }
    return cursor.complete ? found : undefined;
  };
  const bound = (name: string) => {
    const colon = name.indexOf(":");
    return colon < 0 || (colon > 0 && prefixes.has(name.slice(0, colon)));
  };

  for (let token = tokens.next(); token !== Token.End; token = tokens.next()) {
    if (token === Token.Text) {
      const s = ascii(bytes, tokens.start, tokens.end);
      if (names.length === 3 && text) {
        if (s.includes("\r")) return undefined;
        text.push(s);
      } else if (!isBlank(s)) return undefined;
    } else if (token === Token.Open) {
      const name = ascii(bytes, tokens.nameStart, tokens.nameEnd);
      const depth = names.length;
      if (rootDone || depth >= 3) return undefined;
      const attrs = attributes(depth === 0);
      if (!attrs || !validName(name) || !bound(name)) return undefined;
      if (depth === 1) children.push({ name, attributes: attrs });
      if (depth === 2) {
        const child = children[children.length - 1] as SimpleChild;
        if (child.firstText === undefined && !text) text = [];
        else text = undefined;
      }
      if (tokens.selfClose) {
        if (depth === 0) rootDone = true;
        if (depth === 2 && text) {
          (children[children.length - 1] as SimpleChild).firstText = "";
          text = undefined;
        }
      } else names.push(name);
    } else if (token === Token.Close) {
      const open = names.pop();
      if (open !== ascii(bytes, tokens.nameStart, tokens.nameEnd)) return undefined;
      if (names.length === 0) rootDone = true;
      if (names.length === 2 && text) {
        (children[children.length - 1] as SimpleChild).firstText = text.join("");
        text = undefined;
      }
    } else return undefined;
  }
  return rootDone && names.length === 0 ? children : undefined;
}
