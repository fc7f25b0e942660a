import type { Template, Values } from "../../model";
import {
  STATUS_TEXT,
  evaluate,
  formatDutchDate,
  onePage,
  type DutchDate,
  type OnePage,
  type OnePageNorm,
  type OnePageStatus,
} from "../../rules";
import { esc, paragraph } from "./ooxml";
import { bytesOf } from "./xml";
import { writeZip } from "./zip";

/**
 * The "SOP one page" as a .docx of its own: one A4 page, narrow margins, 9 pt. Not an SOP (it carries
 * no SOP.Template property and no controls), so no tool mistakes it for one.
 */

const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
/** A4 with 1.5 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 850 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const STATUS_FILL: Readonly<Record<OnePageStatus, string>> = {
  gehaald: "C6EFCE",
  "let-op": "FFEB9C",
  "niet-gehaald": "FFC7CE",
  onvolledig: "EDEDED",
};
const MARK_COLOR = { ok: "2E7D32", warning: "B26A00", error: "C00000", leeg: "A6A6A6" } as const;

type RunStyle = { bold?: boolean; size?: number; color?: string; italic?: boolean };

function r(text: string, style: RunStyle = {}): string {
  const rPr = [
    style.bold ? "<w:b/>" : "",
    style.italic ? "<w:i/>" : "",
    style.color ? `<w:color w:val="${style.color}"/>` : "",
    style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : "",
  ].join("");
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

const spacing = (before: number, after: number) =>
  `<w:spacing w:before="${before}" w:after="${after}"/>`;

function heading(text: string): string {
  return paragraph(
    r(text, { bold: true, size: 22, color: "1F3864" }),
    `<w:keepNext/>${spacing(140, 40)}`,
  );
}

function cell(content: string, width: number, fill?: string): string {
  const shd = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : "";
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shd}</w:tcPr>${content || "<w:p/>"}</w:tc>`;
}

function grid(
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  fills?: (row: number, col: number) => string | undefined,
): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const body = rows
    .map(
      (row, ri) =>
        `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row
          .map((c, ci) => cell(c, widths[ci] ?? 1000, fills?.(ri, ci)))
          .join("")}</w:tr>`,
    )
    .join("");
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${total}" w:type="dxa"/>` +
    `<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${cols}</w:tblGrid>${body}</w:tbl>`
  );
}

const cellText = (text: string, style: RunStyle = {}) => paragraph(r(text, style), spacing(0, 0));

function factsTable(facts: OnePage["facts"]): string {
  if (facts.length === 0) return "";
  const half = Math.ceil(facts.length / 2);
  const rows = Array.from({ length: half }, (_, i) => {
    const a = facts[i];
    const b = facts[i + half];
    return [
      a ? cellText(a.label, { bold: true }) : "",
      a ? cellText(a.value) : "",
      b ? cellText(b.label, { bold: true }) : "",
      b ? cellText(b.value) : "",
    ];
  });
  const label = 2300;
  const value = TEXT_WIDTH / 2 - label;
  return grid(rows, [label, value, label, value]);
}

/** A square per scored row, coloured by how it is judged, then the same in words. */
function picture(norm: OnePageNorm): string {
  const squares = norm.marks.map((m) => r("■", { color: MARK_COLOR[m], size: 16 })).join("");
  return paragraph(
    `${squares}${norm.marks.length > 0 ? r(" ") : ""}${r(norm.detail, { size: 17 })}`,
    spacing(0, 0),
  );
}

function normsTable(norms: OnePage["norms"]): string {
  const header = [
    cellText("Norm", { bold: true }),
    cellText("Status", { bold: true }),
    cellText("Scores", { bold: true }),
  ];
  const rows = norms.map((n) => [
    cellText(n.title),
    cellText(STATUS_TEXT[n.status], { bold: true }),
    picture(n),
  ]);
  const widths = [3400, 1300, TEXT_WIDTH - 4700];
  return grid([header, ...rows], widths, (row, col) => {
    const norm = norms[row - 1];
    if (row === 0) return "D9E2F3";
    return col === 1 && norm ? STATUS_FILL[norm.status] : undefined;
  });
}

function body(page: OnePage, made: string): string {
  const parts = [
    paragraph(r(page.title, { bold: true, size: 34, color: "1F3864" }), spacing(0, 20)),
    paragraph(r(page.subtitle, { size: 18, color: "595959" }), spacing(0, 100)),
    factsTable(page.facts),
    heading(page.kern.heading),
    paragraph(
      r(page.kern.text || "(nog niet ingevuld)", { italic: page.kern.text === "" }),
      spacing(0, 0),
    ),
    heading("Normen van het samenwerkingsverband"),
    page.norms.length > 0 ? normsTable(page.norms) : "",
    heading("In één oogopslag"),
    ...page.glance.map((g) =>
      paragraph(
        r(`${g.heading}: `, { bold: true }) + r(g.text || "niets aangegeven"),
        spacing(0, 30),
      ),
    ),
    heading(page.ambities.heading),
    ...(page.ambities.items.length > 0
      ? page.ambities.items.map((a) =>
          paragraph(r(`• ${a}`), `<w:ind w:left="200" w:hanging="200"/>${spacing(0, 20)}`),
        )
      : [paragraph(r("(nog niet ingevuld)", { italic: true }), spacing(0, 0))]),
    paragraph(
      r(
        `Samenvatting gemaakt met SOP Assistent op ${made}. Het volledige SOP blijft het document dat telt.`,
        {
          size: 15,
          color: "767171",
          italic: true,
        },
      ),
      spacing(160, 0),
    ),
  ];
  const sect = `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/><w:pgMar w:top="${PAGE.margin}" w:right="${PAGE.margin}" w:bottom="${PAGE.margin}" w:left="${PAGE.margin}" w:header="425" w:footer="425" w:gutter="0"/></w:sectPr>`;
  return parts.join("") + sect;
}

const STYLES =
  DECL +
  `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="StandaardTabel"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="20" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="20" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="StandaardTabel"/><w:tblPr><w:tblBorders>` +
  ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>`)
    .join("") +
  `</w:tblBorders></w:tblPr></w:style></w:styles>`;

const CONTENT_TYPES =
  DECL +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
  `</Types>`;

const ROOT_RELS =
  DECL +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `</Relationships>`;

const DOCUMENT_RELS =
  DECL +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  `</Relationships>`;

const core = (title: string) =>
  DECL +
  `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
  `<dc:title>${esc(title)}</dc:title><dc:creator>SOP Assistent</dc:creator><dc:language>nl-NL</dc:language></cp:coreProperties>`;

/**
 * The one-page summary as .docx bytes. `made` is the date it was made (`23-11-2026`), passed in so the
 * same summary always gives the same bytes.
 */
export function buildOnePageDocx(page: OnePage, made: string): Uint8Array {
  const document =
    DECL +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body(page, made)}</w:body></w:document>`;
  return writeZip(
    (
      [
        ["[Content_Types].xml", CONTENT_TYPES],
        ["_rels/.rels", ROOT_RELS],
        ["word/document.xml", document],
        ["word/_rels/document.xml.rels", DOCUMENT_RELS],
        ["word/styles.xml", STYLES],
        ["docProps/core.xml", core(page.title)],
      ] as const
    ).map(([name, xml]) => [name, bytesOf(xml)] as const),
  );
}

/** The one-page summary of an SOP's values, judged on `today`, as .docx bytes. */
export function onePageDocx(template: Template, values: Values, today: DutchDate): Uint8Array {
  const page = onePage(template, values, evaluate(template, values, today));
  return buildOnePageDocx(page, formatDutchDate(today));
}
