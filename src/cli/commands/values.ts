import type { FieldValue } from "../../model";
import { parseArgs } from "../args";
import { controlFindings } from "../../report/check-file";
import { clip, columns } from "../dutch";
import { EXIT, UsageError, type ExitCode, type Io } from "../io";
import { inFieldOrder, openSop } from "../open-sop";

function shown(value: FieldValue): string {
  if (typeof value === "boolean") return value ? "☒ aangevinkt" : "☐";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return clip(value, 80);
  return `${value.join(" + ")} (meer dan één aangevinkt)`;
}

/** `values <file.docx> [--json]`: the field values in the shape `fill` takes. */
export function values(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs("values", argv, { flags: ["json"] });
  const [file, ...rest] = args.positionals;
  if (!file || rest.length > 0) throw new UsageError("Geef precies één .docx-bestand.", "values");
  const { template, state } = openSop(file, io);
  const ordered = inFieldOrder(template, state.values);
  // Conflicts in the controls do not stop the other values, but the document was not fully read.
  const problems = controlFindings(template, state.problems);
  for (const f of problems) io.stderr.write(`${file}: [${f.rule}] ${f.message}\n`);
  const code = problems.length > 0 ? EXIT.input : EXIT.ok;
  if (args.flags.has("json")) {
    io.stdout.write(`${JSON.stringify({ template: template.id, values: ordered }, null, 2)}\n`);
    return code;
  }
  const rows = Object.entries(ordered).map(([id, v]) => [id, shown(v)]);
  const lines = [
    `Bestand:  ${file}`,
    `Sjabloon: ${template.name} (${template.id})`,
    `Ingevuld: ${rows.length} van ${template.fields.length} velden`,
    "",
    ...columns(rows),
  ];
  io.stdout.write(`${lines.join("\n")}\n`);
  return code;
}
