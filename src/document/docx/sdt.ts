import type { Element } from "@xmldom/xmldom";
import type { ControlInfo, ControlLevel, ControlLock, ControlType } from "../port";
import { NS, attr, child, children } from "./xml";

/** A content control element with what was read from it. */
export type Sdt = { el: Element; info: ControlInfo };

const TYPE_BY_ELEMENT: readonly [string, string, ControlType][] = [
  [NS.w14, "checkbox", "CheckBox"],
  [NS.w, "text", "PlainText"],
  [NS.w, "dropDownList", "DropDownList"],
  [NS.w, "comboBox", "ComboBox"],
  [NS.w, "date", "DatePicker"],
  [NS.w, "picture", "Picture"],
  [NS.w15, "repeatingSection", "RepeatingSection"],
  [NS.w, "docPartObj", "BuildingBlockGallery"],
  [NS.w, "docPartList", "BuildingBlockGallery"],
  [NS.w, "group", "Group"],
  [NS.w, "richText", "RichText"],
  [NS.w, "equation", "Unknown"],
  [NS.w, "citation", "Unknown"],
  [NS.w, "bibliography", "Unknown"],
];

function controlType(pr: Element | undefined): ControlType {
  if (!pr) return "RichText";
  for (const [ns, local, type] of TYPE_BY_ELEMENT) if (child(pr, ns, local)) return type;
  // A repeating section item is the rich content of one repetition.
  return "RichText";
}

/** The level follows the element that holds the control (through any outer controls). */
function levelOf(el: Element): ControlLevel {
  let parent = el.parentNode as Element | null;
  while (parent && parent.localName === "sdtContent") {
    parent = (parent.parentNode?.parentNode as Element | null) ?? null;
  }
  switch (parent?.localName) {
    case "tbl":
      return "row";
    case "tr":
      return "cell";
    case "p":
    case "hyperlink":
    case "smartTag":
    case "fldSimple":
    case "ins":
      return "inline";
    default:
      return "block";
  }
}

function onOff(el: Element | undefined): boolean {
  if (!el) return false;
  const v = attr(el) ?? attr(el, "val", NS.w14);
  return v === undefined || !["0", "false", "off"].includes(v);
}

const HIDDEN = new Set(["del", "instrText", "sdtPr", "sdtEndPr", "rPr", "pPr"]);

/** The visible text of an element, as Word's `text` gives it: paragraphs joined by line breaks. */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  // Iterative pre-order walk; null marks the end of a paragraph.
  const stack: (Element | null)[] = [root];
  while (stack.length > 0) {
    const el = stack.pop();
    if (el === undefined) break;
    if (el === null) {
      parts.push("\n");
      continue;
    }
    if (el.namespaceURI === NS.w) {
      if (HIDDEN.has(el.localName ?? "")) continue;
      if (el.localName === "t") parts.push(el.textContent ?? "");
      else if (el.localName === "tab") parts.push("\t");
      else if (el.localName === "br" || el.localName === "cr") parts.push("\n");
      else if (el.localName === "noBreakHyphen") parts.push("-");
      else if (el.localName === "sym")
        parts.push(String.fromCharCode(parseInt(attr(el, "char") ?? "20", 16)));
      if (el.localName === "p") stack.push(null);
    }
    const kids: Element[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) kids.push(c as Element);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Element);
  }
  return parts.join("").replace(/\n$/, "");
}

function lockOf(pr: Element | undefined): ControlLock {
  const v = pr ? attr(child(pr, NS.w, "lock")) : undefined;
  return v === "sdtLocked" || v === "contentLocked" || v === "sdtContentLocked" ? v : "none";
}

/** Reads one `w:sdt` element. */
export function readSdt(el: Element, depth: number): ControlInfo {
  const pr = child(el, NS.w, "sdtPr");
  const content = child(el, NS.w, "sdtContent");
  const type = controlType(pr);
  const showingPlaceholder = pr ? onOff(child(pr, NS.w, "showingPlcHdr")) : false;
  const shown = content ? visibleText(content) : "";
  const info: ControlInfo = {
    tag: pr ? (attr(child(pr, NS.w, "tag")) ?? "") : "",
    title: pr ? (attr(child(pr, NS.w, "alias")) ?? "") : "",
    type,
    level: levelOf(el),
    text: showingPlaceholder ? "" : shown,
    showingPlaceholder,
    lock: lockOf(pr),
    depth,
  };
  if (showingPlaceholder && shown !== "") info.placeholder = shown;
  if (type === "CheckBox" && pr) {
    const box = child(pr, NS.w14, "checkbox");
    info.checked = box ? onOff(child(box, NS.w14, "checked")) : false;
  }
  if ((type === "DropDownList" || type === "ComboBox") && pr) {
    const list = child(pr, NS.w, type === "DropDownList" ? "dropDownList" : "comboBox");
    info.items = (list ? children(list, NS.w, "listItem") : [])
      .map((item) => ({ text: attr(item, "displayText") ?? "", value: attr(item, "value") ?? "" }))
      .filter((item) => item.text !== "");
    // Word's "Kies een item." first entry is no answer.
    if (
      !showingPlaceholder &&
      info.items.every((item) => item.text !== info.text) &&
      /^(kies een item|choose an item)\.?$/i.test(info.text)
    ) {
      info.text = "";
      info.showingPlaceholder = true;
    }
  }
  if (type === "DatePicker" && pr) {
    const full = attr(child(pr, NS.w, "date"), "fullDate");
    const m = full ? /^(\d{4}-\d{2}-\d{2})/.exec(full) : null;
    if (m?.[1] && !showingPlaceholder) info.date = m[1];
  }
  return info;
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
