import { formatDutchDate, type DutchDate } from "../../rules";
import { SEVERITIES, SEVERITY_HEADING, count } from "../dutch";
import { STRIPPED, type CheckedFile, type FileResult } from "../../report/check-file";
import { STATUS_TEXT } from "../../report/overview";
import { visible } from "./escape";

/** Said of a document read by recognition, so a board knows the values are SOP Assistent's reading. */
export const RECOGNIZED =
  "de antwoorden zijn uit de tekst van het document gelezen (het heeft geen SOP-velden); `sop import` of `sop bind` maakt er een SOP met velden van.";

/** Per status the norms in it: "Normen niet gehaald: ZL-B (beantwoord met een ontwikkeldoel)". */
function normLines(r: CheckedFile): string[] {
  return (["niet-gehaald", "onvolledig", "gehaald"] as const).flatMap((status) => {
    const norms = r.norms.filter((n) => n.status === status);
    if (norms.length === 0) return [];
    const names = norms.map((n) =>
      n.answered ? `${n.rule} (beantwoord met een ontwikkeldoel of toelichting)` : n.rule,
    );
    return [`  Normen ${STATUS_TEXT[status]}: ${names.join(", ")}`];
  });
}

/**
 * A file's lines in the text report. Every line is made visible on its own: nothing from a document
 * (a school's name, a file name, a message) can start another line or drive the terminal.
 */
export function fileBlock(r: FileResult): string[] {
  return fileLines(r).map(visible);
}

function fileLines(r: FileResult): string[] {
  if (r.kind === "unreadable") return [r.file, `  Niet te lezen: ${r.error}`];
  const lines = [
    r.school ?? r.file,
    `  Bestand:   ${r.file}`,
    `  Sjabloon:  ${r.template.name} (${r.template.id}, versie ${r.version})`,
    ...(r.source === "recognized" ? [`  Gelezen:   ${r.stripped ? STRIPPED : RECOGNIZED}`] : []),
    `  Klaar voor het bestuur: ${r.ready ? "ja" : "nee"}`,
    `  Voortgang: ${r.progress.filled} van ${r.progress.required} velden`,
    ...normLines(r),
  ];
  if (r.findings.length === 0) lines.push("  Geen bevindingen.");
  for (const severity of SEVERITIES) {
    const found = r.findings.filter((f) => f.severity === severity);
    if (found.length === 0) continue;
    lines.push(`  ${SEVERITY_HEADING[severity]} (${found.length}):`);
    for (const f of found) lines.push(`    - [${f.rule}] ${f.message}`);
  }
  return lines;
}

/** What the summary line counts, kept as the files go by. */
export type Tally = {
  files: number;
  ready: number;
  withErrors: number;
  conflicts: number;
  unreadable: number;
};

export const emptyTally = (): Tally => ({
  files: 0,
  ready: 0,
  withErrors: 0,
  conflicts: 0,
  unreadable: 0,
});

export function tally(t: Tally, r: FileResult): Tally {
  const checked = r.kind === "checked";
  return {
    files: t.files + 1,
    ready: t.ready + (checked && r.ready ? 1 : 0),
    withErrors: t.withErrors + (checked && r.findings.some((f) => f.severity === "error") ? 1 : 0),
    conflicts: t.conflicts + (checked && r.unreadableControls > 0 ? 1 : 0),
    unreadable: t.unreadable + (checked ? 0 : 1),
  };
}

export const textHeader = (today: DutchDate) => `SOP-controle van ${formatDutchDate(today)}\n\n`;

export function textSummary(t: Tally): string {
  const summary = [
    `${count(t.files, "bestand", "bestanden")} gecontroleerd`,
    `${t.ready} klaar voor het bestuur`,
    `${t.withErrors} met fouten`,
    ...(t.conflicts > 0 ? [`${t.conflicts} met velden die niet te lezen zijn`] : []),
    ...(t.unreadable > 0 ? [`${t.unreadable} niet te lezen`] : []),
  ];
  return `Samenvatting: ${summary.join(", ")}.\n`;
}

/** The board's report: per file the school, template, readiness, progress and findings, in Dutch. */
export function textReport(results: readonly FileResult[], today: DutchDate): string {
  const t = results.reduce(tally, emptyTally());
  const blocks = results.map((r) => `${fileBlock(r).join("\n")}\n\n`);
  return `${textHeader(today)}${blocks.join("")}${textSummary(t)}`;
}
