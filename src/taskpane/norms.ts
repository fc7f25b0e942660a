import { checkFieldIds, type Template, type Values } from "../model";
import { normTitle, type Evaluation, type Finding } from "../rules";
import { isFilled } from "./values";

/** A norm is met, not met (an error), or cannot be judged yet (fields still empty). */
export type NormStatus = "gehaald" | "niet-gehaald" | "onvolledig";

export type Norm = {
  rule: string;
  title: string;
  status: NormStatus;
  findings: readonly Finding[];
  /** The fields the norm is about. */
  fields: readonly string[];
};

export { normTitle };

const GENERIC = ["R-REQUIRED", "R-EXCLUSIVE", "R-DETAIL", "R-NUMBER", "R-DATE", "R-COMPUTED"];

/**
 * Every norm of the template (its regional checks and the rules of its follow-up fields), then the
 * rules every template shares, each with its status and its findings.
 */
export function norms(template: Template, evaluation: Evaluation, values: Values): Norm[] {
  const fieldsByRule = new Map<string, Set<string>>();
  const unanswered = new Map<string, boolean>();
  const add = (rule: string, ids: readonly string[]) =>
    fieldsByRule.set(rule, new Set([...(fieldsByRule.get(rule) ?? []), ...ids]));
  for (const check of template.checks) {
    add(check.rule, checkFieldIds(check));
    // A score that is not given yet leaves the norm undecided.
    if (check.check === "option-severity" && check.fields.some((id) => !isFilled(values[id])))
      unanswered.set(check.rule, true);
  }
  for (const { field } of template.fields)
    if (field.followUp?.report) add(field.followUp.report.rule, [field.id]);
  for (const rule of GENERIC) if (!fieldsByRule.has(rule)) fieldsByRule.set(rule, new Set());

  const missing = new Set(evaluation.missing);
  return [...fieldsByRule].flatMap(([rule, ids]) => {
    const findings = evaluation.findings.filter((f) => f.rule === rule);
    const generic = GENERIC.includes(rule);
    if (generic && findings.length === 0 && rule !== "R-REQUIRED") return [];
    const fields = generic ? [...new Set(findings.flatMap((f) => f.fields))] : [...ids];
    const incomplete =
      unanswered.get(rule) === true ||
      fields.some((id) => missing.has(id)) ||
      findings.some((f) => f.rule === "R-REQUIRED" || f.rule === "R-DETAIL");
    const status: NormStatus = findings.some((f) => f.severity === "error")
      ? "niet-gehaald"
      : incomplete
        ? "onvolledig"
        : "gehaald";
    return [{ rule, title: normTitle(rule), status, findings, fields }];
  });
}
