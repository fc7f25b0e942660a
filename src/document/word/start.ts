import type { Template } from "../../model";
import type { WordHost } from "./api";
import { toBase64 } from "./base64";
import { queueControls } from "./controls";
import { WordRefusal } from "./messages";

export const LOCK_PATH = "items/id,items/type,items/cannotEdit,items/cannotDelete";

/** Whether an error is Word's refusal of the action in this context. */
export function notAllowed(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: unknown }).code === "NotAllowed"
  );
}

/**
 * Replaces the document's content with a regional template (two syncs). Through
 * `Document.insertFileFromBase64` (WordApi 1.5), which keeps the document's headers and footers,
 * where `Body.insertFileFromBase64` loses them and refuses a body holding locked controls on the web
 * (office-js #3080, docs #5877). Locked controls are unlocked first in the same batch, so they can
 * be replaced; if Word still refuses (a date picker on the web), the person is told what to do.
 */
export async function insertTemplate<K extends string>(
  host: WordHost<K>,
  template: Template,
): Promise<void> {
  // Loaded only here: the template builder brings the XML and zip code the pane needs nowhere else.
  const { buildTemplateDocx } = await import("../docx/build-template");
  const file = toBase64(buildTemplateDocx(template));
  const unlocked = new Map<number, { cannotEdit: boolean; cannotDelete: boolean }>();
  try {
    await host.run(async (context) => {
      const { all } = queueControls(context, host, LOCK_PATH);
      await context.sync();
      for (const cc of all.items) {
        if (!cc.cannotEdit && !cc.cannotDelete) continue;
        unlocked.set(cc.id, { cannotEdit: cc.cannotEdit, cannotDelete: cc.cannotDelete });
        cc.cannotEdit = false;
        cc.cannotDelete = false;
      }
      context.document.insertFileFromBase64(file, "Replace", {
        importStyles: true,
        importCustomProperties: true,
        importParagraphSpacing: true,
      });
      // Also set directly: Word on some hosts ignores importCustomProperties.
      const props = context.document.properties.customProperties;
      props.add("SOP.Template", template.id);
      props.add("SOP.TemplateVersion", template.version);
      await context.sync();
    });
  } catch (error) {
    // Commands before the refused one are done: the locks go back on, so nothing has changed.
    if (unlocked.size > 0) await relock(host, unlocked).catch(() => undefined);
    if (notAllowed(error)) throw new WordRefusal("insert-not-allowed");
    throw error;
  }
}

/** Puts back the locks taken off before a refused replacement. */
export async function relock<K extends string>(
  host: WordHost<K>,
  locks: ReadonlyMap<number, { cannotEdit: boolean; cannotDelete: boolean }>,
): Promise<void> {
  await host.run(async (context) => {
    const { all } = queueControls(context, host, "items/id");
    await context.sync();
    for (const cc of all.items) {
      const lock = locks.get(cc.id);
      if (!lock) continue;
      cc.cannotEdit = lock.cannotEdit;
      cc.cannotDelete = lock.cannotDelete;
    }
  });
}
