import type { ControlInfo, ControlLevel, ControlLock, ControlType } from "../port";
import type {
  WordContentControl,
  WordContentControlCollection,
  WordContext,
  WordHost,
} from "./api";
import { readableTypes } from "./requirements";

/** What a read needs of every control: one load path for the whole collection (office-js #3982). */
export const READ_PATH = [
  "id",
  "tag",
  "title",
  "text",
  "type",
  "subtype",
  "placeholderText",
  "cannotEdit",
  "cannotDelete",
]
  .map((p) => `items/${p}`)
  .join(",");

/** What a write needs: which control, its type, and whether it is locked. */
export const WRITE_PATH = "items/id,items/tag,items/type,items/cannotEdit";

/** What select needs. */
export const SELECT_PATH = "items/tag";

/** The checkbox state, asked of the checkboxes only (the property belongs to checkbox controls). */
const CHECKBOX_PATH = "items/id,items/checkboxContentControl/isChecked";

export type QueuedControls = {
  all: WordContentControlCollection;
  boxes?: WordContentControlCollection;
};

/**
 * Queues the load of every content control in the body with `getContentControls({ types })`, never
 * `contentControls`, which can leave out plain-text and checkbox controls (office-js #6144). Nothing
 * is sent to Word until the caller syncs.
 */
export function queueControls<K extends string>(
  context: WordContext<K>,
  host: WordHost<K>,
  path: string,
  withCheckboxes = false,
): QueuedControls {
  const body = context.document.body;
  const all = body.getContentControls({ types: readableTypes(host) }).load(path);
  if (!withCheckboxes) return { all };
  const boxes = body
    .getContentControls({ types: [host.controlTypes.checkBox] })
    .load(CHECKBOX_PATH);
  return { all, boxes };
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

/**
 * One loaded control as the port describes it. Word has no "showing placeholder" flag: while a
 * control shows its placeholder, its text is the placeholder text. How deep a control is nested
 * would take a load per control, so depth is not known here (0); the rules do not use it.
 */
export function controlInfo(cc: WordContentControl, checked: boolean | undefined): ControlInfo {
  const type = controlType(cc.type);
  const text = plainText(cc.text);
  const placeholder = plainText(cc.placeholderText);
  const showingPlaceholder = text !== "" && text === placeholder;
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
  if (showingPlaceholder) info.placeholder = placeholder;
  if (type === "CheckBox") info.checked = checked ?? false;
  return info;
}

/** The loaded controls, in document order, as the port describes them. */
export function controlInfos(loaded: QueuedControls): ControlInfo[] {
  const checked = new Map<number, boolean>();
  for (const box of loaded.boxes?.items ?? [])
    checked.set(box.id, box.checkboxContentControl.isChecked);
  return loaded.all.items.map((cc) => controlInfo(cc, checked.get(cc.id)));
}
