import { checkFieldIds, type Template } from "../model";
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

/** Every norm of the template with its status and whether a not-met norm is answered. */
export function judgeNorms(template: Template, judged: Judged): NormResult[] {
  const answerable = answerableNorms(template.checks);
  return [...normFields(template)].map(([rule, fields]) => {
    const findings = judged.findings.filter((f) => f.rule === rule);
    const status = ruleStatus(findings, fields, judged);
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
