import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DocxDocument } from "../../src/document/docx/adapter";
import { dataFile, schools, sop, tempDir, templateIdList } from "./helpers";

/**
 * `sop fill … --final` (issue 7.8, ADR 0005): a finished SOP keeps no grey hint in an empty optional
 * field, while a required field still empty keeps its hint.
 */
const { dir, cleanup } = tempDir();
afterAll(cleanup);

const open = (path: string) => new DocxDocument(readFileSync(path));
const hinted = (doc: DocxDocument) =>
  doc
    .controls()
    .filter((c) => c.showingPlaceholder)
    .map((c) => c.tag);

describe.each(templateIdList)("fill %s --final", (id) => {
  test("a complete school: no control shows a hint, and the values stay what they were", () => {
    const data = dataFile(dir, `${id}.json`, { template: id, values: schools[id] });
    const plain = join(dir, `${id}.docx`);
    const final = join(dir, `${id}-final.docx`);
    expect(sop(["fill", id, "--data", data, "--out", plain]).code).toBe(0);
    const run = sop(["fill", id, "--data", data, "--out", final, "--final"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/definitief: \d+ lege aanwijzing/);
    expect(hinted(open(plain)).length).toBeGreaterThan(0);
    expect(hinted(open(final))).toEqual([]);
    expect(open(final).readSync().values).toEqual(open(plain).readSync().values);
  });
});

test("a required field left empty keeps its hint: the SOP is not finished there", () => {
  const values = { ...schools["zuid-limburg"], "school.telefoon": null };
  const data = dataFile(dir, "zl-incompleet.json", { template: "zuid-limburg", values });
  const out = join(dir, "zl-incompleet.docx");
  expect(sop(["fill", "zuid-limburg", "--data", data, "--out", out, "--final"]).code).toBe(0);
  expect(hinted(open(out))).toEqual(["sop:school.telefoon"]);
});
