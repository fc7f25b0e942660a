import type { Element } from "@xmldom/xmldom";
import type { ControlInfo, ControlLevel, ControlType } from "../port";
import { NS, attr, child, children, elementChildren } from "./xml";

/** A content control element with what was read from it. */
export type Sdt = { el: Element; info: ControlInfo };

export const key = (ns: string, local: string) => `${ns}|${local}`;

const TYPE_BY_ELEMENT: readonly [string, string, ControlType][] = [
  [NS.w14, "checkbox", "CheckBox"],
  [NS.w, "text", "PlainText"],
  [NS.w, "dropDownList", "DropDownList"],
  [NS.w, "comboBox", "ComboBox"],
  [NS.w, "date", "DatePicker"],
  [NS.w, "picture", "Picture"],
  [NS.w15, "repeatingSection", "RepeatingSection"],
  [NS.w15, "repeatingSectionItem", "RepeatingSectionItem"],
  [NS.w, "docPartObj", "BuildingBlockGallery"],
  [NS.w, "docPartList", "BuildingBlockGallery"],
  [NS.w, "group", "Group"],
  [NS.w, "richText", "RichText"],
  [NS.w, "equation", "Unknown"],
  [NS.w, "citation", "Unknown"],
  [NS.w, "bibliography", "Unknown"],
];

/** What a content control's XML says, before it is interpreted; both readers fill it. */
export type RawSdt = {
  tag?: string;
  alias?: string;
  lock?: string;
  /** undefined: no `w:showingPlcHdr`; null: present without a value. */
  showingPlcHdr?: string | null;
  /** `namespace|local` of every child of `w:sdtPr`. */
  types: Set<string>;
  /** `w14:checked` inside `w14:checkbox`: undefined when absent, null without a value. */
  checked?: string | null;
  items: { text: string; value: string }[];
  fullDate?: string;
  text: string;
  level: ControlLevel;
  depth: number;
};

/** Type element key → its rank and type, made once: this runs for every control of every document. */
const TYPE_BY_KEY = new Map<string, readonly [number, ControlType]>(
  TYPE_BY_ELEMENT.map(([ns, local, type], rank) => [key(ns, local), [rank, type] as const]),
);

function controlType(types: ReadonlySet<string>): ControlType {
  let best: readonly [number, ControlType] | undefined;
  for (const k of types) {
    const found = TYPE_BY_KEY.get(k);
    if (found && (!best || found[0] < best[0])) best = found;
  }
  if (best) return best[1];
  // No type element: rich content.
  return "RichText";
}

/** The level follows the element that holds the control (through any outer controls). */
export function levelFromParent(local: string | undefined): ControlLevel {
  switch (local) {
    case "tbl":
      return "row";
    case "tr":
      return "cell";
    case "p":
    case "hyperlink":
    case "smartTag":
    case "fldSimple":
    case "ins":
    case "moveTo":
      return "inline";
    default:
      return "block";
  }
}

function levelOf(el: Element): ControlLevel {
  let parent = el.parentNode as Element | null;
  while (parent && parent.localName === "sdtContent") {
    parent = (parent.parentNode?.parentNode as Element | null) ?? null;
  }
  return levelFromParent(parent?.localName ?? undefined);
}

const OFF = ["0", "false", "off"];
const isOn = (v: string | null | undefined) => v !== undefined && (v === null || !OFF.includes(v));

/**
 * Elements whose text is not the control's text: deleted and moved-away revisions (the text reads as
 * after accepting them), field codes, properties.
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

/** Interprets what a control's XML says, the same way for both readers. */
export function toControlInfo(raw: RawSdt): ControlInfo {
  const type = controlType(raw.types);
  let showingPlaceholder = isOn(raw.showingPlcHdr);
  const lock =
    raw.lock === "sdtLocked" || raw.lock === "contentLocked" || raw.lock === "sdtContentLocked"
      ? raw.lock
      : "none";
  const info: ControlInfo = {
    tag: raw.tag ?? "",
    title: raw.alias ?? "",
    type,
    level: raw.level,
    text: showingPlaceholder ? "" : raw.text,
    showingPlaceholder,
    lock,
    depth: raw.depth,
  };
  if (showingPlaceholder && raw.text !== "") info.placeholder = raw.text;
  if (type === "CheckBox") info.checked = isOn(raw.checked);
  if (type === "DropDownList" || type === "ComboBox") {
    info.items = raw.items.filter((item) => item.text !== "");
    // Word's "Kies een item." is no answer.
    if (
      !showingPlaceholder &&
      /^(kies een item|choose an item)\.?$/i.test(raw.text) &&
      !info.items.some((i) => i.text === raw.text)
    ) {
      showingPlaceholder = true;
      info.text = "";
      info.showingPlaceholder = true;
      info.placeholder = raw.text;
    }
  }
  if (type === "DatePicker" && !showingPlaceholder && raw.fullDate) {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(raw.fullDate);
    if (m?.[1]) info.date = m[1];
  }
  return info;
}

/** Reads one `w:sdt` element of a DOM. */
export function readSdt(el: Element, depth: number): ControlInfo {
  const pr = child(el, NS.w, "sdtPr");
  const content = child(el, NS.w, "sdtContent");
  const raw: RawSdt = {
    types: new Set(),
    items: [],
    text: content ? visibleText(content) : "",
    level: levelOf(el),
    depth,
  };
  if (pr) {
    for (const c of elementChildren(pr))
      raw.types.add(key(c.namespaceURI ?? "", c.localName ?? ""));
    const tag = attr(child(pr, NS.w, "tag"));
    const alias = attr(child(pr, NS.w, "alias"));
    const lock = attr(child(pr, NS.w, "lock"));
    if (tag !== undefined) raw.tag = tag;
    if (alias !== undefined) raw.alias = alias;
    if (lock !== undefined) raw.lock = lock;
    const plc = child(pr, NS.w, "showingPlcHdr");
    if (plc) raw.showingPlcHdr = attr(plc) ?? null;
    const box = child(pr, NS.w14, "checkbox");
    const checked = box ? child(box, NS.w14, "checked") : undefined;
    if (checked) raw.checked = attr(checked, "val", NS.w14) ?? attr(checked) ?? null;
    const list = child(pr, NS.w, "dropDownList") ?? child(pr, NS.w, "comboBox");
    if (list) {
      raw.items = children(list, NS.w, "listItem").map((i) => ({
        text: attr(i, "displayText") ?? "",
        value: attr(i, "value") ?? "",
      }));
    }
    const fullDate = attr(child(pr, NS.w, "date"), "fullDate");
    if (fullDate !== undefined) raw.fullDate = fullDate;
  }
  return toControlInfo(raw);
}

/** Every content control under `root`, in document order, nested ones after their parent. */
export function findSdts(root: Element): Sdt[] {
  const out: Sdt[] = [];
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [Element, number];
    let inner = depth;
    if (el.namespaceURI === NS.w && el.localName === "sdt") {
      out.push({ el, info: readSdt(el, depth) });
      inner = depth + 1;
    }
    const kids: Element[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      // Properties hold no controls; deleted content (tracked changes) is not part of the document.
      if (
        e.namespaceURI === NS.w &&
        (e.localName === "sdtPr" || e.localName === "sdtEndPr" || e.localName === "del")
      )
        continue;
      kids.push(e);
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i] as Element, inner]);
  }
  return out;
}
