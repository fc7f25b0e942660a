import type { Check } from "../../model";
import type { Context } from "../context";
import { formatNumber } from "../dutch";
import { finding, type RuleOutput } from "../generic";
import { say } from "../messages";
import { normalizeWords, normalizedTemplateWords } from "./texts";

type Of<K extends Check["check"]> = Extract<Check, { check: K }>;

/**
 * Percentages that must add up (uitstroom: 100 ± 1), once any of them is given. With ticks, the
 * number of each ticked row is needed (the document is incomplete without it), and the sum is judged
 * only once every ticked row has its number: 60 + 30 with a third row still empty is unfinished, not
 * wrong. A sum already above the target cannot come right by adding, so it is wrong at once.
 */
export function sumTo(ctx: Context, check: Of<"sum-to">, out: RuleOutput) {
  const pending = check.fields.filter((id, i) => {
    const tick = check.ticks?.[i];
    return tick !== undefined && ctx.ticked(tick) && ctx.text(id) === "";
  });
  out.required.push(...pending);
  const given = check.fields.filter((id) => ctx.text(id) !== "");
  if (given.length === 0) return;
  const sum = given.reduce((total, id) => total + (ctx.number(id) ?? 0), 0);
  if (Math.abs(sum - check.target) <= check.tolerance) return;
  if (pending.length > 0 && sum < check.target) return;
  const labels = check.fields.map(ctx.label);
  out.findings.push(
    finding(
      check.rule,
      check.severity,
      given,
      say(check.message, { label: labels[0] ?? "", labels, actual: sum, expected: check.target }),
      // Too little while a part is still empty: the parts to come may make it up.
      sum < check.target && given.length < check.fields.length && "answer",
    ),
  );
}

/** A ticked category needs an amount > 0, and an amount > 0 needs its tick. */
export function tickWithAmount(ctx: Context, check: Of<"tick-with-amount">, out: RuleOutput) {
  for (const [tick, amount] of check.pairs) {
    const value = ctx.number(amount);
    const positive = value !== undefined && value > 0;
    const ticked = ctx.ticked(tick);
    if (ticked === positive) continue;
    const label = ctx.label(tick);
    const detail = ticked ? "tick-without-amount" : "amount-without-tick";
    out.findings.push(
      finding(
        check.rule,
        check.severity,
        [tick, amount],
        say(check.message, {
          label,
          labels: [label, ctx.label(amount)],
          value: ctx.text(amount),
          detail,
        }),
        // One half given, the other still empty: the tick or the amount may be on its way.
        (ticked ? ctx.text(amount) === "" : true) && "answer",
      ),
    );
  }
}

/** Parts (each a sum of numbers) that may not exceed a limit such as the number of pupils. */
export function atMost(ctx: Context, check: Of<"at-most">, out: RuleOutput) {
  const limit = ctx.number(check.limit);
  if (limit === undefined) return;
  for (const part of check.parts) {
    const numbers = part.map(ctx.number).filter((n): n is number => n !== undefined);
    if (numbers.length === 0) continue;
    const sum = numbers.reduce((a, b) => a + b, 0);
    if (sum <= limit) continue;
    const labels = part.map(ctx.label);
    out.findings.push(
      finding(
        check.rule,
        check.severity,
        [...part, check.limit],
        say(check.message, {
          label: labels.join(" + "),
          labels,
          actual: sum,
          expected: limit,
          detail: ctx.label(check.limit),
        }),
      ),
    );
  }
}

/**
 * A count below the norm must be covered elsewhere (by network partners in 3.4). With `names`, a row is
 * covered only when a fallback text names that row's intervention.
 */
export function minOrFallback(ctx: Context, check: Of<"min-or-fallback">, out: RuleOutput) {
  const anyText = check.fallback.some((id) => !ctx.isEmpty(id));
  const text = ` ${check.fallback.map((id) => normalizeWords(ctx.text(id))).join(" ")} `;
  for (const id of check.fields) {
    const count = ctx.number(id);
    if (count === undefined || count >= check.min) continue;
    const names = check.names?.[id];
    const covered = names
      ? names.some((n) => text.includes(` ${normalizedTemplateWords(n)}`))
      : anyText;
    const label = ctx.label(id);
    const detail = covered ? "with" : "without";
    out.findings.push(
      finding(
        check.rule,
        covered ? check.severityWith : check.severityWithout,
        covered ? [id] : [id, ...check.fallback],
        say(check.message, {
          label,
          labels: [label],
          actual: count,
          expected: check.min,
          detail,
          value: formatNumber(count),
          answered: ctx.answered.has(check.rule),
        }),
      ),
    );
  }
}
