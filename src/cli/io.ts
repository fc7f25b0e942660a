import type { DutchDate } from "../rules";

/** How `check` may use threads: the script a worker starts (the `sop` command itself) and how many. */
export type Parallel = { script: string; threads: number };

/** Where the CLI writes: process.stdout in real use, a buffer in tests. */
export type Output = { write(chunk: string | Uint8Array): unknown };

/** stderr also says whether a person watches it (a progress bar only makes sense on a terminal). */
export type ErrorOutput = Output & { isTTY?: boolean; columns?: number };

/** Everything the CLI takes from its surroundings, injected so tests run it in-process. */
export type Io = {
  stdout: Output;
  stderr: ErrorOutput;
  /** The clock: `check` and `fill` judge dates against today. */
  now: () => Date;
  /** Relative paths are resolved against this folder (default: the process's working folder). */
  cwd?: string;
  /** Worker threads `check` may use; only the real process has a script to start them with. */
  parallel?: Parallel;
};

/** 0: all well; 1: some SOP has an error finding; 2: bad input (a file, the data, the command). */
export const EXIT = { ok: 0, findings: 1, input: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem with the command itself (unknown option, missing argument): usage text follows. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to show; undefined for the general usage. */
    readonly command?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** A problem with an input the user named (a file, a data file): one Dutch line, exit 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** Today's date in the local time zone, as the rules take it. */
export function todayOf(now: Date): DutchDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export { joinLines, oneLine } from "../report/one-line";
