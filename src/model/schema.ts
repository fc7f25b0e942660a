import { z } from "zod";

/**
 * The shape of a template definition. Definitions are TypeScript data checked against this schema when
 * they are loaded (see load.ts), so a typo in a table or a rule fails at start-up, not in a school.
 */

/** Field ids are lower-case Dutch words, dot-separated: `expertise.remedial-teaching.uren`. */
export const fieldIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, "veld-id in kleine letters");

const severitySchema = z.enum(["error", "warning", "info"]);

/** One answer of a choice, a column in the official table (Op orde, ja, score 3, ...). */
export const optionSchema = z.object({
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label: z.string().min(1),
  /**
   * Where the label comes from when the model leaves the cell empty (the inspection's own scale, say);
   * absent: the label stands in the model's text.
   */
  source: z.string().optional(),
});

/** How a follow-up field ("te weten", "uren", ...) depends on the answer before it. */
export const followUpSchema = z.object({
  /** The field whose answer makes this one needed. */
  of: fieldIdSchema,
  /** The options that make it needed; absent: a ticked tick, or any answer of a choice. */
  when: z.array(z.string()).optional(),
  /** What kind of follow-up it is, as the form words it. */
  relation: z.enum([
    "te-weten",
    "namelijk",
    "uren",
    "omschrijving",
    "korte-weergave",
    "naam",
    "toelichting",
    "opmerking",
    "percentage",
  ]),
  /**
   * How a missing follow-up counts. Absent: it is required (rule R-DETAIL, the document is incomplete).
   * Present: a regional rule reports it with its own severity and it is not counted as required.
   */
  report: z.object({ rule: z.string(), severity: severitySchema }).optional(),
});

/** Computed values are data too: the engine knows a few formulas and the definition names the inputs. */
export const formulaSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("sum"), of: z.array(fieldIdSchema).min(1) }),
  z.object({
    op: z.literal("count-option"),
    of: z.array(fieldIdSchema).min(1),
    option: z.string(),
  }),
  z.object({
    op: z.literal("sum-of-products"),
    terms: z.array(z.tuple([fieldIdSchema, fieldIdSchema])).min(1),
  }),
]);

const fieldBase = {
  id: fieldIdSchema,
  /** The label as the official model writes it (checked against the reference text). */
  label: z.string().min(1),
  /** A shorter label for lists in the pane, when the official one is a long sentence. */
  short: z.string().optional(),
  required: z.boolean(),
  /** Dutch placeholder text: what to write here. */
  hint: z.string().optional(),
  followUp: followUpSchema.optional(),
  /**
   * Where the label comes from when the model has a place but no label for it (the school's name in
   * a model that says "onze school"); absent: the label stands in the model's text.
   */
  labelSource: z.string().optional(),
};

const textFieldSchema = z.object({
  ...fieldBase,
  kind: z.enum(["text", "richText"]),
  /** Prefilled text from the model, which the school may adapt. */
  default: z.string().optional(),
  multiline: z.boolean().optional(),
  /** The model leaves the blank before its words ("…… is aangesloten bij …"). */
  labelAfter: z.boolean().optional(),
});

const numberFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal("number"),
  integer: z.boolean().optional(),
  min: z.number().optional(),
  /** `year`: a calendar year, written without a thousands dot (2025, not 2.025). */
  unit: z.enum(["euro", "percent", "fte", "count", "year"]).optional(),
  /** A value taken from the financial table when the field is empty. */
  defaultFrom: z
    .object({
      table: z.literal("financien"),
      key: fieldIdSchema,
      column: z.enum(["vasteVoet", "perLeerling"]),
    })
    .optional(),
  /** A plain default (e.g. 1 location). */
  default: z.number().optional(),
});

const dateFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal("date"),
  /** A past event (inspection, signature): may not lie after today. */
  past: z.boolean().optional(),
});

const tickFieldSchema = z.object({ ...fieldBase, kind: z.literal("tick") });

const choiceFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal("choice"),
  options: z.array(optionSchema).min(2),
});

const computedFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal("computed"),
  formula: formulaSchema,
  unit: z.enum(["euro", "count"]).optional(),
});

export const fieldSchema = z.discriminatedUnion("kind", [
  textFieldSchema,
  numberFieldSchema,
  dateFieldSchema,
  tickFieldSchema,
  choiceFieldSchema,
  computedFieldSchema,
]);

/** A table cell: fixed text, a whole field, or some option checkboxes of a choice field. */
export const cellSchema = z.union([
  /** Fixed text; `also`: fields written below it in the same cell (ticks the form lists there). */
  z.object({ text: z.string(), also: z.array(fieldIdSchema).min(1).optional() }),
  z.object({
    field: fieldIdSchema,
    options: z.array(z.string()).min(1).optional(),
    /**
     * Fields written below the first in the same cell, where the model has no column of their own
     * (a remark under the hours of an expertise row).
     */
    also: z.array(fieldIdSchema).min(1).optional(),
  }),
]);

export const blockSchema = z.discriminatedUnion("kind", [
  /** A short description, in our own words, of a fixed paragraph of the model. */
  z.object({ kind: z.literal("paragraph"), text: z.string().min(1) }),
  /** Fields laid out as "label: value" lines. */
  z.object({ kind: z.literal("fields"), fields: z.array(fieldSchema).min(1) }),
  /** An official table: rows × columns; its fields in document order. */
  z.object({
    kind: z.literal("table"),
    id: fieldIdSchema,
    columns: z.array(z.string()).min(1),
    rows: z.array(z.object({ cells: z.array(cellSchema).min(1) })).min(1),
    fields: z.array(fieldSchema).min(1),
  }),
]);

export const sectionSchema = z.object({
  id: fieldIdSchema,
  /** The official numbering (`2.1`, `4.2.3`, `C`), empty when the model has none. */
  number: z.string(),
  heading: z.string().min(1),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  blocks: z.array(blockSchema),
});

/** A condition on the answers, used by checks that apply only in some cases. */
export const conditionSchema = z.union([
  z.object({ field: fieldIdSchema, is: z.array(z.string()).min(1) }),
  z.object({ field: fieldIdSchema, ticked: z.boolean() }),
]);

const ruleBase = { rule: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)+$/), message: z.string() };

/**
 * The vocabulary of regional checks. Each entry is one parametrised check run by the engine
 * (src/rules/checks): a region's norms are a list of these, never code of its own.
 */
export const checkSchema = z.discriminatedUnion("check", [
  /** Certain answers of choices are findings of a given severity (a score below the norm). */
  z.object({
    ...ruleBase,
    check: z.literal("option-severity"),
    fields: z.array(fieldIdSchema).min(1),
    severities: z.record(z.string(), severitySchema),
    onlyIf: conditionSchema.optional(),
  }),
  /** Fields that must be filled in (or ticked) when a condition holds; missing → finding. */
  z.object({
    ...ruleBase,
    check: z.literal("must-be-set"),
    fields: z.array(fieldIdSchema).min(1),
    severity: z.union([severitySchema, z.literal("required")]),
    onlyIf: conditionSchema.optional(),
    /** Whether the condition is any of several: one of `fields`-to-watch has one of these answers. */
    onlyIfAny: z
      .object({ fields: z.array(fieldIdSchema).min(1), is: z.array(z.string()).min(1) })
      .optional(),
    /** Texts that count as empty here (a lone dash). */
    emptyTexts: z.array(z.string()).optional(),
    /** Per-field message ids, where one field needs its own wording. */
    messages: z.record(z.string(), z.string()).optional(),
  }),
  /** Fields that must stay empty when a condition holds. */
  z.object({
    ...ruleBase,
    check: z.literal("must-be-empty"),
    fields: z.array(fieldIdSchema).min(1),
    severity: severitySchema,
    onlyIf: conditionSchema,
  }),
  /** Numbers that must add up to a target once any of them is given. */
  z.object({
    ...ruleBase,
    check: z.literal("sum-to"),
    fields: z.array(fieldIdSchema).min(1),
    /**
     * The tick of each number's row, in the same order: a ticked row's number is needed, and until
     * every ticked row has one the sum is incomplete, not wrong (unless it is already too high).
     */
    ticks: z.array(fieldIdSchema).min(1).optional(),
    target: z.number(),
    tolerance: z.number().min(0),
    severity: severitySchema,
  }),
  /** A tick and its number belong together: ticked needs a number > 0 and a number > 0 needs the tick. */
  z.object({
    ...ruleBase,
    check: z.literal("tick-with-amount"),
    pairs: z.array(z.tuple([fieldIdSchema, fieldIdSchema])).min(1),
    severity: severitySchema,
  }),
  /** A text may take at most so many lines, counted as ⌈characters / perLine⌉ per paragraph. */
  z.object({
    ...ruleBase,
    check: z.literal("max-lines"),
    field: fieldIdSchema,
    maxLines: z.number().int().positive(),
    charsPerLine: z.number().int().positive(),
    severity: severitySchema,
  }),
  /** Numbers (alone or summed) that may not exceed another number. */
  z.object({
    ...ruleBase,
    check: z.literal("at-most"),
    parts: z.array(z.array(fieldIdSchema).min(1)).min(1),
    limit: fieldIdSchema,
    severity: severitySchema,
  }),
  /** Rows with certain answers should be named (by their label) in one of the given texts. */
  z.object({
    ...ruleBase,
    check: z.literal("named-in-text"),
    fields: z.array(fieldIdSchema).min(1),
    /** Rows whose answer is one of these must be named... */
    whenIs: z.array(z.string()).optional(),
    /** ...or rows whose answer is anything but these. */
    whenNot: z.array(z.string()).optional(),
    texts: z.array(fieldIdSchema).min(1),
    /** Name the row by these words instead of its label (per field id). */
    names: z.record(z.string(), z.array(z.string())).optional(),
    severity: severitySchema,
  }),
  /** A computed count must reach a minimum; below it, some fallback fields must say how it is covered. */
  z.object({
    ...ruleBase,
    check: z.literal("min-or-fallback"),
    fields: z.array(fieldIdSchema).min(1),
    min: z.number(),
    fallback: z.array(fieldIdSchema).min(1),
    /**
     * Per field: the words that name its intervention. With names, a row is covered only when a
     * fallback text names that row's intervention, not by any text in the fallback fields.
     */
    names: z.record(z.string(), z.array(z.string()).min(1)).optional(),
    severityWithout: severitySchema,
    severityWith: severitySchema,
  }),
  /** A text must match a pattern; the value may be normalised for display (upper case, a space). */
  z.object({
    ...ruleBase,
    check: z.literal("pattern"),
    field: fieldIdSchema,
    pattern: z.string(),
    severity: severitySchema,
  }),
  /**
   * A year as a school writes it (`2025`, or a date in that year): not before `from`, and, with
   * `latest`, not after the year of the most recent such day on or before today (a 1 October count
   * that has not happened yet cannot be the peildatum).
   */
  z.object({
    ...ruleBase,
    check: z.literal("year"),
    field: fieldIdSchema,
    from: z.number().int(),
    latest: z
      .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
      .optional(),
    severity: severitySchema,
  }),
  /** Basic-support contribution: vaste voet × locaties + bedrag × leerlingen, against a stated amount. */
  z.object({
    ...ruleBase,
    check: z.literal("financien"),
    schooljaar: fieldIdSchema,
    leerlingen: fieldIdSchema,
    locaties: fieldIdSchema,
    vasteVoet: fieldIdSchema,
    perLeerling: fieldIdSchema,
    bedrag: fieldIdSchema,
    begroot: fieldIdSchema,
    severity: severitySchema,
  }),
  /**
   * Every norm not met should be answered by a goal (an ontwikkeldoel, an ambitie, the explanation the
   * SWV asks for). `norms` maps a norm's rule id to the words a goal must contain to answer it; no words:
   * any text in the goal fields answers it. A norm answered no longer keeps the SOP from the board.
   * The finding of this check (a norm not answered) carries a draft for the first empty goal row.
   */
  z.object({
    ...ruleBase,
    check: z.literal("answered-by-goal"),
    norms: z.record(z.string(), z.array(z.string())),
    /** Goal rows, each a list of fields read together; a draft goes into the first of a row. */
    goals: z.array(z.array(fieldIdSchema).min(1)).min(1),
    severity: severitySchema,
    /** false: another check already asks for the goal fields; answer, but add no finding. */
    remind: z.boolean().optional(),
  }),
]);

/** A complete template definition: the official model of one SWV as data. */
export const templateSchema = z.object({
  id: z.enum(["haaglanden-2021", "haaglanden-2025", "passenderwijs", "zuid-limburg"]),
  name: z.string(),
  swv: z.string(),
  version: z.number().int().positive(),
  /** The name of the reference text the labels come from. */
  reference: z.string(),
  /** The document's title as the model has it; absent: "Schoolondersteuningsprofiel". */
  title: z.string().min(1).optional(),
  /** The field holding the school's name, shown in the pane and the board's report. */
  schoolField: fieldIdSchema.optional(),
  sections: z.array(sectionSchema).min(1),
  checks: z.array(checkSchema),
});

/** One schooljaar's amounts for the basic-support contribution (HL21-FIN). */
export const financialRowSchema = z.object({
  vasteVoet: z.number().positive(),
  perLeerling: z.number().positive(),
  bron: z.string().min(1),
});

/**
 * The financial parameter table, keyed as its source states the period: a schooljaar (`2020-2021`),
 * or a kalenderjaar (`2023`) where a source gives the amounts of a calendar year.
 */
export const financialTableSchema = z.record(
  z.string().regex(/^\d{4}(?:-\d{4})?$/, "schooljaar als 2020-2021 of kalenderjaar als 2023"),
  financialRowSchema,
);
