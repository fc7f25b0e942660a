import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bytesOf, parseXml, serializeXml, textOf } from "../../../src/document/docx/xml";
import { readParts, writeZip } from "../../../src/document/docx/zip";

/**
 * The recognition fixtures (SOPs as schools have them, test/fixtures/recognition) and variants of
 * them with what a school's document also holds: a header, a comment, a tracked change, a date picker.
 */

export const RECOGNITION = join(__dirname, "../../fixtures/recognition");

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(RECOGNITION, `${name}.docx`)));
}

type Edit = {
  /** Changes word/document.xml. */
  document?: (xml: string) => string;
  /** Parts to add: name, content type, relationship type, XML. */
  parts?: readonly { name: string; type: string; rel: string; id: string; xml: string }[];
};

/** The file with its document part edited and parts added (with their content types and relationships). */
export function edited(bytes: Uint8Array, edit: Edit): Uint8Array {
  const parts = readParts(bytes);
  const text = (name: string) => textOf(parts[name] ?? new Uint8Array());
  const out = new Map(Object.entries(parts));
  if (edit.document)
    out.set("word/document.xml", bytesOf(edit.document(text("word/document.xml"))));
  for (const p of edit.parts ?? []) {
    out.set(`word/${p.name}`, bytesOf(p.xml));
    out.set(
      "[Content_Types].xml",
      bytesOf(
        text("[Content_Types].xml").replace(
          "</Types>",
          `<Override PartName="/word/${p.name}" ContentType="${p.type}"/></Types>`,
        ),
      ),
    );
    parts["[Content_Types].xml"] = out.get("[Content_Types].xml") as Uint8Array;
    out.set(
      "word/_rels/document.xml.rels",
      bytesOf(
        text("word/_rels/document.xml.rels").replace(
          "</Relationships>",
          `<Relationship Id="${p.id}" Type="${p.rel}" Target="${p.name}"/></Relationships>`,
        ),
      ),
    );
    parts["word/_rels/document.xml.rels"] = out.get("word/_rels/document.xml.rels") as Uint8Array;
  }
  return writeZip([...out.entries()]);
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WP = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/** A header with the school's name in it, referenced from the last section. */
export function withHeader(bytes: Uint8Array): Uint8Array {
  return edited(bytes, {
    document: (xml) =>
      (xml.includes("xmlns:r=")
        ? xml
        : xml.replace(/<w:document\b/, `<w:document xmlns:r="${R}"`)
      ).replace(/<w:sectPr>/, `<w:sectPr><w:headerReference w:type="default" r:id="rIdHead"/>`),
    parts: [
      {
        name: "header1.xml",
        type: `${WP}.header+xml`,
        rel: `${R}/header`,
        id: "rIdHead",
        xml: `<w:hdr xmlns:w="${W}"><w:p><w:r><w:t>Kopregel van de school</w:t></w:r></w:p></w:hdr>`,
      },
    ],
  });
}

/** A comment of the school's on the first paragraph that has text. */
export function withComment(bytes: Uint8Array): Uint8Array {
  return edited(bytes, {
    document: (xml) =>
      xml.replace(
        /(<w:p\b[^>]*>(?:<w:pPr>[\s\S]*?<\/w:pPr>)?)(<w:r>[\s\S]*?<\/w:r>)/,
        `$1<w:commentRangeStart w:id="0"/>$2<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`,
      ),
    parts: [
      {
        name: "comments.xml",
        type: `${WP}.comments+xml`,
        rel: `${R}/comments`,
        id: "rIdComments",
        xml: `<w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="IB'er" w:initials="IB"><w:p><w:r><w:t>Nog navragen bij het bestuur</w:t></w:r></w:p></w:comment></w:comments>`,
      },
    ],
  });
}

/** A tracked insertion somebody left in the first paragraph that has text. */
export function withRevision(bytes: Uint8Array): Uint8Array {
  return edited(bytes, {
    document: (xml) =>
      xml.replace(
        /(<w:p\b[^>]*>(?:<w:pPr>[\s\S]*?<\/w:pPr>)?)(<w:r>[\s\S]*?<\/w:r>)/,
        `$1$2<w:ins w:id="1" w:author="IB'er" w:date="2026-11-01T10:00:00Z"><w:r><w:t xml:space="preserve"> (herzien)</w:t></w:r></w:ins>`,
      ),
  });
}

/** A date picker (no SOP field) at the end of the body: Word on the web refuses to replace it. */
export function withDatePicker(bytes: Uint8Array): Uint8Array {
  return edited(bytes, {
    document: (xml) =>
      xml.replace(
        /<w:sectPr>/,
        `<w:p><w:sdt><w:sdtPr><w:alias w:val="Datum"/><w:date w:fullDate="2026-11-23T00:00:00Z"><w:dateFormat w:val="d-M-yyyy"/></w:date></w:sdtPr><w:sdtContent><w:r><w:t>23-11-2026</w:t></w:r></w:sdtContent></w:sdt></w:p><w:sectPr>`,
      ),
  });
}

/** Every word of a document part's text, in order (ticks and typed marks left out). */
export function words(documentXml: string): string[] {
  const texts = [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:p|tab|br)[\s/>]/g)];
  return texts
    .map((m) => m[1] ?? " ")
    .join("")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/[☒☐]/g, ""))
    .filter((w) => w !== "" && !/^[xX✓✔●■v]$/.test(w));
}

/** Whether `all` holds every word of `part`, in the same order; else which word is missing. */
export function inOrder(part: readonly string[], all: readonly string[]): string | true {
  let at = 0;
  for (const [i, w] of part.entries()) {
    while (at < all.length && all[at] !== w) at += 1;
    if (at === all.length)
      return `word ${i} "${w}" (after "${part.slice(Math.max(0, i - 5), i).join(" ")}") is missing`;
    at += 1;
  }
  return true;
}

/** The document part of a .docx, as text, serialized the one way (`<w:p/>`, not `<w:p></w:p>`). */
export function documentXmlOf(bytes: Uint8Array): string {
  const part = readParts(bytes, new Set(["word/document.xml"]))["word/document.xml"];
  if (!part) throw new Error("no word/document.xml");
  return textOf(serializeXml(parseXml(part, "word/document.xml")));
}
