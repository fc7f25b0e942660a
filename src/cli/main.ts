import { DocumentError } from "../document/errors";
import { bind } from "./commands/bind";
import { buildTemplates } from "./commands/build-templates";
import { check } from "./commands/check";
import { fill } from "./commands/fill";
import { importCommand } from "./commands/import";
import { inspect } from "./commands/inspect";
import { onePageCommand } from "./commands/one-page";
import { values } from "./commands/values";
import { EXIT, InputError, UsageError, oneLine, type ExitCode, type Io } from "./io";
import { usage } from "./usage";

export type { Io } from "./io";

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => ExitCode | Promise<ExitCode>> =
  {
    inspect,
    values,
    fill,
    check,
    import: importCommand,
    bind,
    "build-templates": buildTemplates,
    "one-page": onePageCommand,
  };

/** The file a command is about, to name it when something unforeseen goes wrong. */
function subjectOf(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((a) => !a.startsWith("-"));
}

/**
 * Runs `sop <command> …` and returns the exit code. Everything goes through `io`, so tests run it
 * in-process; nothing it is given ever ends in a stack trace.
 */
export function main(argv: readonly string[], io: Io): ExitCode | Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr.write(usage());
    return EXIT.input;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    io.stdout.write(usage(rest[0]));
    return EXIT.ok;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr.write(`Onbekende opdracht "${command}".\n\n${usage()}`);
    return EXIT.input;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(usage(command));
    return EXIT.ok;
  }
  const report = (error: unknown): ExitCode => {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${usage(error.command)}`);
    } else if (error instanceof InputError) {
      io.stderr.write(`${error.message}\n`);
    } else if (error instanceof DocumentError) {
      io.stderr.write(`${subjectOf(argv) ?? command}: ${error.message}\n`);
    } else {
      const subject = subjectOf(argv);
      io.stderr.write(`Er ging iets mis${subject ? ` met ${subject}` : ""}: ${oneLine(error)}\n`);
    }
    return EXIT.input;
  };
  try {
    const code = run(rest, io);
    return typeof code === "number" ? code : code.catch(report);
  } catch (error) {
    return report(error);
  }
}
