import { templates, type Field, type Template } from "../../model";
import { DocumentError } from "../errors";
import { documentText } from "../format";
import type { FieldChange } from "../port";
import type { WordContentControl } from "./api";

export { validateChanges } from "../validate";

/** Runs a queued change with the control's edit lock lifted, and puts the lock back after it. */
function unlocked(cc: WordContentControl, change: () => void): void {
  const locked = cc.cannotEdit;
  if (locked) cc.cannotEdit = false;
  change();
  if (locked) cc.cannotEdit = true;
}

const WRITABLE_TEXT: ReadonlySet<string> = new Set(["PlainText", "RichText"]);

/** One queued change to one control. */
export type Step = {
  control: WordContentControl;
  /** Text replaced (as opposed to a box ticked). */
  text: boolean;
  /** A computed field: locked, written by SOP Assistent only. */
  computed: boolean;
  apply(): void;
};

/**
 * Field ids of multi-line plain-text fields in any template: the controls some Word builds leave out
 * of `getContentControls` (office-js #5899), which a write therefore also asks for by tag.
 */
export const MULTI_LINE_PLAIN: ReadonlySet<string> = new Set(
  Object.values(templates).flatMap((t) =>
    t.fields.filter(({ field }) => field.kind === "text" && field.multiline).map((f) => f.field.id),
  ),
);

/**
 * Works out, for every change, which loaded controls it touches and what to queue on them. Throws
 * (with nothing queued yet) when the document lacks a control or holds one of a type Word cannot
 * write that value into. `byTagToo` holds controls found with `getByTag` that Word's list left out.
 * The returned steps only queue commands; the caller syncs once.
 */
export function planChanges(
  template: Template,
  changes: readonly FieldChange[],
  controls: readonly WordContentControl[],
  byTagToo: ReadonlyMap<string, readonly WordContentControl[]> = new Map(),
): Step[] {
  const byTag = new Map<string, WordContentControl[]>();
  for (const cc of controls) {
    if (cc.tag.startsWith("sop:")) byTag.set(cc.tag, [...(byTag.get(cc.tag) ?? []), cc]);
  }
  const controlsOf = (tag: string, checkbox: boolean): WordContentControl[] => {
    const listed = byTag.get(tag) ?? [];
    const found = listed.length > 0 ? listed : [...(byTagToo.get(tag) ?? [])];
    if (found.length === 0)
      throw new DocumentError("values", `(het document heeft geen veld ${tag})`);
    for (const cc of found) {
      const fits = checkbox ? cc.type === "CheckBox" : WRITABLE_TEXT.has(cc.type);
      if (!fits)
        throw new DocumentError(
          "values",
          `(het veld ${tag} is in dit document een ${cc.type}-besturingselement; SOP Assistent kan daar in Word geen ${checkbox ? "vinkje" : "tekst"} in zetten)`,
        );
    }
    return found;
  };

  const steps: Step[] = [];
  for (const change of changes) {
    const field = template.byId.get(change.field)?.field as Field;
    const value = change.value;
    const computed = field.kind === "computed";
    const tick = (cc: WordContentControl, on: boolean): Step => ({
      control: cc,
      text: false,
      computed,
      apply: () => unlocked(cc, () => (cc.checkboxContentControl.isChecked = on)),
    });
    if (field.kind === "choice") {
      const chosen =
        value === null ? [] : typeof value === "string" ? [value] : (value as string[]);
      for (const option of field.options) {
        for (const cc of controlsOf(`sop:${field.id}=${option.key}`, true))
          steps.push(tick(cc, chosen.includes(option.key)));
      }
    } else if (field.kind === "tick") {
      for (const cc of controlsOf(`sop:${field.id}`, true)) steps.push(tick(cc, value === true));
    } else {
      const text = value === null ? "" : documentText(field, value);
      const placeholder = change.placeholder;
      for (const cc of controlsOf(`sop:${field.id}`, false))
        steps.push({
          control: cc,
          text: true,
          computed,
          apply: () =>
            unlocked(cc, () => {
              cc.insertText(text, "Replace");
              // The hint an empty control shows; "" prints nothing in a finished SOP.
              if (placeholder !== undefined) cc.placeholderText = placeholder;
            }),
        });
    }
  }
  return steps;
}
