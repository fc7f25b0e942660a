import type { ErrorOutput } from "./io";

/** Only a person at a terminal watching a long run needs a bar; pipes and logs stay clean. */
export const PROGRESS_THRESHOLD = 20;

export type ProgressBar = { tick(): void; done(): void };

const silent: ProgressBar = { tick() {}, done() {} };

/**
 * A one-line bar on stderr (`\r` rewrites it), for more than 20 files when stderr is a terminal.
 * stdout stays the report alone, so `check … > rapport.txt` shows the bar but keeps it out of the file.
 */
export function progressBar(stderr: ErrorOutput, total: number): ProgressBar {
  if (!stderr.isTTY || total <= PROGRESS_THRESHOLD) return silent;
  const width = Math.max(10, Math.min(40, (stderr.columns ?? 80) - 40));
  let done = 0;
  let shown = "";
  const render = () => {
    const filled = Math.round((done / total) * width);
    const line = `\rControleren [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done} van ${total} bestanden`;
    if (line !== shown) stderr.write(line);
    shown = line;
  };
  render();
  return {
    tick() {
      done += 1;
      render();
    },
    done() {
      stderr.write("\r\x1b[K"); // wipe the bar so the terminal shows only the report
    },
  };
}
