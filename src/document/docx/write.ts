import type { Document, Element } from "@xmldom/xmldom";
import { NS, attr, child, elementChildren } from "./xml";

/** The style id of Word's "Placeholder Text": English Word writes the first, Dutch Word the second. */
const PLACEHOLDER_STYLES = new Set(["PlaceholderText", "Tekstvantijdelijkeaanduiding"]);
const DEFAULT_PLACEHOLDER_STYLE = "PlaceholderText";

/** What Word shows in an empty control when nobody wrote a placeholder (its Dutch building blocks). */
const WORD_PLACEHOLDER = {
  text: "Klik of tik om tekst in te voeren.",
  date: "Klik of tik om een datum in te voeren.",
};

/** The placeholder style id each document uses, found once: a Dutch document has no "PlaceholderText". */
const placeholderStyles = new WeakMap<Document, string>();

function placeholderStyleOf(doc: Document): string {
  let id = placeholderStyles.get(doc);
  if (id === undefined) {
    id = DEFAULT_PLACEHOLDER_STYLE;
    const styles = doc.getElementsByTagNameNS(NS.w, "rStyle");
    for (let i = 0; i < styles.length; i++) {
      const v = attr(styles.item(i) ?? undefined);
      if (v !== undefined && PLACEHOLDER_STYLES.has(v)) {
        id = v;
        break;
      }
    }
    placeholderStyles.set(doc, id);
  }
  return id;
}

function firstDescendant(root: Element, ns: string, local: string): Element | undefined {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.shift() as Element;
    for (const c of elementChildren(el)) {
      if (c.namespaceURI === ns && c.localName === local) return c;
      stack.push(c);
    }
  }
  return undefined;
}

function w(doc: Document, local: string): Element {
  return doc.createElementNS(NS.w, `w:${local}`);
}

/**
 * The run properties to keep: those of the first run, without the placeholder style. While the
 * control shows its placeholder, its run's character style is the placeholder style, whatever the
 * language of the Word that named it.
 */
function runProperties(content: Element, showingPlaceholder: boolean): Element | undefined {
  const run = firstDescendant(content, NS.w, "r");
  const rPr = run ? child(run, NS.w, "rPr") : undefined;
  if (!rPr) return undefined;
  const copy = rPr.cloneNode(true) as Element;
  const style = child(copy, NS.w, "rStyle");
  const id = attr(style);
  if (style && id !== undefined && (showingPlaceholder || PLACEHOLDER_STYLES.has(id))) {
    if (showingPlaceholder) placeholderStyles.set(content.ownerDocument as Document, id);
    copy.removeChild(style);
  }
  return elementChildren(copy).length > 0 ? copy : undefined;
}

function makeRuns(
  doc: Document,
  lines: readonly string[],
  rPr: Element | undefined,
  placeholder: boolean,
): Element[] {
  const runs: Element[] = [];
  lines.forEach((line, i) => {
    const r = w(doc, "r");
    const props = rPr ? (rPr.cloneNode(true) as Element) : placeholder ? w(doc, "rPr") : undefined;
    if (props && placeholder) {
      const style = w(doc, "rStyle");
      style.setAttributeNS(NS.w, "w:val", placeholderStyleOf(doc));
      props.insertBefore(style, props.firstChild);
    }
    if (props) r.appendChild(props);
    if (i > 0) r.appendChild(w(doc, "br"));
    // A tab is Word's w:tab, not a tab character inside w:t.
    line.split("\t").forEach((piece, j) => {
      if (j > 0) r.appendChild(w(doc, "tab"));
      if (piece === "" && (j > 0 || line.includes("\t"))) return;
      const t = w(doc, "t");
      t.setAttributeNS(NS.xml, "xml:space", "preserve");
      t.appendChild(doc.createTextNode(piece));
      r.appendChild(t);
    });
    runs.push(r);
  });
  return runs;
}

function setShowingPlaceholder(doc: Document, pr: Element, on: boolean): void {
  const existing = child(pr, NS.w, "showingPlcHdr");
  if (on && !existing) {
    // Word expects it after the id/tag/lock/placeholder group and before the type element; before the
    // type element is accepted, so put it just before the first type-like element or at the end.
    const flag = w(doc, "showingPlcHdr");
    const typeEl = elementChildren(pr).find((e) =>
      [
        "text",
        "richText",
        "date",
        "dropDownList",
        "comboBox",
        "checkbox",
        "picture",
        "docPartObj",
        "group",
      ].includes(e.localName ?? ""),
    );
    pr.insertBefore(flag, typeEl ?? null);
  } else if (!on && existing) {
    pr.removeChild(existing);
  }
}

/** Anchors of comments, bookmarks and permissions: they mark a place, and stay around new text. */
const STARTS = new Set(["bookmarkStart", "commentRangeStart", "permStart"]);
const ENDS = new Set(["bookmarkEnd", "commentRangeEnd", "permEnd"]);

/** The anchors inside a control's content, in order: those that open, and those that close. */
function anchorsOf(content: Element): { starts: Element[]; ends: Element[] } {
  const starts: Element[] = [];
  const ends: Element[] = [];
  const stack: Element[] = [content];
  const visit: Element[] = [];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    visit.push(el);
    const kids = elementChildren(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Element);
  }
  for (const el of visit) {
    if (el === content || el.namespaceURI !== NS.w) continue;
    const local = el.localName ?? "";
    if (STARTS.has(local)) starts.push(el);
    else if (ENDS.has(local)) ends.push(el);
    // The run that shows a comment's mark goes with the end of its range.
    else if (local === "r" && child(el, NS.w, "commentReference")) ends.push(el);
  }
  return { starts, ends };
}

/** Elements of tracked changes: a field holding one has someone's unaccepted edits in it. */
const TRACKED = new Set([
  "ins",
  "del",
  "moveFrom",
  "moveTo",
  "rPrChange",
  "pPrChange",
  "sectPrChange",
  "tblPrChange",
  "trPrChange",
  "tcPrChange",
]);

/** Whether a control's content holds tracked changes. */
export function hasTrackedChanges(sdt: Element): boolean {
  const content = child(sdt, NS.w, "sdtContent");
  if (!content) return false;
  const stack: Element[] = [content];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (el !== content && el.namespaceURI === NS.w && TRACKED.has(el.localName ?? "")) return true;
    stack.push(...elementChildren(el));
  }
  return false;
}

/**
 * Writes text into a text control, keeping the formatting of its first run and paragraph. Several
 * lines become paragraphs in a rich-text block control and line breaks elsewhere. Empty text shows
 * a placeholder again: the one given, else Word's own.
 */
export function setControlText(
  sdt: Element,
  text: string,
  options: { rich: boolean; placeholder?: string },
): void {
  const doc = sdt.ownerDocument as Document;
  const pr =
    child(sdt, NS.w, "sdtPr") ?? (sdt.insertBefore(w(doc, "sdtPr"), sdt.firstChild) as Element);
  let content = child(sdt, NS.w, "sdtContent");
  if (!content) content = sdt.appendChild(w(doc, "sdtContent")) as Element;

  const empty = text === "";
  const date = child(pr, NS.w, "date");
  // An emptied control shows a placeholder, as in Word: the given one, else Word's own. An empty
  // placeholder (a finished SOP) leaves the control empty: nothing grey to print.
  const placeholder = options.placeholder ?? (date ? WORD_PLACEHOLDER.date : WORD_PLACEHOLDER.text);
  const showPlaceholder = empty && placeholder !== "";
  const shown = showPlaceholder ? placeholder : text;
  const lines = shown.replace(/\r\n?/g, "\n").split("\n");
  const shownBefore = child(pr, NS.w, "showingPlcHdr");
  const rPr = runProperties(
    content,
    shownBefore !== undefined && !["0", "false", "off"].includes(attr(shownBefore) ?? ""),
  );

  const firstParagraph = elementChildren(content).find(
    (e) => e.namespaceURI === NS.w && e.localName === "p",
  );
  const blockLevel =
    firstParagraph !== undefined || elementChildren(content).some((e) => e.localName === "tbl");
  // Comment and bookmark anchors inside the field are not the field's to drop: they go around the
  // new text.
  const { starts, ends } = anchorsOf(content);
  if (!blockLevel) {
    for (const c of [...elementChildren(content)]) content.removeChild(c);
    for (const a of starts) content.appendChild(a);
    for (const r of makeRuns(doc, lines, rPr, showPlaceholder)) content.appendChild(r);
    for (const a of ends) content.appendChild(a);
  } else {
    const pPr = firstParagraph ? child(firstParagraph, NS.w, "pPr") : undefined;
    for (const c of [...elementChildren(content)]) content.removeChild(c);
    const groups = options.rich ? lines.map((l) => [l]) : [lines];
    groups.forEach((group, i) => {
      const p = w(doc, "p");
      if (pPr) p.appendChild(pPr.cloneNode(true));
      if (i === 0) for (const a of starts) p.appendChild(a);
      for (const r of makeRuns(doc, group, rPr, showPlaceholder)) p.appendChild(r);
      if (i === groups.length - 1) for (const a of ends) p.appendChild(a);
      content.appendChild(p);
    });
  }
  setShowingPlaceholder(doc, pr, showPlaceholder);
  if (date) {
    const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text.trim());
    if (m) {
      const iso = `${m[3]}-${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}T00:00:00Z`;
      date.setAttributeNS(NS.w, "w:fullDate", iso);
    } else if (empty) {
      date.removeAttributeNS(NS.w, "fullDate");
    }
  }
}

/** Ticks or clears a checkbox control: `w14:checked` and the glyph in its run, always together. */
export function setControlChecked(sdt: Element, checked: boolean): void {
  const doc = sdt.ownerDocument as Document;
  const pr = child(sdt, NS.w, "sdtPr");
  const box = pr ? child(pr, NS.w14, "checkbox") : undefined;
  if (!pr || !box) throw new Error("Geen selectievakje");
  let state = child(box, NS.w14, "checked");
  if (!state) {
    state = doc.createElementNS(NS.w14, "w14:checked");
    box.insertBefore(state, box.firstChild);
  }
  state.setAttributeNS(NS.w14, "w14:val", checked ? "1" : "0");
  const glyphState = child(box, NS.w14, checked ? "checkedState" : "uncheckedState");
  const code = attr(glyphState, "val", NS.w14) ?? (checked ? "2612" : "2610");
  const font = attr(glyphState, "font", NS.w14) ?? "MS Gothic";
  const glyph = String.fromCharCode(parseInt(code, 16));
  setShowingPlaceholder(doc, pr, false);

  let content = child(sdt, NS.w, "sdtContent");
  if (!content) content = sdt.appendChild(w(doc, "sdtContent")) as Element;
  let t = firstDescendant(content, NS.w, "t");
  if (!t) {
    const holder = firstDescendant(content, NS.w, "p") ?? content;
    const r = w(doc, "r");
    t = w(doc, "t");
    r.appendChild(t);
    holder.appendChild(r);
  }
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(doc.createTextNode(glyph));
  const run = t.parentNode as Element;
  let rPr = child(run, NS.w, "rPr");
  if (!rPr) rPr = run.insertBefore(w(doc, "rPr"), run.firstChild) as Element;
  let fonts = child(rPr, NS.w, "rFonts");
  if (!fonts) fonts = rPr.insertBefore(w(doc, "rFonts"), rPr.firstChild) as Element;
  for (const a of ["ascii", "hAnsi", "eastAsia"]) fonts.setAttributeNS(NS.w, `w:${a}`, font);
}
