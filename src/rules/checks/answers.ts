import type { Check, Severity } from "../../model";
import { holds, type Context } from "../context";
import { finding, type RuleOutput } from "../generic";
import { say } from "../messages";

type Of<K extends Check["check"]> = Extract<Check, { check: K }>;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Answers that miss a norm: a score below 3, "onvoldoende", "nog op te starten". */
export function optionSeverity(ctx: Context, check: Of<"option-severity">, out: RuleOutput) {
  if (check.onlyIf && !holds(ctx, check.onlyIf)) return;
  for (const id of check.fields) {
    let worst: { key: string; severity: Severity } | undefined;
    for (const key of ctx.answers(id)) {
      const severity = check.severities[key];
      if (severity && (!worst || RANK[severity] > RANK[worst.severity])) worst = { key, severity };
    }
    if (!worst) continue;
    const f = ctx.field(id);
    const option =
      f.kind === "choice" ? f.options.find((o) => o.key === worst.key)?.label : undefined;
    const label = ctx.label(id);
    out.findings.push(
      finding(
        check.rule,
        worst.severity,
        [id],
        say(check.message, {
          label,
          labels: [label],
          value: option ?? worst.key,
          detail: worst.key,
          answered: ctx.answered.has(check.rule),
        }),
      ),
    );
  }
}

function isBlank(ctx: Context, id: string, emptyTexts: readonly string[] | undefined): boolean {
  if (ctx.isEmpty(id)) return true;
  if (!emptyTexts) return false;
  const text = ctx.text(id).toLowerCase();
  return emptyTexts.some((e) => e.toLowerCase() === text);
}

/** Fields that must hold an answer (when a condition holds). */
export function mustBeSet(ctx: Context, check: Of<"must-be-set">, out: RuleOutput) {
  if (check.onlyIf && !holds(ctx, check.onlyIf)) return;
  if (check.onlyIfAny) {
    const { fields, is } = check.onlyIfAny;
    if (!fields.some((id) => ctx.answers(id).some((a) => is.includes(a)))) return;
  }
  for (const id of check.fields) {
    // A field made required counts in the progress whether or not it is filled yet.
    if (check.severity === "required") out.required.push(id);
    if (!isBlank(ctx, id, check.emptyTexts)) continue;
    const label = ctx.label(id);
    const message = say(check.messages?.[id] ?? check.message, {
      label,
      labels: [label],
      value: ctx.text(id),
      answered: ctx.answered.has(check.rule),
    });
    // Empty is "no answer yet" while filling in; a text the SWV counts as empty (a dash) was written.
    const pending = ctx.isEmpty(id) && "answer";
    if (check.severity === "required") {
      const found = finding(check.rule, "warning", [id], message, pending);
      out.findings.push(found);
      out.incomplete.add(found);
    } else {
      out.findings.push(finding(check.rule, check.severity, [id], message, pending));
    }
  }
}

function shownAnswer(ctx: Context, id: string): string {
  const f = ctx.field(id);
  if (f.kind === "choice") {
    return ctx
      .answers(id)
      .map((k) => f.options.find((o) => o.key === k)?.label ?? k)
      .join(", ");
  }
  if (f.kind === "tick") return "aangevinkt";
  return ctx.text(id);
}

/** Fields that must stay empty (when a condition holds). */
export function mustBeEmpty(ctx: Context, check: Of<"must-be-empty">, out: RuleOutput) {
  if (!holds(ctx, check.onlyIf)) return;
  for (const id of check.fields) {
    if (ctx.isEmpty(id)) continue;
    const label = ctx.label(id);
    out.findings.push(
      finding(
        check.rule,
        check.severity,
        [id],
        say(check.message, { label, labels: [label], value: shownAnswer(ctx, id) }),
      ),
    );
  }
}
