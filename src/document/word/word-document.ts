import { findTemplate, type TemplateId } from "../../model";
import { toBase64 } from "./base64";
import { DocumentError } from "../errors";
import type {
  Detection,
  FieldChange,
  RecognizedSop,
  RecognizingDocument,
  SopDocument,
  SopState,
} from "../port";
import { parseTag } from "../state";
import type { WordContentControl, WordContentControlCollection, WordHost } from "./api";
import { MULTI_LINE_PLAIN, planChanges, validateChanges, type Step } from "./changes";
import { SELECT_PATH, WRITE_PATH, queueControls } from "./controls";
import { detection, queueProperties, templateOf } from "./properties";
import { readDocument, tracking } from "./read";
import { limitationsOf } from "./requirements";
import { insertTemplate } from "./start";
import { ChangeWatch } from "./watch";

export type WordDocumentOptions = {
  /** How long the document must be quiet before listeners hear of a change made in Word (ms). */
  debounceMs?: number;
};

/**
 * The port over the document open in Word, through Office.js. Every operation is one `Word.run`
 * with a fixed number of syncs, whatever the number of fields: a read is one sync, a write two (read
 * the controls, then send every change at once), so a full SOP costs the same round trips as one
 * field (architecture.md, Word adapter rules).
 */
export class WordDocument<K extends string> implements SopDocument, RecognizingDocument {
  private readonly host: WordHost<K>;
  private readonly listeners = new Set<() => void>();
  private readonly watch: ChangeWatch<K>;
  /** What the last read found that the pane should say (Dutch sentences). */
  private notices: readonly string[] = [];

  constructor(host: WordHost<K>, options: WordDocumentOptions = {}) {
    this.host = host;
    this.watch = new ChangeWatch(host, options.debounceMs ?? 300, () => this.notify());
  }

  async detect(): Promise<Detection> {
    return this.host.run(async (context) => {
      const props = queueProperties(context);
      await context.sync();
      return detection(props);
    });
  }

  async readAll(): Promise<SopState> {
    const { state, notices } = await readDocument(this.host);
    this.notices = notices;
    return state;
  }

  /**
   * Two syncs: the controls, the tracking mode and the cursor's control, then every change at once.
   * With Track Changes on, the changes are tracked like a person's; computed fields are written with
   * tracking off for the moment, because a revision inside a locked control can be neither accepted
   * nor rejected (office-js #2886). A control that holds the cursor is written after the cursor is
   * moved just behind it: writing into it throws on the web (office-js #2815).
   */
  async write(changes: readonly FieldChange[]): Promise<void> {
    await this.host.run(async (context) => {
      const props = queueProperties(context);
      const controls = queueControls(context, this.host, WRITE_PATH);
      const document = context.document.load("changeTrackingMode");
      const cursor = context.document.getSelection().parentContentControlOrNullObject.load("id");
      const byTag = new Map<string, WordContentControlCollection>();
      for (const { field } of changes)
        if (MULTI_LINE_PLAIN.has(field) && !byTag.has(`sop:${field}`))
          byTag.set(
            `sop:${field}`,
            context.document.contentControls.getByTag(`sop:${field}`).load(WRITE_PATH),
          );
      await context.sync();
      const template = templateOf(detection(props));
      if (!template)
        throw new DocumentError(
          "unknown-template",
          "Het document is geen SOP (SOP.Template ontbreekt).",
        );
      validateChanges(template, changes);
      const extra = new Map<string, WordContentControl[]>();
      for (const [tag, found] of byTag) extra.set(tag, found.items);
      const steps = planChanges(template, changes, controls.all.items, extra);
      if (steps.length === 0) return;
      const holder = cursor.isNullObject ? undefined : cursor.id;
      const atCursor = steps.find((s) => s.text && s.control.id === holder);
      atCursor?.control.getRange("After").select();
      this.watch.wrote(steps.map((s) => s.control.id));
      const mode = document.changeTrackingMode;
      const queue = (list: Step[]) => list.forEach((s) => s.apply());
      const computed = steps.filter((s) => s.computed);
      if (tracking(mode) && computed.length > 0) {
        context.document.changeTrackingMode = "Off";
        queue(computed);
        context.document.changeTrackingMode = mode;
        queue(steps.filter((s) => !s.computed));
      } else {
        queue(steps);
      }
      await context.sync();
      this.watch.wrote(steps.map((s) => s.control.id));
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
    if (this.listeners.size === 1) this.watch.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.watch.stop();
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
    await insertTemplate(this.host, template);
    // The controls are new: their change handlers must be registered again.
    this.watch.renew(this.listeners.size > 0);
    this.notify();
  }

  /**
   * The document read by recognition (one sync), when it has no SOP fields of its own. The
   * recognizer is loaded only here: a document of ours never needs it.
   */
  async recognize(): Promise<RecognizedSop | undefined> {
    const { recognizeInWord } = await import("./recognizing");
    return recognizeInWord(this.host);
  }

  /** Adds the SOP fields to this document (two syncs, one step for Word's Undo; ADR 0018). */
  async bindFields(template: TemplateId, options: { addMissing?: boolean } = {}): Promise<void> {
    const { bindInWord } = await import("./recognizing");
    await bindInWord(this.host, template, options);
    this.watch.renew(this.listeners.size > 0);
    this.notify();
  }

  /** Opens a new document of `target` with the answers, in its own window; this one stays. */
  async importInto(target: TemplateId): Promise<void> {
    const { importInWord } = await import("./recognizing");
    await importInWord(this.host, target);
  }

  /** What this Word cannot do, and what the last read found about this document (tracked changes…). */
  limitations(): readonly string[] {
    return [...limitationsOf(this.host), ...this.notices];
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
}
