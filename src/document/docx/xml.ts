import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";
import { DocumentError } from "../errors";

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xml: "http://www.w3.org/XML/1998/namespace",
} as const;

/** Deeper nesting than this is refused: no real document comes near it, and walkers stay safe. */
export const MAX_DEPTH = 1000;

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/**
 * Parses a part of the package. DOCTYPE and entity declarations are refused, never expanded. What
 * the parser only warns about is passed to `onWarning`, if given.
 */
export function parseXml(
  data: Uint8Array | string,
  part: string,
  onWarning?: (message: string) => void,
): Document {
  const text = typeof data === "string" ? data : textOf(data);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new DocumentError("doctype", `(${part})`);
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning")
          throw new DocumentError("xml", `(${part}: ${String(message).split("\n")[0]})`);
        onWarning?.(String(message));
      },
    }).parseFromString(text, "application/xml");
  } catch (e) {
    throw e instanceof DocumentError ? e : new DocumentError("xml", `(${part})`);
  }
  if (!doc.documentElement) throw new DocumentError("xml", `(${part})`);
  checkDepth(doc.documentElement, part);
  return doc;
}

/** Iterative, so that a hostile document cannot overflow the stack while being measured. */
function checkDepth(root: Node, part: string): void {
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    if (depth > MAX_DEPTH) throw new DocumentError("too-deep", `(${part})`);
    for (let c = node.firstChild; c; c = c.nextSibling)
      if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
}

export function serializeXml(doc: Document): Uint8Array {
  return encoder.encode(new XMLSerializer().serializeToString(doc));
}

/** Child elements of `el` with this namespace and local name. */
export function children(el: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (
      c.nodeType === 1 &&
      (c as Element).namespaceURI === ns &&
      (c as Element).localName === local
    )
      out.push(c as Element);
  }
  return out;
}

export function child(el: Element, ns: string, local: string): Element | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (
      c.nodeType === 1 &&
      (c as Element).namespaceURI === ns &&
      (c as Element).localName === local
    )
      return c as Element;
  }
  return undefined;
}

export function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

/** The `w:val` (or another attribute) of an element in the w namespace. */
export function attr(
  el: Element | undefined,
  local = "val",
  ns: string = NS.w,
): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(ns, local);
  return v === null || v === "" ? (el.hasAttributeNS(ns, local) ? "" : undefined) : v;
}

/**
 * UTF-8 bytes to text. Node's Buffer decodes several times faster than its TextDecoder, which
 * matters when a board checks hundreds of documents; the browser has only TextDecoder.
 */
export function textOf(doc: Uint8Array): string {
  if (typeof Buffer !== "undefined")
    return Buffer.from(doc.buffer, doc.byteOffset, doc.byteLength).toString("utf8");
  return decoder.decode(doc);
}

export function bytesOf(text: string): Uint8Array {
  return encoder.encode(text);
}
