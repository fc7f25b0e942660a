import { formatDutchDate, type DutchDate } from "../../rules";
import type { FileResult } from "../check-file";
import { SEVERITIES, SEVERITY_HEADING, count } from "../dutch";
import { visible } from "./escape";

function fileBlock(r: FileResult): string[] {
  if (r.kind === "unreadable") return [r.file, `  Niet te lezen: ${r.error}`];
  const lines = [
    r.school ?? r.file,
    `  Bestand:   ${r.file}`,
    `  Sjabloon:  ${r.template.name} (${r.template.id}, versie ${r.version})`,
    `  Klaar voor het bestuur: ${r.ready ? "ja" : "nee"}`,
    `  Voortgang: ${r.progress.filled} van ${r.progress.required} velden`,
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

/** The board's report: per file the school, template, readiness, progress and findings, in Dutch. */
export function textReport(results: readonly FileResult[], today: DutchDate): string {
  const checked = results.filter((r) => r.kind === "checked");
  const ready = checked.filter((r) => r.ready).length;
  const withErrors = checked.filter((r) => r.findings.some((f) => f.severity === "error")).length;
  const unreadable = results.length - checked.length;
  const conflicts = checked.filter((r) => r.unreadableControls > 0).length;
  const summary = [
    `${count(results.length, "bestand", "bestanden")} gecontroleerd`,
    `${ready} klaar voor het bestuur`,
    `${withErrors} met fouten`,
    ...(conflicts > 0 ? [`${conflicts} met velden die niet te lezen zijn`] : []),
    ...(unreadable > 0 ? [`${unreadable} niet te lezen`] : []),
  ];
  // Every line is made visible on its own: nothing from a document can start another line.
  const blocks = results.map((r) => fileBlock(r).map(visible).join("\n"));
  return [
    `SOP-controle van ${formatDutchDate(today)}`,
    "",
    ...blocks.flatMap((b) => [b, ""]),
    `Samenvatting: ${summary.join(", ")}.`,
    "",
  ].join("\n");
}
