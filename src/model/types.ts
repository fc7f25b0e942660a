import type { z } from "zod";
import type {
  blockSchema,
  cellSchema,
  checkSchema,
  conditionSchema,
  fieldSchema,
  financialRowSchema,
  financialTableSchema,
  followUpSchema,
  formulaSchema,
  optionSchema,
  sectionSchema,
  templateSchema,
} from "./schema";

/** How sure a finding is that something is wrong: a norm not met, probably wrong, or a hint. */
export type Severity = "error" | "warning" | "info";

/** One fillable place of the official model. */
export type Field = z.infer<typeof fieldSchema>;
/** What kind of editor and control a field gets. */
export type FieldKind = Field["kind"];
/** One answer of a choice field. */
export type Option = z.infer<typeof optionSchema>;
/** The "te weten" / "uren" / "omschrijving" relation of a follow-up field. */
export type FollowUp = z.infer<typeof followUpSchema>;
/** A formula of a computed field. */
export type Formula = z.infer<typeof formulaSchema>;
/** A cell of an official table. */
export type Cell = z.infer<typeof cellSchema>;
/** A part of a section: our description of a fixed paragraph, a list of fields, or a table. */
export type Block = z.infer<typeof blockSchema>;
/** A chapter or paragraph of the model, in document order. */
export type Section = z.infer<typeof sectionSchema>;
/** A parametrised regional check. */
export type Check = z.infer<typeof checkSchema>;
/** A condition on an answer. */
export type Condition = z.infer<typeof conditionSchema>;
/** A template definition as written in src/model/templates. */
export type TemplateDefinition = z.infer<typeof templateSchema>;
/** The id of one of the four regional templates. */
export type TemplateId = TemplateDefinition["id"];
/** One schooljaar's amounts. */
export type FinancialRow = z.infer<typeof financialRowSchema>;
/** Amounts keyed by schooljaar. */
export type FinancialTable = z.infer<typeof financialTableSchema>;

/** A field together with where it stands in the template. */
export type FieldEntry = {
  field: Field;
  sectionId: string;
  /** Position in document order. */
  index: number;
};

/** A validated template with its fields indexed. */
export type Template = TemplateDefinition & {
  /** Every field in document order. */
  fields: readonly FieldEntry[];
  byId: ReadonlyMap<string, FieldEntry>;
};

/**
 * A value as the values JSON (and a document read) carries it: text, a number, a tick, an option key,
 * or several option keys when a choice was ticked more than once.
 */
export type FieldValue = string | number | boolean | readonly string[];

/** Field values by field id. A missing id means an empty field. */
export type Values = Readonly<Record<string, FieldValue | null | undefined>>;
