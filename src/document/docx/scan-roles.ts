import { HIDDEN, glyphOf } from "./sdt-text";
import { NS } from "./xml";

/** What an element means to the builder, decided once per distinct tag name. */
export const enum Role {
  Other,
  Foreign,
  Body,
  /** Deleted text, the old place of moved text, a text box's fallback: nothing in it counts. */
  Skip,
  Sdt,
  SdtPr,
  SdtContent,
  Text,
  Paragraph,
  Run,
  RunProperties,
  Vanish,
  Hidden,
  Glyph,
}

export function roleOf(ns: string, local: string): Role {
  if (ns === NS.mc && local === "Fallback") return Role.Skip;
  if (ns !== NS.w) return Role.Foreign;
  switch (local) {
    case "body":
      return Role.Body;
    case "del":
    case "moveFrom":
      return Role.Skip;
    case "sdt":
      return Role.Sdt;
    case "sdtPr":
      return Role.SdtPr;
    case "sdtContent":
      return Role.SdtContent;
    case "t":
      return Role.Text;
    case "p":
      return Role.Paragraph;
    case "r":
      return Role.Run;
    case "rPr":
      return Role.RunProperties;
    case "vanish":
      return Role.Vanish;
    default:
      if (HIDDEN.has(local)) return Role.Hidden;
      return glyphOf(local, () => undefined) !== undefined ? Role.Glyph : Role.Other;
  }
}

/**
 * What an element means inside a control's w:sdtPr, decided once per distinct tag name so that
 * reading a control's properties compares numbers, not strings.
 */
export const enum Prop {
  None,
  Tag,
  Alias,
  Lock,
  ShowingPlcHdr,
  Date,
  DropDownList,
  ComboBox,
  ListItem,
  Checkbox,
  Checked,
}

const W_PROPS: Record<string, Prop> = {
  tag: Prop.Tag,
  alias: Prop.Alias,
  lock: Prop.Lock,
  showingPlcHdr: Prop.ShowingPlcHdr,
  date: Prop.Date,
  dropDownList: Prop.DropDownList,
  comboBox: Prop.ComboBox,
  listItem: Prop.ListItem,
};

export function propOf(ns: string, local: string): Prop {
  if (ns === NS.w) return Object.hasOwn(W_PROPS, local) ? (W_PROPS[local] as Prop) : Prop.None;
  if (ns === NS.w14)
    return local === "checkbox" ? Prop.Checkbox : local === "checked" ? Prop.Checked : Prop.None;
  return Prop.None;
}

/** An open element, as the builder sees it. */
export type Element = { ns: string; local: string; role: Role; key: string; prop: Prop };
