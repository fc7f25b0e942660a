import type { Document, Element, Node } from "@xmldom/xmldom";
import type { Field, Template } from "../../model";
import type { Found, Recognition, Spot } from "../recognize/types";
import { isEmptyAnswer } from "../recognize/text";
import { prepareMissing } from "./bind-missing";
import { DocxPackage } from "./package";
import { NS, child, elementChildren } from "./xml";

/**
 * `bind`: the school's own document gains an `sop:` content control around every recognized place,
 * and the template's properties. Nothing else changes: each control wraps runs or paragraphs that
 * were there (or takes over a control that was there), so every word stays where it was. A typed or
 * symbol tick becomes a checkbox control showing ☒ or ☐; an empty place gets a control with its hint.
 */

export type BindResult = {
  bytes: Uint8Array;
  /** Fields that now have their control(s). */
  bound: string[];
  /** Fields the template has and the document has no place for (and that were not added). */
  unplaced: string[];
  /** Fields that had no place and were added at the end of their section (`addMissing`). */
  added: string[];
  /** Fields whose place was found but could not be wrapped (an answer spread over odd markup). */
  skipped: string[];
};

const GLYPH = { on: "☒", off: "☐" };
const FONT = "MS Gothic";

class Binder {
  private readonly paras: Element[];
  private readonly runs: Element[];
  private readonly sdts: Element[];
  private id = 7000;

  constructor(
    private readonly doc: Document,
    private readonly template: Template,
  ) {
    const list = (local: string) => {
      const nodes = doc.getElementsByTagNameNS(NS.w, local);
      const out: Element[] = [];
      for (let i = 0; i < nodes.length; i++) out.push(nodes.item(i) as Element);
      return out;
    };
    this.paras = list("p");
    this.runs = list("r");
    this.sdts = list("sdt");
  }

  private w(local: string, attrs: Record<string, string> = {}): Element {
    const el = this.doc.createElementNS(NS.w, `w:${local}`);
    for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(NS.w, `w:${k}`, v);
    return el;
  }

  private w14(local: string, val: string, font?: string): Element {
    const el = this.doc.createElementNS(NS.w14, `w14:${local}`);
    el.setAttributeNS(NS.w14, "w14:val", val);
    if (font) el.setAttributeNS(NS.w14, "w14:font", font);
    return el;
  }

  private sdtPr(tag: string, title: string): Element {
    const pr = this.w("sdtPr");
    pr.appendChild(this.w("alias", { val: title }));
    pr.appendChild(this.w("tag", { val: tag }));
    pr.appendChild(this.w("id", { val: String(this.id++) }));
    return pr;
  }

  /** A checkbox control with its glyph run, ticked or not. */
  private checkbox(tag: string, title: string, checked: boolean): Element {
    const sdt = this.w("sdt");
    const pr = this.sdtPr(tag, title);
    const box = this.doc.createElementNS(NS.w14, "w14:checkbox");
    box.appendChild(this.w14("checked", checked ? "1" : "0"));
    box.appendChild(this.w14("checkedState", "2612", FONT));
    box.appendChild(this.w14("uncheckedState", "2610", FONT));
    pr.appendChild(box);
    sdt.appendChild(pr);
    const content = this.w("sdtContent");
    content.appendChild(this.glyphRun(checked));
    sdt.appendChild(content);
    return sdt;
  }

  private glyphRun(checked: boolean): Element {
    const r = this.w("r");
    const rPr = this.w("rPr");
    rPr.appendChild(this.w("rFonts", { ascii: FONT, eastAsia: FONT, hAnsi: FONT }));
    r.appendChild(rPr);
    const t = this.w("t");
    t.appendChild(this.doc.createTextNode(checked ? GLYPH.on : GLYPH.off));
    r.appendChild(t);
    return r;
  }

  private textRun(text: string, placeholder = false): Element {
    const r = this.w("r");
    if (placeholder) {
      const rPr = this.w("rPr");
      rPr.appendChild(this.w("rStyle", { val: "PlaceholderText" }));
      r.appendChild(rPr);
    }
    const t = this.w("t");
    t.setAttributeNS(NS.xml, "xml:space", "preserve");
    t.appendChild(this.doc.createTextNode(text));
    r.appendChild(t);
    return r;
  }

  /** Gives an existing control the field's tag and title. */
  private takeOver(sdt: Element, tag: string, title: string): void {
    let pr = child(sdt, NS.w, "sdtPr");
    if (!pr) {
      pr = this.w("sdtPr");
      sdt.insertBefore(pr, sdt.firstChild);
    }
    for (const local of ["alias", "tag"]) {
      const old = child(pr, NS.w, local);
      if (old) pr.removeChild(old);
    }
    pr.insertBefore(this.w("tag", { val: tag }), pr.firstChild);
    pr.insertBefore(this.w("alias", { val: title }), pr.firstChild);
  }

  /** Puts `el` in place of the nodes, which move inside it (into its w:sdtContent). */
  private wrap(nodes: readonly Node[], tag: string, title: string, extra?: Element): Element {
    const first = nodes[0] as Node;
    const parent = first.parentNode as Node;
    const sdt = this.w("sdt");
    const pr = this.sdtPr(tag, title);
    if (extra) pr.appendChild(extra);
    sdt.appendChild(pr);
    const content = this.w("sdtContent");
    sdt.appendChild(content);
    parent.insertBefore(sdt, first);
    for (const n of nodes) content.appendChild(n);
    return sdt;
  }

  /** The first place in a paragraph where runs may go: after its properties. */
  private start(p: Element): Node | null {
    const pPr = child(p, NS.w, "pPr");
    return pPr ? pPr.nextSibling : p.firstChild;
  }

  private title(field: Field, option?: string): string {
    const base = field.short ?? field.label;
    if (option === undefined || field.kind !== "choice") return base;
    return `${base}: ${field.options.find((o) => o.key === option)?.label ?? option}`;
  }

  /** Binds one tick (of a tick field, or one option of a choice). */
  private mark(field: Field, spot: Extract<Spot, { kind: "mark" }>, checked: boolean): boolean {
    const tag = spot.option !== undefined ? `sop:${field.id}=${spot.option}` : `sop:${field.id}`;
    const title = this.title(field, spot.option);
    if (spot.sdt !== undefined && spot.source === "checkbox-control") {
      const sdt = this.sdts[spot.sdt];
      if (!sdt) return false;
      this.takeOver(sdt, tag, title);
      return true;
    }
    const box = this.checkbox(tag, title, checked);
    const p = this.paras[spot.p];
    if (!p) return false;
    if (spot.source === "empty") {
      p.insertBefore(box, this.start(p));
      if (field.kind === "tick" && (p.textContent ?? "").trim() !== "")
        p.insertBefore(this.textRun(" "), box.nextSibling);
      return true;
    }
    const run = spot.run !== undefined ? this.runs[spot.run] : undefined;
    if (!run || !run.parentNode) return false;
    if (spot.source === "formcheckbox") {
      // The field's runs, from its begin to its end, make way for the control.
      const gone: Node[] = [run];
      for (let n = run.nextSibling; n; n = n.nextSibling) {
        gone.push(n);
        if (n.nodeType === 1 && containsFldEnd(n as Element)) break;
      }
      run.parentNode.insertBefore(box, run);
      for (const n of gone) n.parentNode?.removeChild(n);
      return true;
    }
    // A typed x or a drawn box: the mark leaves its run and the control takes its place.
    const replaced = isolateMark(run);
    if (!replaced) return false;
    replaced.parentNode?.insertBefore(box, replaced);
    replaced.parentNode?.removeChild(replaced);
    return true;
  }

  /** Inserts a tick per option before the words of a cell ("Ja", "nvt"), which stay as they are. */
  private words(
    field: Field,
    p: number,
    checked: (key: string) => boolean,
    only?: string,
    end = false,
  ): boolean {
    const para = this.paras[p];
    if (!para || field.kind !== "choice") return false;
    // After a label's words ("Basisarrangement: ja ☒ ja ☐ nee"), or before a cell's words.
    if (end) para.appendChild(this.textRun("  "));
    const at = end ? null : this.start(para);
    const options = field.options.filter((o) => only === undefined || o.key === only);
    for (const o of options) {
      para.insertBefore(
        this.checkbox(`sop:${field.id}=${o.key}`, this.title(field, o.key), checked(o.key)),
        at,
      );
      if (only === undefined) para.insertBefore(this.textRun(` ${o.label}  `), at);
      else para.insertBefore(this.textRun(" "), at);
    }
    return true;
  }

  private text(field: Field, spot: Extract<Spot, { kind: "text" }>, value: boolean): boolean {
    const tag = `sop:${field.id}`;
    const title = field.short ?? field.label;
    const hint = field.hint ?? "Klik of tik om tekst in te voeren.";
    if (spot.paras.length > 0) {
      const paras = spot.paras
        .map((i) => this.paras[i])
        .filter((p): p is Element => p !== undefined);
      const parent = paras[0]?.parentNode;
      if (!parent || paras.some((p) => p.parentNode !== parent)) return false;
      // An untagged control around exactly these paragraphs is taken over.
      const owner = parent.parentNode as Element | null;
      if (
        owner?.localName === "sdt" &&
        parent.localName === "sdtContent" &&
        elementChildren(parent as Element).every((c) => paras.includes(c))
      ) {
        this.takeOver(owner, tag, title);
        return true;
      }
      const empty = !value && paras.every((p) => isEmptyAnswer(p.textContent ?? "", field.hint));
      this.wrap(paras, tag, title, empty ? this.w("showingPlcHdr") : undefined);
      if (empty && paras.length === 1 && (paras[0]?.textContent ?? "").trim() === "")
        paras[0]?.appendChild(this.textRun(hint, true));
      return true;
    }
    if (spot.after !== undefined) {
      const anchor = this.paras[spot.after];
      if (!anchor) return false;
      // After the control an earlier field of the cell may have put around the paragraph.
      let at: Node = anchor;
      while (at.parentNode?.localName === "sdtContent" && at.parentNode.parentNode)
        at = at.parentNode.parentNode;
      const p = this.w("p");
      const pPr = child(anchor, NS.w, "pPr");
      if (pPr) p.appendChild(pPr.cloneNode(true));
      p.appendChild(this.textRun(hint, true));
      at.parentNode?.insertBefore(p, at.nextSibling);
      this.wrap([p], tag, title, this.w("showingPlcHdr"));
      return true;
    }
    const tail = spot.tail;
    if (!tail) return false;
    const p = this.paras[tail.p];
    if (!p) return false;
    const runs = splitRunsAt(p, tail.from, tail.to);
    if (!runs) return false;
    if (runs.length === 0) {
      // An empty answer after its label: a control showing the hint where the answer goes.
      const before = runAtOffset(p, tail.from);
      const sdt = this.w("sdt");
      const pr = this.sdtPr(tag, title);
      pr.appendChild(this.w("showingPlcHdr"));
      sdt.appendChild(pr);
      const content = this.w("sdtContent");
      content.appendChild(this.textRun(hint, true));
      sdt.appendChild(content);
      if (before) before.parentNode?.insertBefore(sdt, before.nextSibling);
      else p.appendChild(sdt);
      if (tail.from > 0 && !/\s$/.test(textBefore(p, tail.from)))
        p.insertBefore(this.textRun(" "), sdt);
      return true;
    }
    const parent = runs[0]?.parentNode;
    if (!parent || runs.some((r) => r.parentNode !== parent)) return false;
    const owner = parent.parentNode as Element | null;
    if (
      owner?.localName === "sdt" &&
      parent.localName === "sdtContent" &&
      elementChildren(parent as Element).every((c) => runs.includes(c) || c.localName !== "r")
    ) {
      this.takeOver(owner, tag, title);
      // What stands there is the hint of an empty answer (LibreOffice keeps it as text).
      if (!value) child(owner, NS.w, "sdtPr")?.appendChild(this.w("showingPlcHdr"));
      return true;
    }
    this.wrap(runs, tag, title, value ? undefined : this.w("showingPlcHdr"));
    return true;
  }

  /** The text answers first: wrapping runs keeps every offset in a paragraph as it was. */
  bindText(found: Found): boolean {
    const field = this.template.byId.get(found.field)?.field;
    if (!field) return false;
    let ok = true;
    for (const spot of found.spots)
      if (spot.kind === "text") ok = this.text(field, spot, found.value !== null) && ok;
    return ok;
  }

  bind(found: Found): boolean {
    const field = this.template.byId.get(found.field)?.field;
    if (!field || found.spots.length === 0) return false;
    const chosen = new Set(
      typeof found.value === "string"
        ? [found.value]
        : Array.isArray(found.value)
          ? found.value
          : [],
    );
    let ok = found.spots.length > 0;
    for (const spot of found.spots) {
      if (spot.kind === "mark")
        ok =
          this.mark(
            field,
            spot,
            field.kind === "tick" ? found.value === true : chosen.has(spot.option ?? ""),
          ) && ok;
      else if (spot.kind === "words") {
        ok = this.words(field, spot.p, (k) => chosen.has(k), spot.option, spot.end) && ok;
        if (spot.option === undefined) break; // one set of ticks per field is enough
      }
    }
    return ok;
  }
}

function containsFldEnd(el: Element): boolean {
  const ends = el.getElementsByTagNameNS(NS.w, "fldChar");
  for (let i = 0; i < ends.length; i++)
    if ((ends.item(i) as Element).getAttributeNS(NS.w, "fldCharType") === "end") return true;
  return false;
}

const MARK_CHARS = /[☒☑☐□❑❏⊠⌧xX✓✔●■vV✗✘•*]/;

/**
 * The run holding only the mark, split off from the rest of its text when it shares a run. The
 * original run keeps what follows the mark, so a second mark in it is still found there.
 */
function isolateMark(run: Element): Element | undefined {
  if (child(run, NS.w, "sym")) return run;
  const t = child(run, NS.w, "t");
  if (!t) return undefined;
  const text = t.textContent ?? "";
  const at = text.search(MARK_CHARS);
  if (at < 0) return undefined;
  if (text.trim().length === 1) return run;
  const doc = run.ownerDocument as Document;
  const piece = (part: string): Element => {
    const copy = run.cloneNode(true) as Element;
    const ct = child(copy, NS.w, "t") as Element;
    while (ct.firstChild) ct.removeChild(ct.firstChild);
    ct.appendChild(doc.createTextNode(part));
    ct.setAttributeNS(NS.xml, "xml:space", "preserve");
    return copy;
  };
  if (at > 0) run.parentNode?.insertBefore(piece(text.slice(0, at)), run);
  const mark = piece(text.slice(at, at + 1));
  run.parentNode?.insertBefore(mark, run);
  const rest = text.slice(at + 1);
  if (rest === "") run.parentNode?.removeChild(run);
  else {
    while (t.firstChild) t.removeChild(t.firstChild);
    t.appendChild(doc.createTextNode(rest));
    t.setAttributeNS(NS.xml, "xml:space", "preserve");
  }
  return mark;
}

/** The runs of a paragraph with the length of text each shows, as the structure reader counts it. */
function textRuns(p: Element): { run: Element; length: number }[] {
  const out: { run: Element; length: number }[] = [];
  const walk = (el: Element) => {
    for (const c of elementChildren(el)) {
      if (c.namespaceURI !== NS.w) continue;
      if (c.localName === "r") {
        let length = 0;
        for (const x of elementChildren(c)) {
          if (x.namespaceURI !== NS.w) continue;
          if (x.localName === "t") length += (x.textContent ?? "").length;
          else if (["tab", "br", "cr", "noBreakHyphen", "sym"].includes(x.localName ?? ""))
            length += 1;
          else if (
            x.localName === "fldChar" &&
            x.getElementsByTagNameNS(NS.w, "checkBox").length > 0
          )
            length += 1; // a form checkbox reads as one mark
        }
        out.push({ run: c, length });
      } else if (c.localName === "sdt") {
        const pr = child(c, NS.w, "sdtPr");
        const content = child(c, NS.w, "sdtContent");
        if (pr && child(pr, NS.w, "showingPlcHdr")) continue; // a hint is no text
        if (pr && pr.getElementsByTagNameNS(NS.w14, "checkbox").length > 0) {
          const glyph = content ? textRuns(content)[0] : undefined;
          if (glyph) out.push({ run: glyph.run, length: 1 });
          continue;
        }
        if (content) walk(content);
      } else if (["hyperlink", "ins", "smartTag", "fldSimple"].includes(c.localName ?? "")) walk(c);
    }
  };
  walk(p);
  return out;
}

function textBefore(p: Element, offset: number): string {
  let text = "";
  for (const { run } of textRuns(p)) {
    for (const t of elementChildren(run)) if (t.localName === "t") text += t.textContent ?? "";
    if (text.length >= offset) break;
  }
  return text.slice(0, offset);
}

function runAtOffset(p: Element, offset: number): Element | undefined {
  let at = 0;
  let last: Element | undefined;
  for (const { run, length } of textRuns(p)) {
    if (at >= offset) break;
    last = run;
    at += length;
  }
  return last;
}

/** Splits a run in two at a character offset of its single text; the first half stays before. */
function splitRun(run: Element, offset: number): Element | undefined {
  const ts = elementChildren(run).filter((c) => c.localName === "t");
  if (
    ts.length !== 1 ||
    elementChildren(run).some((c) => ["tab", "br", "sym", "cr"].includes(c.localName ?? ""))
  )
    return undefined;
  const t = ts[0] as Element;
  const text = t.textContent ?? "";
  const doc = run.ownerDocument as Document;
  const before = run.cloneNode(true) as Element;
  const bt = child(before, NS.w, "t") as Element;
  while (bt.firstChild) bt.removeChild(bt.firstChild);
  bt.appendChild(doc.createTextNode(text.slice(0, offset)));
  bt.setAttributeNS(NS.xml, "xml:space", "preserve");
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(doc.createTextNode(text.slice(offset)));
  t.setAttributeNS(NS.xml, "xml:space", "preserve");
  run.parentNode?.insertBefore(before, run);
  return run;
}

/** The runs covering [from, to) of a paragraph's text, split at both ends; undefined when it cannot. */
function splitRunsAt(p: Element, from: number, to: number): Element[] | undefined {
  if (to <= from) return [];
  // Split at `to` first, so the offsets before it stay valid.
  for (const cut of [to, from]) {
    let at = 0;
    for (const { run, length } of textRuns(p)) {
      if (cut > at && cut < at + length) {
        if (!splitRun(run, cut - at)) return undefined;
        break;
      }
      at += length;
    }
  }
  const out: Element[] = [];
  let at = 0;
  for (const { run, length } of textRuns(p)) {
    if (at >= from && at + length <= to && length > 0) out.push(run);
    at += length;
  }
  return out;
}

/** What bind does besides binding: add the fields the document has no place for (bind-missing.ts). */
export type BindOptions = { addMissing?: boolean };

/** Binds a recognized document: the same document with `sop:` controls and the template's properties. */
export function bindDocx(
  bytes: Uint8Array,
  recognition: Recognition,
  options: BindOptions = {},
): BindResult {
  const pkg = DocxPackage.open(bytes);
  // Where the missing fields go is taken before bind adds paragraphs of its own.
  const missing = options.addMissing ? prepareMissing(pkg.document(), recognition) : undefined;
  const binder = new Binder(pkg.document(), recognition.template);
  const bound: string[] = [];
  const skipped: string[] = [];
  const text = new Map(recognition.found.map((f) => [f.field, binder.bindText(f)] as const));
  for (const found of recognition.found) {
    if (binder.bind(found) && text.get(found.field) === true) bound.push(found.field);
    else skipped.push(found.field);
  }
  const added = missing?.add() ?? [];
  pkg.markDocumentChanged();
  pkg.setCustomProperties([
    ["SOP.Template", recognition.template.id],
    ["SOP.TemplateVersion", recognition.template.version],
  ]);
  const unplaced = recognition.unplaced.filter((id) => !added.includes(id));
  return { bytes: pkg.save(), bound, unplaced, added, skipped };
}
