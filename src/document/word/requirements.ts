import type { ControlTypeNames, WordHost } from "./api";

/** Requirement sets above the manifest's minimum (WordApi 1.7) that the adapter looks for. */
const LISTS = ["WordApi", "1.9"] as const;
const DESKTOP = ["WordApiDesktop", "1.3"] as const;

/**
 * The control types to ask `getContentControls` for. Each type may only be named where Word knows
 * it (plain text from WordApi 1.5, checkboxes 1.7, lists 1.9, the rest WordApiDesktop 1.3); Word
 * refuses the whole call otherwise.
 */
export function readableTypes<K extends string>(host: WordHost<K>): K[] {
  const t: ControlTypeNames<K> = host.controlTypes;
  const types = [t.richText, t.plainText, t.checkBox];
  if (host.isSetSupported(...LISTS)) types.push(t.dropDownList, t.comboBox);
  if (host.isSetSupported(...DESKTOP))
    types.push(t.datePicker, t.picture, t.repeatingSection, t.buildingBlockGallery, t.group);
  return types;
}

/** The readable types that have text members (`text`, `placeholderText`). */
export function textTypes<K extends string>(host: WordHost<K>): K[] {
  const t: ControlTypeNames<K> = host.controlTypes;
  const types = [t.richText, t.plainText];
  if (host.isSetSupported(...LISTS)) types.push(t.dropDownList, t.comboBox);
  if (host.isSetSupported(...DESKTOP)) types.push(t.datePicker);
  return types;
}

/**
 * What the pane cannot do on this Word, in Dutch. Only what it would otherwise fail on silently: a
 * field in a drop-down or a date picker (documents made by hand; our templates use neither).
 */
export function limitationsOf<K extends string>(host: WordHost<K>): string[] {
  const out: string[] = [];
  if (!host.isSetSupported(...LISTS))
    out.push(
      "Deze versie van Word geeft keuzelijsten niet door aan SOP Assistent: een SOP-veld in een keuzelijst wordt niet gelezen. Werk Word bij (WordApi 1.9) of gebruik het sjabloon van SOP Assistent.",
    );
  if (!host.isSetSupported(...DESKTOP))
    out.push(
      "Datumkiezers in het document kan SOP Assistent in deze Word niet lezen of invullen (dat kan alleen in Word voor Windows of Mac). Vul datums in als tekst, zoals 23-11-2026.",
    );
  return out;
}
