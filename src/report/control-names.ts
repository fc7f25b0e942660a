import type { ControlType } from "../document/port";

/** How Word's Dutch interface names each kind of content control. */
export const CONTROL_NAME: Record<ControlType, string> = {
  PlainText: "tekst zonder opmaak",
  RichText: "tekst met opmaak",
  CheckBox: "selectievakje",
  DropDownList: "vervolgkeuzelijst",
  ComboBox: "keuzelijst met invoervak",
  DatePicker: "datumkiezer",
  Picture: "afbeelding",
  RepeatingSection: "herhalende sectie",
  RepeatingSectionItem: "item van een herhalende sectie",
  BuildingBlockGallery: "bouwsteengalerie",
  Group: "groep",
  Unknown: "onbekend type",
};
