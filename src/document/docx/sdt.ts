import type { Element } from "@xmldom/xmldom";
import type { ControlInfo, ControlLevel, ControlType } from "../port";
import { HIDDEN, glyphOf, visibleText } from "./sdt-text";
import { TextCollector } from "./scan-text";
import { NS, attr, child, children, elementChildren } from "./xml";

export { HIDDEN, glyphOf, visibleText, type Breaks } from "./sdt-text";

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
  /** Some of its text is hidden (`w:vanish`) and not counted. */
  hiddenText?: boolean;
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
/** A flag element (`<w:vanish/>`): on unless its value says off. */
export const flagOn = (v: string | undefined) => v === undefined || !OFF.includes(v);

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
  if (raw.hiddenText) info.hiddenText = true;
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

/** Reads one `w:sdt` element of a DOM, its text as Word's `text` property gives it. */
export function readSdt(el: Element, depth: number): ControlInfo {
  const content = child(el, NS.w, "sdtContent");
  return toControlInfo(rawSdt(el, depth, content ? visibleText(content) : ""));
}

/** What a `w:sdt` element's properties say, with the text it is given. */
function rawSdt(el: Element, depth: number, text: string): RawSdt {
  const pr = child(el, NS.w, "sdtPr");
  const raw: RawSdt = { types: new Set(), items: [], text, level: levelOf(el), depth };
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
  return raw;
}

/** A run hidden with `w:vanish`: Word does not show its text, so it is no answer. */
function vanished(run: Element): boolean {
  for (const rPr of children(run, NS.w, "rPr"))
    for (const v of children(rPr, NS.w, "vanish")) if (flagOn(attr(v))) return true;
  return false;
}

/** Elements nothing of which counts: properties, deleted or moved-away text, a text box's fallback. */
function skipped(el: Element): boolean {
  if (el.namespaceURI === NS.mc) return el.localName === "Fallback";
  return el.namespaceURI === NS.w && HIDDEN.has(el.localName ?? "");
}

type Found = { el: Element; raw: RawSdt; start: number; end: number; hidden: number };

type Step =
  | { visit: Element; depth: number }
  | { paragraphEnd: true }
  | { text: string }
  | { contentStart: Found }
  | { contentEnd: Found };

/**
 * Every content control under `root`, in document order, nested ones after their parent. One walk
 * collects the visible text once, and each control takes its slice of it (see scan-text.ts): the
 * same text, caps and choices as the byte scanner, which a test holds equal to this reader.
 * `depth` is how many controls enclose `root`: a write reads again only the control it changed
 * (a control's text, level and depth depend on its own element and where it sits, nothing else).
 */
export function findSdts(root: Element, part = "word/document.xml", depth = 0): Sdt[] {
  const text = new TextCollector();
  const found: Found[] = [];
  const stack: Step[] = [{ visit: root, depth }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ("text" in step) {
      text.add(step.text);
      continue;
    }
    if ("paragraphEnd" in step) {
      text.add("\n");
      continue;
    }
    if ("contentStart" in step) {
      step.contentStart.start = text.length;
      step.contentStart.hidden = text.hiddenRuns;
      continue;
    }
    if ("contentEnd" in step) {
      step.contentEnd.end = text.length;
      step.contentEnd.hidden = text.hiddenRuns - step.contentEnd.hidden;
      continue;
    }
    const { visit: el, depth } = step;
    if (skipped(el)) continue;
    let inner = depth;
    const w = el.namespaceURI === NS.w;
    const local = el.localName ?? "";
    if (w && local === "r" && vanished(el)) {
      text.hiddenRuns += 1;
      continue;
    }
    let content: Element | undefined;
    let record: Found | undefined;
    if (w && local === "sdt") {
      content = child(el, NS.w, "sdtContent");
      record = { el, raw: rawSdt(el, depth, ""), start: 0, end: 0, hidden: 0 };
      found.push(record);
      inner = depth + 1;
    } else if (w) {
      const glyph = glyphOf(local, (name) => attr(el, name));
      if (glyph !== undefined) text.add(glyph);
      if (local === "p") stack.push({ paragraphEnd: true });
    }
    // The text of a w:t is its own text nodes, in order with anything (wrongly) inside it.
    const isText = w && local === "t";
    const kids: (Element | string)[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) kids.push(c as Element);
      else if (isText && (c.nodeType === 3 || c.nodeType === 4))
        kids.push((c as unknown as { data: string }).data);
    }
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i] as Element | string;
      if (typeof kid === "string") stack.push({ text: kid });
      else if (record && kid === content) {
        stack.push({ contentEnd: record }, { visit: kid, depth: inner }, { contentStart: record });
      } else stack.push({ visit: kid, depth: inner });
    }
  }
  const ranges = found.map((f) => text.range(f.start, Math.max(f.start, f.end), part));
  return found.map((f, i) => {
    const range = ranges[i] as { from: number; to: number };
    f.raw.text = text.text(range.from, range.to);
    if (f.hidden > 0) f.raw.hiddenText = true;
    return { el: f.el, info: toControlInfo(f.raw) };
  });
}
