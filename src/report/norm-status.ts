import type { Template, Values } from "../model";
import type { Evaluation } from "../rules";
import { norms, type NormStatus } from "./norms";

/** A norm's verdict for one document, small enough to send between threads and keep for 1,000. */
export type NormResult = { rule: string; status: NormStatus };

/**
 * Each norm of the template with its status. The one place the board's tools get norm statuses:
 * today the pane's own computation (./norms); once the rules give an Evaluation its norm statuses,
 * this function reads them from there instead.
 */
export function normStatuses(
  template: Template,
  evaluation: Evaluation,
  values: Values,
): NormResult[] {
  return norms(template, evaluation, values).map((n) => ({ rule: n.rule, status: n.status }));
}
