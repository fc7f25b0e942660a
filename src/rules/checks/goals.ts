import type { Check } from "../../model";
import type { Context } from "../context";
import { finding, type RuleOutput } from "../generic";
import { say } from "../messages";
import type { Finding } from "../types";
import { normalizeWords } from "./texts";

type Of<K extends Check["check"]> = Extract<Check, { check: K }>;

/**
 * Every norm not met (an error or warning of that rule) should be answered by a development goal that
 * names it. The finding carries a draft for the first empty goal row.
 */
export function answeredByGoal(
  ctx: Context,
  check: Of<"answered-by-goal">,
  out: RuleOutput,
  prior: readonly Finding[],
) {
  const goalText = ` ${check.goals
    .flat()
    .map((id) => normalizeWords(ctx.text(id)))
    .join(" ")} `;
  const emptyGoal = check.goals.find(([doel]) => ctx.isEmpty(doel))?.[0];
  for (const [norm, keywords] of Object.entries(check.norms)) {
    // A field the norm merely makes required (an onderbouwing) is no norm missed.
    const missed = prior.filter(
      (f) => f.rule === norm && f.severity !== "info" && !out.incomplete.has(f),
    );
    if (missed.length === 0) continue;
    if (
      keywords.some(
        (k) =>
          goalText.includes(` ${normalizeWords(k)} `) || goalText.includes(` ${normalizeWords(k)}`),
      )
    )
      continue;
    const fields = [...new Set(missed.flatMap((f) => f.fields.slice(0, 1)))];
    const labels = fields.map(ctx.label);
    const params = { label: keywords[0] ?? norm, labels, detail: norm, count: fields.length };
    const draft = say(`${check.message}.concept.${norm}`, params);
    out.findings.push({
      ...finding(
        check.rule,
        check.severity,
        [...fields, ...check.goals.map(([doel]) => doel)],
        say(check.message, { ...params, value: draft }),
      ),
      ...(emptyGoal ? { suggestion: { field: emptyGoal, value: draft } } : {}),
    });
  }
}
