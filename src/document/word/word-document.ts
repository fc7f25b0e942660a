import { findTemplate, type Template, type TemplateId } from "../../model";
import { DocumentError } from "../errors";
import type { Detection, FieldChange, SopDocument, SopState } from "../port";
import { detectFrom, parseTag, stateFromControls } from "../state";
import type { WordContext, WordContentControl, WordCustomProperty, WordHost } from "./api";
import { toBase64 } from "./base64";
import { planChanges, validateChanges } from "./changes";
import { READ_PATH, SELECT_PATH, WRITE_PATH, controlInfos, queueControls } from "./controls";
import { limitationsOf } from "./requirements";

export type WordDocumentOptions = {
  /** How long the document must be quiet before listeners hear of a change made in Word (ms). */
  debounceMs?: number;
};

const KEYS = ["SOP.Template", "SOP.TemplateVersion"] as const;

/** Queues the read of the two custom properties that name the template. */
function queueProperties<K extends string>(context: WordContext<K>): WordCustomProperty[] {
  const props = context.document.properties.customProperties;
  return KEYS.map((key) => props.getItemOrNullObject(key).load("value"));
}

/** The detection from the loaded properties (Word gives a number for SOP.TemplateVersion). */
function detection(loaded: WordCustomProperty[]): Detection {
  const found = new Map<string, string>();
  loaded.forEach((p, i) => {
    if (!p.isNullObject) found.set(KEYS[i] as string, String(p.value));
  });
  return detectFrom(found);
}

/** The template a detection names; throws for an unknown template or version, as the .docx adapter does. */
function templateOf(d: Detection): Template | undefined {
  if (d.kind === "none") return undefined;
  if (d.kind === "unknown")
    throw new DocumentError(
      d.problem,
      `(SOP.Template "${d.template}", SOP.TemplateVersion "${d.version}")`,
    );
  return findTemplate(d.template);
}

/**
 * The port over the document open in Word, through Office.js. Every operation is one `Word.run`
 * with a fixed number of syncs, whatever the number of fields: a read is one sync, a write two (read
 * the controls, then send every change at once), so a full SOP costs the same round trips as one
 * field (architecture.md, Word adapter rules).
 */
export class WordDocument<K extends string> implements SopDocument {
  private readonly host: WordHost<K>;
  private readonly debounceMs: number;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopSelection: (() => void) | undefined;
  /** Set once onDataChanged handlers are registered on the current controls. */
  private watching: Promise<void> | undefined;

  constructor(host: WordHost<K>, options: WordDocumentOptions = {}) {
    this.host = host;
    this.debounceMs = options.debounceMs ?? 300;
  }

  async detect(): Promise<Detection> {
    return this.host.run(async (context) => {
      const props = queueProperties(context);
      await context.sync();
      return detection(props);
    });
  }

  async readAll(): Promise<SopState> {
    return this.host.run(async (context) => {
      const props = queueProperties(context);
      const controls = queueControls(context, this.host, READ_PATH, true);
      await context.sync();
      const detected = detection(props);
      const template = templateOf(detected);
      if (!template)
        return { detection: { kind: "none" }, values: {}, present: new Set(), problems: [] };
      return stateFromControls(template, detected, controlInfos(controls));
    });
  }

  async write(changes: readonly FieldChange[]): Promise<void> {
    await this.host.run(async (context) => {
      const props = queueProperties(context);
      const controls = queueControls(context, this.host, WRITE_PATH);
      await context.sync();
      const template = templateOf(detection(props));
      if (!template)
        throw new DocumentError(
          "unknown-template",
          "Het document is geen SOP (SOP.Template ontbreekt).",
        );
      validateChanges(template, changes);
      const steps = planChanges(template, changes, controls.all.items);
      if (steps.length === 0) return;
      for (const step of steps) step();
      await context.sync();
    });
    this.notify();
  }

  async select(fieldId: string): Promise<void> {
    await this.host.run(async (context) => {
      const { all } = queueControls(context, this.host, SELECT_PATH);
      await context.sync();
      const control = all.items.find((cc) => parseTag(cc.tag)?.field === fieldId);
      if (!control) throw new DocumentError("values", `(het document heeft geen veld ${fieldId})`);
      control.select();
      await context.sync();
    });
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.startWatching();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stopWatching();
    };
  }

  async hasContent(): Promise<boolean> {
    return this.host.run(async (context) => {
      const body = context.document.body.load("text");
      await context.sync();
      return body.text.trim() !== "";
    });
  }

  async startFromTemplate(id: TemplateId): Promise<void> {
    const template = findTemplate(id);
    if (!template) throw new DocumentError("unknown-template", `(${id})`);
    // Loaded only here: the template builder brings the XML and zip code the pane needs nowhere else.
    const { buildTemplateDocx } = await import("../docx/build-template");
    const file = toBase64(buildTemplateDocx(template));
    await this.host.run(async (context) => {
      context.document.body.insertFileFromBase64(file, "Replace");
      const props = context.document.properties.customProperties;
      props.add("SOP.Template", template.id);
      props.add("SOP.TemplateVersion", template.version);
      await context.sync();
    });
    // The controls are new: their change handlers must be registered again.
    this.watching = undefined;
    if (this.listeners.size > 0) this.watchControls();
    this.notify();
  }

  limitations(): readonly string[] {
    return limitationsOf(this.host);
  }

  /** Opens the bytes as a new document in its own Word window; this document stays as it is. */
  async openSeparate(docx: Uint8Array): Promise<void> {
    const file = toBase64(docx);
    await this.host.run(async (context) => {
      if (!context.application)
        throw new Error(
          "Deze versie van Word kan vanuit SOP Assistent geen nieuw document openen.",
        );
      context.application.createDocument(file).open();
      await context.sync();
    });
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Changes made in Word arrive in bursts (typing, several events per edit): tell listeners once. */
  private schedule(): void {
    if (this.listeners.size === 0) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.notify();
    }, this.debounceMs);
  }

  /**
   * Both signals, because neither is enough alone (office-js.md): `onDataChanged` fires only when the
   * user leaves a control on Windows and Mac, and not on undo in older builds; a selection change
   * catches the rest.
   */
  private startWatching(): void {
    this.stopSelection = this.host.onSelectionChanged(() => this.schedule());
    this.watchControls();
  }

  private stopWatching(): void {
    this.stopSelection?.();
    this.stopSelection = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Registers onDataChanged on every SOP control, once per set of controls. The handlers stay for
   * the life of the document and do nothing while nobody listens; if registering fails (an older
   * Word), the selection signal still works.
   */
  private watchControls(): void {
    if (this.watching || !this.host.isSetSupported("WordApi", "1.5")) return;
    this.watching = this.host
      .run(async (context) => {
        const { all } = queueControls(context, this.host, SELECT_PATH);
        await context.sync();
        const sop = all.items.filter((cc: WordContentControl) => cc.tag.startsWith("sop:"));
        for (const cc of sop) cc.onDataChanged.add(async () => this.schedule());
        await context.sync();
      })
      .catch(() => undefined);
  }
}
