import { checkFieldIds, type Template } from "../model";
import type { Context } from "./context";
import { answerableNorms } from "./checks/goals";
import type { Finding, NormResult, NormStatus } from "./types";

/** What the evaluation knows when it judges the norms. */
type Judged = {
  findings: readonly Finding[];
  /** Findings that only say a field is still empty. */
  incomplete: ReadonlySet<Finding>;
  /** Required fields still empty. */
  missing: ReadonlySet<string>;
  /** Norms a goal of the school answers. */
  answered: ReadonlySet<string>;
  /** Whether the school gave no answer in a field (see `unanswered`). */
  unanswered: (id: string) => boolean;
};

/**
 * The status of one rule: not met with an error finding, incomplete while a field it needs is empty,
 * else met. The one reading the pane, `check` and readiness share.
 */
export function ruleStatus(
  findings: readonly Finding[],
  fields: readonly string[],
  judged: Pick<Judged, "incomplete" | "missing">,
): NormStatus {
  if (findings.some((f) => f.severity === "error" && !judged.incomplete.has(f))) return "not-met";
  const incomplete =
    findings.some((f) => judged.incomplete.has(f)) || fields.some((id) => judged.missing.has(id));
  return incomplete ? "incomplete" : "met";
}

/** A template's own norms: its checks, then the follow-ups a regional rule reports, each with its fields. */
export function normFields(template: Template): Map<string, string[]> {
  const byRule = new Map<string, string[]>();
  const add = (rule: string, ids: readonly string[]) =>
    byRule.set(rule, [...new Set([...(byRule.get(rule) ?? []), ...ids])]);
  for (const check of template.checks) add(check.rule, checkFieldIds(check));
  for (const { field } of template.fields)
    if (field.followUp?.report) add(field.followUp.report.rule, [field.id]);
  return byRule;
}

const flat = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Whether the school gave no answer in a field: it is empty, or it still holds what the template put
 * there (the model's text of a vaardigheid, the SWV's amount in a number field) — an untouched form.
 */
export function unanswered(ctx: Context, id: string): boolean {
  const field = ctx.field(id);
  if (field.kind === "number") return ctx.text(id) === "";
  if ((field.kind === "text" || field.kind === "richText") && field.default !== undefined)
    return flat(ctx.text(id)) === flat(field.default);
  return ctx.isEmpty(id);
}

/**
 * The answers a norm is judged on: a computed field stands for the fields it is computed from (a
 * count of 0 over empty choices is no answer), and a follow-up a norm reports on (an omschrijving
 * "bij ja") comes with the choice it follows, since "nee" there answers the norm too.
 */
export function normInputs(template: Template, fields: readonly string[]): string[] {
  const out = new Set<string>();
  const visit = (id: string): void => {
    if (out.has(id)) return;
    const field = template.byId.get(id)?.field;
    if (!field) return;
    if (field.kind === "computed") {
      const f = field.formula;
      for (const source of f.op === "sum-of-products" ? f.terms.flat() : f.of) visit(source);
      return;
    }
    out.add(id);
    if (field.followUp?.report) visit(field.followUp.of);
  };
  fields.forEach(visit);
  return [...out];
}

/** Every norm of the template with its status and whether a not-met norm is answered. */
export function judgeNorms(template: Template, judged: Judged): NormResult[] {
  const answerable = answerableNorms(template.checks);
  return [...normFields(template)].map(([rule, fields]) => {
    const findings = judged.findings.filter((f) => f.rule === rule);
    const judgedStatus = ruleStatus(findings, fields, judged);
    // A norm none of whose answers is given is not met but incomplete: an empty form meets nothing.
    // An error stays (an unticked box the norm requires reads "niet gehaald", issue 7 point 5).
    const status =
      judgedStatus === "met" && normInputs(template, fields).every((id) => judged.unanswered(id))
        ? "incomplete"
        : judgedStatus;
    const answered = status === "not-met" && answerable.has(rule) && judged.answered.has(rule);
    return { rule, status, answered, fields, findings };
  });
}

/**
 * Ready for the board: nothing missing, and every error is a norm not met that the school answers.
 * Invalid values, double ticks and errors of rules no goal can answer keep the document back.
 */
export function isReady(
  missing: ReadonlySet<string>,
  findings: readonly Finding[],
  norms: readonly NormResult[],
): boolean {
  if (missing.size > 0) return false;
  const answered = new Set(norms.filter((n) => n.answered).map((n) => n.rule));
  return !findings.some((f) => f.severity === "error" && !answered.has(f.rule));
}
