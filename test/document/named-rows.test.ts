/**
 * Issue 7 point 7: "Keep the 'Anders, namelijk' text when the row is filled." A row the school names
 * keeps the model's label in its first cell, with the name after it in the same cell
 * (haaglanden-ondersteuningsaanbod-2025-model.txt:507-508 prints a filled one as
 * "Anders, namelijk brugfunctionaris"; zuid-limburg-sop-model.txt:473 numbers row "5.").
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { templates, type Field, type TemplateId } from "../../src/model";
import { DocxDocument } from "../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../src/document/docx/build-template";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The text of every table cell of the document, a line per paragraph. */
function cellTexts(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const cells = Array.from(doc.getElementsByTagNameNS(W, "tc"));
  return cells.map((tc) =>
    Array.from((tc as unknown as Element).getElementsByTagNameNS(W, "p"))
      .map((p) =>
        Array.from(p.getElementsByTagNameNS(W, "t"))
          .map((t) => t.textContent ?? "")
          .join(""),
      )
      .join("\n"),
  );
}

/** Every row label the school completes with a name, as [label, name field]. */
function namedLabels(id: TemplateId): [string, Field][] {
  const t = templates[id];
  return t.sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.kind !== "table"
        ? []
        : b.rows.flatMap((r) =>
            r.cells.flatMap((c): [string, Field][] =>
              "text" in c
                ? (c.also ?? [])
                    .map((fid) => t.byId.get(fid)?.field)
                    .filter((f): f is Field => f?.kind === "text")
                    .map((f) => [c.text, f])
                : [],
            ),
          ),
    ),
  );
}

test("the templates with 'Anders, namelijk' rows have them as a label and a name", () => {
  // Haaglanden 2025: expertise, didactisch, pedagogisch, 2 × netwerk, gebouw (model lines 436-528).
  expect(namedLabels("haaglanden-2025").map(([label, f]) => [label, f.id])).toEqual([
    ["Anders, namelijk:", "expertise.anders.naam"],
    ["Anders, namelijk…", "didactisch.anders.naam"],
    ["Anders, namelijk…", "pedagogisch.anders.naam"],
    ["Anders, namelijk", "netwerk.anders-1.naam"],
    ["Anders, namelijk", "netwerk.anders-2.naam"],
    ["Anders, namelijk…", "gebouw.anders.naam"],
  ]);
  expect(namedLabels("zuid-limburg").map(([label]) => label)).toEqual(["5.", "6.", "7."]);
});

const cases = (Object.keys(templates) as TemplateId[]).flatMap((id) =>
  namedLabels(id).map(([label, field]) => [id, field.id, label] as const),
);

test.each(cases)("%s: a filled %s still reads %p before the name", (id, fieldId, label) => {
  const doc = new DocxDocument(buildTemplateDocx(templates[id]));
  const name = `Eigen naam voor ${fieldId}`;
  doc.writeSync([{ field: fieldId, value: name }]);
  const holding = cellTexts(doc.toBytes()).filter((c) => c.includes(name));
  // One cell holds the name, and it is the label's cell: the label first, then the name.
  expect(holding).toEqual([`${label}\n${name}`]);
  // The value reads back as the name alone, without the label.
  expect(new DocxDocument(doc.toBytes()).readSync().values[fieldId]).toBe(name);
});
