import type { Document, Element } from "@xmldom/xmldom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplateDocx } from "../../../src/document/docx/build-template";
import { DocxPackage } from "../../../src/document/docx/package";
import { findSdts } from "../../../src/document/docx/sdt";
import { setControlChecked, setControlText } from "../../../src/document/docx/write";
import type {
  ControlTypeNames,
  WordContext,
  WordDataChangedArgs,
  WordHost,
} from "../../../src/document/word/api";
import { templates, type TemplateId } from "../../../src/model";
import type { Backend, ControlScalars } from "./sim-context";
import { SimContext } from "./sim-context";
import { ErrorCodes, OfficeError } from "./sim-errors";
import { DESKTOP, TYPE_NEEDS, atLeast, type Sets } from "./sim-sets";
import {
  blankDocx,
  describeSdt,
  readTypedProperties,
  setLock,
  wordText,
  type CustomValue,
} from "./sim-xml";

/**
 * A simulated Word object model over a real .docx: the document lives as its XML (through our docx
 * engine), every write changes that XML, and `toBytes` gives the document as Word would save it. It
 * behaves like Office.js where the adapter could get it wrong: properties read before `load` and
 * `sync` throw PropertyNotLoaded, commands wait for `sync`, every sync is counted per `Word.run`,
 * `contentControls` leaves out plain-text and checkbox controls (office-js #6144), a control whose
 * content is locked refuses `insertText`, and control types the requirement sets do not cover are
 * refused by `getContentControls`.
 */

export { DESKTOP, OLDEST, WEB, type Sets } from "./sim-sets";

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

type DataHandler = (args: WordDataChangedArgs) => Promise<unknown>;

export class WordSimulator implements Backend {
  /** Every `Word.run`, in order, with its syncs. */
  readonly runs: RunRecord[] = [];
  /** The control last selected with `select()`. */
  selected: { tag: string; title: string } | undefined;

  private pkg: DocxPackage;
  private props: Map<string, { key: string; value: CustomValue }>;
  private readonly sets: Sets;
  private readonly ids = new WeakMap<Element, number>();
  private readonly usedIds = new Set<number>();
  private readonly placeholders = new WeakMap<Element, string>();
  private readonly dataHandlers = new Map<Element, DataHandler[]>();
  private readonly selectionHandlers = new Set<() => void>();
  private readonly active = new Set<Promise<unknown>>();

  constructor(bytes: Uint8Array, sets: Sets = DESKTOP) {
    this.pkg = DocxPackage.open(bytes);
    this.props = readTypedProperties(bytes);
    this.sets = sets;
  }

  static fromTemplate(id: TemplateId, sets?: Sets): WordSimulator {
    return new WordSimulator(buildTemplateDocx(templates[id]), sets);
  }

  static fromFixture(file: string, sets?: Sets): WordSimulator {
    return new WordSimulator(readFileSync(join(FIXTURES, file)), sets);
  }

  static blank(sets?: Sets): WordSimulator {
    return new WordSimulator(blankDocx(), sets);
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
    return new WordSimulator(this.toBytes(), this.sets);
  }

  // What a person does in Word.

  /** Types into the first control with this tag and leaves it: Word then fires onDataChanged. */
  userTypes(tag: string, text: string): void {
    const el = this.controlByTag(tag);
    if (this.control(el).cannotEdit) throw new Error(`${tag} is locked; nobody can type in it`);
    setControlText(el, text, { rich: this.control(el).type === "RichText" });
    this.changed(el);
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

  private controlByTag(tag: string): Element {
    const found = findSdts(this.pkg.body()).find((s) => s.info.tag === tag);
    if (!found) throw new Error(`No control tagged ${tag}`);
    return found.el;
  }

  private changed(el: Element): void {
    this.pkg.markDocumentChanged();
    const id = this.control(el).id;
    for (const handler of this.dataHandlers.get(el) ?? [])
      void Promise.resolve().then(() =>
        handler({ eventType: "ContentControlDataChanged", ids: [id] } as WordDataChangedArgs),
      );
  }

  // The Backend the proxies call, inside a sync.

  controls(types: readonly string[] | "legacy"): Element[] {
    if (types !== "legacy") {
      for (const type of types) {
        const needs = TYPE_NEEDS[type];
        if (!needs || !atLeast(this.sets[needs[0]], needs[1]))
          throw new OfficeError(
            ErrorCodes.invalidArgument,
            `getContentControls: this Word does not know the type '${type}'.`,
          );
      }
    }
    const wanted = types === "legacy" ? undefined : new Set(types);
    return findSdts(this.pkg.body())
      .filter((s) =>
        wanted
          ? wanted.has(s.info.type)
          : s.info.type !== "PlainText" && s.info.type !== "CheckBox",
      )
      .map((s) => s.el);
  }

  control(el: Element): ControlScalars {
    const state = describeSdt(el);
    const { info } = state;
    // Word keeps a control's placeholder when text is typed; the XML only shows it while empty.
    if (info.showingPlaceholder) this.placeholders.set(el, state.text);
    return {
      id: this.idOf(el, state.wId),
      tag: info.tag,
      title: info.title,
      text: state.text,
      type: info.type,
      subtype: state.subtype,
      placeholderText: this.placeholders.get(el) ?? "",
      cannotEdit: state.cannotEdit,
      cannotDelete: state.cannotDelete,
      isChecked: info.type === "CheckBox" ? info.checked === true : undefined,
    };
  }

  /** Word's id of a control: its `w:id`, or a new one when it has none or shares it. */
  private idOf(el: Element, wId: number | undefined): number {
    let id = this.ids.get(el);
    if (id === undefined) {
      id = wId !== undefined && !this.usedIds.has(wId) ? wId : 1;
      while (this.usedIds.has(id)) id += 1;
      this.usedIds.add(id);
      this.ids.set(el, id);
    }
    return id;
  }

  insertText(el: Element, text: string): void {
    const c = this.control(el);
    if (c.cannotEdit)
      throw new OfficeError(
        ErrorCodes.accessDenied,
        `The content control '${c.tag}' cannot be edited (its contents are locked).`,
      );
    if (c.type !== "PlainText" && c.type !== "RichText")
      throw new OfficeError(ErrorCodes.generalException, `insertText into a ${c.type} control.`);
    setControlText(el, text, {
      rich: c.type === "RichText",
      ...(c.placeholderText !== ""
        ? { placeholder: c.placeholderText.replace(/\r|\v/g, "\n") }
        : {}),
    });
    this.pkg.markDocumentChanged();
  }

  /** As Word: the new placeholder shows at once in a control that is empty. */
  setPlaceholderText(el: Element, text: string): void {
    const c = this.control(el);
    const empty = c.text === "" || describeSdt(el).info.showingPlaceholder;
    this.placeholders.set(el, text);
    if (empty) setControlText(el, "", { rich: c.type === "RichText", placeholder: text });
    this.pkg.markDocumentChanged();
  }

  setChecked(el: Element, checked: boolean): void {
    const c = this.control(el);
    if (c.type !== "CheckBox")
      throw new OfficeError(
        ErrorCodes.generalException,
        `${c.tag} is a ${c.type}, not a checkbox.`,
      );
    if (c.cannotEdit)
      throw new OfficeError(ErrorCodes.accessDenied, `The checkbox '${c.tag}' is locked.`);
    setControlChecked(el, checked);
    this.pkg.markDocumentChanged();
  }

  setCannotEdit(el: Element, cannotEdit: boolean): void {
    setLock(el, cannotEdit, this.control(el).cannotDelete);
    this.pkg.markDocumentChanged();
  }

  select(el: Element): void {
    const c = this.control(el);
    this.selected = { tag: c.tag, title: c.title };
  }

  addDataHandler(el: Element, handler: DataHandler): void {
    this.dataHandlers.set(el, [...(this.dataHandlers.get(el) ?? []), handler]);
  }

  bodyText(): string {
    return wordText(this.pkg.body());
  }

  /** `body.insertFileFromBase64(…, "Replace")`: the file's body replaces ours; properties stay. */
  replaceBody(base64: string): void {
    const inserted = DocxPackage.open(new Uint8Array(Buffer.from(base64, "base64"))).body();
    const body = this.pkg.body();
    const doc = body.ownerDocument as Document;
    while (body.firstChild) body.removeChild(body.firstChild);
    for (let c = inserted.firstChild; c; c = c.nextSibling)
      body.appendChild(doc.importNode(c, true));
    this.dataHandlers.clear();
    this.pkg.markDocumentChanged();
  }

  property(key: string): { key: string; value: CustomValue } | undefined {
    return this.props.get(key.toLowerCase());
  }

  properties(): { key: string; value: CustomValue }[] {
    return [...this.props.values()];
  }

  setProperty(key: string, value: unknown): void {
    if (typeof value !== "string" && !(typeof value === "number" && Number.isInteger(value)))
      throw new Error("The simulator stores text and whole numbers as custom properties.");
    const existing = this.props.get(key.toLowerCase());
    const name = existing?.key ?? key;
    this.props.set(key.toLowerCase(), { key: name, value });
    this.pkg.setCustomProperties([[name, value]]);
  }
}
