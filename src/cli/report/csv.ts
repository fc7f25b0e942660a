import type { FileResult } from "../../report/check-file";
import { overviewCsv } from "../../report/excel-csv";

/** RFC 4180 with Dutch Excel's separator: a cell with a `;`, comma, quote or line break is quoted, quotes doubled. */
export function csvCell(value: string): string {
  return /[;",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * `check --format csv`: the board's overview for Dutch Excel (`;`, a byte order mark, Dutch
 * headers), one row per file and a column per norm with its status in words.
 */
export function csvReport(results: readonly FileResult[]): string {
  return overviewCsv(results, csvCell);
}
