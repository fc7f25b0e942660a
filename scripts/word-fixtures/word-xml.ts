/**
 * WordprocessingML as Word 365 (Dutch) writes it: the full namespace list on every story's root,
 * rsids and w14 paragraph ids on paragraphs and runs, and content controls with their properties in
 * Word's order. Used by make-word-fixtures.ts to build test documents on a machine without Word.
 */

export const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;

/** The namespaces Word 365 declares on the root of document.xml, headers, footers, notes, comments. */
export const WORD_NAMESPACES =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ' +
  'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" ' +
  'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" ' +
  'xmlns:cx2="http://schemas.microsoft.com/office/drawing/2015/10/21/chartex" ' +
  'xmlns:cx3="http://schemas.microsoft.com/office/drawing/2016/5/9/chartex" ' +
  'xmlns:cx4="http://schemas.microsoft.com/office/drawing/2016/5/10/chartex" ' +
  'xmlns:cx5="http://schemas.microsoft.com/office/drawing/2016/5/11/chartex" ' +
  'xmlns:cx6="http://schemas.microsoft.com/office/drawing/2016/5/12/chartex" ' +
  'xmlns:cx7="http://schemas.microsoft.com/office/drawing/2016/5/13/chartex" ' +
  'xmlns:cx8="http://schemas.microsoft.com/office/drawing/2016/5/14/chartex" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" ' +
  'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" ' +
  'xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:oel="http://schemas.microsoft.com/office/2019/extlst" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:w10="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" ' +
  'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" ' +
  'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" ' +
  'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" ' +
  'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" ' +
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" ' +
  'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" ' +
  'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh wp14"';

/** The root element of a story part (`w:document`, `w:hdr`, `w:ftr`, ...). */
export function story(root: string, inner: string): string {
  return `${DECL}<w:${root} ${WORD_NAMESPACES}>${inner}</w:${root}>`;
}

export function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Revision-save ids of the editing sessions of our imaginary authors; settings.xml lists them. */
export const RSIDS = ["00B3297A", "003E5F21", "0071C4D8", "009A2B6E", "00E41F07"] as const;

/**
 * Hands out the ids Word gives paragraphs (`w14:paraId`), content controls (`w:id`) and revisions.
 * Seeded, so that every run of the script writes the same bytes.
 */
export class Ids {
  private state: number;
  private revision = 0;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  private next(): number {
    // xorshift32: cheap, deterministic, spread over the 32 bits like Word's random ids.
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }
  /** A `w14:paraId`: eight hex digits below 0x80000000. */
  paraId(): string {
    return (this.next() & 0x7fffffff).toString(16).toUpperCase().padStart(8, "0");
  }
  /** A `w:id` of a content control: a signed 32-bit number, as Word writes them. */
  sdtId(): number {
    return this.next() | 0;
  }
  rsid(): string {
    return RSIDS[this.next() % RSIDS.length] as string;
  }
  /** The `w:id` of a tracked change, comment range or bookmark: counts up. */
  revisionId(): number {
    return this.revision++;
  }
}

/** A paragraph with Word's paragraph and revision ids. */
export function p(ids: Ids, inner: string, pPr = ""): string {
  const rsid = ids.rsid();
  return (
    `<w:p w14:paraId="${ids.paraId()}" w14:textId="77777777" w:rsidR="${rsid}" w:rsidRDefault="${rsid}"` +
    `${pPr.includes("pStyle") ? ` w:rsidP="${RSIDS[0]}"` : ""}>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`
  );
}

/** A run; text with leading or trailing spaces gets `xml:space="preserve"`, as Word does. */
export function r(text: string, rPr = "", rsid?: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<w:r${rsid ? ` w:rsidRPr="${rsid}"` : ""}>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t${space}>${esc(text)}</w:t></w:r>`;
}

export const style = (id: string) => `<w:pStyle w:val="${id}"/>`;

/** Dutch Word names the Placeholder Text style "Tekstvantijdelijkeaanduiding" in its style ids. */
export const PLACEHOLDER_STYLE = "Tekstvantijdelijkeaanduiding";
export const placeholderRun = (text: string, extra = "") =>
  r(text, `<w:rStyle w:val="${PLACEHOLDER_STYLE}"/>${extra}`);

/** Word's own placeholder building blocks (word/glossary/document.xml), named as Word names them. */
export const DOCPART = {
  text: "DefaultPlaceholder_-1854013440",
  item: "DefaultPlaceholder_-1854013438",
  date: "DefaultPlaceholder_-1854013437",
  repeating: "DefaultPlaceholder_-1854013435",
} as const;

export type SdtSpec = {
  ids: Ids;
  alias?: string;
  tag?: string;
  /** Properties before alias (the control's own run properties). */
  rPr?: string;
  lock?: "sdtLocked" | "contentLocked" | "sdtContentLocked";
  docPart?: string;
  showing?: boolean;
  /** Anything Word writes between the placeholder and the type element (dataBinding, w15:color...). */
  extra?: string;
  /** The type element (`<w:text/>`, `<w14:checkbox>`...); empty for rich text. */
  type: string;
  endPr?: string;
  content: string;
};

/** A content control as Word writes it. */
export function sdt(s: SdtSpec): string {
  const pr =
    (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : "") +
    (s.alias !== undefined ? `<w:alias w:val="${esc(s.alias)}"/>` : "") +
    (s.tag !== undefined ? `<w:tag w:val="${esc(s.tag)}"/>` : "") +
    `<w:id w:val="${s.ids.sdtId()}"/>` +
    (s.lock ? `<w:lock w:val="${s.lock}"/>` : "") +
    (s.docPart ? `<w:placeholder><w:docPart w:val="${s.docPart}"/></w:placeholder>` : "") +
    (s.showing ? "<w:showingPlcHdr/>" : "") +
    (s.extra ?? "") +
    s.type;
  return `<w:sdt><w:sdtPr>${pr}</w:sdtPr>${s.endPr ?? ""}<w:sdtContent>${s.content}</w:sdtContent></w:sdt>`;
}

const GOTHIC = `<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>`;

export type CheckboxSpec = {
  ids: Ids;
  alias?: string;
  tag?: string;
  checked: boolean;
  /** Write `<w14:checked/>` without `w14:val` (which means checked). */
  bareChecked?: boolean;
  /** Another glyph for the ticked state, e.g. ✔ 2714 in Segoe UI Symbol. */
  checkedGlyph?: { code: string; font: string };
};

/** A checkbox content control: `w14:checked` and the glyph in its run agree. */
export function checkbox(c: CheckboxSpec): string {
  const on = c.checkedGlyph ?? { code: "2612", font: "MS Gothic" };
  const glyph = c.checked ? on : { code: "2610", font: "MS Gothic" };
  const runFont =
    glyph.font === "MS Gothic"
      ? GOTHIC
      : `<w:rFonts w:ascii="${glyph.font}" w:hAnsi="${glyph.font}" w:cs="${glyph.font}"/>`;
  const state = c.bareChecked ? "<w14:checked/>" : `<w14:checked w14:val="${c.checked ? 1 : 0}"/>`;
  return sdt({
    ids: c.ids,
    ...(c.alias !== undefined ? { alias: c.alias } : {}),
    ...(c.tag !== undefined ? { tag: c.tag } : {}),
    type:
      `<w14:checkbox>${state}<w14:checkedState w14:val="${on.code}" w14:font="${on.font}"/>` +
      `<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>`,
    content: `<w:r><w:rPr>${runFont}</w:rPr><w:t>${String.fromCharCode(parseInt(glyph.code, 16))}</w:t></w:r>`,
  });
}

/** A plain-text control inside a paragraph: placeholder when `text` is absent. */
export function plainText(
  ids: Ids,
  o: {
    alias?: string;
    tag?: string;
    text?: string;
    rPr?: string;
    placeholder?: string;
    multiLine?: boolean;
  },
): string {
  const showing = o.text === undefined;
  const content = showing
    ? placeholderRun(o.placeholder ?? "Klik of tik om tekst in te voeren.", o.rPr ?? "")
    : o.text
        ?.split("\n")
        .map((line, i) =>
          i === 0
            ? r(line, o.rPr ?? "")
            : `<w:r>${o.rPr ? `<w:rPr>${o.rPr}</w:rPr>` : ""}<w:br/><w:t>${esc(line)}</w:t></w:r>`,
        )
        .join("");
  return sdt({
    ids,
    ...(o.alias !== undefined ? { alias: o.alias } : {}),
    ...(o.tag !== undefined ? { tag: o.tag } : {}),
    ...(o.rPr ? { rPr: o.rPr } : {}),
    docPart: DOCPART.text,
    showing,
    type: o.multiLine ? `<w:text w:multiLine="1"/>` : "<w:text/>",
    content: content ?? "",
  });
}

/** A date picker in Dutch notation, as Word sets it up for nl-NL. */
export function datePicker(ids: Ids, o: { alias?: string; tag?: string; iso?: string }): string {
  const dutch = o.iso
    ? o.iso
        .split("-")
        .reverse()
        .map((n) => String(Number(n)))
        .join("-")
    : undefined;
  return sdt({
    ids,
    ...(o.alias !== undefined ? { alias: o.alias } : {}),
    ...(o.tag !== undefined ? { tag: o.tag } : {}),
    docPart: DOCPART.date,
    showing: !o.iso,
    type:
      `<w:date${o.iso ? ` w:fullDate="${o.iso}T00:00:00Z"` : ""}><w:dateFormat w:val="d-M-yyyy"/>` +
      `<w:lid w:val="nl-NL"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>`,
    content: dutch ? r(dutch) : placeholderRun("Klik of tik om een datum in te voeren."),
  });
}

/** A drop-down list (or combo box) with Word's "Kies een item." first entry, which has no display text. */
export function listControl(
  ids: Ids,
  o: {
    kind: "dropDownList" | "comboBox";
    alias?: string;
    tag?: string;
    items: readonly string[];
    text?: string;
  },
): string {
  const items =
    `<w:listItem w:value="Kies een item."/>` +
    o.items.map((i) => `<w:listItem w:displayText="${esc(i)}" w:value="${esc(i)}"/>`).join("");
  return sdt({
    ids,
    ...(o.alias !== undefined ? { alias: o.alias } : {}),
    ...(o.tag !== undefined ? { tag: o.tag } : {}),
    docPart: DOCPART.item,
    showing: o.text === undefined,
    type: `<w:${o.kind}>${items}</w:${o.kind}>`,
    content: o.text === undefined ? placeholderRun("Kies een item.") : r(o.text),
  });
}

/** A table of fixed column widths; rows hold ready `w:tr` (or row-level control) XML. */
export function table(widths: readonly number[], rows: readonly string[]): string {
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="0" w:type="auto"/>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`
  );
}

export function tr(ids: Ids, cells: readonly string[]): string {
  return `<w:tr w:rsidR="${ids.rsid()}" w14:paraId="${ids.paraId()}" w14:textId="77777777" w:rsidTr="${RSIDS[0]}">${cells.join("")}</w:tr>`;
}

/** A table cell of the given width holding paragraph (or cell-content) XML. */
export function tc(width: number, inner: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
}

/** An inline picture, as Word writes one inserted from a file. */
export function drawing(
  ids: Ids,
  rId: string,
  docPrId: number,
  name: string,
  descr: string,
): string {
  const cx = 457200;
  return (
    `<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="${ids.paraId()}" wp14:editId="${ids.paraId()}">` +
    `<wp:extent cx="${cx}" cy="${cx}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${docPrId}" name="${esc(name)}" descr="${esc(descr)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${docPrId}" name="${esc(name)}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rId}"><a:extLst><a:ext uri="{28A0092B-C50C-407E-A947-70E740481C1C}"><a14:useLocalDpi xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" val="0"/></a:ext></a:extLst></a:blip>` +
    `<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cx}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>` +
    `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

/** A4 portrait with Word's default Dutch margins; header and footer references when given. */
export function sectPr(refs: { header?: string; footer?: string } = {}): string {
  return (
    `<w:sectPr w:rsidR="${RSIDS[0]}" w:rsidSect="${RSIDS[0]}">` +
    (refs.header ? `<w:headerReference w:type="default" r:id="${refs.header}"/>` : "") +
    (refs.footer ? `<w:footerReference w:type="default" r:id="${refs.footer}"/>` : "") +
    `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>` +
    `<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}
