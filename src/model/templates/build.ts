import type { Block, Cell, Field, FollowUp, Option } from "../types";

/**
 * Small builders that keep the template definitions readable: a definition is data, these only save
 * typing. Everything they return is checked again by the schema when the template is loaded.
 */

type Common = {
  required?: boolean;
  hint?: string;
  short?: string;
  followUp?: FollowUp;
  labelSource?: string;
};

function common(id: string, label: string, o: Common) {
  return {
    id,
    label,
    required: o.required ?? false,
    ...(o.hint !== undefined ? { hint: o.hint } : {}),
    ...(o.short !== undefined ? { short: o.short } : {}),
    ...(o.followUp !== undefined ? { followUp: o.followUp } : {}),
    ...(o.labelSource !== undefined ? { labelSource: o.labelSource } : {}),
  };
}

/** A one-line text. */
export function text(
  id: string,
  label: string,
  o: Common & { default?: string; multiline?: boolean; labelAfter?: boolean } = {},
): Field {
  return {
    ...common(id, label, o),
    kind: "text",
    ...(o.default !== undefined ? { default: o.default } : {}),
    ...(o.multiline !== undefined ? { multiline: o.multiline } : {}),
    ...(o.labelAfter !== undefined ? { labelAfter: o.labelAfter } : {}),
  };
}

/** A free text of one or more paragraphs (a rich-text control). */
export function rich(id: string, label: string, o: Common & { default?: string } = {}): Field {
  return { ...common(id, label, o), kind: "richText", ...(o.default !== undefined ? { default: o.default } : {}) };
}

type NumberOpts = Common & {
  integer?: boolean;
  min?: number;
  unit?: "euro" | "percent" | "fte" | "count" | "year";
  default?: number;
  defaultFrom?: { table: "financien"; key: string; column: "vasteVoet" | "perLeerling" };
};

/** A number in Dutch notation. */
export function num(id: string, label: string, o: NumberOpts = {}): Field {
  return {
    ...common(id, label, o),
    kind: "number",
    ...(o.integer !== undefined ? { integer: o.integer } : {}),
    ...(o.min !== undefined ? { min: o.min } : {}),
    ...(o.unit !== undefined ? { unit: o.unit } : {}),
    ...(o.default !== undefined ? { default: o.default } : {}),
    ...(o.defaultFrom !== undefined ? { defaultFrom: o.defaultFrom } : {}),
  };
}

/** A whole number ≥ 0: a count of pupils, groups, locations. */
export function count(id: string, label: string, o: NumberOpts = {}): Field {
  return num(id, label, { integer: true, min: 0, unit: "count", ...o });
}

/** A date in Dutch notation; `past` for an event that cannot lie in the future. */
export function date(id: string, label: string, o: Common & { past?: boolean } = {}): Field {
  return { ...common(id, label, o), kind: "date", ...(o.past !== undefined ? { past: o.past } : {}) };
}

/** A single checkbox. */
export function tick(id: string, label: string, o: Common = {}): Field {
  return { ...common(id, label, o), kind: "tick" };
}

/** A choice among options, one checkbox per option. */
export function choice(id: string, label: string, options: readonly Option[], o: Common = {}): Field {
  return { ...common(id, label, o), kind: "choice", options: [...options] };
}

/** A value the tools compute and write; locked in the document. */
export function computed(
  id: string,
  label: string,
  formula: Extract<Field, { kind: "computed" }>["formula"],
  o: Common & { unit?: "euro" | "count" } = {},
): Field {
  return { ...common(id, label, o), kind: "computed", formula, ...(o.unit !== undefined ? { unit: o.unit } : {}) };
}

/** A follow-up relation ("te weten", "uren", ...) to the field `of`. */
export function followUp(
  of: string,
  relation: FollowUp["relation"],
  when?: readonly string[],
  report?: FollowUp["report"],
): FollowUp {
  return {
    of,
    relation,
    ...(when !== undefined ? { when: [...when] } : {}),
    ...(report !== undefined ? { report } : {}),
  };
}

/** Options from [key, label] pairs. */
export function options(...pairs: readonly (readonly [string, string])[]): Option[] {
  return pairs.map(([key, label]) => ({ key, label }));
}

export const JA_NEE = options(["ja", "Ja"], ["nee", "Nee"]);

export function paragraph(text: string): Block {
  return { kind: "paragraph", text };
}

export function fields(...list: Field[]): Block {
  return { kind: "fields", fields: list };
}

/**
 * The label cell of a row the school names ("Anders, namelijk: …"): the model's label stays and the
 * name follows it in the same cell, so a filled row still reads "Anders, namelijk" + the name.
 */
export function namedLabel(label: string, nameId: string): Cell {
  return { text: label, also: [nameId] };
}

/** A table row: its cells and the fields defined in it, in reading order. */
export type Row = { cells: Cell[]; fields: Field[] };

/** A table from rows; the fields are collected from the rows in order. */
export function table(id: string, columns: readonly string[], rows: readonly Row[]): Block {
  return {
    kind: "table",
    id,
    columns: [...columns],
    rows: rows.map((r) => ({ cells: r.cells })),
    fields: rows.flatMap((r) => r.fields),
  };
}

/**
 * The common layout of the official tables: a label column, then one column per option with a
 * checkbox each, then optional extra columns holding follow-up fields.
 * The choice field gets id `rowId`; extras get `rowId.suffix`.
 */
export function optionRow(
  rowId: string,
  label: string,
  opts: readonly Option[],
  o: {
    required?: boolean;
    extras?: readonly Field[];
    /** A name field (for an "Anders" row) shown in the label cell instead of fixed text. */
    name?: Field;
    hint?: string;
    short?: string;
    /** All option checkboxes in one cell (the model's "ja/nee" column) instead of a column each. */
    oneCell?: boolean;
  } = {},
): Row {
  const main = choice(rowId, label, opts, {
    required: o.required ?? false,
    ...(o.hint !== undefined ? { hint: o.hint } : {}),
    ...(o.short !== undefined ? { short: o.short } : {}),
  });
  const labelCell: Cell = o.name ? { field: o.name.id } : { text: label };
  return {
    cells: [
      labelCell,
      ...(o.oneCell
        ? [{ field: rowId, options: opts.map((opt) => opt.key) }]
        : opts.map((opt) => ({ field: rowId, options: [opt.key] }))),
      ...(o.extras ?? []).map((f) => ({ field: f.id })),
    ],
    fields: [...(o.name ? [o.name] : []), main, ...(o.extras ?? [])],
  };
}
