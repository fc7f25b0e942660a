import type { SopDocument } from "../../document/port";
import { download } from "./files";

/**
 * The document as the pane sees it in the browser: the .docx adapter, whose `select` (a file has no
 * cursor) also points the preview at the field.
 */
export function browserPort(doc: SopDocument, onSelect: (fieldId: string) => void): SopDocument {
  return {
    detect: () => doc.detect(),
    readAll: () => doc.readAll(),
    write: (changes) => doc.write(changes),
    select: async (fieldId) => {
      await doc.select(fieldId);
      onSelect(fieldId);
    },
    onChange: (listener) => doc.onChange(listener),
    hasContent: () => doc.hasContent(),
    startFromTemplate: (id) => doc.startFromTemplate(id),
    limitations: () => doc.limitations(),
    // The browser has no second window for a document: the summary is downloaded.
    openSeparate: (bytes, name) => {
      download(bytes, name);
      return Promise.resolve();
    },
  };
}

/** The field a preview element's tag names: `sop:hgw.01=2` → `hgw.01`. */
export function fieldOfTag(tag: string): string | undefined {
  const m = /^sop:([^=]+)/.exec(tag);
  return m?.[1];
}

/** Marks a field's controls in the preview (and only those); scrolls the first into view if asked. */
export function markInPreview(preview: HTMLElement, fieldId: string, scroll: boolean): void {
  preview.dataset.gekozen = fieldId;
  for (const el of Array.from(preview.querySelectorAll(".sop-gekozen")))
    el.classList.remove("sop-gekozen");
  const found = Array.from(preview.querySelectorAll<HTMLElement>("[data-tag]")).filter(
    (el) => fieldOfTag(el.dataset.tag ?? "") === fieldId,
  );
  for (const el of found) el.classList.add("sop-gekozen");
  if (scroll) found[0]?.scrollIntoView?.({ block: "center", behavior: "smooth" });
}

/**
 * Marks a field's controls in the preview and scrolls the first into view, when the preview stands
 * beside the pane: below it (a narrow window) scrolling would take the pane the person types in away.
 */
export function showInPreview(preview: HTMLElement | null, fieldId: string): void {
  if (!preview) return;
  const stacked = window.matchMedia?.("(max-width: 800px)").matches ?? false;
  markInPreview(preview, fieldId, !stacked);
}
