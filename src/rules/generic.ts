import type { Field } from "../model";
import { dateOf, type Context } from "./context";
import { compareDates, formatDutchDate, formatEuro, formatNumber, parseDutchNumber } from "./dutch";
import { say } from "./messages";
import { couldGrow, datePrefix, numberPrefix } from "./pending";
import type { Finding, Pending } from "./types";

/**
 * What the rules contribute: findings; fields they make required (counted as missing when empty); and
 * which findings only say that a field is still empty (no norm missed).
 */
export type RuleOutput = { findings: Finding[]; required: string[]; incomplete: Set<Finding> };

export function finding(
  rule: string,
  severity: Finding["severity"],
  fields: readonly string[],
  message: string,
  pending?: Pending | false,
): Finding {
  return { rule, severity, fields: [...fields], message, ...(pending ? { pending } : {}) };
}

/** R-NUMBER: Dutch notation, whole numbers for counts, nothing below the minimum. */
function checkNumber(ctx: Context, f: Extract<Field, { kind: "number" }>, out: RuleOutput) {
  const text = ctx.text(f.id);
  if (text === "") return;
  const parsed = parseDutchNumber(text);
  const label = ctx.label(f.id);
  if (!parsed.ok) {
    out.findings.push(
      finding(
        "R-NUMBER",
        "error",
        [f.id],
        say("R-NUMBER.geen-getal", { label, labels: [label], value: text }),
        numberPrefix(text) && "typing",
      ),
    );
    return;
  }
  if (f.integer && !Number.isInteger(parsed.value)) {
    out.findings.push(
      finding(
        "R-NUMBER",
        "error",
        [f.id],
        say("R-NUMBER.geheel", { label, labels: [label], value: text }),
      ),
    );
  } else if (f.min !== undefined && parsed.value < f.min) {
    out.findings.push(
      finding(
        "R-NUMBER",
        "error",
        [f.id],
        say("R-NUMBER.minimum", { label, labels: [label], value: text, expected: f.min }),
        couldGrow(text) && "typing",
      ),
    );
  }
}

/** R-DATE: a real date; a past event not after today. */
function checkDate(ctx: Context, f: Extract<Field, { kind: "date" }>, out: RuleOutput) {
  const date = dateOf(ctx, f.id);
  const label = ctx.label(f.id);
  if (date === null) {
    out.findings.push(
      finding(
        "R-DATE",
        "error",
        [f.id],
        say("R-DATE.ongeldig", { label, labels: [label], value: ctx.text(f.id) }),
        datePrefix(ctx.text(f.id)) && "typing",
      ),
    );
  } else if (date && f.past && compareDates(date, ctx.today) > 0) {
    out.findings.push(
      finding(
        "R-DATE",
        "error",
        [f.id],
        say("R-DATE.toekomst", {
          label,
          labels: [label],
          value: formatDutchDate(date),
          detail: formatDutchDate(ctx.today),
        }),
      ),
    );
  }
}

/** R-EXCLUSIVE: one option per choice. */
function checkExclusive(ctx: Context, f: Extract<Field, { kind: "choice" }>, out: RuleOutput) {
  const answers = ctx.answers(f.id);
  if (answers.length < 2) return;
  const names = answers.map((a) => f.options.find((o) => o.key === a)?.label ?? a);
  const label = ctx.label(f.id);
  out.findings.push(
    finding(
      "R-EXCLUSIVE",
      "error",
      [f.id],
      say("R-EXCLUSIVE", {
        label,
        labels: [label],
        value: names.join(" en "),
        count: answers.length,
      }),
    ),
  );
}

/** R-COMPUTED: a computed value in the document that differs from the recomputed one. */
function checkComputed(ctx: Context, f: Extract<Field, { kind: "computed" }>, out: RuleOutput) {
  const text = ctx.text(f.id);
  const expected = ctx.computed[f.id];
  if (text === "" || expected === null || expected === undefined) return;
  const parsed = parseDutchNumber(text);
  if (parsed.ok && Math.abs(parsed.value - expected) < 0.005) return;
  const shown = f.unit === "euro" ? formatEuro(expected) : formatNumber(expected);
  const label = ctx.label(f.id);
  out.findings.push({
    rule: "R-COMPUTED",
    severity: "warning",
    fields: [f.id],
    message: say("R-COMPUTED", { label, labels: [label], value: text, detail: shown }),
    suggestion: { field: f.id, value: expected },
  });
}

/** Whether the answer to `of` makes its follow-up needed. */
function followUpActive(ctx: Context, f: Field): boolean {
  const fu = f.followUp;
  if (!fu) return false;
  const parent = ctx.field(fu.of);
  if (parent.kind === "choice") {
    const answers = ctx.answers(fu.of);
    return fu.when ? answers.some((a) => fu.when?.includes(a)) : answers.length > 0;
  }
  if (parent.kind === "tick") return ctx.ticked(fu.of);
  return !ctx.isEmpty(fu.of);
}

/** R-DETAIL: a follow-up ("te weten", "uren", ...) is needed once its row is answered. */
function checkDetail(ctx: Context, f: Field, out: RuleOutput) {
  const fu = f.followUp;
  if (!fu || !followUpActive(ctx, f)) return;
  if (!fu.report) out.required.push(f.id);
  if (!ctx.isEmpty(f.id)) return;
  const label = ctx.label(f.id);
  const parent = ctx.label(fu.of);
  const message = say(`DETAIL.${fu.relation}`, { label, labels: [label, parent], detail: parent });
  if (fu.report) {
    out.findings.push(
      finding(fu.report.rule, fu.report.severity, [f.id, fu.of], message, "answer"),
    );
  } else {
    const found = finding("R-DETAIL", "warning", [f.id, fu.of], message, "answer");
    out.findings.push(found);
    out.incomplete.add(found);
  }
}

/** The rules that hold for every template, driven by the field definitions alone. */
export function genericRules(ctx: Context): RuleOutput {
  const out: RuleOutput = { findings: [], required: [], incomplete: new Set() };
  for (const { field: f } of ctx.template.fields) {
    if (f.required) out.required.push(f.id);
    switch (f.kind) {
      case "number":
        checkNumber(ctx, f, out);
        break;
      case "date":
        checkDate(ctx, f, out);
        break;
      case "choice":
        checkExclusive(ctx, f, out);
        break;
      case "computed":
        checkComputed(ctx, f, out);
        break;
      default:
        break;
    }
    checkDetail(ctx, f, out);
  }
  return out;
}
