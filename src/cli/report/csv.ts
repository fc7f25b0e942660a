import type { Severity, Template } from "../../model";
import type { FileResult } from "../check-file";
import { SEVERITIES } from "../dutch";
import { neutralised } from "./escape";

/**
 * RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled; and first a cell
 * Excel would read as a formula is made text (see neutralised).
 */
export function csvCell(value: string): string {
  const cell = neutralised(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const csvLine = (cells: readonly string[]) => cells.map(csvCell).join(",");

/** A template's own norms: its checks, and the follow-ups a regional rule reports. */
function regionalRules(template: Template): string[] {
  const rules = template.checks.map((c) => c.rule);
  for (const { field } of template.fields) {
    const rule = field.followUp?.report?.rule;
    if (rule) rules.push(rule);
  }
  return [...new Set(rules)];
}

/**
 * The norm columns: every regional rule of the templates involved (so a met norm shows "ok"), then
 * any other rule seen (R-REQUIRED, DOC-DUPLICATE, ...).
 */
function ruleColumns(results: readonly FileResult[]): {
  regional: Map<string, Set<string>>;
  ids: string[];
} {
  const regional = new Map<string, Set<string>>(); // rule id → template ids that have it
  const templates: Template[] = [];
  for (const r of results)
    if (r.kind === "checked" && !templates.includes(r.template)) templates.push(r.template);
  for (const t of templates)
    for (const rule of regionalRules(t))
      regional.set(rule, (regional.get(rule) ?? new Set()).add(t.id));
  const other = new Set<string>();
  for (const r of results)
    if (r.kind === "checked")
      for (const f of r.findings) if (!regional.has(f.rule)) other.add(f.rule);
  return { regional, ids: [...regional.keys(), ...[...other].sort()] };
}

/** `check --format csv`: one row per file, a column per norm (worst severity, or "ok"). */
export function csvReport(results: readonly FileResult[]): string {
  const { regional, ids } = ruleColumns(results);
  const header = [
    "file",
    "school",
    "template",
    "ready",
    "errors",
    "warnings",
    "progress",
    "error",
    ...ids,
  ];
  const rows = results.map((r) => {
    if (r.kind === "unreadable")
      return [r.file, "", "", "false", "", "", "", r.error, ...ids.map(() => "")];
    const worst = new Map<string, Severity>();
    for (const f of r.findings) {
      const was = worst.get(f.rule);
      if (!was || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(was))
        worst.set(f.rule, f.severity);
    }
    const count = (s: Severity) => String(r.findings.filter((f) => f.severity === s).length);
    return [
      r.file,
      r.school ?? "",
      r.template.id,
      String(r.ready),
      count("error"),
      count("warning"),
      `${r.progress.filled} van ${r.progress.required}`,
      "",
      ...ids.map((id) => {
        const applies = !regional.has(id) || regional.get(id)?.has(r.template.id);
        return worst.get(id) ?? (applies ? "ok" : "");
      }),
    ];
  });
  return [header, ...rows].map(csvLine).join("\r\n") + "\r\n";
}
