import {
  findTemplate,
  type Field,
  type FieldValue,
  type Template,
  type TemplateId,
} from "../../model";
import { DocumentError } from "../errors";
import { documentText } from "../format";
import type { ControlInfo, Detection, FieldChange, SopDocument, SopState } from "../port";
import { detectFrom, parseTag, stateFromControls } from "../state";
import { validateChanges } from "../validate";
import { buildTemplateDocx } from "./build-template";
import { DocxPackage, type SaveOptions } from "./package";
import { scanControls } from "./scan";
import { findSdts, type Sdt } from "./sdt";
import { hasTrackedChanges, setControlChecked, setControlText } from "./write";
import { checkAndRefresh, keepCopies, restoreCopies } from "./write-check";

/** How a write may go further than by default. */
export type WriteOptions = {
  /** Overwrite a field that holds someone's tracked changes (refused otherwise). */
  overwriteTrackedChanges?: boolean;
};

/** One control to change, and how. */
type Step = { sdt: Sdt; apply: () => void };

/** The port over a .docx file held in memory; runs in Node and in the browser. */
export class DocxDocument implements SopDocument {
  private pkg: DocxPackage;
  private sdts: Sdt[] | undefined;
  private scanned: ControlInfo[];
  /** What the custom properties say, read once per package (a check asks four times). */
  private detection: Detection | undefined;
  private readonly listeners = new Set<() => void>();

  /** Opens a .docx; throws a DocumentError naming the problem for anything it cannot read. */
  constructor(bytes: Uint8Array) {
    this.pkg = DocxPackage.open(bytes);
    this.scanned = scanControls(this.pkg.documentBytes(), this.pkg.main.document);
  }

  /** Every content control in the body, in document order (nested ones after their parent). */
  controls(): ControlInfo[] {
    return this.scanned;
  }

  /** The same controls read through the DOM that writing uses (a test holds the two readers equal). */
  controlsFromDom(): ControlInfo[] {
    return this.sdtList().map((s) => s.info);
  }

  private sdtList(): Sdt[] {
    this.sdts ??= findSdts(this.pkg.body(), this.pkg.main.document);
    return this.sdts;
  }

  detectSync(): Detection {
    this.detection ??= detectFrom(this.pkg.customProperties());
    return this.detection;
  }

  async detect(): Promise<Detection> {
    return this.detectSync();
  }

  /** The template the document follows; throws for an unknown template or version. */
  template(): Template | undefined {
    const detection = this.detectSync();
    if (detection.kind === "none") return undefined;
    if (detection.kind === "unknown") {
      throw new DocumentError(
        detection.problem,
        `(SOP.Template "${detection.template}", SOP.TemplateVersion "${detection.version}")`,
      );
    }
    return findTemplate(detection.template);
  }

  readSync(): SopState {
    const template = this.template();
    if (!template)
      return { detection: { kind: "none" }, values: {}, present: new Set(), problems: [] };
    return stateFromControls(template, this.detectSync(), this.controls());
  }

  async readAll(): Promise<SopState> {
    return this.readSync();
  }

  /** Validates and writes values; nothing is written when any value is refused. */
  writeSync(changes: readonly FieldChange[], options: WriteOptions = {}): void {
    const template = this.template();
    if (!template)
      throw new DocumentError(
        "unknown-template",
        "Het document is geen SOP (SOP.Template ontbreekt).",
      );
    validateChanges(template, changes);
    const byTag = new Map<string, Sdt[]>();
    for (const s of this.sdtList()) {
      if (s.info.tag.startsWith("sop:"))
        byTag.set(s.info.tag, [...(byTag.get(s.info.tag) ?? []), s]);
    }
    const plan: Step[] = [];
    for (const change of changes) {
      const field = template.byId.get(change.field)?.field as Field;
      plan.push(...this.planChange(field, change.value, byTag, options, change.placeholder));
    }
    // Only the controls written are read again and re-parsed, not the whole document (ADR 0020);
    // a write that fails that check is undone, so the document is never left half written.
    const sdts = this.sdtList();
    const changed = new Set(plan.map((step) => step.sdt.el));
    const copies = keepCopies(sdts, changed);
    try {
      for (const step of plan) step.apply();
      this.sdts = checkAndRefresh(sdts, changed, this.pkg.main.document);
    } catch (error) {
      restoreCopies(copies);
      this.sdts = undefined;
      throw error;
    }
    this.pkg.markDocumentChanged({ checked: true });
    this.scanned = this.sdts.map((s) => s.info);
    for (const l of this.listeners) l();
  }

  private planChange(
    field: Field,
    value: FieldValue | null,
    byTag: Map<string, Sdt[]>,
    options: WriteOptions,
    placeholder?: string,
  ): Step[] {
    const name = `"${field.short ?? field.label}" (${field.id})`;
    const controlsOf = (tag: string, tick: boolean) => {
      const found = byTag.get(tag);
      if (!found || found.length === 0)
        throw new DocumentError("values", `(het document heeft geen veld ${tag})`);
      for (const s of found) {
        // A tick into a text, or text into a checkbox, would destroy the control: a conflict.
        if (tick !== (s.info.type === "CheckBox"))
          throw new DocumentError(
            "conflict",
            tick
              ? `Het veld ${name} is in dit document geen selectievakje (${tag}); er is niets aangevinkt of geschreven.`
              : `Het veld ${name} is in dit document een selectievakje (${tag}); er kan geen tekst in en er is niets geschreven.`,
          );
        if (!options.overwriteTrackedChanges && hasTrackedChanges(s.el))
          throw new DocumentError("tracked-changes", `(veld ${name})`);
      }
      return found;
    };
    if (field.kind === "choice") {
      const chosen =
        value === null ? [] : typeof value === "string" ? [value] : (value as readonly string[]);
      return field.options.flatMap((o) =>
        controlsOf(`sop:${field.id}=${o.key}`, true).map((s) => ({
          sdt: s,
          apply: () => setControlChecked(s.el, chosen.includes(o.key)),
        })),
      );
    }
    if (field.kind === "tick")
      return controlsOf(`sop:${field.id}`, true).map((s) => ({
        sdt: s,
        apply: () => setControlChecked(s.el, value === true),
      }));
    const targets = controlsOf(`sop:${field.id}`, false);
    const text = value === null ? "" : documentText(field, value);
    return targets.map((s) => ({
      sdt: s,
      apply: () =>
        setControlText(s.el, text, {
          rich: s.info.type === "RichText",
          ...(placeholder !== undefined
            ? { placeholder }
            : field.hint !== undefined
              ? { placeholder: field.hint }
              : s.info.placeholder
                ? { placeholder: s.info.placeholder }
                : {}),
        }),
    }));
  }

  async write(changes: readonly FieldChange[]): Promise<void> {
    this.writeSync(changes);
  }

  /** A file has no cursor: selecting only checks that the field has a control. */
  async select(fieldId: string): Promise<void> {
    const known = this.scanned.some((c) => parseTag(c.tag)?.field === fieldId);
    if (!known) throw new DocumentError("values", `(het document heeft geen veld ${fieldId})`);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async hasContent(): Promise<boolean> {
    return (
      this.scanned.length > 0 ||
      /<w:t[ >][^<]*\S/.test(new TextDecoder().decode(this.pkg.documentBytes()))
    );
  }

  /** Replaces the whole file (bind, import), as the person asked in the pane. */
  replaceWith(bytes: Uint8Array): void {
    this.pkg = DocxPackage.open(bytes);
    this.detection = undefined;
    this.sdts = undefined;
    this.scanned = scanControls(this.pkg.documentBytes(), this.pkg.main.document);
    for (const l of this.listeners) l();
  }

  /** A file is replaced whole by the template (the browser edition's "Nieuw SOP"). */
  async startFromTemplate(id: TemplateId): Promise<void> {
    const template = findTemplate(id);
    if (!template) throw new DocumentError("unknown-template", `(${id})`);
    this.pkg = DocxPackage.open(buildTemplateDocx(template));
    this.detection = undefined;
    this.sdts = undefined;
    this.scanned = scanControls(this.pkg.documentBytes(), this.pkg.main.document);
    for (const l of this.listeners) l();
  }

  limitations(): readonly string[] {
    return [];
  }

  setTemplate(template: Template): void {
    this.detection = undefined;
    this.pkg.setCustomProperties([
      ["SOP.Template", template.id],
      ["SOP.TemplateVersion", template.version],
    ]);
  }

  /** word/document.xml as it stands now (for a preview), without zipping the whole file. */
  documentXml(): Uint8Array {
    return this.pkg.documentBytes();
  }

  /** The document as .docx bytes (optionally without parts that are damaged). */
  toBytes(options: SaveOptions = {}): Uint8Array {
    return this.pkg.save(
      options,
      this.sdts?.map((s) => s.info),
    );
  }

  /** The same, in steps the page can draw between: `onProgress` gets 0 to 1. */
  toBytesAsync(
    options: SaveOptions = {},
    onProgress: (done: number) => void = () => undefined,
  ): Promise<Uint8Array> {
    return this.pkg.saveAsync(
      options,
      this.sdts?.map((s) => s.info),
      onProgress,
    );
  }
}
