import { resolve } from "node:path";
import {
  importedDocx,
  planImport,
  templateById,
  type ImportPlan,
} from "../../document/recognize/import";
import { parseArgs } from "../args";
import { clip, count } from "../dutch";
import { readInput } from "../files";
import { sameFile, writeFileAtomic } from "../safe-write";
import { EXIT, InputError, UsageError, todayOf, type ExitCode, type Io } from "../io";

function labelOf(plan: ImportPlan, id: string): string {
  const f = plan.template.byId.get(id)?.field;
  return f ? (f.short ?? f.label) : id;
}

function textReport(plan: ImportPlan, out: string): string {
  const carried = plan.source.template !== plan.template.id;
  const lines = [
    `${out} geschreven: ${plan.template.name} (${plan.template.id}).`,
    `Gelezen als ${plan.source.template}, ${plan.source.read === "controls" ? "uit de SOP-velden" : "uit de tekst van het document"}.`,
    `Overgenomen: ${count(plan.fields.length, "antwoord", "antwoorden")}.`,
  ];
  if (plan.unplaced.length > 0) {
    lines.push(
      carried
        ? `Zonder plaats in ${plan.template.id} (niet overgenomen, zie het oude document):`
        : `Geen plaats in het document voor (${plan.unplaced.length}):`,
    );
    for (const id of plan.unplaced) lines.push(`  - ${id}`);
  }
  if (plan.empty.length > 0 && !carried)
    lines.push(
      `Leeg in het document (${plan.empty.length}): ${clip(plan.empty.map((id) => labelOf(plan, id)).join(", "), 400)}`,
    );
  return `${lines.join("\n")}\n`;
}

/** `import <file.docx> [--template <id>] --out <new.docx> [--json]`. */
export function importCommand(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs("import", argv, { flags: ["json"], options: ["template", "out"] });
  const [file, ...rest] = args.positionals;
  if (!file || rest.length > 0) throw new UsageError("Geef precies één .docx-bestand.", "import");
  const out = args.options.get("out");
  if (!out) throw new UsageError("De optie --out <nieuw.docx> ontbreekt.", "import");
  const id = args.options.get("template");
  const target = id !== undefined ? templateById(id).id : undefined;
  const cwd = io.cwd ?? process.cwd();
  const path = resolve(cwd, file);
  const outPath = resolve(cwd, out);
  if (sameFile(path, outPath))
    throw new InputError(
      `${out}: import maakt een nieuw document en overschrijft het oude niet. Kies een andere naam, of gebruik sop bind --in-place.`,
    );
  const plan = planImport(readInput(path, file), target);
  writeFileAtomic(outPath, importedDocx(plan, todayOf(io.now())), out);
  if (args.flags.has("json")) {
    const report = {
      template: plan.template.id,
      fields: plan.fields.map((f) => ({ id: f.id, value: f.value, from: f.from })),
      unplaced: plan.unplaced,
      empty: plan.empty,
    };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else io.stdout.write(textReport(plan, out));
  return EXIT.ok;
}
