import type { Evaluation, NormStatus as RuleNormStatus } from "../rules";
import { PANE_STATUS, type NormStatus } from "./norms";

/** A norm's verdict for one document, small enough to send between threads and keep for 1,000. */
export type NormResult = {
  rule: string;
  status: NormStatus;
  /** Not met, but answered by an ontwikkeldoel or the SWV's explanation: no obstacle to readiness. */
  answered: boolean;
};

/** Each regional norm of the template with the status the rules give it (one reading everywhere). */
export function normStatuses(evaluation: Evaluation): NormResult[] {
  return evaluation.norms.map((n) => ({
    rule: n.rule,
    status: PANE_STATUS[n.status],
    answered: n.answered,
  }));
}

/** The status as the CLI contract spells it (`check --format json`). */
export const CONTRACT_STATUS: Readonly<Record<NormStatus, RuleNormStatus>> = {
  gehaald: "met",
  "niet-gehaald": "not-met",
  onvolledig: "incomplete",
};
