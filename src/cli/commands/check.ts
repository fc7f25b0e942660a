import { resolve } from "node:path";
import { parseArgs } from "../args";
import { checkDocument, type FileResult } from "../check-file";
import { expandInputs, tryRead } from "../files";
import { refuseInputAsOutput, writeOutput } from "../safe-write";
import { EXIT, InputError, UsageError, todayOf, type ExitCode, type Io } from "../io";
import { progressBar } from "../progress";
import { csvReport } from "../report/csv";
import { visible } from "../report/escape";
import { jsonReport } from "../report/json";
import { textReport } from "../report/text";

const FORMATS = ["text", "json", "csv"] as const;
type Format = (typeof FORMATS)[number];

/**
 * 2 when a file could not be read (or not all of its SOP fields could), else 1 when a file has an
 * error finding, else 0.
 */
export function exitCodeOf(results: readonly FileResult[]): ExitCode {
  if (results.some((r) => r.kind === "unreadable" || r.unreadableControls > 0)) return EXIT.input;
  const error = results.some(
    (r) => r.kind === "checked" && r.findings.some((f) => f.severity === "error"),
  );
  return error ? EXIT.findings : EXIT.ok;
}

/** `check <file.docx | folder>… [--format text|json|csv] [--out <path>]`. */
export function check(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs("check", argv, { options: ["format", "out"] });
  const format = (args.options.get("format") ?? "text") as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`Onbekend formaat "${format}": kies text, json of csv.`, "check");
  if (args.positionals.length === 0)
    throw new UsageError("Geef ten minste één bestand of map om te controleren.", "check");
  const cwd = io.cwd ?? process.cwd();
  const inputs = expandInputs(args.positionals, cwd);
  if (inputs.length === 0)
    throw new InputError(`Geen .docx-bestanden gevonden in ${args.positionals.join(", ")}.`);

  const out = args.options.get("out");
  if (out)
    refuseInputAsOutput(
      out === "-" ? out : resolve(cwd, out),
      inputs.map((i) => i.path),
      out,
    );

  const today = todayOf(io.now());
  const bar = progressBar(io.stderr, inputs.length);
  const results: FileResult[] = [];
  for (const input of inputs) {
    // One document at a time, keeping only its findings: a folder of 1,000 fits in little memory.
    const read = input.problem !== undefined ? { error: input.problem } : tryRead(input.path);
    results.push(
      "error" in read
        ? { kind: "unreadable", file: input.file, error: capitalise(read.error) }
        : checkDocument(input.file, read.bytes, today),
    );
    bar.tick();
  }
  bar.done();

  const report =
    format === "json"
      ? jsonReport(results)
      : format === "csv"
        ? csvReport(results)
        : textReport(results, today);
  if (out) writeOutput(out, report, io);
  else io.stdout.write(report);
  if ((out && out !== "-") || format !== "text") {
    // The report may go to a file or a program; a person still learns here what could not be read.
    for (const r of results) {
      if (r.kind === "unreadable") io.stderr.write(`${visible(`${r.file}: ${r.error}`)}\n`);
      else
        for (const f of r.findings)
          if (f.rule.startsWith("DOC-"))
            io.stderr.write(`${visible(`${r.file}: [${f.rule}] ${f.message}`)}\n`);
    }
    if (out && out !== "-") io.stderr.write(`Rapport geschreven naar ${out}.\n`);
  }
  return exitCodeOf(results);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
