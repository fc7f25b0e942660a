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

/** Marks a field's controls in the preview and scrolls the first into view. */
export function showInPreview(preview: HTMLElement | null, fieldId: string): void {
  if (!preview) return;
  for (const el of Array.from(preview.querySelectorAll(".sop-gekozen")))
    el.classList.remove("sop-gekozen");
  const found = Array.from(preview.querySelectorAll<HTMLElement>("[data-tag]")).filter((el) => {
    const tag = el.dataset.tag ?? "";
    return tag === `sop:${fieldId}` || tag.startsWith(`sop:${fieldId}=`);
  });
  for (const el of found) el.classList.add("sop-gekozen");
  found[0]?.scrollIntoView?.({ block: "center", behavior: "smooth" });
}
