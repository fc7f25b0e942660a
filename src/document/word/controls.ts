import type { ControlInfo, ControlLevel, ControlLock, ControlType } from "../port";
import type {
  WordContentControl,
  WordContentControlCollection,
  WordContext,
  WordHost,
} from "./api";
import { readableTypes, textTypes } from "./requirements";

/**
 * What a read asks of every control: only members every control type has. `text` and
 * `placeholderText` throw on Picture, Group, RepeatingSection and BuildingBlockGallery controls on
 * the desktop, failing the whole batch, so they are asked of text controls only (TEXT_PATH).
 */
export const LIST_PATH = ["id", "tag", "title", "type", "subtype", "cannotEdit", "cannotDelete"]
  .map((p) => `items/${p}`)
  .join(",");

/** The text members, asked of the controls that have them. */
const TEXT_PATH = "items/id,items/text,items/placeholderText";

/** What a write needs: which control, its type, and whether it is locked. */
export const WRITE_PATH = "items/id,items/tag,items/type,items/cannotEdit";

/** What select needs. */
export const SELECT_PATH = "items/tag";

/** What watching needs: the control and its tag. */
export const WATCH_PATH = "items/id,items/tag";

/** The checkbox state, asked of the checkboxes only (the property belongs to checkbox controls). */
const CHECKBOX_PATH = "items/id,items/checkboxContentControl/isChecked";

export type QueuedControls = {
  all: WordContentControlCollection;
  boxes?: WordContentControlCollection;
  texts?: WordContentControlCollection;
};

/**
 * Queues the load of every content control in the body with `getContentControls({ types })`, never
 * `contentControls`, which can leave out plain-text and checkbox controls (office-js #6144). Nothing
 * is sent to Word until the caller syncs. `full` adds the checkbox states and the texts, each asked
 * of the controls of its type only.
 */
export function queueControls<K extends string>(
  context: WordContext<K>,
  host: WordHost<K>,
  path: string,
  full = false,
): QueuedControls {
  const body = context.document.body;
  const all = body.getContentControls({ types: readableTypes(host) }).load(path);
  if (!full) return { all };
  const boxes = body
    .getContentControls({ types: [host.controlTypes.checkBox] })
    .load(CHECKBOX_PATH);
  const texts = body.getContentControls({ types: textTypes(host) }).load(TEXT_PATH);
  return { all, boxes, texts };
}

const TYPES: ReadonlySet<string> = new Set<ControlType>([
  "PlainText",
  "RichText",
  "CheckBox",
  "DropDownList",
  "ComboBox",
  "DatePicker",
  "Picture",
  "RepeatingSection",
  "BuildingBlockGallery",
  "Group",
]);

export function controlType(type: string): ControlType {
  return TYPES.has(type) ? (type as ControlType) : "Unknown";
}

/** Word's `subtype` says where a text control stands. */
function levelOf(subtype: string): ControlLevel {
  switch (subtype) {
    case "RichTextParagraphs":
    case "PlainTextParagraph":
    case "RichTextTable":
      return "block";
    case "RichTextTableCell":
      return "cell";
    case "RichTextTableRow":
      return "row";
    default:
      return "inline";
  }
}

function lockOf(cc: WordContentControl): ControlLock {
  if (cc.cannotEdit && cc.cannotDelete) return "sdtContentLocked";
  if (cc.cannotEdit) return "contentLocked";
  return cc.cannotDelete ? "sdtLocked" : "none";
}

/**
 * Text as Word gives it, in the form the .docx reader gives it: Word ends paragraphs with `\r` and
 * writes a line break as a vertical tab; both become `\n`, and the last paragraph mark is dropped.
 */
export function plainText(text: string): string {
  return text.replace(/\r\n|\r|\v/g, "\n").replace(/\n$/, "");
}

/** What a text control says, where Word reports it. */
export type LoadedText = { text: string; placeholderText: string };

/**
 * Placeholder texts Word shows in a control that has none of its own, and what Word on the web
 * reports after a control is cleared (office-js #1515): never an answer.
 */
const WORD_DEFAULTS: ReadonlySet<string> = new Set([
  "Click here to enter text.",
  "Click or tap here to enter text.",
  "Klik hier als u tekst wilt invoeren.",
  "Klik of tik om tekst in te voeren.",
  "Klik of tik om een datum in te voeren.",
  "Click or tap to enter a date.",
]);

/**
 * One loaded control as the port describes it, from Word's own properties: the fallback when the
 * body's OOXML cannot be had. Word has no "showing placeholder" flag for text controls, and its
 * `placeholderText` may be "" or its default text (office-js #1515, #6568), so a control counts as
 * empty when its text is its placeholder, Word's default placeholder, or the hint our template put
 * there (`hints`, by tag). How deep a control is nested would take a load per control, so depth is
 * not known here (0); the rules do not use it.
 */
export function controlInfo(
  cc: WordContentControl,
  loaded: LoadedText | undefined,
  checked: boolean | undefined,
  hints: ReadonlyMap<string, string> = new Map(),
): ControlInfo {
  const type = controlType(cc.type);
  const text = plainText(loaded?.text ?? "");
  const placeholder = plainText(loaded?.placeholderText ?? "");
  const showingPlaceholder =
    text !== "" && (text === placeholder || WORD_DEFAULTS.has(text) || hints.get(cc.tag) === text);
  const info: ControlInfo = {
    tag: cc.tag,
    title: cc.title,
    type,
    level: levelOf(cc.subtype),
    text: showingPlaceholder ? "" : text,
    showingPlaceholder,
    lock: lockOf(cc),
    depth: 0,
  };
  if (showingPlaceholder) info.placeholder = text;
  if (type === "CheckBox") info.checked = checked ?? false;
  return info;
}

/** The loaded controls, in document order, as the port describes them (the fallback read). */
export function controlInfos(
  loaded: QueuedControls,
  hints?: ReadonlyMap<string, string>,
): ControlInfo[] {
  const checked = new Map<number, boolean>();
  for (const box of loaded.boxes?.items ?? [])
    checked.set(box.id, box.checkboxContentControl.isChecked);
  const texts = new Map<number, LoadedText>();
  for (const t of loaded.texts?.items ?? [])
    texts.set(t.id, { text: t.text, placeholderText: t.placeholderText });
  return loaded.all.items.map((cc) => controlInfo(cc, texts.get(cc.id), checked.get(cc.id), hints));
}
