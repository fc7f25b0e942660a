import writeXlsxFile, { type Cell as XlsxCell, type Row } from "write-excel-file/universal";
import type { FileResult } from "./check-file";
import { FINDING_HEADERS, findingRows, overviewTable, ruleLegend, type Cell } from "./overview";

/** Status cells in the colours of the page: green met, red not met, amber incomplete. */
const FILL: Readonly<Record<string, string>> = {
  gehaald: "#DFF6DD",
  "niet gehaald": "#FDE7E9",
  onvolledig: "#FFF4CE",
  ja: "#DFF6DD",
  nee: "#FDE7E9",
};

const header = (names: readonly string[]): Row =>
  names.map((value) => ({ value, fontWeight: "bold", backgroundColor: "#E6E6E6", wrap: true }));

function cell(value: Cell): XlsxCell {
  if (typeof value === "number") return { value, type: Number };
  const fill = FILL[value];
  return fill ? { value, type: String, backgroundColor: fill } : { value, type: String };
}

const plain = (value: Cell): XlsxCell =>
  typeof value === "number" ? { value, type: Number } : { value, type: String, wrap: true };

/**
 * The board's workbook, the same from `sop check --format xlsx` and from the board page:
 * "Overzicht" (one row per file, a column per norm, statuses coloured), "Bevindingen" (every
 * finding with its code, norm, severity and message) and "Codes" (what each rule code checks).
 */
export async function boardWorkbook(results: readonly FileResult[]): Promise<Uint8Array> {
  const overview = overviewTable(results);
  const findings = findingRows(results);
  const legend = ruleLegend(results);
  const blob = await writeXlsxFile([
    {
      sheet: "Overzicht",
      data: [header(overview.headers), ...overview.rows.map((r) => r.map(cell))],
      columns: overview.headers.map((_, i) => ({ width: i < 2 ? 36 : i < 10 ? 12 : 18 })),
      stickyRowsCount: 1,
      stickyColumnsCount: 1,
    },
    {
      sheet: "Bevindingen",
      data: [header(FINDING_HEADERS), ...findings.map((r) => r.map(plain))],
      columns: [
        { width: 30 },
        { width: 30 },
        { width: 16 },
        { width: 30 },
        { width: 13 },
        { width: 24 },
        { width: 90 },
      ],
      stickyRowsCount: 1,
    },
    {
      sheet: "Codes",
      data: [header(["Code", "Wat de regel controleert"]), ...legend.map((r) => r.map(plain))],
      columns: [{ width: 18 }, { width: 60 }],
      stickyRowsCount: 1,
    },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
