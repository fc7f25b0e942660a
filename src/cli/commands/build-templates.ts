import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildTemplateDocx } from "../../document/docx/build-template";
import { templateIds, templates } from "../../model";
import { parseArgs } from "../args";
import { writeFileAtomic } from "../files";
import { EXIT, UsageError, type ExitCode, type Io } from "../io";

/** `build-templates [--out templates/]`: the four Word templates, byte for byte the same every time. */
export function buildTemplates(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs("build-templates", argv, { options: ["out"] });
  if (args.positionals.length > 0)
    throw new UsageError(`Onverwacht argument ${args.positionals[0]}.`, "build-templates");
  const shownDir = args.options.get("out") ?? "templates";
  const dir = resolve(io.cwd ?? process.cwd(), shownDir);
  mkdirSync(dir, { recursive: true });
  for (const id of templateIds) {
    const bytes = buildTemplateDocx(templates[id]);
    const path = join(dir, `${id}.docx`);
    const shown = join(shownDir, `${id}.docx`);
    // Leave an identical file alone: its date stays, and git sees nothing to do.
    if (existsSync(path) && Buffer.from(bytes).equals(readFileSync(path))) {
      io.stdout.write(`${shown} ongewijzigd\n`);
      continue;
    }
    writeFileAtomic(path, bytes, shown);
    io.stdout.write(`${shown} geschreven\n`);
  }
  return EXIT.ok;
}
