import { UsageError } from "./io";

/** What a command accepts: flags without a value and options with one. */
export type ArgSpec = { flags?: readonly string[]; options?: readonly string[] };

export type ParsedArgs = {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
};

/**
 * A small parser (node:util parseArgs would answer in English): `--flag`, `--option value`,
 * `--option=value`, `--` ends the options. Anything unknown is a usage error naming it.
 */
export function parseArgs(command: string, argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positionals: string[] = [];
  const known = (list: readonly string[] | undefined, name: string) =>
    list?.includes(name) ?? false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      if (arg.startsWith("-") && arg !== "-")
        throw new UsageError(`Onbekende optie ${arg}.`, command);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (known(spec.flags, name)) {
      if (eq >= 0) throw new UsageError(`De optie --${name} neemt geen waarde.`, command);
      flags.add(name);
    } else if (known(spec.options, name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--")))
        throw new UsageError(`De optie --${name} mist een waarde.`, command);
      if (options.has(name))
        throw new UsageError(`De optie --${name} staat er twee keer.`, command);
      options.set(name, value);
    } else {
      throw new UsageError(`Onbekende optie --${name}.`, command);
    }
  }
  return { positionals, flags, options };
}
