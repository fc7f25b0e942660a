import type { Severity, Template } from "../model";
import type { Evaluation } from "../rules";
import { normTitle } from "./norms";
import { answersOf, labelOf } from "./values";
import type { Values } from "../model";

/** One bar: a score or count against the norm. */
export type Bar = {
  field: string;
  label: string;
  /** On the chart's scale (1…max); null while not answered. */
  value: number | null;
  /** The answer in words ("2", "3= 51-75%", "3 van 4"). */
  shown: string;
  /** How the rules judge it: a finding's severity, "ok", or "leeg" while not answered. */
  judged: Severity | "ok" | "leeg";
};

/** A scored table against its norm: the 23 zorgindicatoren against 3, say. */
export type Chart = {
  rule: string;
  title: string;
  max: number;
  /** Where the norm line stands on the scale. */
  norm: number;
  normText: string;
  bars: Bar[];
};

/** "3= 51-75%" → "75%": the share of the team a score stands for, at most. */
function upperPercent(label: string): string | undefined {
  return /(\d+)\s*%\s*$/.exec(label)?.[1];
}

function judged(evaluation: Evaluation, rule: string, field: string, value: number | null) {
  if (value === null) return "leeg" as const;
  const finding = evaluation.findings.find((f) => f.rule === rule && f.fields.includes(field));
  return finding?.severity ?? ("ok" as const);
}

/**
 * A chart per scored table of the template, derived from its checks: scores of many rows judged per
 * answer (option-severity), and counts that must reach a minimum (min-or-fallback).
 */
export function charts(template: Template, evaluation: Evaluation, values: Values): Chart[] {
  const out: Chart[] = [];
  for (const check of template.checks) {
    if (check.check === "option-severity" && check.fields.length >= 3) {
      const fields = check.fields.map((id) => template.byId.get(id)?.field);
      const first = fields[0];
      if (first?.kind !== "choice") continue;
      const options = first.options;
      if (!options.every((o) => /^\d+$/.test(o.key))) continue;
      const normIndex = options.findIndex((o) => check.severities[o.key] !== "error");
      const normOption = options[normIndex];
      if (!normOption) continue;
      const percent = upperPercent(normOption.label);
      out.push({
        rule: check.rule,
        title: normTitle(check.rule),
        max: options.length,
        norm: normIndex + 1,
        normText: percent ? `minstens ${percent}% van het team` : `minstens ${normOption.label}`,
        bars: fields.flatMap((f) => {
          if (f?.kind !== "choice") return [];
          const answers = answersOf(values[f.id]);
          const index =
            answers.length === 1 ? f.options.findIndex((o) => o.key === answers[0]) : -1;
          const value = index >= 0 ? index + 1 : null;
          const option = f.options[index];
          return [
            {
              field: f.id,
              label: labelOf(f),
              value,
              shown: option
                ? option.label
                : answers.length > 1
                  ? "dubbel aangevinkt"
                  : "geen score",
              judged: judged(evaluation, check.rule, f.id, value),
            },
          ];
        }),
      });
    }
    if (check.check === "min-or-fallback") {
      const fields = check.fields.map((id) => template.byId.get(id)?.field);
      const max = Math.max(
        check.min,
        ...fields.map((f) =>
          f?.kind === "computed" && f.formula.op === "count-option" ? f.formula.of.length : 0,
        ),
      );
      out.push({
        rule: check.rule,
        title: normTitle(check.rule),
        max,
        norm: check.min,
        normText: `minstens ${check.min}`,
        bars: fields.flatMap((f) => {
          if (!f) return [];
          const value = evaluation.computed[f.id] ?? null;
          return [
            {
              field: f.id,
              label: labelOf(f).replace(/: aantal ja-scores$/i, ""),
              value,
              shown: value === null ? "nog niet alles beantwoord" : `${value} van ${max}`,
              judged: judged(evaluation, check.rule, f.id, value),
            },
          ];
        }),
      });
    }
  }
  return out;
}
