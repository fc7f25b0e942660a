import type { Block, Cell, Field, Formula, Section, Template } from "../../model";
import {
  blockText,
  checkbox,
  inlineText,
  paragraph,
  styled,
  table,
  textRun,
  type ControlSpec,
} from "./ooxml";
import {
  APP_XML,
  CONTENT_TYPES_XML,
  DOCUMENT_RELS_XML,
  ROOT_RELS_XML,
  SETTINGS_XML,
  STYLES_XML,
  coreXml,
  customXml,
} from "./parts";
import { bytesOf } from "./xml";
import { documentTitle } from "./title";
import { writeZip } from "./zip";

/** Text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9072;

/** Hands out the `w:id` of each control: unique, and the same on every build. */
export class Ids {
  constructor(private next = 1001) {}
  take(): number {
    return this.next++;
  }
}

function labelOf(template: Template, id: string): string {
  const f = template.byId.get(id)?.field;
  return f?.short ?? f?.label ?? id;
}

/** The placeholder of a computed field says how it is computed. */
function formulaText(template: Template, formula: Formula): string {
  const l = (id: string) => labelOf(template, id);
  switch (formula.op) {
    case "sum":
      return formula.of.map(l).join(" + ");
    case "count-option":
      return `aantal keer "${formula.option}"`;
    case "sum-of-products":
      return formula.terms.map(([a, b]) => `${l(a)} × ${l(b)}`).join(" + ");
  }
}

function spec(
  template: Template,
  ids: Ids,
  field: Field,
  tag = `sop:${field.id}`,
  title = field.short ?? field.label,
): ControlSpec {
  const c: ControlSpec = { id: ids.take(), tag, title };
  if (field.kind === "computed") {
    return {
      ...c,
      title: `${title} (berekend)`,
      placeholder: `Wordt berekend: ${formulaText(template, field.formula)}`,
      locked: true,
    };
  }
  const hint =
    field.hint ??
    (field.kind === "date"
      ? "Datum, bijvoorbeeld 23-11-2026"
      : field.kind === "number"
        ? "Getal"
        : "Klik of tik om tekst in te voeren.");
  const text =
    (field.kind === "text" || field.kind === "richText") && field.default !== undefined
      ? field.default
      : field.kind === "number" && field.default !== undefined
        ? String(field.default)
        : undefined;
  return { ...c, placeholder: hint, ...(text !== undefined ? { text } : {}) };
}

/** The checkboxes of a choice (or some of its options), each followed by its label. */
function optionBoxes(
  template: Template,
  ids: Ids,
  field: Extract<Field, { kind: "choice" }>,
  keys: readonly string[],
  withLabels: boolean,
): string {
  return keys
    .map((key) => {
      const option = field.options.find((o) => o.key === key);
      const box = checkbox(
        spec(
          template,
          ids,
          field,
          `sop:${field.id}=${key}`,
          `${field.short ?? field.label}: ${option?.label ?? key}`,
        ),
      );
      return withLabels ? `${box}${textRun(` ${option?.label ?? key}`)}` : box;
    })
    .join(withLabels ? textRun("   ") : "");
}

/** A field as it stands in a list of fields: label, then its control. */
function fieldLines(template: Template, ids: Ids, field: Field): string {
  const label = paragraph(textRun(field.label), styled("Veldlabel"));
  switch (field.kind) {
    case "richText":
      return label + blockText(spec(template, ids, field), "rich");
    case "text":
      if (field.multiline) return label + blockText(spec(template, ids, field), "plain");
      return field.labelAfter
        ? paragraph(inlineText(spec(template, ids, field)) + textRun(` ${field.label}`))
        : paragraph(
            textRun(`${field.label} `, { bold: true }) + inlineText(spec(template, ids, field)),
          );
    case "number":
    case "date":
    case "computed":
      return paragraph(
        textRun(`${field.label} `, { bold: true }) + inlineText(spec(template, ids, field)),
      );
    case "tick":
      return paragraph(checkbox(spec(template, ids, field)) + textRun(` ${field.label}`));
    case "choice":
      return paragraph(
        textRun(`${field.label}  `, { bold: true }) +
          optionBoxes(
            template,
            ids,
            field,
            field.options.map((o) => o.key),
            true,
          ),
      );
  }
}

/**
 * A tick and its one-line "te weten" (or a leergebied and its method) share one line, as in the
 * model: "☐ een leerlingvolgsysteem, te weten ……", the label once.
 */
export function fieldListXml(template: Template, ids: Ids, list: readonly Field[]): string {
  let xml = "";
  for (let i = 0; i < list.length; i++) {
    const f = list[i] as Field;
    const next = list[i + 1];
    if (
      f.kind === "tick" &&
      next?.kind === "text" &&
      !next.multiline &&
      next.followUp?.of === f.id &&
      next.followUp.relation === "te-weten"
    ) {
      xml += paragraph(
        checkbox(spec(template, ids, f)) +
          textRun(` ${f.label} `) +
          inlineText(spec(template, ids, next)),
      );
      i += 1;
      continue;
    }
    xml += fieldLines(template, ids, f);
  }
  return xml;
}

function cellContent(
  template: Template,
  ids: Ids,
  cell: Cell,
  first: boolean,
  header: string,
): string {
  if (!cell.also) return oneCellContent(template, ids, cell, first, header);
  if ("text" in cell)
    return (
      oneCellContent(template, ids, { text: cell.text }, first, header) +
      cell.also.map((id) => oneCellContent(template, ids, { field: id }, false, header)).join("")
    );
  return [cell.field, ...cell.also]
    .map((id, i) => oneCellContent(template, ids, { field: id }, first && i === 0, header))
    .join("");
}

function oneCellContent(
  template: Template,
  ids: Ids,
  cell: Cell,
  first: boolean,
  header: string,
): string {
  const pPr = styled("Celtekst");
  if ("text" in cell) return paragraph(cell.text ? textRun(cell.text) : "", pPr);
  const field = template.byId.get(cell.field)?.field;
  if (!field) return paragraph("", pPr);
  switch (field.kind) {
    case "choice": {
      const keys = cell.options ?? field.options.map((o) => o.key);
      if (keys.length === 1)
        return paragraph(
          optionBoxes(template, ids, field, keys, false),
          styled("Celtekst", `<w:jc w:val="center"/>`),
        );
      // Several options in one cell (ja / nee): one line each, as in the model.
      return keys.map((k) => paragraph(optionBoxes(template, ids, field, [k], true), pPr)).join("");
    }
    case "tick":
      // A tick carries its label unless its column header names it (JW, WLZ, ...): one that opens
      // its row (the uitstroom categories), or several in one cell (the bestuur's deskundigheid).
      return first || field.label !== header
        ? paragraph(checkbox(spec(template, ids, field)) + textRun(` ${field.label}`), pPr)
        : paragraph(
            checkbox(spec(template, ids, field)),
            styled("Celtekst", `<w:jc w:val="center"/>`),
          );
    case "richText":
      return blockText(spec(template, ids, field), "rich", `<w:pPr>${pPr}</w:pPr>`);
    case "text":
      return field.multiline
        ? blockText(spec(template, ids, field), "plain", `<w:pPr>${pPr}</w:pPr>`)
        : paragraph(inlineText(spec(template, ids, field)), pPr);
    default: {
      // A number or date in a narrow cell gets a short placeholder; the full hint is in its title.
      const short =
        field.kind === "number" && field.unit === "percent"
          ? "%"
          : field.kind === "date"
            ? "dd-mm-jjjj"
            : "…";
      return paragraph(inlineText({ ...spec(template, ids, field), placeholder: short }), pPr);
    }
  }
}

/**
 * Estimated advance widths of characters, in em, after DejaVu Sans: LibreOffice on Linux puts it in
 * Calibri's place when Calibri is missing, and it is wider, so a column sized for it breaks no word
 * in Calibri either.
 */
const THIN = new Set("ijl.,:;!'| ");
const NARROW = new Set("frt()[]/-");
const WIDE = new Set("mwMW@%");
function emWidth(ch: string): number {
  if (THIN.has(ch)) return 0.32;
  if (NARROW.has(ch)) return 0.45;
  if (WIDE.has(ch)) return 1;
  if (ch >= "A" && ch <= "Z") return 0.76;
  return 0.66;
}

/** Twentieths of a point per em: 9 pt bold headers, 9 pt cell text. */
const HEADER_EM = 18 * 10 * 1.12;
const CELL_EM = 18 * 10;
/** Left and right cell margins (108 each, see the table style) plus a little air. */
const CELL_PADDING = 260;
/** A column of checkboxes only. */
const BOX_WIDTH = 480;
/** A checkbox and the space after it, before its label. */
const BOX_AND_SPACE = 1.3;

const wordWidth = (w: string, em: number): number =>
  [...w].reduce((sum, ch) => sum + emWidth(ch), 0) * em;
/** The widest piece of text that cannot wrap: Word and LibreOffice break at spaces and after "/". */
const longestWord = (s: string, em: number): number =>
  Math.max(0, ...s.split(/\s+|(?<=\/)/).map((w) => wordWidth(w, em)));

/**
 * The narrowest a column may be so that no header and no fixed text in it breaks inside a word
 * ("Op ord e", "Bele id" would be corrected by any school).
 */
function minimumWidth(
  header: string,
  cells: readonly (Cell | undefined)[],
  template: Template,
  first: boolean,
): number {
  let width = Math.max(BOX_WIDTH, longestWord(header, HEADER_EM) + CELL_PADDING);
  const labelled = (label: string) =>
    Math.max(longestWord(label, CELL_EM), BOX_AND_SPACE * CELL_EM) + CELL_PADDING;
  for (const c of cells) {
    if (!c) continue;
    if ("text" in c) {
      width = Math.max(width, longestWord(c.text, CELL_EM) + CELL_PADDING);
      for (const id of c.also ?? [])
        width = Math.max(
          width,
          BOX_AND_SPACE * CELL_EM + labelled(template.byId.get(id)?.field.label ?? ""),
        );
      continue;
    }
    const f = template.byId.get(c.field)?.field;
    if (f?.kind === "choice") {
      const keys = c.options ?? f.options.map((o) => o.key);
      // Several options in one cell carry their labels after the box ("☐ nee").
      if (keys.length > 1) {
        const labels = keys.map((k) => f.options.find((o) => o.key === k)?.label ?? k);
        width = Math.max(width, BOX_AND_SPACE * CELL_EM + labelled(labels.join(" ")));
      }
    } else if (f?.kind === "tick" && (first || f.label !== header)) {
      for (const id of [f.id, ...(c.also ?? [])]) {
        const label = template.byId.get(id)?.field.label ?? "";
        width = Math.max(width, BOX_AND_SPACE * CELL_EM + labelled(label));
      }
    } else if (f?.kind === "number" || f?.kind === "computed") {
      // Room for a typed figure ("11,4", "€ 32.032").
      width = Math.max(
        width,
        (f.kind === "computed" && f.unit === "euro" ? 5 : 3) * CELL_EM + CELL_PADDING,
      );
    } else if (f?.kind === "date") {
      width = Math.max(width, 6 * CELL_EM + CELL_PADDING);
    }
  }
  return Math.ceil(width);
}

/**
 * Column widths: every column gets at least the room its longest word needs; what is left goes to the
 * columns of text in proportion to the longest text they hold, so a column of long indicator texts
 * gets the room and checkbox columns stay narrow.
 */
function widths(block: Extract<Block, { kind: "table" }>, template: Template): number[] {
  const cellLength = (c: Cell | undefined): number => {
    if (!c) return 0;
    if ("text" in c) return c.text.length;
    const f = template.byId.get(c.field)?.field;
    if (!f) return 0;
    if (f.kind === "choice") return 0;
    if (f.kind === "tick" || f.kind === "computed" || f.kind === "number" || f.kind === "date")
      return 0;
    return 30;
  };
  const minimum = block.columns.map((header, i) =>
    minimumWidth(
      header,
      block.rows.map((r) => r.cells[i]),
      template,
      i === 0,
    ),
  );
  const weights = block.columns.map((_, i) =>
    Math.min(60, Math.max(0, ...block.rows.map((r) => cellLength(r.cells[i])))),
  );
  const spare = TEXT_WIDTH - minimum.reduce((a, b) => a + b, 0);
  const total = weights.reduce((a, b) => a + b, 0);
  if (spare <= 0 || total === 0) {
    // Nothing to share (or too little room): scale to the page, the narrowest columns first to break.
    const sum = minimum.reduce((a, b) => a + b, 0);
    return minimum.map((m) =>
      Math.floor(total === 0 && spare > 0 ? m + spare / minimum.length : (m * TEXT_WIDTH) / sum),
    );
  }
  return minimum.map((m, i) => m + Math.floor((spare * (weights[i] ?? 0)) / total));
}

export function blockXml(template: Template, ids: Ids, block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return paragraph(textRun(block.text), styled("Modeltekst"));
    case "fields":
      return fieldListXml(template, ids, block.fields);
    case "table": {
      const rows = block.rows.map((r) =>
        r.cells.map((c, i) => cellContent(template, ids, c, i === 0, block.columns[i] ?? "")),
      );
      return table(block.columns, rows, widths(block, template)) + paragraph("");
    }
  }
}

/** A section's heading as the template writes it: "2.1 Algemene gegevens", in its heading style. */
export function headingXml(section: Section): string {
  return paragraph(
    textRun([section.number, section.heading].filter(Boolean).join(" ")),
    styled(`Kop${section.level}`),
  );
}

function sectionXml(template: Template, ids: Ids, section: Section): string {
  return headingXml(section) + section.blocks.map((b) => blockXml(template, ids, b)).join("");
}

/**
 * The title page names the document as its model does, the template and the SWV: no instruction of
 * the tool and no template id, which would print in a finished SOP (they belong in the pane).
 */
function titlePage(template: Template): string {
  return [
    paragraph(textRun(documentTitle(template)), styled("Titel")),
    paragraph(textRun(template.name), styled("Ondertitel")),
    paragraph(textRun(`Samenwerkingsverband: ${template.swv}`)),
    paragraph(`<w:r><w:br w:type="page"/></w:r>`),
  ].join("");
}

export const ROOT_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'mc:Ignorable="w14 w15"';

const SECTION_PROPERTIES = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`;

/** The word/document.xml of a template. */
export function templateDocumentXml(template: Template): string {
  const ids = new Ids();
  const body =
    titlePage(template) +
    template.sections.map((s) => sectionXml(template, ids, s)).join("") +
    SECTION_PROPERTIES;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${ROOT_NS}><w:body>${body}</w:body></w:document>`;
}

/** The complete .docx of a template; the same template always gives the same bytes. */
export function buildTemplateDocx(template: Template): Uint8Array {
  const parts: [string, string][] = [
    ["[Content_Types].xml", CONTENT_TYPES_XML],
    ["_rels/.rels", ROOT_RELS_XML],
    ["word/document.xml", templateDocumentXml(template)],
    ["word/_rels/document.xml.rels", DOCUMENT_RELS_XML],
    ["word/styles.xml", STYLES_XML],
    ["word/settings.xml", SETTINGS_XML],
    ["docProps/core.xml", coreXml(template)],
    ["docProps/app.xml", APP_XML],
    ["docProps/custom.xml", customXml(template)],
  ];
  return writeZip(parts.map(([name, xml]) => [name, bytesOf(xml)] as const));
}
