import type { Field, Template, Values } from "../model";
import { goalDraftLayouts, type GoalRow } from "../model/goal-drafts";
import { normalizeWords } from "./checks/texts";
import type { DutchDate } from "./dutch";
import { draftTijdpad, goalDraftMessages } from "./messages/goal-drafts";
import { normTitle } from "./norm-titles";
import type { Evaluation, MessageParams, Suggestion } from "./types";

/** The parts of an ontwikkeldoel a director sees and may edit; absent where the template has no place. */
export type GoalText = { doel: string; activiteiten?: string; tijdpad?: string };

/** A drafted ontwikkeldoel for one norm not met. Nothing is written until it is accepted. */
export type GoalDraft = GoalText & {
  /** The norm (rule id) it answers, and its title. */
  rule: string;
  title: string;
  /** The fields that miss the norm. */
  fields: readonly string[];
};

const textOf = (values: Values, id: string) => {
  const v = values[id];
  return typeof v === "string" ? v.trim() : "";
};

/** "2026-2027": the schooljaar `today` falls in (a schooljaar starts on 1 August). */
export function schooljaarOf(today: DutchDate): string {
  const start = today.month >= 8 ? today.year : today.year - 1;
  return `${start}-${start + 1}`;
}

/** Every text where the template keeps its goals, normalised, to see what is already there. */
function goalText(template: Template, values: Values): string {
  const target = goalDraftLayouts[template.id].target;
  const ids =
    target.kind === "text"
      ? [target.field]
      : target.rows.flatMap((r) => [r.doel, r.activiteiten ?? r.doel]);
  return ` ${ids.map((id) => normalizeWords(textOf(values, id))).join(" ")} `;
}

/** The words by which a goal already in the document answers a norm (the template's own keywords). */
function keywordsOf(template: Template, rule: string): readonly string[] {
  for (const check of template.checks)
    if (check.check === "answered-by-goal") {
      const words = check.norms[rule];
      if (words) return words;
    }
  return [];
}

/** What a draft says of the fields that miss its norm: their short labels, full labels and count. */
function draftParams(rule: string, entries: readonly Field[]): MessageParams {
  return {
    label: entries[0]?.short ?? entries[0]?.label ?? rule,
    labels: entries.map((f) => f.short ?? f.label),
    detail: entries.map((f) => f.label).join("\n"),
    count: entries.length,
  };
}

/**
 * The drafted doel for a norm missed by these fields, from the one table of drafts; undefined for a
 * norm that has none. An answered-by-goal finding offers it as its example.
 */
export function draftDoel(rule: string, entries: readonly Field[]): string | undefined {
  return goalDraftMessages[rule]?.doel(draftParams(rule, entries));
}

/**
 * An ontwikkeldoel for every norm of the template that is not met and not yet answered by a goal in
 * the document: drafted from the findings and the message table, with the parts the template's goal
 * place has (Zuid-Limburg: doel, activiteiten, tijdpad; the others one text).
 */
export function draftGoals(
  template: Template,
  values: Values,
  evaluation: Evaluation,
  today: DutchDate,
): GoalDraft[] {
  const layout = goalDraftLayouts[template.id];
  const missing = new Set(evaluation.missing);
  const existing = goalText(template, values);
  const rows = layout.target.kind === "rows";
  return layout.norms.flatMap((rule) => {
    const text = goalDraftMessages[rule];
    // A field the norm only makes required (an onderbouwing still empty) is no norm missed.
    const findings = evaluation.findings.filter(
      (f) => f.rule === rule && !f.fields.every((id) => missing.has(id)),
    );
    if (!text || findings.length === 0) return [];
    const fields = [...new Set(findings.flatMap((f) => f.fields.slice(0, 1)))];
    const entries = fields.flatMap((id) => template.byId.get(id)?.field ?? []);
    const params = draftParams(rule, entries);
    const doel = text.doel(params);
    const answered = [normalizeWords(doel), ...keywordsOf(template, rule).map(normalizeWords)].some(
      (words) => words !== "" && existing.includes(` ${words}`),
    );
    if (answered) return [];
    const tijdpad = draftTijdpad(schooljaarOf(today));
    const activiteiten = text.activiteiten(params);
    return [
      {
        rule,
        title: normTitle(rule),
        fields,
        ...(rows
          ? { doel, activiteiten, tijdpad }
          : { doel: `${doel} Activiteiten: ${activiteiten} Tijdpad: ${tijdpad.toLowerCase()}.` }),
      },
    ];
  });
}

const emptyRow = (values: Values, row: GoalRow) =>
  [row.doel, row.activiteiten, row.tijdpad].every((id) => id === undefined || !textOf(values, id));

/**
 * What accepting a (possibly edited) goal writes, given what the document holds now: the first empty
 * goal row, or a new paragraph after the text already there. Undefined when every row is taken.
 */
export function goalChanges(
  template: Template,
  values: Values,
  goal: GoalText,
): Suggestion[] | undefined {
  const target = goalDraftLayouts[template.id].target;
  if (target.kind === "text") {
    const before = textOf(values, target.field);
    return [{ field: target.field, value: before ? `${before}\n${goal.doel}` : goal.doel }];
  }
  const row = target.rows.find((r) => emptyRow(values, r));
  if (!row) return undefined;
  const parts: [string | undefined, string | undefined][] = [
    [row.doel, goal.doel],
    [row.activiteiten, goal.activiteiten],
    [row.tijdpad, goal.tijdpad],
  ];
  return parts.flatMap(([field, value]) =>
    field !== undefined && value !== undefined && value.trim() !== ""
      ? [{ field, value: value.trim() }]
      : [],
  );
}
