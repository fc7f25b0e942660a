import { resolve } from "node:path";
import { bindDocx } from "../../document/docx/bind";
import { DocxDocument } from "../../document/docx/adapter";
import { recognizeXml } from "../../document/recognize";
import { templateById } from "../../document/recognize/import";
import { parseArgs } from "../args";
import { count } from "../dutch";
import { readInput } from "../files";
import { sameFile, writeFileAtomic, writeInPlace } from "../safe-write";
import { EXIT, InputError, UsageError, type ExitCode, type Io } from "../io";

/** `bind <file.docx> [--template <id>] (--out <file.docx> | --in-place) [--json]`. */
export function bind(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs("bind", argv, {
    flags: ["in-place", "json"],
    options: ["template", "out"],
  });
  const [file, ...rest] = args.positionals;
  if (!file || rest.length > 0) throw new UsageError("Geef precies één .docx-bestand.", "bind");
  const inPlace = args.flags.has("in-place");
  const out = args.options.get("out");
  if (!out && !inPlace) throw new UsageError("Geef --out <bestand.docx> of --in-place.", "bind");
  const cwd = io.cwd ?? process.cwd();
  const path = resolve(cwd, file);
  const outPath = inPlace ? path : resolve(cwd, out as string);
  if (inPlace && out && !sameFile(resolve(cwd, out), path))
    throw new UsageError(
      "Met --in-place wordt het document zelf overschreven; laat --out weg.",
      "bind",
    );
  if (!inPlace && sameFile(path, outPath))
    throw new InputError(
      `${out}: dit is het document zelf. Gebruik --in-place om het te overschrijven.`,
    );
  const id = args.options.get("template");
  const bytes = readInput(path, file);
  const doc = new DocxDocument(bytes);
  const named = doc.template();
  if (named && doc.readSync().present.size > 0)
    throw new InputError(
      `${file}: dit document heeft zijn SOP-velden al (${named.id}); sop values toont ze.`,
    );
  const recognition = recognizeXml(
    doc.documentXml(),
    id !== undefined ? templateById(id).id : named?.id,
  );
  if (!recognition)
    throw new InputError(
      `${file}: het document lijkt op geen van de SOP-modellen; kies met --template welk model het volgt.`,
    );
  const result = bindDocx(bytes, recognition);
  // In place through a link the real file, keeping its permissions and hard links (see safe-write).
  if (inPlace) writeInPlace(outPath, result.bytes, file);
  else writeFileAtomic(outPath, result.bytes, out as string);
  if (args.flags.has("json")) {
    io.stdout.write(
      `${JSON.stringify({ template: recognition.template.id, bound: result.bound, unplaced: result.unplaced, skipped: result.skipped }, null, 2)}\n`,
    );
    return EXIT.ok;
  }
  const t = recognition.template;
  const lines = [
    `${inPlace ? file : out} geschreven: ${t.name} (${t.id}), ${count(result.bound.length, "veld", "velden")} toegevoegd.`,
  ];
  if (result.unplaced.length > 0) {
    lines.push(`Niet in dit document (${result.unplaced.length}):`);
    for (const f of result.unplaced)
      lines.push(`  - ${t.byId.get(f)?.field.short ?? t.byId.get(f)?.field.label ?? f} (${f})`);
  }
  if (result.skipped.length > 0)
    lines.push(`Gevonden maar niet als veld in te voegen: ${result.skipped.join(", ")}`);
  io.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
