import {
  ruleStatus,
  type Evaluation,
  type Finding,
  type NormStatus as RuleNormStatus,
} from "../rules";
import { normTitle } from "../rules/norm-titles";

export { normTitle };

/** A norm is met, not met (an error), or cannot be judged yet (fields still empty). */
export type NormStatus = "gehaald" | "niet-gehaald" | "onvolledig";

export type Norm = {
  rule: string;
  title: string;
  status: NormStatus;
  /** Not met, but the school answers it with an ontwikkeldoel or the SWV's explanation. */
  answered: boolean;
  findings: readonly Finding[];
  /** The fields the norm is about. */
  fields: readonly string[];
};

const GENERIC = ["R-REQUIRED", "R-EXCLUSIVE", "R-DETAIL", "R-NUMBER", "R-DATE", "R-COMPUTED"];

export const PANE_STATUS: Readonly<Record<RuleNormStatus, NormStatus>> = {
  met: "gehaald",
  "not-met": "niet-gehaald",
  incomplete: "onvolledig",
};

/**
 * Every norm of the template with the status the rules give it (the same reading as `check` and
 * readiness), then the rules every template shares that have something to say.
 */
export function norms(evaluation: Evaluation): Norm[] {
  const regional = evaluation.norms.map((n): Norm => ({
    rule: n.rule,
    title: normTitle(n.rule),
    status: PANE_STATUS[n.status],
    answered: n.answered,
    findings: n.findings,
    fields: n.fields,
  }));
  const missing = new Set(evaluation.missing);
  const generic = GENERIC.flatMap((rule): Norm[] => {
    const findings = evaluation.findings.filter((f) => f.rule === rule);
    if (findings.length === 0 && rule !== "R-REQUIRED") return [];
    const fields = [...new Set(findings.flatMap((f) => f.fields))];
    // A finding that only says a field is empty (R-REQUIRED, R-DETAIL) leaves the check incomplete.
    const incomplete = new Set(
      findings.filter((f) => f.rule === "R-REQUIRED" || f.rule === "R-DETAIL"),
    );
    const status = ruleStatus(findings, fields, { incomplete, missing });
    return [
      {
        rule,
        title: normTitle(rule),
        status: PANE_STATUS[status],
        answered: false,
        findings,
        fields,
      },
    ];
  });
  return [...regional, ...generic];
}
