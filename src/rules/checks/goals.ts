import type { Check } from "../../model";
import type { Context } from "../context";
import { finding, type RuleOutput } from "../generic";
import { draftDoel } from "../goal-drafts";
import { say } from "../messages";
import type { Finding } from "../types";
import { normalizeWords, normalizedTemplateWords } from "./texts";

type Of<K extends Check["check"]> = Extract<Check, { check: K }>;

/** The goal fields of a check read as one text, normalised for matching words. */
function goalText(ctx: Context, check: Of<"answered-by-goal">): string {
  return ` ${check.goals
    .flat()
    .map((id) => normalizeWords(ctx.text(id)))
    .join(" ")} `;
}

/** Whether the goals answer a norm: they name one of its words, or (no words) say anything at all. */
function answers(text: string, keywords: readonly string[]): boolean {
  if (keywords.length === 0) return text.trim() !== "";
  return keywords.some((k) => text.includes(` ${normalizedTemplateWords(k)}`));
}

/**
 * The norms the school's goals answer, whether or not the norm is missed: known before any norm is
 * checked, so a norm's own message can say it is answered instead of asking for a goal.
 */
export function answeredNorms(ctx: Context, checks: readonly Check[]): Set<string> {
  const answered = new Set<string>();
  for (const check of checks) {
    if (check.check !== "answered-by-goal") continue;
    const text = goalText(ctx, check);
    for (const [norm, keywords] of Object.entries(check.norms))
      if (answers(text, keywords)) answered.add(norm);
  }
  return answered;
}

/** The norms an answered-by-goal check can answer (whether or not they are answered now). */
export function answerableNorms(checks: readonly Check[]): Set<string> {
  return new Set(
    checks.flatMap((c) => (c.check === "answered-by-goal" ? Object.keys(c.norms) : [])),
  );
}

/**
 * Every norm not met (an error or warning of that rule) should be answered by a goal that names it.
 * The finding carries the norm's drafted doel (src/rules/messages/goal-drafts.ts) for the first
 * empty goal row.
 */
export function answeredByGoal(
  ctx: Context,
  check: Of<"answered-by-goal">,
  out: RuleOutput,
  prior: readonly Finding[],
) {
  if (check.remind === false) return;
  const text = goalText(ctx, check);
  const emptyGoal = check.goals.find((row) => row[0] !== undefined && ctx.isEmpty(row[0]))?.[0];
  const firstOfRows = check.goals.flatMap((row) => row.slice(0, 1));
  for (const [norm, keywords] of Object.entries(check.norms)) {
    // A field the norm merely makes required (an onderbouwing) is no norm missed.
    const missed = prior.filter(
      (f) => f.rule === norm && f.severity !== "info" && !out.incomplete.has(f),
    );
    if (missed.length === 0 || answers(text, keywords)) continue;
    const fields = [...new Set(missed.flatMap((f) => f.fields.slice(0, 1)))];
    const labels = fields.map(ctx.label);
    const params = {
      label: keywords[0] ?? norm,
      labels,
      detail: norm,
      count: fields.length,
      // Only warnings (a score at the norm's very limit): the norm may be met; say that, no more.
      borderline: missed.every((f) => f.severity === "warning"),
    };
    // The example is the draft the pane and `fill --draft-goals` offer: one text for one norm.
    const draft = draftDoel(norm, fields.map(ctx.field)) ?? "";
    out.findings.push({
      ...finding(
        check.rule,
        check.severity,
        [...fields, ...firstOfRows],
        say(check.message, { ...params, value: draft }),
        // A goal for a norm missed only by what is not filled in yet waits with it.
        missed.every((f) => f.pending !== undefined) && "answer",
      ),
      ...(emptyGoal && draft ? { suggestion: { field: emptyGoal, value: draft } } : {}),
    });
  }
}
