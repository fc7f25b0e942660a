import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { DocxDocument, type WriteOptions } from "../../document/docx/adapter";
import { buildTemplateDocx } from "../../document/docx/build-template";
import type { FieldChange } from "../../document/port";
import { findTemplate, templateIds, type Template } from "../../model";
import { draftGoals, evaluate, goalChanges, hintsToClear, type DutchDate } from "../../rules";
import { parseArgs } from "../args";
import { NO_SOP_FIELDS } from "../../report/not-an-sop";
import { count } from "../dutch";
import { changesFor, readDataFile } from "../fill-data";
import { readInput } from "../files";
import { sameFile, writeInPlace, writeOutput } from "../safe-write";
import { EXIT, InputError, UsageError, todayOf, type ExitCode, type Io } from "../io";

/** The document to fill: a fresh template, or an existing file. */
function source(
  arg: string,
  cwd: string,
): { doc: DocxDocument; template: Template; path?: string } {
  const byId = findTemplate(arg);
  const path = resolve(cwd, arg);
  if (byId && !existsSync(path))
    return { doc: new DocxDocument(buildTemplateDocx(byId)), template: byId };
  if (!byId && !existsSync(path) && !/\.docx$/i.test(arg))
    throw new InputError(
      `${arg}: geen bestand en geen sjabloon. Sjablonen: ${templateIds.join(", ")}.`,
    );
  const doc = new DocxDocument(readInput(path, arg));
  const template = doc.template();
  if (!template) throw new InputError(`${arg}: ${NO_SOP_FIELDS}`);
  return { doc, template, path };
}

/**
 * The changes that make a document final: each empty optional field loses its grey hint, so a
 * finished SOP prints none (ADR 0005).
 */
function finalChanges(doc: DocxDocument, template: Template, today: DutchDate): FieldChange[] {
  const state = doc.readSync();
  const evaluation = evaluate(template, state.values, today);
  return hintsToClear(template, state.values, evaluation)
    .filter((field) => state.present.has(field))
    .map((field) => ({ field, value: null, placeholder: "" }));
}

/**
 * `--draft-goals`: an ontwikkeldoel drafted for every norm not met, written into the template's place
 * for goals, as the pane does when a director takes the drafts over unchanged. Returns how many.
 */
function writeDraftGoals(
  doc: DocxDocument,
  template: Template,
  io: Io,
  options: WriteOptions,
): number {
  const today = todayOf(io.now());
  const values = { ...doc.readSync().values };
  const drafts = draftGoals(template, values, evaluate(template, values, today), today);
  let written = 0;
  for (const draft of drafts) {
    const changes = goalChanges(template, values, draft);
    if (!changes) {
      io.stderr.write(
        `Geen lege rij meer voor een ontwikkeldoel bij ${draft.title}; dat doel is niet opgesteld.\n`,
      );
      continue;
    }
    doc.writeSync(changes, options);
    for (const c of changes) values[c.field] = c.value;
    written += 1;
  }
  return written;
}

/**
 * `fill <template-id | file.docx> --data <values.json> --out <file.docx | -> [--in-place] [--final]
 * [--draft-goals] [--overwrite-tracked-changes]`.
 */
export function fill(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs("fill", argv, {
    flags: ["in-place", "final", "draft-goals", "overwrite-tracked-changes"],
    options: ["data", "out"],
  });
  const [target, ...rest] = args.positionals;
  if (!target || rest.length > 0)
    throw new UsageError("Geef precies één sjabloon-id of .docx-bestand om te vullen.", "fill");
  const dataFile = args.options.get("data");
  const drafting = args.flags.has("draft-goals");
  if (!dataFile && !drafting)
    throw new UsageError("De optie --data <waarden.json> ontbreekt.", "fill");
  const inPlace = args.flags.has("in-place");
  const out = args.options.get("out");
  if (!out && !inPlace) throw new UsageError("De optie --out <bestand.docx> ontbreekt.", "fill");

  const cwd = io.cwd ?? process.cwd();
  const { doc, template, path } = source(target, cwd);
  if (inPlace && !path)
    throw new UsageError(
      "--in-place kan alleen bij een bestaand document, niet bij een sjabloon.",
      "fill",
    );
  const outPath = inPlace ? (path as string) : out === "-" ? "-" : resolve(cwd, out as string);
  if (inPlace && out && !sameFile(resolve(cwd, out), outPath))
    throw new UsageError(
      "Met --in-place wordt het document zelf overschreven; laat --out weg.",
      "fill",
    );
  if (!inPlace && path && outPath !== "-" && sameFile(path, outPath))
    throw new InputError(
      `${out}: dit is het document dat gevuld wordt. Gebruik --in-place om het te overschrijven.`,
    );

  const data = dataFile ? readDataFile(dataFile, io) : { values: {} };
  if (data.template !== undefined && data.template !== template.id)
    throw new InputError(
      `${dataFile}: de waarden zijn voor sjabloon "${data.template}", maar ${path ? `${target} volgt sjabloon "${template.id}"` : `er wordt gevuld met sjabloon "${template.id}"`}.`,
    );
  // Everything is checked before anything is written: a refused value leaves no file behind.
  const options = { overwriteTrackedChanges: args.flags.has("overwrite-tracked-changes") };
  if (dataFile) doc.writeSync(changesFor(template, data, dataFile), options);

  // Computed fields follow from what is now in the document (given values and what was there).
  const state = doc.readSync();
  const computed: FieldChange[] = Object.entries(
    evaluate(template, state.values, todayOf(io.now())).computed,
  ).flatMap(([field, value]) =>
    value !== null && state.present.has(field) ? [{ field, value }] : [],
  );
  if (computed.length > 0) doc.writeSync(computed, options);
  const goals = drafting ? writeDraftGoals(doc, template, io, options) : 0;
  // After the drafts, so a drafted goal is not taken for an empty field whose hint goes.
  const final = args.flags.has("final") ? finalChanges(doc, template, todayOf(io.now())) : [];
  if (final.length > 0) doc.writeSync(final, options);

  const shown = inPlace ? target : (out as string);
  const bytes = doc.toBytes();
  if (inPlace) writeInPlace(outPath, bytes, shown);
  else writeOutput(outPath, bytes, io, shown);
  const given = count(Object.keys(data.values).length, "waarde", "waarden");
  const written = count(computed.length, "berekend veld", "berekende velden");
  const hints = args.flags.has("final")
    ? `, definitief: ${count(final.length, "lege aanwijzing", "lege aanwijzingen")} gewist`
    : "";
  const drafted = drafting ? `, ${count(goals, "ontwikkeldoel", "ontwikkeldoelen")} opgesteld` : "";
  // With --out - standard output is the document; the note goes to standard error.
  (outPath === "-" ? io.stderr : io.stdout).write(
    `${outPath === "-" ? "Document" : shown} geschreven (${template.id}: ${given}, ${written}${hints}${drafted}).\n`,
  );
  return EXIT.ok;
}
