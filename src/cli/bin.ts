/** The `sop` command: `npm run sop -- <command> …`, `npx sop …`; also each worker thread of `check`. */
import { availableParallelism } from "node:os";
import { isMainThread } from "node:worker_threads";
import { isCheckWorker, runCheckWorker } from "./check-worker";
import { main } from "./main";

function fail(error: unknown): void {
  // main catches everything it knows; this is the last net, still one line and no trace.
  process.stderr.write(
    `Er ging iets mis: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
}

/** Threads for `check`: one per core, or SOP_THREADS (1 keeps everything in this thread). */
function threads(): number {
  const asked = Number(process.env.SOP_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
}

function run(): void {
  // A reader that stops early (`… | head`) closes the pipe; that is no error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE")
      process.stderr.write(`Kan de uitvoer niet schrijven: ${error.message}\n`);
    process.exit(error.code === "EPIPE" ? (process.exitCode ?? 0) : 2);
  });
  try {
    const code = main(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      now: () => new Date(),
      // `npm run` starts scripts in the project folder; paths are meant from where the user typed them.
      cwd: process.env.INIT_CWD ?? process.cwd(),
      // A worker starts the same script this process was started with (bin/sop.cjs, or this file
      // under tsx), which lands in runCheckWorker below.
      ...(process.argv[1] ? { parallel: { script: process.argv[1], threads: threads() } } : {}),
    });
    if (typeof code === "number") process.exitCode = code;
    else
      code.then((c) => {
        process.exitCode = c;
      }, fail);
  } catch (error) {
    fail(error);
  }
}

/**
 * A worker of `check` is started without arguments (src/cli/check-pool.ts); a command always has
 * one. So a command never loads node:worker_threads (several ms) merely to learn it is no worker.
 */
const maybeWorker = process.argv.length <= 2;

if (maybeWorker && !isMainThread && isCheckWorker()) runCheckWorker();
else run();
