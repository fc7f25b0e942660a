/**
 * The part of the Word JavaScript API (Office.js) the adapter uses, as structural types. Office.js's
 * own objects fit these types (host.ts passes `Word.run` in, and the compiler checks that it fits);
 * the tests pass a simulated Word object model instead. Names and shapes follow Office.js exactly.
 */

/** `Word.ContentControlType` values (and the subtypes Word reports in `subtype`). */
export type WordControlType =
  | "Unknown"
  | "RichTextInline"
  | "RichTextParagraphs"
  | "RichTextTableCell"
  | "RichTextTableRow"
  | "RichTextTable"
  | "PlainTextInline"
  | "PlainTextParagraph"
  | "Picture"
  | "BuildingBlockGallery"
  | "CheckBox"
  | "ComboBox"
  | "DropDownList"
  | "DatePicker"
  | "RepeatingSection"
  | "RichText"
  | "PlainText"
  | "Group";

/**
 * The `Word.ContentControlType` members the adapter asks for. Office.js types `getContentControls`
 * with its enum, which no string literal fits, so the host passes the enum in (`K` is
 * `Word.ContentControlType` in Word, a string literal in the simulator) and the real `Word.run` still
 * type-checks against these types.
 */
export type ControlTypeNames<K extends string> = {
  readonly richText: K;
  readonly plainText: K;
  readonly checkBox: K;
  readonly dropDownList: K;
  readonly comboBox: K;
  readonly datePicker: K;
  readonly picture: K;
  readonly repeatingSection: K;
  readonly buildingBlockGallery: K;
  readonly group: K;
};

/** `Word.ContentControlOptions`. */
export type WordControlOptions<K extends string> = { types: K[] };

/** The event arguments of `ContentControl.onDataChanged` that the adapter may look at. */
export type WordDataChangedArgs = { readonly eventType?: string; readonly ids?: number[] };

/** `OfficeExtension.ClientResult`: a value that can be read after the sync that fetched it. */
export type WordResult<T> = { readonly value: T };

/** `Word.RangeLocation` values the adapter uses. */
export type WordRangeLocation = "Whole" | "Start" | "End" | "Before" | "After" | "Content";

/** A `Word.Range`: where the cursor is, and what holds it. */
export type WordRange = {
  /** WordApi 1.3. */
  readonly parentContentControlOrNullObject: WordNullableControl;
  select(): void;
};

/** `Document.insertFileFromBase64` options (WordApi 1.5). */
export type WordInsertFileOptions = {
  importStyles?: boolean;
  importCustomProperties?: boolean;
  importParagraphSpacing?: boolean;
};

export type WordCheckbox = {
  isChecked: boolean;
};

export type WordContentControl = {
  readonly id: number;
  readonly tag: string;
  readonly title: string;
  readonly text: string;
  /** A `WordControlType`; a string, for the reason given at ControlTypeNames. */
  readonly type: string;
  readonly subtype: string;
  /** Settable since WordApi 1.1: "" for a finished SOP that prints no hint (ADR 0005). */
  placeholderText: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  /** WordApi 1.7: the checkbox state; only meaningful for a CheckBox control. */
  readonly checkboxContentControl: WordCheckbox;
  /** WordApi 1.5. */
  readonly onDataChanged: {
    add(handler: (args: WordDataChangedArgs) => Promise<unknown>): unknown;
  };
  insertText(text: string, insertLocation: "Replace"): unknown;
  select(): void;
  /** WordApi 1.1. */
  getRange(location: WordRangeLocation): WordRange;
  /** Adds the proxy to the tracked objects: content control events need it (Word add-in events docs). */
  track(): unknown;
};

/** A control proxy that may be a null object (`…OrNullObject`). */
export type WordNullableControl = {
  readonly isNullObject: boolean;
  readonly id: number;
  load(propertyNames: string): WordNullableControl;
};

export type WordContentControlCollection = {
  readonly items: WordContentControl[];
  load(propertyNames: string): WordContentControlCollection;
  /** WordApi 1.1. */
  getByTag(tag: string): WordContentControlCollection;
};

export type WordBody<K extends string> = {
  readonly text: string;
  /** Can leave out plain-text and checkbox controls (office-js #6144): never used for reading. */
  readonly contentControls: WordContentControlCollection;
  /** WordApi 1.5; which types may be asked for depends on the requirement sets (see requirements.ts). */
  getContentControls(options: WordControlOptions<K>): WordContentControlCollection;
  insertFileFromBase64(base64File: string, insertLocation: "Replace"): unknown;
  /** WordApi 1.1: the body as a flat OPC package, with every control's `w:showingPlcHdr`. */
  getOoxml(): WordResult<string>;
  /**
   * WordApi 1.1: puts a flat OPC package in place of the body; bind's one write (ADR 0018). What it
   * does with the package's sections, comments and revisions is not documented: see the adapter.
   */
  insertOoxml(ooxml: string, insertLocation: "Replace"): unknown;
  load(propertyNames: string): WordBody<K>;
};

export type WordCustomProperty = {
  readonly isNullObject: boolean;
  // Office.js types it `any`: a string, number, boolean or date, as the document stores it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly value: any;
  load(propertyNames: string): WordCustomProperty;
};

export type WordCustomProperties = {
  getItemOrNullObject(key: string): WordCustomProperty;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  add(key: string, value: any): WordCustomProperty;
};

export type WordDocumentObject<K extends string> = {
  readonly body: WordBody<K>;
  readonly properties: { readonly customProperties: WordCustomProperties };
  /** Like the body's: can leave out plain-text and checkbox controls; used for `getByTag` only. */
  readonly contentControls: WordContentControlCollection;
  /** WordApi 1.4: "Off", "TrackAll" or "TrackMineOnly". */
  changeTrackingMode: string;
  /** WordApi 1.5: keeps what `Body.insertFileFromBase64` loses (office-js #3080). */
  insertFileFromBase64(
    base64File: string,
    insertLocation: "Replace",
    insertFileOptions?: WordInsertFileOptions,
  ): unknown;
  /** WordApi 1.1. */
  getSelection(): WordRange;
  load(propertyNames: string): WordDocumentObject<K>;
};

/** WordApi 1.3: `Word.Application`, to open another document beside this one. */
export type WordApplication = {
  createDocument(base64File: string): { open(): unknown };
};

export type WordContext<K extends string> = {
  readonly document: WordDocumentObject<K>;
  /** Optional here only because the simulated Word of the tests has none. */
  readonly application?: WordApplication;
  sync(): Promise<unknown>;
};

/** `Word.run`: one batch of queued commands against a fresh request context. */
export type WordRun<K extends string> = <T>(
  batch: (context: WordContext<K>) => Promise<T>,
) => Promise<T>;

/** Requirement-set names the adapter asks about. */
export type RequirementSet = "WordApi" | "WordApiDesktop";

/** What the Word adapter needs from its host: the API, its requirement sets and selection events. */
export type WordHost<K extends string> = {
  run: WordRun<K>;
  /** `Word.ContentControlType`. */
  controlTypes: ControlTypeNames<K>;
  /** `Office.context.requirements.isSetSupported(name, version)`. */
  isSetSupported(name: RequirementSet, version: string): boolean;
  /** Calls the handler whenever the selection in the document moves; returns an unsubscribe. */
  onSelectionChanged(handler: () => void): () => void;
};
