import type { FieldValue, TemplateId, Values } from "../model";

/**
 * Content control types, named as Office.js `Word.ContentControlType` names them. One more:
 * `RepeatingSectionItem`, the control around each item of a repeating section (`w15:repeatingSectionItem`),
 * which Word's object model names so and which is no rich-text control.
 */
export type ControlType =
  | "PlainText"
  | "RichText"
  | "CheckBox"
  | "DropDownList"
  | "ComboBox"
  | "DatePicker"
  | "Picture"
  | "RepeatingSection"
  | "RepeatingSectionItem"
  | "BuildingBlockGallery"
  | "Group"
  | "Unknown";

/** Where a control stands: around paragraphs, inside a paragraph, around table rows or cells. */
export type ControlLevel = "block" | "inline" | "row" | "cell";

/** Lock state as Word stores it. */
export type ControlLock = "none" | "sdtLocked" | "contentLocked" | "sdtContentLocked";

/** One content control as found in a document, SOP or not. */
export type ControlInfo = {
  tag: string;
  title: string;
  type: ControlType;
  level: ControlLevel;
  /** The text shown, "" while the control shows its placeholder. */
  text: string;
  /** The placeholder text when the control shows it. */
  placeholder?: string;
  showingPlaceholder: boolean;
  /** For checkboxes. */
  checked?: boolean;
  lock: ControlLock;
  /** How many controls this one stands inside. */
  depth: number;
  /** For drop-downs and combo boxes: the items with display text. */
  items?: readonly { text: string; value: string }[];
  /** For date pickers: the date Word stored (`YYYY-MM-DD`). */
  date?: string;
  /** Some of its text is hidden (Word's "Verborgen" font effect) and not read as its value. */
  hiddenText?: boolean;
};

/** The template a document says it follows, or why it follows none. */
export type Detection =
  | { kind: "sop"; template: TemplateId; version: number }
  | { kind: "none" }
  | {
      kind: "unknown";
      template: string;
      version: string;
      problem: "unknown-template" | "unknown-version";
    };

/** Something about the SOP controls that no value can express: a conflict, a stray tag, a wrong type. */
export type ControlProblem =
  | { kind: "duplicate"; tag: string; count: number }
  | { kind: "unknown-tag"; tag: string }
  | { kind: "wrong-type"; tag: string; field: string; expected: string; found: ControlType };

/** What a document holds for SOP Assistent. */
export type SopState = {
  detection: Detection;
  /** The field values read from the `sop:` controls (empty fields left out). */
  values: Values;
  /** Which field ids have a control at all. */
  present: ReadonlySet<string>;
  problems: readonly ControlProblem[];
  /** Field ids whose control holds text hidden with Word's "Verborgen" effect (not read). */
  hiddenText?: ReadonlySet<string>;
};

/**
 * A value to write; null empties the field. `placeholder` is what an emptied text control shows
 * instead of its hint: "" shows nothing, for a finished SOP ("Definitief maken", ADR 0005).
 */
export type FieldChange = { field: string; value: FieldValue | null; placeholder?: string };

/** A document without SOP fields, read as an SOP: what the pane shows before anything changes. */
export type RecognizedSop = {
  template: TemplateId;
  /** The fields whose answer was read, with it, in template order. */
  found: readonly { field: string; value: FieldValue }[];
  /** Fields with a place in the document (answered or empty). */
  placed: number;
  /** Fields the document has no place for. */
  unplaced: readonly string[];
  /** The document names its template but lost its fields (saved by LibreOffice, say). */
  stripped: boolean;
};

/**
 * What a host can do with a recognized SOP; optional, as not every host offers it yet. Each replaces
 * what the port holds, and the pane reads the document again.
 */
export type RecognizingDocument = {
  /** The document read by recognition; undefined when it has SOP fields or follows no template. */
  recognize(): Promise<RecognizedSop | undefined>;
  /**
   * Adds the SOP fields to this document itself (`bind`): every word stays. `addMissing`: the fields
   * the document has no place for get their lines at the end of their section too.
   */
  bindFields(template: TemplateId, options?: { addMissing?: boolean }): Promise<void>;
  /** Continues on a new document of `target` with the recognized (or carried-over) answers. */
  importInto(target: TemplateId): Promise<void>;
};

/** The operations the task pane and the CLI need from a document, whatever holds it (Word or a file). */
export type SopDocument = {
  detect(): Promise<Detection>;
  readAll(): Promise<SopState>;
  /** Writes many values at once; unknown field ids and option keys are refused before anything is written. */
  write(changes: readonly FieldChange[]): Promise<void>;
  /** Puts the cursor on the field's (first) control. */
  select(fieldId: string): Promise<void>;
  /** Calls the listener when the document's SOP values may have changed; returns an unsubscribe. */
  onChange(listener: () => void): () => void;
  /** Whether the document holds any text yet: asked before a template replaces it. */
  hasContent(): Promise<boolean>;
  /** Replaces the document's content with a regional template and marks it as that SOP. */
  startFromTemplate(template: TemplateId): Promise<void>;
  /** What this host cannot do (an older Word without some API), in Dutch, for the pane to say. */
  limitations(): readonly string[];
  /**
   * Opens another .docx beside this one (the one-page summary): a new window in Word, a download in
   * the browser. Absent where a host has no such thing (a file on disk).
   */
  openSeparate?(docx: Uint8Array, name: string): Promise<void>;
} & Partial<RecognizingDocument>;
