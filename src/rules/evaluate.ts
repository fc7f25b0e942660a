import type { Template, Values } from "../model";
import { runCheck, runsLast } from "./checks";
import { answeredNorms } from "./checks/goals";
import { createContext } from "./context";
import { parseDutchDate, type DutchDate } from "./dutch";
import { genericRules, type RuleOutput } from "./generic";
import { say } from "./messages";
import { isReady, judgeNorms, unanswered } from "./norms";
import type { Evaluation, Finding, Progress } from "./types";

function toDate(today: string | DutchDate): DutchDate {
  if (typeof today !== "string") return today;
  const parsed = parseDutchDate(today);
  if (!parsed) throw new Error(`Geen geldige datum voor vandaag: ${today}`);
  return parsed;
}

/** R-REQUIRED: one finding per section that still has empty required fields. */
function requiredFindings(
  template: Template,
  missing: readonly string[],
  explained: ReadonlySet<string>,
): Finding[] {
  const bySection = new Map<string, string[]>();
  for (const id of missing) {
    if (explained.has(id)) continue;
    const entry = template.byId.get(id);
    if (!entry) continue;
    bySection.set(entry.sectionId, [...(bySection.get(entry.sectionId) ?? []), id]);
  }
  return template.sections
    .filter((s) => bySection.has(s.id))
    .map((s) => {
      const ids = bySection.get(s.id) ?? [];
      const labels = ids.map((id) => {
        const f = template.byId.get(id)?.field;
        return f?.short ?? f?.label ?? id;
      });
      const heading = [s.number, s.heading].filter(Boolean).join(" ");
      return {
        rule: "R-REQUIRED",
        severity: "warning" as const,
        fields: ids,
        message: say("R-REQUIRED", {
          label: labels[0] ?? "",
          labels,
          count: ids.length,
          detail: heading,
        }),
      };
    });
}

/**
 * Evaluates a document's values against its template: every generic and regional rule, the progress
 * per section and overall, the computed values, each norm's status and whether the document is ready
 * for the board. Pure: `today` is passed in.
 */
export function evaluate(
  template: Template,
  values: Values,
  today: string | DutchDate,
): Evaluation {
  const plain = createContext(template, values, toDate(today));
  // Which norms the school's goals answer is known first, so each norm's message can say so.
  const ctx = { ...plain, answered: answeredNorms(plain, template.checks) };
  const out: RuleOutput = genericRules(ctx);
  for (const check of template.checks.filter((c) => !runsLast(c)))
    runCheck(ctx, check, out, out.findings);
  for (const check of template.checks.filter(runsLast))
    runCheck(ctx, check, out, [...out.findings]);

  const required = new Set(out.required);
  const missing = template.fields
    .map((e) => e.field.id)
    .filter((id) => required.has(id) && ctx.isEmpty(id));
  const explained = new Set(
    out.findings.flatMap((f) => (f.rule === "R-DETAIL" || f.severity !== "info" ? f.fields : [])),
  );
  const findings = [...requiredFindings(template, missing, explained), ...out.findings];

  const sections: Record<string, Progress> = {};
  for (const s of template.sections) sections[s.id] = { filled: 0, required: 0 };
  for (const id of required) {
    const entry = template.byId.get(id);
    const p = entry && sections[entry.sectionId];
    if (!p) continue;
    p.required += 1;
    if (!ctx.isEmpty(id)) p.filled += 1;
  }
  const overall = Object.values(sections).reduce(
    (a, p) => ({ filled: a.filled + p.filled, required: a.required + p.required }),
    {
      filled: 0,
      required: 0,
    },
  );
  const missingSet = new Set(missing);
  const norms = judgeNorms(template, {
    findings,
    incomplete: out.incomplete,
    missing: missingSet,
    answered: ctx.answered,
    unanswered: (id) => unanswered(ctx, id),
  });
  return {
    findings,
    progress: { sections, overall },
    missing,
    computed: { ...ctx.computed },
    norms,
    ready: isReady(missingSet, findings, norms),
  };
}
