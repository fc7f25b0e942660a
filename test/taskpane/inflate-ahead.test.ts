import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { listEntries } from "../../src/document/docx/zip";
import { templateIds } from "../../src/model";
import { checkSop } from "../../src/report/check-file";
import { inflateAhead } from "../../src/taskpane/board/inflate-ahead";
import { filledTemplate } from "../document/filled";

/**
 * The board page's workers inflate a document's XML parts natively before the reader sees them
 * (src/taskpane/board/inflate-ahead.ts). The reader must come to exactly the same result, for good
 * documents and for every kind of broken one.
 */
const TODAY = { year: 2026, month: 11, day: 23 };
const fixtures = join(__dirname, "..", "fixtures");
const docxIn = (folder: string) =>
  readdirSync(join(fixtures, folder))
    .filter((f) => f.endsWith(".docx"))
    .map(
      (f) => [`${folder}/${f}`, new Uint8Array(readFileSync(join(fixtures, folder, f)))] as const,
    );

const cases: (readonly [string, Uint8Array])[] = [
  ...templateIds.map((id) => [`filled ${id}`, filledTemplate(id)] as const),
  ...docxIn("bad"),
  ...docxIn("unusual"),
  ...docxIn("recognition"),
];

test.each(cases)("%s: checked the same after inflating ahead", async (name, bytes) => {
  const ahead = await inflateAhead(bytes);
  expect(checkSop(name, ahead, TODAY)).toEqual(checkSop(name, bytes, TODAY));
});

test("a filled SOP reaches the reader with its XML parts stored, its pictures as they were", async () => {
  const bytes = filledTemplate("zuid-limburg");
  const before = listEntries(bytes);
  const after = listEntries(await inflateAhead(bytes));
  expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
  const main = after.find((e) => e.name === "word/document.xml");
  expect(main).toMatchObject({ method: 0 });
  expect(main?.compressedSize).toBe(main?.size);
  for (const e of after.filter((x) => !/\.(xml|rels)$/.test(x.name)))
    expect(e.method).toBe(before.find((b) => b.name === e.name)?.method);
});

test("a part that inflates past its declared size is left for the reader to refuse", async () => {
  const bytes = new Uint8Array(readFileSync(join(fixtures, "bad", "zip-bomb-lying.docx")));
  const after = await inflateAhead(bytes);
  const lying = listEntries(bytes).filter((e) => e.method === 8);
  for (const e of listEntries(after).filter((x) => lying.some((l) => l.name === x.name)))
    if (e.method === 0) expect(e.compressedSize).toBe(e.size);
  expect(checkSop("zip-bomb-lying.docx", after, TODAY)).toEqual(
    checkSop("zip-bomb-lying.docx", bytes, TODAY),
  );
});
