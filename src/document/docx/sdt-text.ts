import type { Element } from "@xmldom/xmldom";
import { NS, attr } from "./xml";

/**
 * Elements whose text Word does not show as the control's text: properties, deleted text, field
 * codes, and the old place of a tracked move (its new place, w:moveTo, holds the same text).
 */
export const HIDDEN = new Set([
  "del",
  "moveFrom",
  "instrText",
  "delText",
  "sdtPr",
  "sdtEndPr",
  "rPr",
  "pPr",
]);

/** How paragraph ends and manual line breaks are written in a control's text. */
export type Breaks = { paragraph: string; line: string };

/**
 * The visible text of an element: paragraphs joined by line breaks (the .docx reader's form), or by
 * other separators (Word's own `text` property uses `\r` and `\v`; the simulator asks for those).
 */
export function visibleText(
  root: Element,
  breaks: Breaks = { paragraph: "\n", line: "\n" },
): string {
  const parts: string[] = [];
  // Iterative pre-order walk; null marks the end of a paragraph.
  const stack: (Element | null)[] = [root];
  while (stack.length > 0) {
    const el = stack.pop();
    if (el === undefined) break;
    if (el === null) {
      parts.push(breaks.paragraph);
      continue;
    }
    if (el.namespaceURI === NS.w) {
      if (HIDDEN.has(el.localName ?? "")) continue;
      const glyph = glyphOf(el.localName ?? "", (name) => attr(el, name));
      if (el.localName === "t") parts.push(el.textContent ?? "");
      else if (el.localName === "br" || el.localName === "cr") parts.push(breaks.line);
      else if (glyph !== undefined) parts.push(glyph);
      if (el.localName === "p") stack.push(null);
    }
    const kids: Element[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) kids.push(c as Element);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Element);
  }
  const text = parts.join("");
  return text.endsWith(breaks.paragraph) ? text.slice(0, -breaks.paragraph.length) : text;
}

/** The character a w: element stands for in the text (a tab, a break), if any. */
export function glyphOf(
  local: string,
  attribute: (name: string) => string | undefined,
): string | undefined {
  switch (local) {
    case "tab":
      return "\t";
    case "br":
    case "cr":
      return "\n";
    case "noBreakHyphen":
      return "-";
    case "sym":
      return String.fromCharCode(parseInt(attribute("char") ?? "20", 16) || 0x20);
    default:
      return undefined;
  }
}
