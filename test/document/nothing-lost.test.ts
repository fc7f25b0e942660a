import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { unzipSync } from "fflate";
import { FIXTURE_DIR } from "../../scripts/make-word-fixtures";
import { DocxDocument } from "../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import type { FieldChange } from "../../src/document/port";
import {
  templateIds,
  templates,
  type FieldValue,
  type Template,
  type Values,
} from "../../src/model";
import { evaluate, parseDutchNumber } from "../../src/rules";
import { schools } from "../fixtures/schools";

/**
 * Filling a document changes the `sop:` controls it is asked to fill, and nothing else: tested on a
 * Word-made SOP that has comments, tracked changes, a header and footer, an image, a footnote, a
 * hyperlink and controls of its own (test/fixtures/word/word-sop-filled.docx).
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const DOCUMENT = "word/document.xml";

const CHANGES: readonly FieldChange[] = [
  { field: "school.plaats", value: "Heerlen" },
  { field: "school.brin", value: "21XK" },
  { field: "kengetallen.leerlingen-tm8", value: 148 },
  { field: "kengetallen.leerlingen-na8", value: "96" },
  { field: "ondertekening.datum", value: "2026-10-14" },
  { field: "swv", value: "3106" },
  { field: "zorgindicator.01", value: "3" },
  { field: "zorgindicator.01.eigen-oordeel", value: true },
  { field: "uitstroom.pro", value: true },
  { field: "uitstroom.pro.pct", value: 4 },
  { field: "concept.volledig", value: "Wij zijn een kindcentrum.\nWij werken handelingsgericht." },
];

const original = new Uint8Array(readFileSync(join(FIXTURE_DIR, "word-sop-filled.docx")));

function fill(changes: readonly FieldChange[] = CHANGES): Uint8Array {
  const doc = new DocxDocument(original);
  doc.writeSync(changes);
  return doc.toBytes();
}

const parse = (bytes: Uint8Array): Document =>
  new DOMParser().parseFromString(new TextDecoder().decode(bytes), "application/xml");
const xml = (node: Document | Element) => new XMLSerializer().serializeToString(node);
const documentOf = (docx: Uint8Array) => parse(unzipSync(docx)[DOCUMENT] as Uint8Array);

function descendants(root: Document | Element, ns: string, local: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, local)) as Element[];
}
function first(root: Element, ns: string, local: string): Element | undefined {
  return descendants(root, ns, local)[0];
}
/** The direct child of an element (getElementsByTagNameNS also finds those of nested controls). */
function own(el: Element, local: string, ns = W): Element | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (
      c.nodeType === 1 &&
      (c as Element).localName === local &&
      (c as Element).namespaceURI === ns
    )
      return c as Element;
  return undefined;
}
const tagOf = (sdt: Element) => {
  const pr = own(sdt, "sdtPr");
  const tag = pr && own(pr, "tag");
  return tag?.getAttributeNS(W, "val") ?? "";
};
const sdtsOf = (doc: Document) => descendants(doc, W, "sdt");
const sdtByTag = (doc: Document, tag: string) =>
  sdtsOf(doc).find((s) => tagOf(s) === tag) as Element;

/** The tags of every control a change writes: a choice writes all its option boxes. */
function writtenTags(template: Template, changes: readonly FieldChange[]): Set<string> {
  const tags = new Set<string>();
  for (const { field } of changes) {
    const f = template.byId.get(field)?.field;
    if (f?.kind === "choice") for (const o of f.options) tags.add(`sop:${field}=${o.key}`);
    else tags.add(`sop:${field}`);
  }
  return tags;
}

/**
 * The document with the written controls' content taken out, and with the three properties writing
 * may change (placeholder state, tick state, stored date) left out: all the rest must be equal.
 */
function withoutWritten(doc: Document, tags: ReadonlySet<string>): string {
  for (const sdt of sdtsOf(doc)) {
    if (!tags.has(tagOf(sdt))) continue;
    const content = own(sdt, "sdtContent");
    if (content) sdt.removeChild(content);
    const pr = own(sdt, "sdtPr") as Element;
    const placeholder = own(pr, "showingPlcHdr");
    if (placeholder) pr.removeChild(placeholder);
    const box = own(pr, "checkbox", W14);
    const checked = box && own(box, "checked", W14);
    if (box && checked) box.removeChild(checked);
    own(pr, "date")?.removeAttributeNS(W, "fullDate");
  }
  return xml(doc);
}

describe("filling a Word-made SOP (word-sop-filled.docx)", () => {
  const template = templates["zuid-limburg"];
  const filled = fill();

  test("leaves every other part byte for byte as it was, and adds or drops none", () => {
    const before = unzipSync(original);
    const after = unzipSync(filled);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const changed = Object.keys(before).filter(
      (name) =>
        !Buffer.from(before[name] as Uint8Array).equals(Buffer.from(after[name] as Uint8Array)),
    );
    expect(changed).toEqual([DOCUMENT]);
  });

  test("changes nothing in word/document.xml outside the controls it wrote", () => {
    const tags = writtenTags(template, CHANGES);
    expect(withoutWritten(documentOf(filled), tags)).toBe(
      withoutWritten(documentOf(original), tags),
    );
  });

  test.each([
    ["comment ranges and references", ["commentRangeStart", "commentRangeEnd", "commentReference"]],
    ["tracked insertions and deletions", ["ins", "del"]],
    ["hyperlinks", ["hyperlink"]],
    ["footnote references", ["footnoteReference"]],
    ["the drawing", ["drawing"]],
    ["header and footer references", ["headerReference", "footerReference"]],
  ])("keeps the %s unchanged", (_what, locals) => {
    for (const local of locals) {
      const before = descendants(documentOf(original), W, local).map(xml);
      expect(before.length).toBeGreaterThan(0);
      expect(descendants(documentOf(filled), W, local).map(xml)).toEqual(before);
    }
  });

  test("keeps every control that is not an SOP field unchanged", () => {
    const others = (d: Document) =>
      sdtsOf(d)
        .filter((s) => !tagOf(s).startsWith("sop:"))
        .map(xml);
    expect(others(documentOf(original))).toHaveLength(3);
    expect(others(documentOf(filled))).toEqual(others(documentOf(original)));
  });

  test("keeps every prefix named in mc:Ignorable declared on the root", () => {
    const root = documentOf(filled).documentElement as Element;
    const ignorable = root.getAttribute("mc:Ignorable") ?? "";
    expect(ignorable).toBe("w14 w15 w16se w16cid w16 w16cex w16sdtdh wp14");
    for (const prefix of ignorable.split(/\s+/))
      expect(root.getAttribute(`xmlns:${prefix}`)).toMatch(/^http/);
  });

  test("keeps w14:checked and the glyph in agreement for every checkbox", () => {
    const boxes = sdtsOf(documentOf(filled)).filter((s) =>
      own(own(s, "sdtPr") as Element, "checkbox", W14),
    );
    expect(boxes.length).toBeGreaterThan(15);
    for (const sdt of boxes) {
      const box = own(own(sdt, "sdtPr") as Element, "checkbox", W14) as Element;
      const state = own(box, "checked", W14);
      const val = state?.getAttributeNS(W14, "val");
      const checked = state !== undefined && !["0", "false", "off"].includes(val ?? "");
      const glyphState = own(box, checked ? "checkedState" : "uncheckedState", W14);
      const code = glyphState?.getAttributeNS(W14, "val") || (checked ? "2612" : "2610");
      const font = glyphState?.getAttributeNS(W14, "font") || "MS Gothic";
      const t = first(own(sdt, "sdtContent") as Element, W, "t");
      const rFonts = own(own(t?.parentNode as Element, "rPr") as Element, "rFonts");
      expect({
        tag: tagOf(sdt),
        glyph: t?.textContent,
        font: rFonts?.getAttributeNS(W, "ascii"),
      }).toEqual({
        tag: tagOf(sdt),
        glyph: String.fromCharCode(parseInt(code, 16)),
        font,
      });
    }
  });

  test("ticks a box with the glyph and font the box names (✔ in Segoe UI Symbol)", () => {
    const pro = sdtByTag(documentOf(filled), "sop:uitstroom.pro");
    const t = first(own(pro, "sdtContent") as Element, W, "t") as Element;
    expect(t.textContent).toBe("\u2714");
    const rFonts = own(own(t.parentNode as Element, "rPr") as Element, "rFonts") as Element;
    expect(rFonts.getAttributeNS(W, "ascii")).toBe("Segoe UI Symbol");
  });

  test("keeps the run formatting of a filled text control", () => {
    const plaats = sdtByTag(documentOf(filled), "sop:school.plaats");
    const runs = descendants(own(plaats, "sdtContent") as Element, W, "r");
    expect(runs.map((r) => r.textContent).join("")).toBe("Heerlen");
    for (const r of runs) {
      const rPr = own(r, "rPr") as Element;
      expect(own(rPr, "b")).toBeDefined();
      expect(own(rPr, "color")?.getAttributeNS(W, "val")).toBe("1F3864");
    }
  });

  test("clears the placeholder state when it writes text, and shows the placeholder when it writes nothing", () => {
    const placeholderStyle = (sdt: Element) =>
      descendants(own(sdt, "sdtContent") as Element, W, "rStyle")
        .map((s) => s.getAttributeNS(W, "val"))
        .filter((v) => v === "Tekstvantijdelijkeaanduiding" || v === "PlaceholderText");
    for (const tag of ["sop:school.brin", "sop:ondertekening.datum"]) {
      const before = sdtByTag(documentOf(original), tag);
      expect(own(own(before, "sdtPr") as Element, "showingPlcHdr")).toBeDefined();
      const after = sdtByTag(documentOf(filled), tag);
      expect(own(own(after, "sdtPr") as Element, "showingPlcHdr")).toBeUndefined();
      expect(placeholderStyle(after)).toEqual([]);
    }

    const hint = (id: string) => template.byId.get(id)?.field.hint;
    const doc = new DocxDocument(filled);
    doc.writeSync([
      { field: "school.brin", value: null },
      { field: "ondertekening.datum", value: null },
      { field: "school.plaats", value: null },
    ]);
    const emptied = doc.toBytes();
    // Grey again, in the style Dutch Word calls its Placeholder Text; a field the model gives no
    // hint gets Word's own placeholder.
    for (const [tag, placeholder] of [
      ["sop:school.brin", hint("school.brin")],
      ["sop:ondertekening.datum", hint("ondertekening.datum")],
      ["sop:school.plaats", "Klik of tik om tekst in te voeren."],
    ] as const) {
      const sdt = sdtByTag(documentOf(emptied), tag);
      expect(own(own(sdt, "sdtPr") as Element, "showingPlcHdr")).toBeDefined();
      expect(placeholderStyle(sdt)).toEqual(["Tekstvantijdelijkeaanduiding"]);
      const control = new DocxDocument(emptied).controls().find((c) => c.tag === tag);
      expect(control).toMatchObject({ text: "", showingPlaceholder: true, placeholder });
    }
    const values = new DocxDocument(emptied).readSync().values;
    for (const field of ["school.brin", "ondertekening.datum", "school.plaats"])
      expect(values).not.toHaveProperty([field]);
  });

  test("reads back the values it wrote, and the ones it did not touch", () => {
    expect(new DocxDocument(filled).readSync().values).toEqual({
      // Written: a string in a number field that parses comes back as a number.
      "school.plaats": "Heerlen",
      "school.brin": "21XK",
      "kengetallen.leerlingen-tm8": 148,
      "kengetallen.leerlingen-na8": 96,
      "ondertekening.datum": "2026-10-14",
      swv: "3106",
      "zorgindicator.01": "3",
      "zorgindicator.01.eigen-oordeel": true,
      "uitstroom.pro": true,
      "uitstroom.pro.pct": 4,
      "concept.volledig": "Wij zijn een kindcentrum.\nWij werken handelingsgericht.",
      // Untouched, as the school left them (the name through its tracked change).
      "school.naam": "Kindcentrum De Mijnlamp",
      "kengetallen.leerlingen": 230,
      "kengetallen.locaties": 1,
      "zorgindicator.02": ["3", "4"],
      "zorgindicator.03": "4",
      "zorgindicator.03.eigen-oordeel": true,
    });
  });
});

/** A value as reading gives it back: empty ones left out, one-option arrays as the key, numbers parsed. */
function asRead(template: Template, values: Values): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [id, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === false || value === "") continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const field = template.byId.get(id)?.field;
    let v: FieldValue = Array.isArray(value) && value.length === 1 ? (value[0] as string) : value;
    if ((field?.kind === "number" || field?.kind === "computed") && typeof v === "string") {
      const parsed = parseDutchNumber(v);
      if (parsed.ok) v = parsed.value;
    }
    out[id] = v;
  }
  return out;
}

describe.each(templateIds)("the %s template filled with its complete school", (id) => {
  test("gives back every field it was filled with", () => {
    const template = templates[id];
    const school = schools[id];
    const { computed } = evaluate(template, school, "2026-11-01");
    const all: Values = {
      ...school,
      ...Object.fromEntries(Object.entries(computed).filter(([, v]) => v !== null)),
    };
    const doc = new DocxDocument(buildTemplateDocx(template));
    doc.writeSync(Object.entries(all).map(([field, value]) => ({ field, value: value ?? null })));
    const back = new DocxDocument(doc.toBytes()).readSync();
    expect(back.problems).toEqual([]);
    expect(back.values).toEqual(asRead(template, all));
  });
});
