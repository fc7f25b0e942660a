import type { Document, Element } from "@xmldom/xmldom";
import { visibleText } from "../../../src/document/docx/sdt";
import { NS, child, elementChildren } from "../../../src/document/docx/xml";

/**
 * Tracked changes and OOXML as the simulated Word gives them: `text` with deleted revisions still
 * in it (Word on the web, office-js #1267), a tracked replacement of a control's text, and the body
 * as `getOoxml()` returns it.
 */

/** Word's `text` with deleted revisions left in: `w:del` unwrapped, `w:delText` read as text. */
export function textWithDeleted(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  const doc = copy.ownerDocument as Document;
  for (const del of Array.from(copy.getElementsByTagNameNS(NS.w, "del"))) {
    const parent = del.parentNode;
    if (!parent) continue;
    while (del.firstChild) parent.insertBefore(del.firstChild, del);
    parent.removeChild(del);
  }
  for (const dt of Array.from(copy.getElementsByTagNameNS(NS.w, "delText"))) {
    const t = doc.createElementNS(NS.w, "w:t");
    t.appendChild(doc.createTextNode(dt.textContent ?? ""));
    dt.parentNode?.replaceChild(t, dt);
  }
  return visibleText(copy, { paragraph: "\r", line: "\v" });
}

/** Whether the element holds a deleted revision. */
export function hasDeletions(root: Element): boolean {
  return root.getElementsByTagNameNS(NS.w, "del").length > 0;
}

let revision = 9000;

function revisionMark(doc: Document, local: "ins" | "del"): Element {
  const mark = doc.createElementNS(NS.w, `w:${local}`);
  mark.setAttributeNS(NS.w, "w:id", String(revision++));
  mark.setAttributeNS(NS.w, "w:author", "SOP Assistent");
  mark.setAttributeNS(NS.w, "w:date", "2026-11-23T10:00:00Z");
  return mark;
}

/**
 * Marks the (already written) content of a control as a tracked replacement of `before`: every new
 * run inside `w:ins`, the old text as one deleted run at the start.
 */
export function markTrackedReplacement(sdt: Element, before: string): void {
  const content = child(sdt, NS.w, "sdtContent");
  if (!content) return;
  const doc = content.ownerDocument as Document;
  const holders = [content, ...elementChildren(content).filter((e) => e.localName === "p")];
  for (const holder of holders) {
    for (const run of elementChildren(holder).filter((e) => e.localName === "r")) {
      const ins = revisionMark(doc, "ins");
      holder.replaceChild(ins, run);
      ins.appendChild(run);
    }
  }
  if (before === "") return;
  const del = revisionMark(doc, "del");
  const r = doc.createElementNS(NS.w, "w:r");
  const dt = doc.createElementNS(NS.w, "w:delText");
  dt.setAttribute("xml:space", "preserve");
  dt.appendChild(doc.createTextNode(before.replace(/\n/g, " ")));
  r.appendChild(dt);
  del.appendChild(r);
  const first = elementChildren(content).find((e) => e.localName === "p") ?? content;
  const pPr = child(first, NS.w, "pPr");
  first.insertBefore(del, pPr ? pPr.nextSibling : first.firstChild);
}
