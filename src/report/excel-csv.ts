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
 * A cell for a CSV a board opens in Excel: quoted where `;`, a quote or a line break needs it, and a
 * text that Excel would run as a formula (=, +, -, @, tab, carriage return first) kept as text with
 * a leading apostrophe (OWASP's CSV injection advice).
 */
export function safeCsvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
