import { resolve } from "node:path";
import { DocxDocument } from "../../document/docx/adapter";
import { DocumentError } from "../../document/errors";
import type { ControlInfo, ControlProblem, Detection } from "../../document/port";
import { findTemplate } from "../../model";
import { parseArgs } from "../args";
import { CONTROL_NAME, clip, columns, count } from "../dutch";
import { readInput } from "../files";
import { EXIT, UsageError, type ExitCode, type Io } from "../io";

/** What a document says about its template, readable whether or not SOP Assistent knows it. */
function templateLine(detection: Detection): string {
  switch (detection.kind) {
    case "none":
      return "geen (het document heeft geen eigenschap SOP.Template: het is geen SOP)";
    case "unknown":
      return `onbekend: ${new DocumentError(detection.problem, `(SOP.Template "${detection.template}", SOP.TemplateVersion "${detection.version}")`).message}`;
    case "sop":
      return `${findTemplate(detection.template)?.name ?? detection.template} (${detection.template}, versie ${detection.version})`;
  }
}

/** Duplicates are visible in any document; unknown tags and wrong types only against a known template. */
function problemsOf(doc: DocxDocument, detection: Detection, controls: readonly ControlInfo[]) {
  if (detection.kind === "sop") return doc.readSync().problems;
  const seen = new Map<string, number>();
  for (const c of controls)
    if (c.tag.startsWith("sop:")) seen.set(c.tag, (seen.get(c.tag) ?? 0) + 1);
  return [...seen]
    .filter(([, n]) => n > 1)
    .map(([tag, n]): ControlProblem => ({ kind: "duplicate", tag, count: n }));
}

function controlJson(c: ControlInfo) {
  return {
    tag: c.tag,
    title: c.title,
    type: c.type,
    text: c.text,
    ...(c.type === "CheckBox" ? { checked: c.checked ?? false } : {}),
    showingPlaceholder: c.showingPlaceholder,
    ...(c.placeholder !== undefined ? { placeholder: c.placeholder } : {}),
    level: c.level,
    depth: c.depth,
    lock: c.lock,
    ...(c.items ? { items: c.items } : {}),
    ...(c.date ? { date: c.date } : {}),
  };
}

function contentText(c: ControlInfo): string {
  if (c.type === "CheckBox") return c.checked ? "☒ aangevinkt" : "☐ niet aangevinkt";
  if (c.showingPlaceholder) return `(aanwijzing) ${clip(c.placeholder ?? "", 50)}`;
  return c.text === "" ? "(leeg)" : clip(c.text, 60);
}

/** `inspect <file.docx> [--json]`: every content control of the body, SOP or not, in document order. */
export function inspect(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs("inspect", argv, { flags: ["json"] });
  const [file, ...rest] = args.positionals;
  if (!file || rest.length > 0) throw new UsageError("Geef precies één .docx-bestand.", "inspect");
  const doc = new DocxDocument(readInput(resolve(io.cwd ?? process.cwd(), file), file));
  const detection = doc.detectSync();
  const controls = doc.controls();
  const problems = problemsOf(doc, detection, controls);
  const duplicates = problems.flatMap((p) =>
    p.kind === "duplicate" ? [{ tag: p.tag, count: p.count }] : [],
  );
  const unknownTags = problems.flatMap((p) => (p.kind === "unknown-tag" ? [p.tag] : []));
  const wrongTypes = problems.flatMap((p) =>
    p.kind === "wrong-type"
      ? [{ tag: p.tag, field: p.field, expected: p.expected, found: p.found }]
      : [],
  );

  if (args.flags.has("json")) {
    const known = detection.kind === "sop";
    const report = {
      file,
      template: known ? detection.template : null,
      version: known ? detection.version : null,
      ...(detection.kind === "unknown" ? { templateProblem: templateLine(detection) } : {}),
      controls: controls.map(controlJson),
      duplicates,
      unknownTags,
      wrongTypes,
    };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return EXIT.ok;
  }

  const sop = controls.filter((c) => c.tag.startsWith("sop:")).length;
  const rows = controls.map((c, i) => [
    String(i + 1),
    c.type,
    `${"  ".repeat(c.depth)}${clip(c.tag || "(geen tag)", 44)}`,
    clip(c.title || "-", 36),
    contentText(c),
  ]);
  const lines = [
    `Bestand:  ${file}`,
    `Sjabloon: ${templateLine(detection)}`,
    `Inhoudsbesturingselementen: ${controls.length} (waarvan ${sop} met een sop:-tag)`,
    "",
    ...(controls.length > 0 ? columns([["nr", "type", "tag", "titel", "inhoud"], ...rows]) : []),
  ];
  if (duplicates.length + unknownTags.length + wrongTypes.length === 0) {
    if (detection.kind === "sop")
      lines.push("", "Geen dubbele, onbekende of verkeerde SOP-velden.");
  } else lines.push("");
  for (const d of duplicates)
    lines.push(`Dubbel: ${d.tag} staat ${count(d.count, "keer", "keer")} in het document.`);
  for (const t of unknownTags) lines.push(`Onbekend: ${t} hoort niet bij dit sjabloon.`);
  for (const w of wrongTypes)
    lines.push(`Verkeerd type: ${w.tag} is een ${CONTROL_NAME[w.found]}, verwacht ${w.expected}.`);
  io.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
