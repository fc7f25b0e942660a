/** The `sop` command: `npm run sop -- <command> …`. */
import { main } from "./main";

// A reader that stops early (`… | head`) closes the pipe; that is no error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE")
    process.stderr.write(`Kan de uitvoer niet schrijven: ${error.message}\n`);
  process.exit(error.code === "EPIPE" ? (process.exitCode ?? 0) : 2);
});

try {
  process.exitCode = main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    // `npm run` starts scripts in the project folder; paths are meant from where the user typed them.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
} catch (error) {
  // main catches everything it knows; this is the last net, still one line and no trace.
  process.stderr.write(
    `Er ging iets mis: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
}
