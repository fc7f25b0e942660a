import { z } from "zod";
import haaglanden2021to2025 from "./carry-over/haaglanden-2021--haaglanden-2025.json";
import { fieldIdSchema } from "../schema";
import type { Template, TemplateId } from "../types";

/**
 * How the answers of one template carry over into another, as data: one file per pair of templates
 * in ./carry-over, run by one engine (src/rules/carry-over.ts).
 */
const base = {
  /** The target field may not exist in this version of the target template (it is then reported). */
  optional: z.boolean().optional(),
};

export const carryRuleSchema = z.discriminatedUnion("kind", [
  /** The same answer, text or choice. */
  z.object({ kind: z.literal("copy"), from: fieldIdSchema, to: fieldIdSchema, ...base }),
  /** A choice whose options are renamed (or merged: structureel, regelmatig, incidenteel → ja). */
  z.object({
    kind: z.literal("choice"),
    from: fieldIdSchema,
    to: fieldIdSchema,
    options: z.record(z.string(), z.string()),
    ...base,
  }),
  /** Texts of several fields joined into one (hours and a remark become the content). */
  z.object({
    kind: z.literal("join"),
    from: z.array(fieldIdSchema).min(1),
    to: fieldIdSchema,
    ...base,
  }),
  /** A fixed name when the source field is answered (the CJG as an "anders" partner). */
  z.object({
    kind: z.literal("name"),
    when: fieldIdSchema,
    to: fieldIdSchema,
    text: z.string().min(1),
    ...base,
  }),
  /**
   * Rows without a row of their own in the target, gathered in one "anders" row: answered `answer`
   * when one of them is, named by their labels (or their `.naam` fields).
   */
  z.object({
    kind: z.literal("collect"),
    rows: z.array(fieldIdSchema).min(1),
    yes: z.array(z.string()).min(1),
    to: fieldIdSchema,
    answer: z.string(),
    names: fieldIdSchema,
    details: fieldIdSchema.optional(),
    /** Suffixes of the rows' follow-up fields whose text goes into `details`. */
    detailsOf: z.array(z.string()).optional(),
    ...base,
  }),
  /** A draft text from several answers: texts, and the rows not (yet) answered as hoped. */
  z.object({
    kind: z.literal("draft"),
    to: fieldIdSchema,
    parts: z.array(
      z.union([
        z.object({ from: fieldIdSchema, intro: z.string() }),
        z.object({
          rows: z.array(fieldIdSchema).min(1),
          except: z.array(z.string()),
          intro: z.string(),
        }),
      ]),
    ),
    ...base,
  }),
]);

export const carryOverSchema = z.object({
  from: z.string(),
  to: z.string(),
  about: z.string(),
  /** The pane's button that starts it. */
  action: z.string().min(1),
  rules: z.array(carryRuleSchema).min(1),
});

export type CarryRule = z.infer<typeof carryRuleSchema>;
export type CarryOver = z.infer<typeof carryOverSchema> & { from: TemplateId; to: TemplateId };

/** Field ids a rule reads. */
export function sourcesOf(rule: CarryRule): string[] {
  switch (rule.kind) {
    case "copy":
    case "choice":
      return [rule.from];
    case "join":
      return rule.from;
    case "name":
      return [rule.when];
    case "collect":
      return rule.rows;
    case "draft":
      return rule.parts.flatMap((p) => ("from" in p ? [p.from] : p.rows));
  }
}

/** Field ids a rule writes. */
export function targetsOf(rule: CarryRule): string[] {
  if (rule.kind === "collect")
    return [rule.to, rule.names, ...(rule.details !== undefined ? [rule.details] : [])];
  return [rule.to];
}

/**
 * Validates a carry-over against its two templates: every field it reads must exist in the source,
 * every field it writes in the target (unless the rule is optional).
 */
export function loadCarryOver(data: unknown, templates: Record<TemplateId, Template>): CarryOver {
  const parsed = carryOverSchema.parse(data);
  const from = templates[parsed.from as TemplateId];
  const to = templates[parsed.to as TemplateId];
  if (!from || !to)
    throw new Error(`Onbekend sjabloon in overzetting ${parsed.from} → ${parsed.to}.`);
  for (const rule of parsed.rules) {
    for (const id of sourcesOf(rule))
      if (!from.byId.has(id))
        throw new Error(
          `Overzetting ${parsed.from} → ${parsed.to}: veld ${id} bestaat niet in ${parsed.from}.`,
        );
    if (rule.optional) continue;
    for (const id of targetsOf(rule))
      if (!to.byId.has(id))
        throw new Error(
          `Overzetting ${parsed.from} → ${parsed.to}: veld ${id} bestaat niet in ${parsed.to}.`,
        );
  }
  return parsed as CarryOver;
}

/** The carry-overs there are, as data. */
export const carryOverData: readonly unknown[] = [haaglanden2021to2025];
