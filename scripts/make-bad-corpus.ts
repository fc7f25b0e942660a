/**
 * Writes test/fixtures/bad/: one file per kind of bad input a board may receive, and expected.json
 * with what SOP Assistent must say of each. Run: `npx tsx scripts/make-bad-corpus.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync, type Zippable } from "fflate";
import { templates } from "../src/model";
import { buildTemplateDocx } from "../src/document/docx/build-template";
import { readParts, writeZip } from "../src/document/docx/zip";
import { makeCase } from "../test/fuzz/generator";

const out = join(__dirname, "../test/fixtures/bad");
mkdirSync(out, { recursive: true });

const base = buildTemplateDocx(templates["haaglanden-2025"]);
const parts = readParts(base);
const names = Object.keys(parts);
const text = (name: string) => new TextDecoder().decode(parts[name]);

/** The template with some parts replaced (or removed, with null). */
function variant(changes: Record<string, string | Uint8Array | null>): Uint8Array {
  const list: [string, Uint8Array][] = [];
  for (const name of names) {
    const change = changes[name];
    if (change === null) continue;
    list.push([
      name,
      change === undefined
        ? (parts[name] as Uint8Array)
        : typeof change === "string"
          ? strToU8(change)
          : change,
    ]);
  }
  return writeZip(list);
}

const documentXml = text("word/document.xml");
const customXml = text("docProps/custom.xml");

/** An OLE compound file header, as Word 97-2003 and password-protected OOXML files start. */
function ole(extra: string): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const body = new Uint8Array(4096);
  body.set(header, 0);
  const utf16 = new Uint8Array([...extra].flatMap((c) => [c.charCodeAt(0), 0]));
  body.set(utf16, 1024);
  return body;
}

/** A zip whose one part inflates to 60 MB of zeros (it stores as some 60 KB). */
function zipBomb(): Uint8Array {
  const zeros = new Uint8Array(60 * 1024 * 1024);
  const z: Zippable = {
    ...Object.fromEntries(names.map((n) => [n, parts[n] as Uint8Array])),
    "word/media/bomb.bin": [zeros, { level: 9 }],
  };
  return zipSync(z);
}

/**
 * The same bomb, but its headers claim the part is 1 KB: the inflater must stop at the size it was
 * told, not trust the data.
 */
function lyingZipBomb(): Uint8Array {
  const bytes = zipBomb().slice();
  const view = new DataView(bytes.buffer);
  const target = "word/media/bomb.bin";
  for (let i = 0; i + 46 < bytes.length; i++) {
    const sig = view.getUint32(i, true);
    const isLocal = sig === 0x04034b50;
    const isCentral = sig === 0x02014b50;
    if (!isLocal && !isCentral) continue;
    const nameLength = view.getUint16(i + (isLocal ? 26 : 28), true);
    const nameStart = i + (isLocal ? 30 : 46);
    const name = new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength));
    if (name === target) view.setUint32(i + (isLocal ? 22 : 24), 1024, true);
  }
  return bytes;
}

/** Flips a byte in the stored data of one entry: its checksum fails when it is read. */
function damage(bytes: Uint8Array, part: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 30 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(i + 26, true);
    const name = new TextDecoder().decode(bytes.subarray(i + 30, i + 30 + nameLength));
    if (name !== part) continue;
    const data = i + 30 + nameLength + view.getUint16(i + 28, true);
    const size = view.getUint32(i + 18, true);
    const at = data + Math.min(20, size - 1);
    bytes[at] = (bytes[at] as number) ^ 0x55;
    break;
  }
  return bytes;
}

/** The template with an image whose bytes were damaged: its checksum fails when it is saved. */
function damagedImage(): Uint8Array {
  const image = "word/media/image1.png";
  const png = new Uint8Array(4096).map((_, i) => (i * 7 + (i >> 3)) & 0xff);
  return damage(
    writeZip([...names.map((n) => [n, parts[n] as Uint8Array] as const), [image, png]]),
    image,
  );
}

/**
 * The filled SOP made as Word makes it (test/fixtures/word), whose logo is damaged: the picture has
 * its relationship, a drawing that uses it and (as some writers add) a content type override.
 */
function damagedWordImage(): Uint8Array {
  const word = readParts(
    new Uint8Array(readFileSync(join(__dirname, "../test/fixtures/word/word-sop-filled.docx"))),
  );
  const types = new TextDecoder().decode(word["[Content_Types].xml"]);
  word["[Content_Types].xml"] = strToU8(
    types.replace(
      "</Types>",
      '<Override PartName="/word/media/image1.png" ContentType="image/png"/></Types>',
    ),
  );
  return damage(writeZip(Object.entries(word)), "word/media/image1.png");
}

const deep = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:p>".repeat(100_000)}${"</w:p>".repeat(100_000)}</w:body></w:document>`;

/**
 * Controls nested in controls, each with a line of text: the text of the innermost belongs to all
 * 450 that hold it. Stored once, it is a few MB; stored per control it filled the heap.
 */
function nested(levels: number, line: string, innermost = ""): string {
  const open = `<w:sdt><w:sdtPr><w:tag w:val="sop:structuur"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>${line}</w:t></w:r></w:p>`;
  const inner = innermost ? `<w:p><w:r><w:t>${innermost}</w:t></w:r></w:p>` : "";
  return open.repeat(levels) + inner + "</w:sdtContent></w:sdt>".repeat(levels);
}
const inBody = (xml: string) => documentXml.replace("<w:body>", `<w:body>${xml}`);

const firstTag = /<w:tag w:val="sop:structuur"\/>/;
const files: Record<string, Uint8Array> = {
  "empty.docx": new Uint8Array(0),
  "not-a-zip.docx": strToU8("Dit is een tekstbestand met de extensie .docx.\n"),
  "truncated.docx": base.subarray(0, Math.floor(base.length / 2)),
  "no-document.docx": variant({ "word/document.xml": null }),
  "doctype.docx": variant({
    "word/document.xml": documentXml.replace(
      "?>",
      '?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol">]>',
    ),
  }),
  "zip-bomb.docx": zipBomb(),
  "zip-bomb-lying.docx": lyingZipBomb(),
  "damaged-image.docx": damagedImage(),
  "damaged-image-word.docx": damagedWordImage(),
  "deep-nesting.docx": variant({ "word/document.xml": deep }),
  "word97.docx": ole("WordDocument"),
  "encrypted.docx": ole("EncryptedPackage"),
  "duplicate-tags.docx": variant({
    "word/document.xml": documentXml.replace(
      /<w:tag w:val="sop:ambities"\/>/,
      '<w:tag w:val="sop:structuur"/>',
    ),
  }),
  "unknown-tag.docx": variant({
    "word/document.xml": documentXml.replace(firstTag, '<w:tag w:val="sop:structuur-oud"/>'),
  }),
  // The tags of a text control and a checkbox swapped: each control is of the wrong type for its field.
  "wrong-type.docx": variant({
    "word/document.xml": documentXml
      .replace('<w:tag w:val="sop:netwerk.sbo=ja"/>', '<w:tag w:val="sop:WISSEL"/>')
      .replace(firstTag, '<w:tag w:val="sop:netwerk.sbo=ja"/>')
      .replace('<w:tag w:val="sop:WISSEL"/>', '<w:tag w:val="sop:structuur"/>'),
  }),
  "unknown-template.docx": variant({
    "docProps/custom.xml": customXml.replace("haaglanden-2025", "utrecht-2030"),
  }),
  "nested-controls.docx": variant({
    "word/document.xml": inBody(nested(450, "Ondersteuning in de klas, per groep.")),
  }),
  // 450 nested controls around 200,000 characters: 90 million characters of control text.
  "too-much-text.docx": variant({
    "word/document.xml": inBody(nested(450, "x", "ab".repeat(100_000))),
  }),
  "huge-field.docx": variant({
    "word/document.xml": documentXml.replace(
      /(<w:tag w:val="sop:structuur"\/>[\s\S]*?<w:t[^>]*>)[^<]*/,
      `$1${"Heel veel tekst. ".repeat(70_000)}`,
    ),
  }),
  "unknown-version.docx": variant({
    "docProps/custom.xml": customXml.replace("<vt:i4>1</vt:i4>", "<vt:i4>9</vt:i4>"),
  }),
};

/**
 * Cases the structural fuzzer (npm run fuzz) found failing, by seed and number, each kept here once
 * fixed so that it stays fixed.
 */
const FUZZ_FINDS: [number, number, string][] = [
  // A w:tab spliced inside a w:t: the readers put the tab in different places.
  [7, 13480, "fuzz-tab-in-text.docx"],
  [7, 46660, "fuzz-splice-46660.docx"],
  [7, 77320, "fuzz-nest-splice-77320.docx"],
];
for (const [seed, index, name] of FUZZ_FINDS) files[name] = makeCase(seed, index).bytes;

for (const [name, bytes] of Object.entries(files)) writeFileSync(join(out, name), bytes);
console.log(`${Object.keys(files).length} bestanden geschreven naar ${out}`);
