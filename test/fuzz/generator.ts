import { DOMParser, XMLSerializer, type Element } from "@xmldom/xmldom";
import { templates, type TemplateId } from "../../src/model";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { readParts } from "../../src/document/docx/zip";
import { filledTemplate } from "../document/filled";
import { writeTestZip } from "./zip-writer";

/**
 * A seeded generator of structurally mutated SOPs. Each case starts from a small real SOP (the
 * first part of a template, empty or filled) and applies one to three mutations at the zip level
 * (data descriptors, zip64, stored entries, duplicate names, lying sizes, a renamed main part,
 * UTF-16, a cut) or the XML level (nesting, duplicated and misplaced sdt parts, odd namespaces, huge
 * attributes, invalid UTF-8, text boxes, tracked changes, hidden text). The same seed and index
 * always give the same bytes, so any failure can be replayed.
 */

/** mulberry32: small, fast and good enough to pick mutations. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);

type Base = { name: string; parts: Record<string, Uint8Array>; xml: string };

/** The first body elements of a document: small enough for thousands of cases a minute. */
function shorten(xml: string, keep: number): string {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const body = doc.getElementsByTagName("w:body").item(0) as Element;
  const kids: Element[] = [];
  for (let c = body.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) kids.push(c as Element);
  for (const k of kids.slice(keep, -1)) body.removeChild(k);
  return new XMLSerializer().serializeToString(doc);
}

let bases: Base[] | undefined;
function baseDocuments(): Base[] {
  bases ??= (
    [
      ["haaglanden-2025", false],
      ["zuid-limburg", true],
      ["passenderwijs", true],
    ] as [TemplateId, boolean][]
  ).map(([id, full]) => {
    const parts = readParts(full ? filledTemplate(id) : buildTemplateDocx(templates[id]));
    const xml = shorten(new TextDecoder().decode(parts["word/document.xml"]), 30);
    return { name: `${id}${full ? "-ingevuld" : ""}`, parts, xml };
  });
  return bases;
}

/** Ranges of the controls in the XML: [start, end) of each `<w:sdt>…</w:sdt>` without nesting. */
function controls(xml: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = xml.indexOf("<w:sdt>"); at >= 0; at = xml.indexOf("<w:sdt>", at + 1)) {
    const end = xml.indexOf("</w:sdt>", at);
    if (end > at) out.push([at, end + 8]);
  }
  return out;
}

const W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

type XmlMutation = (xml: string, rng: Rng) => string;

/** Mutations of the document's XML, by name. */
const XML_MUTATIONS: Record<string, XmlMutation> = {
  nest(xml, rng) {
    const list = controls(xml);
    if (list.length === 0) return xml;
    const [s, e] = pick(rng, list);
    const tag = /w:val="(sop:[^"]*)"/.exec(xml.slice(s, e))?.[1] ?? "sop:x";
    const depth = 1 + int(rng, 60);
    const open = `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>`.repeat(depth);
    return (
      xml.slice(0, s) +
      open +
      xml.slice(s, e) +
      "</w:sdtContent></w:sdt>".repeat(depth) +
      xml.slice(e)
    );
  },
  duplicate(xml, rng) {
    const list = controls(xml);
    if (list.length === 0) return xml;
    const [s, e] = pick(rng, list);
    return xml.slice(0, e) + xml.slice(s, e) + xml.slice(e);
  },
  misplace(xml, rng) {
    const list = controls(xml);
    if (list.length === 0) return xml;
    const [s, e] = pick(rng, list);
    const c = xml.slice(s, e);
    const pr = /<w:sdtPr>[\s\S]*?<\/w:sdtPr>/.exec(c)?.[0] ?? "";
    const content = /<w:sdtContent>[\s\S]*<\/w:sdtContent>/.exec(c)?.[0] ?? "";
    const variants = [
      `<w:sdt>${content}${pr}</w:sdt>`,
      `<w:sdt>${pr}${pr.replace(/w:val="sop:[^"]*"/, 'w:val="sop:ander"')}${content}</w:sdt>`,
      `<w:sdt>${pr}${content}${content}</w:sdt>`,
      `<w:sdt>${pr}</w:sdt>`,
      `<w:sdt>${content}</w:sdt>`,
      `<w:sdt>${pr}<w:sdtEndPr/>${content}<w:sdtEndPr><w:rPr/></w:sdtEndPr></w:sdt>`,
    ];
    return xml.slice(0, s) + pick(rng, variants) + xml.slice(e);
  },
  namespaces(xml, rng) {
    const choice = int(rng, 3);
    if (choice === 0)
      return xml
        .replace(/(<\/?)w:/g, "$1ns0:")
        .replace(/xmlns:w=/, "xmlns:ns0=")
        .replace(/ w:/g, " ns0:");
    if (choice === 1)
      // A second declaration of the same prefix on an inner element, bound to another namespace.
      return xml.replace(
        "<w:body>",
        '<w:body><w:p xmlns:w="urn:niet-word"><w:r><w:t>vreemd</w:t></w:r></w:p>',
      );
    return xml.replace(/<w:sdtPr>/, `<w:sdtPr ${W14} xmlns:q="urn:q" q:extra="1">`);
  },
  hugeAttribute(xml, rng) {
    const list = controls(xml);
    if (list.length === 0) return xml;
    const [s] = pick(rng, list);
    const long = "a".repeat(1000 + int(rng, 200_000));
    const attr = pick(rng, [
      ` w:x="${long}"`,
      ` w:${long}="1"`,
      ` ${long}="1"`,
      ` w:val="${long}"`,
    ]);
    return xml.slice(0, s + 6) + attr + xml.slice(s + 6);
  },
  textBox(xml, rng) {
    const list = controls(xml);
    if (list.length === 0) return xml;
    const [s, e] = pick(rng, list);
    const c = xml.slice(s, e);
    const box = (inner: string) => `<w:txbxContent><w:p>${inner}</w:p></w:txbxContent>`;
    return (
      xml.slice(0, s) +
      `<mc:AlternateContent ${MC}><mc:Choice Requires="wps">${box(c)}</mc:Choice><mc:Fallback>${box(c)}</mc:Fallback></mc:AlternateContent>` +
      xml.slice(e)
    );
  },
  trackedChange(xml, rng) {
    const list = controls(xml);
    if (list.length === 0) return xml;
    const [s, e] = pick(rng, list);
    const c = xml.slice(s, e);
    const a = 'w:id="9" w:author="x" w:date="2026-01-01T00:00:00Z"';
    const wrapped = pick(rng, [
      `<w:ins ${a}>${c}</w:ins>`,
      `<w:del ${a}>${c}</w:del>`,
      `<w:moveFrom ${a}>${c}</w:moveFrom><w:moveTo ${a}>${c}</w:moveTo>`,
      c.replace(/<w:r>/, `<w:ins ${a}><w:r>`).replace(/<\/w:r>/, "</w:r></w:ins>"),
    ]);
    return xml.slice(0, s) + wrapped + xml.slice(e);
  },
  hidden(xml) {
    return xml
      .replace(/<w:r><w:rPr>/, "<w:r><w:rPr><w:vanish/>")
      .replace(/<w:r><w:t/, "<w:r><w:rPr><w:vanish/></w:rPr><w:t");
  },
  twoChecked(xml) {
    return xml.replace(
      /<w14:checked w14:val="(\d)"\/>/,
      '<w14:checked w14:val="$1"/><w14:checked w14:val="1"/>',
    );
  },
  splice(xml, rng) {
    const at = int(rng, xml.length);
    const fragments = [
      "<w:sdt>",
      "</w:sdt>",
      "<w:sdtContent>",
      "</w:p>",
      "<",
      "&#0;",
      "&bogus;",
      "<![CDATA[x]]>",
      "<!--",
      "\u0007",
      "\uFFFF",
      "<w:tab/>",
      "<w:br/>",
    ];
    return xml.slice(0, at) + pick(rng, fragments) + xml.slice(at + int(rng, 40));
  },
};

type ZipPlan = {
  descriptors: boolean;
  zip64: boolean;
  store: boolean;
  duplicate: boolean;
  rename: boolean;
  utf16: boolean;
  lie: boolean;
  cut: boolean;
  invalidUtf8: boolean;
  comment: boolean;
};

const ZIP_MUTATIONS: (keyof ZipPlan)[] = [
  "descriptors",
  "zip64",
  "store",
  "duplicate",
  "rename",
  "utf16",
  "lie",
  "cut",
  "invalidUtf8",
  "comment",
];

function utf16le(xml: string): Uint8Array {
  const bytes = new Uint8Array(2 + xml.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < xml.length; i++) {
    bytes[2 + i * 2] = xml.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = xml.charCodeAt(i) >> 8;
  }
  return bytes;
}

export type FuzzCase = { name: string; bytes: Uint8Array; mutations: string[] };

/** Bits of XML and text that random edits put anywhere (from the random fuzz of issue 3). */
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
  '<w:tag w:val="sop:school.naam"/>',
  "<w:showingPlcHdr/>",
  '<x:y xmlns:x="urn:x">',
  "<",
  ">",
  '"',
  "\u0000",
  "\uFFFF",
  "ë€☒",
];

/** Up to 12 random UTF-16 code units: lone surrogates and control characters included. */
function randomText(rng: Rng): string {
  return String.fromCharCode(
    ...Array.from({ length: int(rng, 13) }, () =>
      rng() < 0.5 ? int(rng, 0x80) : int(rng, 0x10000),
    ),
  );
}

/**
 * The random mutations the fuzz of issue 3 made, kept here so that one fuzzer does all: edits of
 * the document's text anywhere (bits of XML, random text, removals up to 200 characters), and
 * flips of random bytes anywhere in the finished zip, with or without a cut. They come from a
 * stream of their own and apply to one case in four (index % 4 === 2), so that every earlier case,
 * and every fuzzer find kept as a fixture, is made exactly as before.
 */
function randomEdits(xml: string, rng: Rng): string {
  let out = xml;
  for (let n = 1 + int(rng, 6); n > 0; n--) {
    const at = int(rng, out.length + 1);
    const insert = rng() < 0.5 ? pick(rng, FRAGMENTS) : randomText(rng);
    out = out.slice(0, at) + insert + out.slice(at + int(rng, 201));
  }
  return out;
}

function flipBytes(bytes: Uint8Array, rng: Rng): Uint8Array {
  const out = bytes.slice(0, rng() < 0.3 ? int(rng, bytes.length + 1) : bytes.length);
  for (let n = 1 + int(rng, 8); n > 0; n--)
    if (out.length > 0) out[int(rng, out.length)] = int(rng, 256);
  return out;
}

/** Case `index` of the run with `seed`. */
export function makeCase(seed: number, index: number): FuzzCase {
  const rng = random((seed * 1_000_003 + index) | 0);
  const base = pick(rng, baseDocuments());
  const mutations: string[] = [];
  let xml = base.xml;
  const xmlCount = int(rng, 3);
  for (let i = 0; i < xmlCount; i++) {
    const name = pick(rng, Object.keys(XML_MUTATIONS));
    xml = (XML_MUTATIONS[name] as XmlMutation)(xml, rng);
    mutations.push(name);
  }
  const extra = random((seed * 1_000_003 + index) ^ 0x5bd1e995);
  const random4 = index % 4 === 2 ? (extra() < 0.5 ? "edit" : "flip") : undefined;
  if (random4 === "edit") {
    xml = randomEdits(xml, extra);
    mutations.push("edit");
  }
  const plan = Object.fromEntries(ZIP_MUTATIONS.map((m) => [m, false])) as ZipPlan;
  const zipCount = xmlCount === 0 ? 1 + int(rng, 2) : int(rng, 2);
  for (let i = 0; i < zipCount; i++) {
    const m = pick(rng, ZIP_MUTATIONS);
    plan[m] = true;
    mutations.push(m);
  }
  const mainName = plan.rename ? "word/hoofd.xml" : "word/document.xml";
  let documentBytes = plan.utf16
    ? utf16le(xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"'))
    : new TextEncoder().encode(xml);
  if (plan.invalidUtf8) {
    const at = documentBytes.indexOf(0x3e /* > */, int(rng, documentBytes.length));
    const bad = pick(rng, [
      [0xff],
      [0xc3, 0x28],
      [0xe2, 0x82],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]);
    if (at > 0)
      documentBytes = new Uint8Array([
        ...documentBytes.subarray(0, at + 1),
        ...bad,
        ...documentBytes.subarray(at + 1),
      ]);
  }
  const entries = Object.entries(base.parts).map(([name, data]) => {
    if (name === "word/document.xml")
      return { name: mainName, data: documentBytes, store: plan.store };
    if (name === "_rels/.rels" && plan.rename)
      return {
        name,
        data: new TextEncoder().encode(
          new TextDecoder().decode(data).replace("word/document.xml", mainName),
        ),
        store: plan.store,
      };
    return { name, data, store: plan.store };
  });
  if (plan.duplicate) {
    const copy = pick(rng, entries);
    entries.splice(int(rng, entries.length + 1), 0, {
      ...copy,
      data: copy.data.subarray(0, int(rng, copy.data.length)),
    });
  }
  let bytes = writeTestZip({
    entries,
    descriptors: plan.descriptors,
    zip64: plan.zip64,
    ...(plan.comment
      ? { comment: new TextEncoder().encode("opmerking ".repeat(int(rng, 100))) }
      : {}),
  });
  if (plan.lie) {
    // A central directory size field that says something else than what is there.
    const view = new DataView(bytes.buffer);
    const at = bytes.length - 22;
    const directory = view.getUint32(at + 16, true);
    if (directory !== 0xffffffff && directory + 46 < bytes.length) {
      const field = pick(rng, [20, 24]);
      view.setUint32(
        directory + field,
        pick(rng, [0, 1, 0xfffffffe, view.getUint32(directory + field, true) * 2]),
        true,
      );
    }
  }
  if (plan.cut) bytes = bytes.subarray(0, int(rng, bytes.length));
  if (random4 === "flip") {
    bytes = flipBytes(bytes, extra);
    mutations.push("flip");
  }
  return { name: `${base.name}-${seed}-${index}`, bytes, mutations };
}
