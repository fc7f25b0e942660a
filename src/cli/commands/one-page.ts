import { resolve } from "node:path";
import { onePageDocx } from "../../document/docx/one-page";
import { parseArgs } from "../args";
import { sameFile, writeFileAtomic } from "../safe-write";
import { EXIT, InputError, UsageError, todayOf, type ExitCode, type Io } from "../io";
import { openSop } from "../open-sop";

/** `one-page <file.docx> --out <file.docx>`: the "SOP one page" summary of a filled SOP. */
export function onePageCommand(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs("one-page", argv, { options: ["out"] });
  const [file, ...rest] = args.positionals;
  if (!file || rest.length > 0)
    throw new UsageError("Geef precies één SOP (.docx) om samen te vatten.", "one-page");
  const out = args.options.get("out");
  if (!out) throw new UsageError("De optie --out <bestand.docx> ontbreekt.", "one-page");
  const cwd = io.cwd ?? process.cwd();
  if (sameFile(resolve(cwd, out), resolve(cwd, file)))
    throw new InputError(`${out}: dit is het SOP zelf; kies een andere naam voor de samenvatting.`);
  const { template, state } = openSop(file, io);
  writeFileAtomic(resolve(cwd, out), onePageDocx(template, state.values, todayOf(io.now())), out);
  io.stdout.write(`${out} geschreven: SOP one page van ${file} (${template.id}).\n`);
  return EXIT.ok;
}
