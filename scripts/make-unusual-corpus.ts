/**
 * Writes test/fixtures/unusual/: valid documents built in ways our own templates are not (a main
 * part with another name, zip64, UTF-16, text boxes, tracked moves, hidden text, a zip comment, ...),
 * and expected.json with what SOP Assistent must read from each or do when filling it.
 * Run: `npx tsx scripts/make-unusual-corpus.ts` (also part of `npm run fixtures`).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8 } from "fflate";
import { readParts, writeZip } from "../src/document/docx/zip";
import { filledTemplate } from "../test/document/filled";
import { writeTestZip } from "../test/fuzz/zip-writer";

const out = join(__dirname, "../test/fixtures/unusual");
mkdirSync(out, { recursive: true });

const filled = readParts(filledTemplate("zuid-limburg"));
const names = Object.keys(filled);
const text = (name: string) => new TextDecoder().decode(filled[name]);
const documentXml = text("word/document.xml");

/** The filled SOP with some parts replaced, added (a name not in it) or removed (null). */
function variant(changes: Record<string, string | Uint8Array | null>): [string, Uint8Array][] {
  const list: [string, Uint8Array][] = [];
  for (const name of [...names, ...Object.keys(changes).filter((n) => !names.includes(n))]) {
    const change = changes[name];
    if (change === null) continue;
    const data =
      change === undefined ? filled[name] : typeof change === "string" ? strToU8(change) : change;
    list.push([name, data as Uint8Array]);
  }
  return list;
}

/** The XML of the control with this tag. */
function control(xml: string, tag: string): string {
  const at = xml.indexOf(`w:val="${tag}"`);
  const start = xml.lastIndexOf("<w:sdt>", at);
  const end = xml.indexOf("</w:sdt>", at) + "</w:sdt>".length;
  return xml.slice(start, end);
}

/** A zip in zip64 form (every size and offset in zip64 extra fields and end records), stored. */
function zip64(parts: readonly [string, Uint8Array][]): Uint8Array {
  return writeTestZip({
    entries: parts.map(([name, data]) => ({ name, data, store: true })),
    zip64: true,
  });
}

function utf16le(xml: string): Uint8Array {
  const s = xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
  const bytes = new Uint8Array(2 + s.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    bytes[2 + i * 2] = s.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return bytes;
}

const rels = text("_rels/.rels");
const naam = control(documentXml, "sop:school.naam");
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
const inTextBox = (inner: string) =>
  `<w:p><w:r><mc:AlternateContent ${MC} ${WPS}><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${inner}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
/** The first ticked checkbox of the filled SOP. */
const tickedAt = documentXml.indexOf('<w14:checked w14:val="1"/>');
const firstBox = documentXml.slice(
  documentXml.lastIndexOf("<w:sdt>", tickedAt),
  documentXml.indexOf("</w:sdt>", tickedAt) + "</w:sdt>".length,
);
export const TICKED_TAG = /<w:tag w:val="([^"]*)"/.exec(firstBox)?.[1];

const files: Record<string, Uint8Array> = {
  // Word reads the part _rels/.rels names; a decoy word/document.xml holding a complete SOP is not it.
  "decoy-main-part.docx": writeZip(
    variant({
      "word/real.xml": documentXml.replace(
        naam,
        naam.replace(/Basisschool[^<]*/, "De Echte School"),
      ),
      "_rels/.rels": rels.replace('Target="word/document.xml"', 'Target="word/real.xml"'),
      "word/document.xml": documentXml.replace(naam, naam.replace(/Basisschool[^<]*/, "Lokaas")),
    }),
  ),
  "other-main-name.docx": writeZip(
    variant({
      "word/document.xml": null,
      "word/hoofddocument.xml": documentXml,
      "_rels/.rels": rels.replace('Target="word/document.xml"', 'Target="/word/hoofddocument.xml"'),
    }),
  ),
  "zip64.docx": zip64(variant({})),
  "utf16.docx": writeZip(variant({ "word/document.xml": utf16le(documentXml) })),
  // The school's name in a text box: Word writes it twice, in the drawing and in its fallback.
  "text-box.docx": writeZip(
    variant({
      "word/document.xml": documentXml
        .replace(naam, "")
        .replace("<w:body>", `<w:body>${inTextBox(`<w:p>${naam}</w:p>`)}`),
    }),
  ),
  // The name moved with tracking on: its old place (w:moveFrom) and its new one (w:moveTo).
  "tracked-move.docx": writeZip(
    variant({
      "word/document.xml": documentXml.replace(
        naam,
        `<w:moveFrom w:id="901" w:author="IB" w:date="2026-11-01T00:00:00Z">${naam.replace(/Basisschool[^<]*/, "Oude Plek")}</w:moveFrom>` +
          `<w:moveTo w:id="902" w:author="IB" w:date="2026-11-01T00:00:00Z">${naam}</w:moveTo>`,
      ),
    }),
  ),
  // The name typed with the font effect "Verborgen": Word does not show it.
  "hidden-text.docx": writeZip(
    variant({
      "word/document.xml": documentXml.replace(
        naam,
        naam.replace(/<w:r>(<w:rPr>)?/, (_m, rPr: string | undefined) =>
          rPr ? "<w:r><w:rPr><w:vanish/>" : "<w:r><w:rPr><w:vanish/></w:rPr>",
        ),
      ),
    }),
  ),
  // Two w14:checked in one checkbox: the first (not ticked) is what the DOM reader, the law, reads.
  "two-checked.docx": writeZip(
    variant({
      "word/document.xml": documentXml.replace(
        firstBox,
        firstBox.replace(
          /<w14:checked w14:val="(\d)"\/>/,
          '<w14:checked w14:val="0"/><w14:checked w14:val="1"/>',
        ),
      ),
    }),
  ),
  "zip-comment-and-folders.docx": writeZip(
    [["word/", new Uint8Array(0)], ["docProps/", new Uint8Array(0)], ...variant({})],
    strToU8("Ontvangen via de schooladministratie, 23-11-2026"),
  ),
  // A comment and a bookmark on the school's name.
  "anchors.docx": writeZip(
    variant({
      "word/document.xml": documentXml.replace(
        naam,
        naam.replace(
          /(<w:sdtContent>)([\s\S]*)(<\/w:sdtContent>)/,
          '$1<w:bookmarkStart w:id="77" w:name="schoolnaam"/><w:commentRangeStart w:id="5"/>$2<w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r><w:bookmarkEnd w:id="77"/>$3',
        ),
      ),
    }),
  ),
  // Someone's unaccepted edit inside the school's name.
  "tracked-change-in-field.docx": writeZip(
    variant({
      "word/document.xml": documentXml.replace(
        naam,
        naam.replace(
          /(<w:sdtContent>)([\s\S]*)(<\/w:sdtContent>)/,
          '$1$2<w:ins w:id="903" w:author="Directeur" w:date="2026-11-02T00:00:00Z"><w:r><w:t xml:space="preserve"> (nieuw)</w:t></w:r></w:ins>$3',
        ),
      ),
    }),
  ),
};

for (const [name, bytes] of Object.entries(files)) writeFileSync(join(out, name), bytes);
console.log(`Eerste aangevinkte vakje: ${TICKED_TAG}`);
console.log(`${Object.keys(files).length} bestanden geschreven naar ${out}`);
