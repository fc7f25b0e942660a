import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { templates } from "../../src/model";
import { DocumentError } from "../../src/document/errors";
import { DocxDocument } from "../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { readParts } from "../../src/document/docx/zip";
import { evaluate } from "../../src/rules";

/**
 * 2,000 mangled documents, from a fixed seed so a failure can be replayed: each must open and be read,
 * or be refused with a DocumentError. Anything else (a TypeError, a stack overflow, a hang) fails.
 */
const template = templates["haaglanden-2025"];
const base = buildTemplateDocx(template);
const parts = readParts(base);
const documentXml = new TextDecoder().decode(parts["word/document.xml"]);

function exercise(bytes: Uint8Array, write: boolean): void {
  try {
    const doc = new DocxDocument(bytes);
    const fast = doc.controls();
    const state = doc.readSync();
    if (write) expect(fast).toEqual(doc.controlsFromDom());
    evaluate(template, state.values, "2026-11-23");
    if (write && state.detection.kind === "sop") {
      doc.writeSync([
        { field: "structuur", value: "Nieuwe tekst" },
        { field: "netwerk.sbo", value: "ja" },
      ]);
      new DocxDocument(doc.toBytes()).readSync();
    }
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    expect(e.message).toMatch(/\S/);
  }
}

function zipWith(xml: string): Uint8Array {
  const files = Object.fromEntries(
    Object.entries(parts).map(([n, d]) => [n, [d, { level: 0 }] as const]),
  );
  return zipSync({ ...files, "word/document.xml": [strToU8(xml), { level: 0 }] });
}

const FRAGMENTS = [
  "<w:sdt>",
  "</w:sdt>",
  "<w:sdtContent>",
  "</w:p>",
  "<w:p>",
  "<w:t>",
  "</w:t>",
  "&amp;",
  "&bogus;",
  "&#0;",
  "&#x1F600;",
  "<!--",
  "-->",
  "<![CDATA[x]]>",
  '<w14:checked w14:val="1"/>',
  '<w:tag w:val="sop:structuur"/>',
  '<w:tag w:val="sop:netwerk.sbo=ja"/>',
  "<w:showingPlcHdr/>",
  '<x:y xmlns:x="urn:x">',
  "<",
  ">",
  '"',
  "\u0000",
  "\uFFFF",
  "ë€☒",
];

describe("fuzzing the .docx reader and writer", () => {
  test("1,000 byte-level mutations of a template zip", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.option(fc.nat(base.length), { nil: undefined }),
        (flips, cut) => {
          const bytes = base.slice(0, cut ?? base.length);
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          exercise(bytes, false);
        },
      ),
      { seed: 20261123, numRuns: 1000 },
    );
  }, 120_000);

  test("1,000 mutations of the document XML", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.nat(documentXml.length),
            remove: fc.nat(200),
            insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.nat(9),
        (edits, dice) => {
          let xml = documentXml;
          for (const e of edits) {
            const at = Math.min(e.at, xml.length);
            xml = xml.slice(0, at) + e.insert + xml.slice(at + e.remove);
          }
          // Writing parses a full DOM, which is slow: one case in ten also writes and reads back.
          exercise(zipWith(xml), dice === 0);
        },
      ),
      { seed: 20261124, numRuns: 1000 },
    );
  }, 300_000);
});
