import type { Template, Values } from "../model";
import type { FieldChange } from "../document/port";
import { evaluate, parseDutchNumber } from "../rules";
import { isFilled } from "./values";

function numberIn(value: Values[string]): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  const parsed = parseDutchNumber(value);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The computed fields (totals, counts, the financial amount) to write along with some edits: those
 * whose value the edits change, and those the document leaves empty. A computed value the document
 * states wrongly but that the edits do not touch is left for the R-COMPUTED finding to offer.
 */
export function computedChanges(
  template: Template,
  before: Values,
  after: Values,
  present: ReadonlySet<string>,
  today: string,
  edited: ReadonlySet<string>,
): FieldChange[] {
  const was = evaluate(template, before, today).computed;
  const now = evaluate(template, after, today).computed;
  const changes: FieldChange[] = [];
  for (const [id, value] of Object.entries(now)) {
    if (!present.has(id) || edited.has(id)) continue;
    const inDocument = before[id];
    if (value === null || value === undefined) {
      // Its inputs were emptied: an amount computed from them no longer holds.
      if (was[id] !== null && was[id] !== undefined && isFilled(inDocument))
        changes.push({ field: id, value: null });
      continue;
    }
    const stated = numberIn(inDocument);
    if (stated !== undefined && Math.abs(stated - value) < 0.005) continue;
    if (value !== was[id] || !isFilled(inDocument)) changes.push({ field: id, value });
  }
  return changes;
}
