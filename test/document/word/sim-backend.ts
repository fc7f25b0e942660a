import type { Document, Element } from "@xmldom/xmldom";
import { DocxPackage } from "../../../src/document/docx/package";
import { findSdts } from "../../../src/document/docx/sdt";
import { setControlChecked, setControlText } from "../../../src/document/docx/write";
import { NS, child, elementChildren } from "../../../src/document/docx/xml";
import type { WordDataChangedArgs } from "../../../src/document/word/api";
import type { Backend, ControlScalars } from "./sim-context";
import { ErrorCodes, OfficeError } from "./sim-errors";
import { WORD_DEFAULT_PLACEHOLDER, profileOf, type Profile } from "./sim-profiles";
import { flatOpc, insertBodyOoxml, sideParts } from "./sim-ooxml";
import { hasDeletions, markTrackedReplacement, textWithDeleted } from "./sim-revisions";
import { TYPE_NEEDS, atLeast, type Sets } from "./sim-sets";
import { describeSdt, readTypedProperties, setLock, wordText, type CustomValue } from "./sim-xml";

export type DataHandler = (args: WordDataChangedArgs) => Promise<unknown>;

/**
 * The simulated Word's document and its Backend: what the proxies ask of Word inside a sync, played
 * over the XML of a real .docx under a behaviour profile (sim-profiles.ts). WordSimulator adds
 * `Word.run`, the host and what a person does.
 */
export abstract class SimBackend implements Backend {
  /** The control last selected with `select()`. */
  selected: { tag: string; title: string } | undefined;
  /** Tracked revisions written inside controls nobody can delete: Word cannot accept them (#2886). */
  readonly stuckRevisions: string[] = [];
  readonly profile: Profile;
  /** Makes `body.getOoxml()` fail, as it can on a large document on the web. */
  ooxmlFails = false;
  /** The documents `Application.createDocument(…).open()` opened, in order. */
  readonly opened: Uint8Array[] = [];

  protected pkg: DocxPackage;
  /** The comments part, which getOoxml sends along under some profiles. */
  private readonly comments: string | undefined;
  protected props: Map<string, { key: string; value: CustomValue }>;
  protected readonly sets: Sets;
  protected mode = "Off";
  /** The control holding the cursor. */
  protected cursor: Element | undefined;
  protected readonly tracked = new WeakSet<Element>();
  private readonly ids = new WeakMap<Element, number>();
  private readonly usedIds = new Set<number>();
  private readonly placeholders = new WeakMap<Element, string>();
  protected readonly dataHandlers = new Map<Element, DataHandler[]>();

  /** A bare set of requirement sets means the favourable profile with those sets. */
  constructor(bytes: Uint8Array, profile?: Sets | Profile) {
    this.pkg = DocxPackage.open(bytes);
    this.comments = sideParts(bytes).comments;
    this.props = readTypedProperties(bytes);
    this.profile = profileOf(profile);
    this.sets = this.profile.sets;
  }

  protected controlByTag(tag: string): Element {
    const found = findSdts(this.pkg.body()).find((s) => s.info.tag === tag);
    if (!found) throw new Error(`No control tagged ${tag}`);
    return found.el;
  }

  /** Word fires onDataChanged for every change, the add-in's own writes too. */
  protected changed(el: Element): void {
    this.pkg.markDocumentChanged();
    if (this.profile.eventsNeedTrack && !this.tracked.has(el)) return;
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
    return this.reachable()
      .filter((s) =>
        wanted
          ? wanted.has(s.info.type) &&
            !(this.profile.dropsMultiLinePlainText && isMultiLinePlainText(s.el))
          : s.info.type !== "PlainText" && s.info.type !== "CheckBox",
      )
      .map((s) => s.el);
  }

  controlsTagged(tag: string): Element[] {
    return this.reachable()
      .filter((s) => s.info.tag === tag)
      .map((s) => s.el);
  }

  /** The controls an add-in can reach: none inside a text box (office-js #2945). */
  private reachable() {
    return findSdts(this.pkg.body()).filter((s) => !inTextBox(s.el));
  }

  control(el: Element): ControlScalars {
    const state = describeSdt(el);
    const { info } = state;
    // Word keeps a control's placeholder when text is typed; the XML only shows it while empty.
    if (info.showingPlaceholder) this.placeholders.set(el, state.text);
    const content = child(el, NS.w, "sdtContent");
    const text =
      this.profile.textIncludesDeleted && content && hasDeletions(content)
        ? textWithDeleted(content)
        : state.text;
    const own = this.placeholders.get(el) ?? "";
    const textual = info.type === "PlainText" || info.type === "RichText";
    const placeholderText =
      this.profile.placeholder === "custom"
        ? own
        : this.profile.placeholder === "empty" || !textual
          ? ""
          : WORD_DEFAULT_PLACEHOLDER;
    return {
      id: this.idOf(el, state.wId),
      tag: info.tag,
      title: info.title,
      text,
      type: info.type,
      subtype: state.subtype,
      placeholderText,
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
    if (this.profile.notAllowedOnLocked && el === this.cursor)
      throw new OfficeError(
        ErrorCodes.generalException,
        `insertText into '${c.tag}', which holds the cursor (office-js #2815).`,
      );
    const before = describeSdt(el).info;
    const own = this.placeholders.get(el);
    setControlText(el, text, {
      rich: c.type === "RichText",
      ...(own ? { placeholder: own.replace(/\r|\v/g, "\n") } : {}),
    });
    if (this.mode !== "Off" && text !== "") {
      markTrackedReplacement(el, before.showingPlaceholder ? "" : before.text);
      if (c.cannotDelete) this.stuckRevisions.push(c.tag);
    }
    this.changed(el);
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
    this.changed(el);
  }

  setCannotEdit(el: Element, cannotEdit: boolean): void {
    setLock(el, cannotEdit, this.control(el).cannotDelete);
    this.pkg.markDocumentChanged();
  }

  setCannotDelete(el: Element, cannotDelete: boolean): void {
    setLock(el, this.control(el).cannotEdit, cannotDelete);
    this.pkg.markDocumentChanged();
  }

  select(el: Element): void {
    const c = this.control(el);
    this.selected = { tag: c.tag, title: c.title };
    this.cursor = el;
  }

  selectAfter(el: Element): void {
    if (this.cursor === el) this.cursor = undefined;
  }

  selectionControl(): Element | undefined {
    return this.cursor;
  }

  track(el: Element): void {
    this.tracked.add(el);
  }

  addDataHandler(el: Element, handler: DataHandler): void {
    this.dataHandlers.set(el, [...(this.dataHandlers.get(el) ?? []), handler]);
  }

  bodyText(): string {
    return wordText(this.pkg.body());
  }

  bodyOoxml(): string {
    if (this.ooxmlFails)
      throw new OfficeError(ErrorCodes.generalException, "getOoxml failed (simulated).");
    return flatOpc(
      this.pkg.document(),
      this.profile.ooxmlComments === "sent" ? this.comments : undefined,
    );
  }

  /**
   * `body.insertOoxml(…, "Replace")`: refused like insertFileFromBase64 on the web while the body
   * holds a date picker or a control that cannot be deleted; otherwise as the profile reads it.
   */
  insertOoxml(ooxml: string): void {
    this.refuseLocked();
    insertBodyOoxml(this.pkg.body(), ooxml, {
      section: this.profile.insertOoxmlSection,
      mode: this.mode,
    });
    this.dataHandlers.clear();
    this.cursor = undefined;
    this.pkg.markDocumentChanged();
  }

  /** `Application.createDocument(base64).open()`: the new document, kept for the tests to read. */
  openDocument(base64: string): void {
    this.opened.push(new Uint8Array(Buffer.from(base64, "base64")));
  }

  private refuseLocked(): void {
    const sdts = findSdts(this.pkg.body());
    if (
      this.profile.notAllowedOnLocked &&
      sdts.some((s) => s.info.type === "DatePicker" || this.control(s.el).cannotDelete)
    )
      throw new OfficeError(
        ErrorCodes.notAllowed,
        "The action isn't supported by Word in this context (locked control or date picker).",
      );
  }

  trackingMode(): string {
    return this.mode;
  }

  setTrackingMode(mode: string): void {
    if (!["Off", "TrackAll", "TrackMineOnly"].includes(mode))
      throw new OfficeError(ErrorCodes.invalidArgument, `No change tracking mode '${mode}'.`);
    this.mode = mode;
  }

  /**
   * `insertFileFromBase64(…, "Replace")`: the file's body replaces ours; properties stay. Through
   * the body, headers and footers are lost (office-js.md); through the document they stay. The web
   * profile refuses either while the body holds a date picker or a control that cannot be deleted.
   */
  replaceBody(base64: string, via: "body" | "document"): void {
    this.refuseLocked();
    const inserted = DocxPackage.open(new Uint8Array(Buffer.from(base64, "base64"))).body();
    const body = this.pkg.body();
    const doc = body.ownerDocument as Document;
    const oldSection = child(body, NS.w, "sectPr");
    const kept =
      via === "document" && oldSection
        ? elementChildren(oldSection).filter(
            (e) => e.localName === "headerReference" || e.localName === "footerReference",
          )
        : [];
    while (body.firstChild) body.removeChild(body.firstChild);
    for (let c = inserted.firstChild; c; c = c.nextSibling)
      body.appendChild(doc.importNode(c, true));
    const section =
      child(body, NS.w, "sectPr") ?? body.appendChild(doc.createElementNS(NS.w, "w:sectPr"));
    for (const ref of kept.reverse()) section.insertBefore(ref, section.firstChild);
    this.dataHandlers.clear();
    this.cursor = undefined;
    this.pkg.markDocumentChanged();
  }

  /** The header and footer references of the body's last section. */
  headerFooterReferences(): string[] {
    const section = child(this.pkg.body(), NS.w, "sectPr");
    return section
      ? elementChildren(section)
          .filter((e) => e.localName === "headerReference" || e.localName === "footerReference")
          .map((e) => e.localName ?? "")
      : [];
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

/** A plain-text control that allows carriage returns (`<w:text w:multiLine="1"/>`). */
function isMultiLinePlainText(el: Element): boolean {
  const pr = child(el, NS.w, "sdtPr");
  const text = pr ? child(pr, NS.w, "text") : undefined;
  const v = text?.getAttributeNS(NS.w, "multiLine");
  return v === "1" || v === "true" || v === "on";
}

function inTextBox(el: Element): boolean {
  for (let p = el.parentNode as Element | null; p; p = p.parentNode as Element | null)
    if (p.localName === "txbxContent") return true;
  return false;
}
