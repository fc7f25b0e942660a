import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { templates, type TemplateId } from "../../src/model";
import { DocxDocument } from "../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { filledTemplate } from "./filled";

const wordFixtures = join(__dirname, "../fixtures/word");
const documents: [string, () => Uint8Array][] = [
  ...(Object.keys(templates) as TemplateId[]).flatMap((id): [string, () => Uint8Array][] => [
    [`the empty ${id} template`, () => buildTemplateDocx(templates[id])],
    [`a filled ${id}`, () => filledTemplate(id)],
  ]),
  ...(existsSync(wordFixtures) ? readdirSync(wordFixtures) : [])
    .filter((f) => f.endsWith(".docx"))
    .map((f): [string, () => Uint8Array] => [f, () => readFileSync(join(wordFixtures, f))]),
];

describe("the fast reader and the DOM reader see the same controls", () => {
  test.each(documents)("%s", (_name, make) => {
    const doc = new DocxDocument(make());
    expect(doc.controls().length).toBeGreaterThan(0);
    expect(doc.controls()).toEqual(doc.controlsFromDom());
  });
});
