import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplateDocx } from "../../../src/document/docx/build-template";
import { findSdts } from "../../../src/document/docx/sdt";
import { setControlChecked, setControlText } from "../../../src/document/docx/write";
import type { ControlTypeNames, WordContext, WordHost } from "../../../src/document/word/api";
import { templates, type TemplateId } from "../../../src/model";
import { SimBackend } from "./sim-backend";
import { SimContext } from "./sim-context";
import type { Profile } from "./sim-profiles";
import { markTrackedReplacement } from "./sim-revisions";
import { atLeast, type Sets } from "./sim-sets";
import { blankDocx, describeSdt } from "./sim-xml";

/**
 * A simulated Word object model over a real .docx: the document lives as its XML (through our docx
 * engine), every write changes that XML, and `toBytes` gives the document as Word would save it. It
 * behaves like Office.js where the adapter could get it wrong: properties read before `load` and
 * `sync` throw PropertyNotLoaded, commands wait for `sync`, every sync is counted per `Word.run`,
 * `contentControls` leaves out plain-text and checkbox controls (office-js #6144), a control whose
 * content is locked refuses `insertText`, and control types the requirement sets do not cover are
 * refused by `getContentControls`. Where real Word is known to behave worse than its documentation
 * suggests, a named profile (sim-profiles.ts) makes the simulator behave that way too.
 */

export { DESKTOP, OLDEST, WEB, type Sets } from "./sim-sets";
export {
  DESKTOP_PROFILE,
  FAVOURABLE,
  PROFILES,
  WEB_PROFILE,
  WORD_DEFAULT_PLACEHOLDER,
  type Profile,
} from "./sim-profiles";

export const FIXTURES = join(__dirname, "../../fixtures/word");

/** `Word.ContentControlType` as Office.js defines it. */
export const CONTROL_TYPES: ControlTypeNames<string> = {
  richText: "RichText",
  plainText: "PlainText",
  checkBox: "CheckBox",
  dropDownList: "DropDownList",
  comboBox: "ComboBox",
  datePicker: "DatePicker",
  picture: "Picture",
  repeatingSection: "RepeatingSection",
  buildingBlockGallery: "BuildingBlockGallery",
  group: "Group",
};

/** What happened in one `Word.run`. */
export type RunRecord = { syncs: number };

export class WordSimulator extends SimBackend {
  /** Every `Word.run`, in order, with its syncs. */
  readonly runs: RunRecord[] = [];
  private readonly selectionHandlers = new Set<() => void>();
  private readonly active = new Set<Promise<unknown>>();

  static fromTemplate(id: TemplateId, profile?: Sets | Profile): WordSimulator {
    return new WordSimulator(buildTemplateDocx(templates[id]), profile);
  }

  static fromFixture(file: string, profile?: Sets | Profile): WordSimulator {
    return new WordSimulator(readFileSync(join(FIXTURES, file)), profile);
  }

  static blank(profile?: Sets | Profile): WordSimulator {
    return new WordSimulator(blankDocx(), profile);
  }

  /** What the adapter is given: `Word.run`, the type enum, requirement sets, selection events. */
  readonly host: WordHost<string> = {
    run: <T>(batch: (context: WordContext<string>) => Promise<T>) => this.run(batch),
    controlTypes: CONTROL_TYPES,
    isSetSupported: (name, version) => atLeast(this.sets[name], version),
    onSelectionChanged: (handler) => {
      const h = () => handler();
      this.selectionHandlers.add(h);
      return () => this.selectionHandlers.delete(h);
    },
  };

  /** `Word.run`: a fresh context; what is still queued when the batch ends is sent (and counted). */
  run<T>(batch: (context: WordContext<string>) => Promise<T>): Promise<T> {
    const record: RunRecord = { syncs: 0 };
    this.runs.push(record);
    const context = new SimContext(this, () => (record.syncs += 1));
    const done = (async () => {
      try {
        const result = await batch(context);
        if (context.pending) await context.sync();
        return result;
      } finally {
        context.close();
      }
    })();
    this.active.add(done);
    const forget = () => this.active.delete(done);
    done.then(forget, forget);
    return done;
  }

  /** Syncs of the last `Word.run`. */
  get lastSyncs(): number {
    return this.runs.at(-1)?.syncs ?? 0;
  }

  /** Resolves when no `Word.run` is under way (work the adapter started in the background). */
  async idle(): Promise<void> {
    while (this.active.size > 0) await Promise.allSettled([...this.active]);
  }

  /** The document as Word would save it. */
  toBytes(): Uint8Array {
    this.pkg.markDocumentChanged();
    return this.pkg.save();
  }

  /** The saved document opened again in a fresh Word. */
  reopen(): WordSimulator {
    return new WordSimulator(this.toBytes(), this.profile);
  }

  // What a person does in Word.

  /** Types into the first control with this tag and leaves it: Word then fires onDataChanged. */
  userTypes(tag: string, text: string): void {
    const el = this.controlByTag(tag);
    if (this.control(el).cannotEdit) throw new Error(`${tag} is locked; nobody can type in it`);
    const before = describeSdt(el).info;
    setControlText(el, text, { rich: this.control(el).type === "RichText" });
    if (this.mode !== "Off" && text !== "")
      markTrackedReplacement(el, before.showingPlaceholder ? "" : before.text);
    this.changed(el);
  }

  /** Clicks into the control with this tag: it now holds the cursor. */
  userClicksInto(tag: string): void {
    this.cursor = this.controlByTag(tag);
    this.moveSelection();
  }

  /** Review › Track Changes. */
  userTracksChanges(on: boolean): void {
    this.mode = on ? "TrackAll" : "Off";
  }

  /** Clicks the checkbox with this tag. */
  userTicks(tag: string, checked: boolean): void {
    const el = this.controlByTag(tag);
    setControlChecked(el, checked);
    this.changed(el);
  }

  /** Moves the cursor: Office fires DocumentSelectionChanged. */
  moveSelection(): void {
    for (const h of [...this.selectionHandlers]) h();
  }

  /** How many onDataChanged handlers are registered on live controls. */
  get dataHandlerCount(): number {
    const live = new Set(findSdts(this.pkg.body()).map((s) => s.el));
    let n = 0;
    for (const [el, handlers] of this.dataHandlers) if (live.has(el)) n += handlers.length;
    return n;
  }
}
