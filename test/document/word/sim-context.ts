import type { Element } from "@xmldom/xmldom";
import type {
  WordApplication,
  WordContext,
  WordDataChangedArgs,
} from "../../../src/document/word/api";
import { SimDocument } from "./sim-document";
import { ErrorCodes, OfficeError } from "./sim-errors";
import type { Profile } from "./sim-profiles";
import type { CustomValue } from "./sim-xml";

/** What the proxies ask of the simulated document (the simulator implements it over the XML). */
export type Backend = {
  readonly profile: Profile;
  /** The controls `getContentControls({ types })` gives, in document order; "legacy" for `contentControls`. */
  controls(types: readonly string[] | "legacy"): Element[];
  /** `contentControls.getByTag(tag)`. */
  controlsTagged(tag: string): Element[];
  control(el: Element): ControlScalars;
  insertText(el: Element, text: string): void;
  setChecked(el: Element, checked: boolean): void;
  setCannotEdit(el: Element, cannotEdit: boolean): void;
  setCannotDelete(el: Element, cannotDelete: boolean): void;
  setPlaceholderText(el: Element, text: string): void;
  select(el: Element): void;
  /** Puts the cursor just after the control. */
  selectAfter(el: Element): void;
  /** The control that holds the cursor, if any. */
  selectionControl(): Element | undefined;
  track(el: Element): void;
  addDataHandler(el: Element, handler: (args: WordDataChangedArgs) => Promise<unknown>): void;
  bodyText(): string;
  /** `body.getOoxml()`: the body as a flat OPC package. */
  bodyOoxml(): string;
  trackingMode(): string;
  setTrackingMode(mode: string): void;
  replaceBody(base64: string, via: "body" | "document"): void;
  /** `body.insertOoxml(…, "Replace")`. */
  insertOoxml(ooxml: string): void;
  /** `Application.createDocument(base64).open()`. */
  openDocument(base64: string): void;
  property(key: string): { key: string; value: CustomValue } | undefined;
  properties(): { key: string; value: CustomValue }[];
  setProperty(key: string, value: unknown): void;
};

/** The scalar properties of a content control, as Word would send them. */
export type ControlScalars = {
  id: number;
  tag: string;
  title: string;
  text: string;
  type: string;
  subtype: string;
  placeholderText: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  /** For checkboxes. */
  isChecked: boolean | undefined;
};

/** One round of queued commands, sent to the simulated Word on `sync()`. */
export class SimContext implements WordContext<string> {
  readonly document: SimDocument;
  private queue: (() => void)[] = [];
  private closed = false;

  constructor(
    readonly backend: Backend,
    private readonly onSync: () => void,
  ) {
    this.document = new SimDocument(this);
  }

  enqueue(command: () => void): void {
    if (this.closed)
      throw new OfficeError(
        ErrorCodes.invalidRequestContext,
        "The request context of this Word.run has ended; use the objects inside their run.",
      );
    this.queue.push(command);
  }

  /** WordApi 1.3: opens another document in its own window (the simulator keeps its bytes). */
  readonly application: WordApplication = {
    createDocument: (base64) => ({
      open: () => this.enqueue(() => this.backend.openDocument(base64)),
    }),
  };

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /**
   * Sends the queue: commands run in order, loads take the document as it is at that point. As in
   * Word, a failing command rejects the sync; those before it stay done, those after it are dropped.
   */
  async sync(): Promise<void> {
    if (this.closed)
      throw new OfficeError(ErrorCodes.invalidRequestContext, "This Word.run has ended.");
    this.onSync();
    const commands = this.queue;
    this.queue = [];
    await Promise.resolve(); // a round trip: other code runs meanwhile, as with Word
    for (const command of commands) command();
  }

  close(): void {
    this.closed = true;
  }
}
