import type { TemplateId } from "./types";

/** A row of ontwikkeldoelen in the model: its doel, and the activiteiten and tijdpad where it has them. */
export type GoalRow = { doel: string; activiteiten?: string; tijdpad?: string };

/**
 * Where a template keeps its ontwikkeldoelen: rows of a table (Zuid-Limburg chapter 5), or one text
 * that drafts are added to as paragraphs (the ambities of the other models).
 */
export type GoalTarget =
  { kind: "rows"; rows: readonly GoalRow[] } | { kind: "text"; field: string };

/**
 * Which norms ask for an ontwikkeldoel when they are not met, and where the goal goes. Data, read by
 * one engine (src/rules/goal-drafts.ts); the draft texts are in src/rules/messages/goal-drafts.ts.
 */
export type GoalDraftLayout = { norms: readonly string[]; target: GoalTarget };

export const goalDraftLayouts: Readonly<Record<TemplateId, GoalDraftLayout>> = {
  "haaglanden-2021": {
    norms: ["HL21-HGW-START", "HL21-GOALS"],
    target: { kind: "text", field: "evaluatie.doelen" },
  },
  "haaglanden-2025": {
    norms: ["HL25-DYSLEXIE"],
    target: { kind: "text", field: "ambities" },
  },
  passenderwijs: {
    norms: ["PW-INSPECTIE", "PW-VEILIG", "PW-SCHOOLNIVEAU", "PW-HGW"],
    target: { kind: "text", field: "ambitie.plan" },
  },
  "zuid-limburg": {
    norms: ["ZL-A", "ZL-B", "ZL-HGW", "ZL-SPECIFIEK", "ZL-STRUCTUUR"],
    target: {
      kind: "rows",
      rows: [1, 2, 3, 4, 5].map((n) => ({
        doel: `ambitie.${n}.doel`,
        activiteiten: `ambitie.${n}.activiteiten`,
        tijdpad: `ambitie.${n}.tijdpad`,
      })),
    },
  },
};
