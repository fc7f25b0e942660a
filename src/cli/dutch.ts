import type { Severity } from "../model";
import { joinLines } from "./io";
import { visible } from "./report/escape";

export { CONTROL_NAME } from "../report/control-names";

export const SEVERITY_HEADING: Record<Severity, string> = {
  error: "Fouten",
  warning: "Waarschuwingen",
  info: "Tips",
};

/** Worst first. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** A text on one line, cut to at most `max` characters. */
export function clip(text: string, max: number): string {
  const flat = visible(joinLines(text, " ⏎ ").replace(/\s+/g, " ").trim());
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Rows of cells as aligned columns; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[], gap = "  "): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - [...cell].length),
      )
      .join(gap)
      .trimEnd(),
  );
}

/** `1 bestand`, `3 bestanden`. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
