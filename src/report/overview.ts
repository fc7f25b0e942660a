import type { Severity } from "../model";
import type { CheckedFile, FileResult } from "./check-file";
import { normTitle, type NormStatus } from "./norms";

/** How the board reads a norm's status (in a cell, a CSV, the page). */
export const STATUS_TEXT: Record<NormStatus, string> = {
  gehaald: "gehaald",
  "niet-gehaald": "niet gehaald",
  onvolledig: "onvolledig",
};

export const SEVERITY_TEXT: Record<Severity, string> = {
  error: "fout",
  warning: "waarschuwing",
  info: "tip",
};

/** A norm column of the overview: the rule and the words above it. */
export type NormColumn = { rule: string; title: string };

/** One cell: text, or a number a spreadsheet can add up. */
export type Cell = string | number;

/** The overview as a table: headers and one row per file, for the workbook and the CSV. */
export type OverviewTable = { headers: string[]; norms: NormColumn[]; rows: Cell[][] };

/** Every norm that occurs in the files, in the order of the first file that has it. */
export function normColumns(results: readonly FileResult[]): NormColumn[] {
  const seen = new Map<string, NormColumn>();
  for (const r of results)
    if (r.kind === "checked")
      for (const n of r.norms)
        if (!seen.has(n.rule)) seen.set(n.rule, { rule: n.rule, title: normTitle(n.rule) });
  return [...seen.values()];
}

export const countOf = (r: FileResult, severity: Severity): number =>
  r.kind === "checked" ? r.findings.filter((f) => f.severity === severity).length : 0;

/** The header of a norm column: "ZL-B Norm b: zorgindicatoren minstens 3". */
export const normHeader = (n: NormColumn) => (n.title === n.rule ? n.rule : `${n.rule} ${n.title}`);

/**
 * Where a checked file's answers were read: its SOP fields, or its text (recognition: a school's own
 * copy of the model, or one of ours that lost its fields to LibreOffice). A board sees at once which
 * SOPs still need `bind` or `import`.
 */
export function readFrom(r: CheckedFile): string {
  if (r.source === "controls") return "SOP-velden";
  return r.stripped ? "tekst (velden verloren)" : "tekst";
}

/**
 * One row per file with Dutch headers: school, template, whether it is ready for the board, how far
 * it is filled in, the number of errors and warnings, why it could not be read, where its answers
 * were read (`readFrom`), and each norm's
 * status in words ("gehaald", "niet gehaald", "onvolledig"; empty where the template has no such norm).
 */
export function overviewTable(results: readonly FileResult[]): OverviewTable {
  const norms = normColumns(results);
  const headers = [
    "School",
    "Bestand",
    "Sjabloon",
    "Versie",
    "Klaar voor bestuur",
    "Ingevuld",
    "Verplicht",
    "Fouten",
    "Waarschuwingen",
    "Niet te lezen",
    "Gelezen uit",
    ...norms.map(normHeader),
  ];
  const rows = results.map((r): Cell[] => {
    if (r.kind === "unreadable")
      return ["", r.file, "", "", "nee", "", "", "", "", r.error, "", ...norms.map(() => "")];
    const status = new Map(r.norms.map((n) => [n.rule, STATUS_TEXT[n.status]]));
    return [
      r.school ?? "",
      r.file,
      r.template.name,
      r.version,
      r.ready ? "ja" : "nee",
      r.progress.filled,
      r.progress.required,
      countOf(r, "error"),
      countOf(r, "warning"),
      "",
      readFrom(r),
      ...norms.map((n) => status.get(n.rule) ?? ""),
    ];
  });
  return { headers, norms, rows };
}

/** Every finding of every file, one row each: for the workbook's second sheet. */
export function findingRows(results: readonly FileResult[]): Cell[][] {
  return results.flatMap((r) =>
    r.kind === "checked"
      ? r.findings.map((f) => [
          r.school ?? "",
          r.file,
          f.rule,
          normTitle(f.rule),
          SEVERITY_TEXT[f.severity],
          f.fields.join(", "),
          f.message,
        ])
      : [["", r.file, "", "", "niet te lezen", "", r.error]],
  );
}

export const FINDING_HEADERS = [
  "School",
  "Bestand",
  "Code",
  "Norm of regel",
  "Ernst",
  "Velden",
  "Melding",
];

/** Every rule code that occurs, with what it checks: the legend of the codes. */
export function ruleLegend(results: readonly FileResult[]): Cell[][] {
  const rules = new Set<string>();
  for (const r of results)
    if (r.kind === "checked") {
      for (const n of r.norms) rules.add(n.rule);
      for (const f of r.findings) rules.add(f.rule);
    }
  return [...rules].sort().map((rule) => [rule, normTitle(rule)]);
}
