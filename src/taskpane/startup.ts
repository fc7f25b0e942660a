import type { NoWord, WordConnection } from "../document/word/host";

/**
 * How long the pane waits for Word when Office opened it. Generous on purpose: before
 * `Office.onReady` office.js fetches Word's host script and strings (some 800 KB), which on a cold
 * cache and a school network takes seconds (office-js #6040, #6148). Deciding "not in Word" early
 * would open the browser edition inside Word.
 */
export const WORD_LIMIT_MS = 30_000;

/** What the pane starts as. */
export type Start =
  | { kind: "word"; connection: WordConnection }
  | { kind: "browser" }
  | { kind: "unreachable"; why: Exclude<NoWord, "not-word"> };

/**
 * Whether an Office host opened the page: the loader in taskpane.html (webpack.config.js) decides it
 * from the markers office.js itself reads, before loading office.js, and notes it on <html>.
 */
export function openedByOffice(doc: Document = document): boolean {
  return doc.documentElement.getAttribute("data-opened-by") === "office";
}

/**
 * Outside Office the browser edition starts at once. Inside Office the pane waits for Word, however
 * long office.js takes up to the limit, and then says it cannot reach Word; it never falls back to
 * the browser edition's file picker there. Only when office.js itself answers that there is no Word
 * (a stale marker) does the browser edition start.
 */
export async function decideStart(
  inOffice: boolean,
  wait: (limitMs: number) => Promise<WordConnection | NoWord>,
  limitMs: number = WORD_LIMIT_MS,
): Promise<Start> {
  if (!inOffice) return { kind: "browser" };
  const result = await wait(limitMs);
  if (typeof result !== "string") return { kind: "word", connection: result };
  if (result === "not-word") return { kind: "browser" };
  return { kind: "unreachable", why: result };
}
