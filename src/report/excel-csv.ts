import { overviewTable, type Cell } from "./overview";
import type { FileResult } from "./check-file";

/**
 * A CSV that Dutch Excel opens correctly by double-click: Excel in a Dutch locale splits on `;`
 * (the comma is the decimal sign there), and reads the file as UTF-8 only when it starts with a
 * byte order mark; without one, "Één" and "€" come out garbled.
 */
export function excelCsv(
  rows: readonly (readonly Cell[])[],
  cell: (value: string) => string,
): string {
  return `\uFEFF${rows.map((r) => r.map((c) => cell(String(c))).join(";")).join("\r\n")}\r\n`;
}

/** The overview (one row per file, a column per norm) as Dutch Excel's CSV. */
export function overviewCsv(
  results: readonly FileResult[],
  cell: (value: string) => string,
): string {
  const table = overviewTable(results);
  return excelCsv([table.headers, ...table.rows], cell);
}

/**
 * OWASP's advice against CSV injection: a cell that begins, after any leading spaces, with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is a formula to Excel; a leading `'` makes it text. The one
 * rule for every CSV a board gets, from the command line and from the board page.
 */
export function neutralised(cell: string): string {
  const first = cell.trimStart().charAt(0);
  const risky = (c: string) => c === "=" || c === "+" || c === "-" || c === "@";
  return risky(first) || cell.startsWith("\t") || cell.startsWith("\r") || risky(cell.charAt(0))
    ? `'${cell}`
    : cell;
}

/**
 * A cell for a CSV a board opens in Excel: quoted where `;`, a quote or a line break needs it, and a
 * text that Excel would run as a formula kept as text with a leading apostrophe (see neutralised).
 */
export function safeCsvCell(value: string): string {
  const text = neutralised(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
