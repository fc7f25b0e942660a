import type { FieldValue, TemplateId, Values } from "../model";

/** Content control types, named as Office.js `Word.ContentControlType` names them. */
export type ControlType =
  | "PlainText"
  | "RichText"
  | "CheckBox"
  | "DropDownList"
  | "ComboBox"
  | "DatePicker"
  | "Picture"
  | "RepeatingSection"
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

/** A value to write; null empties the field. */
export type FieldChange = { field: string; value: FieldValue | null };

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
};
