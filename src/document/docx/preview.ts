import type { Element } from "@xmldom/xmldom";
import { parseTag } from "../state";
import { GLYPHS } from "./ooxml";
import { DocxPackage } from "./package";
import { glyphOf, readSdt } from "./sdt";
import { DocumentError } from "../errors";
import { MAX_DEPTH, NS, attr, child, elementChildren, parseXml, textOf } from "./xml";

/**
 * A readable HTML picture of a .docx for the browser edition: headings, paragraphs, tables and the
 * content controls (highlighted, with their value or placeholder). It is built from our own tags
 * only: every text and attribute from the document is escaped, no style or script of the document
 * gets through, so the result may be put into the page as it is.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Paragraph styles that are headings, by style id (our Dutch ids and Word's English ones). */
const HEADINGS: Readonly<Record<string, string>> = {
  titel: "h1",
  title: "h1",
  kop1: "h2",
  heading1: "h2",
  kop2: "h3",
  heading2: "h3",
  kop3: "h4",
  heading3: "h4",
  kop4: "h5",
  heading4: "h5",
};

/** Containers whose content is shown as if they were not there. */
const TRANSPARENT = new Set(["hyperlink", "ins", "smartTag", "fldSimple", "customXml", "moveTo"]);

const isW = (el: Element, local: string) => el.namespaceURI === NS.w && el.localName === local;

function runHtml(run: Element): string {
  const rPr = child(run, NS.w, "rPr");
  let text = "";
  for (const el of elementChildren(run)) {
    if (el.namespaceURI !== NS.w) continue;
    if (el.localName === "t") text += escapeHtml(el.textContent ?? "");
    else if (el.localName === "br" || el.localName === "cr") text += "<br>";
    else {
      const glyph = glyphOf(el.localName ?? "", (name) => attr(el, name));
      if (glyph !== undefined) text += escapeHtml(glyph === "\t" ? " " : glyph);
    }
  }
  if (text === "") return "";
  const on = (local: string) => {
    const el = rPr && child(rPr, NS.w, local);
    return el !== undefined && !["0", "false", "off"].includes(attr(el) ?? "");
  };
  if (rPr && on("b")) text = `<strong>${text}</strong>`;
  if (rPr && on("i")) text = `<em>${text}</em>`;
  return text;
}

/** A content control: its value (or grey placeholder) in a highlighted frame; a checkbox as a glyph. */
function controlHtml(el: Element, depth: number, inline: boolean): string {
  const info = readSdt(el, depth);
  const content = child(el, NS.w, "sdtContent");
  const sop = parseTag(info.tag) !== undefined;
  const classes = [sop ? "sop-veld" : "veld"];
  if (info.showingPlaceholder) classes.push("sop-plaatshouder");
  const attrs = `class="${classes.join(" ")}" data-tag="${escapeHtml(info.tag)}" title="${escapeHtml(info.title)}"`;
  if (info.type === "CheckBox") {
    const state = info.checked ? "aangevinkt" : "niet aangevinkt";
    const glyph = info.checked ? GLYPHS.checked : GLYPHS.unchecked;
    return `<span ${attrs} role="img" aria-label="${escapeHtml(`${info.title}: ${state}`)}" data-checked="${info.checked ? "ja" : "nee"}">${glyph}</span>`;
  }
  const inner = content
    ? inline
      ? inlineHtml(content, depth + 1)
      : blocksHtml(content, depth + 1)
    : "";
  return inline ? `<span ${attrs}>${inner}</span>` : `<div ${attrs}>${inner}</div>`;
}

/** The content of a paragraph (runs, inline controls, links). */
function inlineHtml(parent: Element, depth: number): string {
  if (depth > MAX_DEPTH) return "";
  let out = "";
  for (const el of elementChildren(parent)) {
    if (el.namespaceURI !== NS.w) continue;
    if (el.localName === "r") out += runHtml(el);
    else if (el.localName === "sdt") out += controlHtml(el, depth, true);
    else if (TRANSPARENT.has(el.localName ?? "")) out += inlineHtml(el, depth);
  }
  return out;
}

function paragraphHtml(p: Element, depth: number): string {
  const pPr = child(p, NS.w, "pPr");
  const style = (attr(pPr && child(pPr, NS.w, "pStyle")) ?? "").toLowerCase();
  const inner = inlineHtml(p, depth);
  const tag = HEADINGS[style] ?? "p";
  if (inner === "" && tag === "p") return "";
  const cls = style === "ondertitel" || style === "subtitle" ? ' class="ondertitel"' : "";
  return `<${tag}${cls}>${inner}</${tag}>`;
}

function cellsHtml(row: Element, depth: number, header: boolean): string {
  if (depth > MAX_DEPTH) return "";
  let out = "";
  for (const el of elementChildren(row)) {
    if (isW(el, "tc")) {
      const tcPr = child(el, NS.w, "tcPr");
      const span = Number(attr(tcPr && child(tcPr, NS.w, "gridSpan")) ?? "1");
      const colspan = Number.isInteger(span) && span > 1 && span < 64 ? ` colspan="${span}"` : "";
      const inner = blocksHtml(el, depth);
      // A header cell without text names nothing: screen readers are better off with a plain cell.
      const tag = header && inner !== "" ? "th" : "td";
      out += `<${tag}${colspan}>${inner}</${tag}>`;
    } else if (isW(el, "sdt")) {
      const content = child(el, NS.w, "sdtContent");
      if (content) out += cellsHtml(content, depth + 1, header);
    }
  }
  return out;
}

function rowsHtml(parent: Element, depth: number): string {
  if (depth > MAX_DEPTH) return "";
  let out = "";
  for (const el of elementChildren(parent)) {
    if (isW(el, "tr")) {
      const trPr = child(el, NS.w, "trPr");
      const header = Boolean(trPr && child(trPr, NS.w, "tblHeader"));
      out += `<tr>${cellsHtml(el, depth, header)}</tr>`;
    } else if (isW(el, "sdt")) {
      const content = child(el, NS.w, "sdtContent");
      if (content) out += rowsHtml(content, depth + 1);
    }
  }
  return out;
}

/** Paragraphs, tables and block-level controls. */
function blocksHtml(parent: Element, depth: number): string {
  if (depth > MAX_DEPTH) return "";
  let out = "";
  for (const el of elementChildren(parent)) {
    if (el.namespaceURI !== NS.w) continue;
    if (el.localName === "p") out += paragraphHtml(el, depth);
    else if (el.localName === "tbl") out += `<table><tbody>${rowsHtml(el, depth)}</tbody></table>`;
    else if (el.localName === "sdt") out += controlHtml(el, depth, false);
    else if (TRANSPARENT.has(el.localName ?? "")) out += blocksHtml(el, depth);
  }
  return out;
}

/** Parses XML with the browser's own parser, which is many times faster than xmldom on a large SOP. */
export type NativeXmlParser = (xml: string) => globalThis.Document;

/** The w:body of a natively parsed document.xml, or undefined when the parser did not take it. */
function nativeBody(xml: Uint8Array, parse: NativeXmlParser): Element | undefined {
  const text = textOf(xml);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new DocumentError("doctype", "(word/document.xml)");
  const root = parse(text).documentElement;
  if (!root || root.namespaceURI !== NS.w || root.localName !== "document") return undefined;
  // The walk reads only what the DOM standard gives both parsers (namespaceURI, localName,
  // attributes by namespace, children), so a native element serves as well as an xmldom one.
  return child(root as unknown as Element, NS.w, "body");
}

/**
 * The body of a .docx as safe HTML; throws a DocumentError for a file that is not a Word document.
 * In the browser, pass its DOMParser; a document it cannot take is read with xmldom after all.
 */
export function previewHtml(docx: Uint8Array, parse?: NativeXmlParser): string {
  return previewHtmlOfXml(DocxPackage.open(docx).documentBytes(), parse);
}

/**
 * The same from word/document.xml itself (`DocxDocument.documentXml()`), which spares the browser
 * edition zipping and unzipping the whole file after every write.
 */
export function previewHtmlOfXml(xml: Uint8Array, parse?: NativeXmlParser): string {
  const body = parse ? nativeBody(xml, parse) : undefined;
  if (body) return blocksHtml(body, 0);
  const root = parseXml(xml, "word/document.xml").documentElement;
  const xmldomBody = root ? child(root, NS.w, "body") : undefined;
  if (!xmldomBody) throw new DocumentError("no-document", "(geen w:body)");
  return blocksHtml(xmldomBody, 0);
}

/** The field a preview element stands for (`data-tag` → field id), for scrolling the preview to it. */
export function fieldOfTag(tag: string): string | undefined {
  return parseTag(tag)?.field;
}
