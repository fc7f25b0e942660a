/** @jest-environment jsdom */
import "./polyfills";
import "@testing-library/jest-dom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, within } from "@testing-library/react";
import { templates } from "../../src/model";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { checkSop, type FileResult } from "../../src/report/check-file";
import { normColumns, overviewTable } from "../../src/report/overview";
import { BoardTable } from "../../src/taskpane/board/BoardTable";
import type { BoardEntry } from "../../src/taskpane/board/board-data";

const fixtures = join(__dirname, "../fixtures/recognition");
const today = { year: 2026, month: 11, day: 23 };

/** What the board page's worker makes of a file: `check`'s result for it. */
function checked(name: string, bytes: Uint8Array): FileResult {
  const r = checkSop(name, bytes, today);
  return "result" in r ? r.result : r;
}

const results: FileResult[] = [
  checked("eigen-sop.docx", buildTemplateDocx(templates["zuid-limburg"])),
  checked("model-swv.docx", new Uint8Array(readFileSync(join(fixtures, "zuid-limburg-form.docx")))),
  checked(
    "libreoffice.docx",
    new Uint8Array(readFileSync(join(fixtures, "zuid-limburg-libreoffice.docx"))),
  ),
];

describe("SOP's controleren (bestuur): documents read from their text are marked", () => {
  it("marks the row of a document without SOP fields, and of one that lost them", () => {
    const entries: BoardEntry[] = results.map((result, n) => ({ n, result, spreads: [] }));
    render(
      <BoardTable
        entries={entries}
        norms={normColumns(results)}
        sort={{ key: { by: "school" }, descending: false }}
        onSort={() => undefined}
        selected={undefined}
        onSelect={() => undefined}
      />,
    );
    const table = screen.getByRole("table", { name: "SOP's per school" });
    const rowOf = (file: string) =>
      within(table)
        .getAllByRole("row")
        .find((row) => row.getAttribute("data-file") === file) as HTMLElement;
    const own = rowOf("eigen-sop.docx");
    const model = rowOf("model-swv.docx");
    const stripped = rowOf("libreoffice.docx");
    expect(within(own).queryByText(/^Gelezen uit de tekst/)).not.toBeInTheDocument();
    expect(
      within(within(model).getByRole("rowheader")).getByText("Gelezen uit de tekst"),
    ).toHaveAttribute("title", expect.stringMatching(/geen SOP-velden/));
    expect(
      within(within(stripped).getByRole("rowheader")).getByText(
        "Gelezen uit de tekst (velden verloren)",
      ),
    ).toHaveAttribute("title", expect.stringMatching(/LibreOffice/));
  });

  it("says in the exported overview where each file's answers were read", () => {
    const { headers, rows } = overviewTable(results);
    const column = headers.indexOf("Gelezen uit");
    expect(column).toBeGreaterThan(0);
    expect(rows.map((r) => r[column])).toEqual(["SOP-velden", "tekst", "tekst (velden verloren)"]);
    expect(rows.every((r) => r.length === headers.length)).toBe(true);
  });
});
