import type { FileResult } from "../../report/check-file";
import { neutralised, overviewCsv } from "../../report/excel-csv";

/**
 * RFC 4180 with Dutch Excel's separator: a cell with a `;`, comma, quote or line break is quoted,
 * quotes doubled; and first a cell Excel would read as a formula is made text (see neutralised).
 */
export function csvCell(value: string): string {
  const cell = neutralised(value);
  return /[;",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * `check --format csv`: the board's overview for Dutch Excel (`;`, a byte order mark, Dutch
 * headers), one row per file and a column per norm with its status in words.
 */
export function csvReport(results: readonly FileResult[]): string {
  return overviewCsv(results, csvCell);
}
