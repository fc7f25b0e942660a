/**
 * A filled Zuid-Limburg SOP with 20,000 extra paragraphs of text (a school that pasted its whole
 * school plan in): the browser edition's writes and saves on it, for bench/run.ts.
 */
import { DocxDocument } from "../src/document/docx/adapter";
import { readParts, writeZip } from "../src/document/docx/zip";
import { filledTemplate } from "../test/document/filled";

export function largeSop(paragraphs = 20_000): Uint8Array {
  const parts = readParts(filledTemplate("zuid-limburg"));
  const xml = new TextDecoder().decode(parts["word/document.xml"]);
  const filler = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<w:p><w:pPr><w:pStyle w:val="Standaard"/></w:pPr><w:r><w:t xml:space="preserve">Alinea ${i + 1}: de school werkt aan passend onderwijs met ouders, leerlingen en het samenwerkingsverband.</w:t></w:r></w:p>`,
  ).join("");
  const at = xml.lastIndexOf("<w:sectPr");
  parts["word/document.xml"] = new TextEncoder().encode(xml.slice(0, at) + filler + xml.slice(at));
  return writeZip(Object.entries(parts));
}

/**
 * Times on that document: the first write (which parses it once), a write after that (median of
 * `writes`), and a save of the written document (median of `saves`).
 */
export function largeSopTimes(
  writes = 20,
  saves = 3,
): { first: number; write: number; save: number } {
  const bytes = largeSop();
  const doc = new DocxDocument(bytes);
  const ms = (fn: () => unknown) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const first = ms(() => doc.writeSync([{ field: "school.naam", value: "Basisschool 0" }]));
  const write = median(
    Array.from({ length: writes }, (_, i) =>
      ms(() =>
        doc.writeSync([
          { field: "school.naam", value: `Basisschool ${i + 1}` },
          { field: "school.plaats", value: i % 2 ? "Heerlen" : "Kerkrade" },
        ]),
      ),
    ),
  );
  const save = median(
    Array.from({ length: saves }, (_, i) => {
      doc.writeSync([{ field: "school.naam", value: `Opslaan ${i}` }]);
      return ms(() => doc.toBytes());
    }),
  );
  return { first, write, save };
}
