import { checkDocument } from "../../src/report/check-file";
import { DocxDocument } from "../../src/document/docx/adapter";
import {
  addSpreads,
  normTallies,
  sortEntries,
  type BoardEntry,
} from "../../src/taskpane/board/board-data";
import { filledTemplate } from "../document/filled";

const today = { year: 2026, month: 11, day: 23 };

function zuidLimburg(school: string, score?: string): Uint8Array {
  const doc = new DocxDocument(filledTemplate("zuid-limburg"));
  doc.writeSync([
    { field: "school.naam", value: school },
    ...(score ? [{ field: "zorgindicator.01", value: score }] : []),
  ]);
  return doc.toBytes();
}

const spread = (counts: number[]) => ({
  rule: "ZL-B",
  title: "Norm b",
  norm: 3,
  normText: "minstens 3",
  counts,
});

const entries: BoardEntry[] = [
  {
    n: 0,
    result: checkDocument("b.docx", zuidLimburg("Basisschool Zonnebloem"), today),
    spreads: [spread([0, 0, 20, 3])],
  },
  {
    n: 1,
    result: checkDocument("a.docx", zuidLimburg("Basisschool Akker", "2"), today),
    spreads: [spread([0, 1, 19, 3])],
  },
  { n: 2, result: checkDocument("c.docx", new Uint8Array([1, 2, 3]), today), spreads: [] },
];

test("sorting by school, by readiness and by a norm, equal ones in file order", () => {
  const names = (list: BoardEntry[]) => list.map((e) => e.result.file);
  expect(names(sortEntries(entries, { key: { by: "school" }, descending: false }))).toEqual([
    "a.docx",
    "b.docx",
    "c.docx",
  ]);
  expect(names(sortEntries(entries, { key: { by: "ready" }, descending: true }))).toEqual([
    "b.docx",
    "a.docx",
    "c.docx",
  ]);
  // Not met first, then met; a file without the norm last.
  expect(
    names(sortEntries(entries, { key: { by: "norm", rule: "ZL-B" }, descending: false })),
  ).toEqual(["a.docx", "b.docx", "c.docx"]);
});

test("per norm how many schools meet it, and the scores added over all schools", () => {
  expect(normTallies(entries).find((t) => t.rule === "ZL-B")).toEqual({
    rule: "ZL-B",
    gehaald: 1,
    "niet-gehaald": 1,
    onvolledig: 0,
  });
  expect(addSpreads(entries)).toEqual([spread([0, 1, 39, 6])]);
  // Adding does not change the schools' own figures.
  expect(entries[0]?.spreads[0]?.counts).toEqual([0, 0, 20, 3]);
});
