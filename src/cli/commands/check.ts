import { resolve } from "node:path";
import { parseArgs } from "../args";
import type { FileResult } from "../../report/check-file";
import { checkInWorkers } from "../check-pool";
import { checkInput } from "../check-worker";
import { expandInputs } from "../files";
import { refuseInputAsOutput, writeOutput } from "../safe-write";
import { EXIT, InputError, UsageError, todayOf, type ExitCode, type Io } from "../io";
import { progressBar } from "../progress";
import { visible } from "../report/escape";
import {
  csvStream,
  jsonStream,
  textStream,
  wholeStream,
  type ReportStream,
} from "../report/stream";

const FORMATS = ["text", "json", "csv", "xlsx"] as const;
type Format = (typeof FORMATS)[number];

/**
 * Below this many files a worker's start (loading the command once more) costs more than it saves;
 * they are checked in the main thread.
 */
export const PARALLEL_FROM = 24;

/**
 * 2 when a file could not be read (or not all of its SOP fields could), else 1 when a file is not
 * ready for the board, else 0: the exit code follows readiness, as the board reads it.
 */
export function exitCodeOf(results: readonly FileResult[]): ExitCode {
  return results.reduce<ExitCode>((code, r) => worse(code, exitCodeOfFile(r)), EXIT.ok);
}

function exitCodeOfFile(r: FileResult): ExitCode {
  if (r.kind === "unreadable" || r.unreadableControls > 0) return EXIT.input;
  return r.ready ? EXIT.ok : EXIT.findings;
}

const worse = (a: ExitCode, b: ExitCode): ExitCode =>
  a === EXIT.input || b === EXIT.input
    ? EXIT.input
    : a === EXIT.findings || b === EXIT.findings
      ? EXIT.findings
      : EXIT.ok;

/**
 * `check <file.docx | folder>… [--format text|json|csv|xlsx] [--out <path | ->]`. Many files are spread over
 * worker threads when the command runs as a process (io.parallel); the report is written as the
 * results come in, in input order.
 */
export function check(argv: readonly string[], io: Io): ExitCode | Promise<ExitCode> {
  const args = parseArgs("check", argv, { options: ["format", "out"] });
  const format = (args.options.get("format") ?? "text") as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`Onbekend formaat "${format}": kies text, json, csv of xlsx.`, "check");
  if (args.positionals.length === 0)
    throw new UsageError("Geef ten minste één bestand of map om te controleren.", "check");
  const cwd = io.cwd ?? process.cwd();
  const inputs = expandInputs(args.positionals, cwd);
  if (inputs.length === 0)
    throw new InputError(`Geen .docx-bestanden gevonden in ${args.positionals.join(", ")}.`);

  const out = args.options.get("out");
  if (format === "xlsx" && !out)
    throw new UsageError(
      "Een Excel-bestand gaat niet naar het scherm: geef met --out een bestandsnaam, bijvoorbeeld --out overzicht.xlsx.",
      "check",
    );
  if (out)
    refuseInputAsOutput(
      out === "-" ? out : resolve(cwd, out),
      inputs.map((i) => i.path),
      out,
    );
  const today = todayOf(io.now());
  const all: FileResult[] = []; // only for the workbook, which needs every file at once
  const report: ReportStream =
    format === "json"
      ? jsonStream()
      : format === "csv"
        ? csvStream()
        : format === "xlsx"
          ? wholeStream((results) => (all.push(...results), ""))
          : textStream(today);
  // A file is written whole at the end (never half a report); a terminal or pipe gets it as it comes.
  const pieces: string[] = [];
  const write = (piece: string) => {
    if (piece === "") return;
    if (out && out !== "-") pieces.push(piece);
    else io.stdout.write(piece);
  };
  const bar = progressBar(io.stderr, inputs.length);
  const notes: string[] = [];
  let code: ExitCode = EXIT.ok;
  write(report.start());
  const take = (r: FileResult) => {
    bar.tick();
    code = worse(code, exitCodeOfFile(r));
    // The report may go to a file or a program; a person still learns on stderr what could not be
    // read, shown escaped: nothing from a document or a file name can start a line or drive the terminal.
    if (r.kind === "unreadable") notes.push(`${visible(`${r.file}: ${r.error}`)}\n`);
    else
      for (const f of r.findings)
        if (f.rule.startsWith("DOC-"))
          notes.push(`${visible(`${r.file}: [${f.rule}] ${f.message}`)}\n`);
    write(report.add(r));
  };
  const written = (): ExitCode => {
    if ((out && out !== "-") || format !== "text") {
      for (const note of notes) io.stderr.write(note);
      if (out && out !== "-") io.stderr.write(`Rapport geschreven naar ${out}.\n`);
    }
    return code;
  };
  const finish = (): ExitCode | Promise<ExitCode> => {
    bar.done();
    write(report.end());
    if (format === "xlsx" && out)
      // Loaded only for a workbook: the library is not needed for any other report.
      return import("../../report/workbook")
        .then(({ boardWorkbook }) => boardWorkbook(all))
        .then((bytes) => {
          writeOutput(out, bytes, { ...io, cwd });
          return written();
        });
    if (out && out !== "-") writeOutput(out, pieces.join(""), { ...io, cwd });
    return written();
  };

  if (io.parallel && io.parallel.threads > 1 && inputs.length >= PARALLEL_FROM)
    return checkInWorkers(inputs, today, io.parallel, take).then(finish);
  // One document at a time, keeping only its findings: a folder of 1,000 fits in little memory.
  for (const input of inputs) take(checkInput(input, today));
  return finish();
}
