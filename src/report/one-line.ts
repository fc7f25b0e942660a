/** The message of anything thrown, on one line. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return joinLines(text, " ").trim() || "onbekende fout";
}

/**
 * The lines of a text, each trimmed, joined by `separator` (a run of blank lines counts once). Not
 * a pattern like "any spaces, a line break, any spaces": that is quadratic on a long run of spaces.
 */
export function joinLines(text: string, separator: string): string {
  const lines = text.split("\n");
  let out = (lines[0] ?? "").trimEnd();
  for (let i = 1; i < lines.length; i++) {
    if (!out.endsWith(separator)) out += separator;
    out += (lines[i] as string).trim();
  }
  return out;
}
