import type { DutchDate } from "../../rules";
import type { FileResult } from "../../report/check-file";
import { csvReport } from "./csv";
import { jsonFile } from "./json";
import { fileBlock, textHeader, textSummary, type Tally, emptyTally, tally } from "./text";

/**
 * A report written piece by piece as results come in (in input order), so `check` on a large folder
 * shows the first schools at once and keeps none of the findings it has already written.
 * The CSV overview needs every file's rules for its columns and is written at the end.
 */
export type ReportStream = {
  start(): string;
  add(result: FileResult): string;
  end(): string;
};

export function textStream(today: DutchDate): ReportStream {
  let counts: Tally = emptyTally();
  return {
    start: () => textHeader(today),
    add(r) {
      counts = tally(counts, r);
      return `${fileBlock(r).join("\n")}\n\n`;
    },
    end: () => textSummary(counts),
  };
}

export function jsonStream(): ReportStream {
  let first = true;
  return {
    start: () => '{\n  "files": [',
    add(r) {
      // The same text JSON.stringify({ files }, null, 2) gives: each file indented by four spaces.
      const item = JSON.stringify(jsonFile(r), null, 2).replace(/\n/g, "\n    ");
      const piece = `${first ? "\n" : ",\n"}    ${item}`;
      first = false;
      return piece;
    },
    end: () => (first ? "]\n}\n" : "\n  ]\n}\n"),
  };
}

/** A report of the whole folder at once (the CSV and the workbook need every file's norms). */
export function wholeStream(render: (all: readonly FileResult[]) => string): ReportStream {
  const all: FileResult[] = [];
  return {
    start: () => "",
    add(r) {
      all.push(r);
      return "";
    },
    end: () => render(all),
  };
}

export const csvStream = () => wholeStream(csvReport);
