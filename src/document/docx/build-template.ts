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
import { writeZip } from "./zip";

/** Text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9072;

/** Hands out the `w:id` of each control: unique, and the same on every build. */
class Ids {
  private next = 1001;
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
      return field.multiline
        ? label + blockText(spec(template, ids, field), "plain")
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

function cellContent(template: Template, ids: Ids, cell: Cell, first: boolean): string {
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
      // A tick that opens its row carries the row's label (the uitstroom categories, say).
      return first
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
 * Column widths: checkbox and computed columns are narrow; the others share the rest of the page in
 * proportion to the longest text they hold, so a column of long indicator texts gets the room.
 */
function widths(block: Extract<Block, { kind: "table" }>, template: Template): number[] {
  const narrowWidth = Math.min(1100, Math.floor(TEXT_WIDTH / (block.columns.length + 1)));
  const cellLength = (c: Cell | undefined): number => {
    if (!c) return 0;
    if ("text" in c) return c.text.length;
    const f = template.byId.get(c.field)?.field;
    if (!f) return 0;
    if (f.kind === "choice")
      return (c.options ?? f.options.map((o) => o.key)).length === 1 ? -1 : 12;
    if (f.kind === "tick" || f.kind === "computed" || f.kind === "number" || f.kind === "date")
      return -1;
    return 30;
  };
  const weights = block.columns.map((header, i) => {
    const lengths = block.rows.map((r) => cellLength(r.cells[i]));
    if (i > 0 && lengths.every((l) => l < 0)) return -1;
    const longestWord = Math.max(...header.split(/\s+/).map((w) => w.length));
    return Math.min(60, Math.max(8, ...lengths, Math.min(header.length, 20), longestWord + 3));
  });
  const narrowCount = weights.filter((w) => w < 0).length;
  const rest = TEXT_WIDTH - narrowCount * narrowWidth;
  const total = weights.filter((w) => w > 0).reduce((a, b) => a + b, 0);
  return weights.map((w) => (w < 0 ? narrowWidth : Math.floor((rest * w) / total)));
}

function blockXml(template: Template, ids: Ids, block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return paragraph(textRun(block.text), styled("Modeltekst"));
    case "fields":
      return block.fields.map((f) => fieldLines(template, ids, f)).join("");
    case "table": {
      const rows = block.rows.map((r) =>
        r.cells.map((c, i) => cellContent(template, ids, c, i === 0)),
      );
      return table(block.columns, rows, widths(block, template)) + paragraph("");
    }
  }
}

function sectionXml(template: Template, ids: Ids, section: Section): string {
  const style = `Kop${section.level}`;
  const heading = paragraph(
    textRun([section.number, section.heading].filter(Boolean).join(" ")),
    styled(style),
  );
  return heading + section.blocks.map((b) => blockXml(template, ids, b)).join("");
}

function titlePage(template: Template): string {
  return [
    paragraph(textRun("Schoolondersteuningsprofiel"), styled("Titel")),
    paragraph(textRun(template.name), styled("Ondertitel")),
    paragraph(textRun(`Samenwerkingsverband: ${template.swv}`)),
    paragraph(textRun(`Sjabloon ${template.id}, versie ${template.version}`)),
    paragraph(
      textRun(
        "Vul de grijze velden in en vink de vakjes aan. SOP Assistent (in Word via het tabblad Start) laat per hoofdstuk zien wat nog ontbreekt en toetst de normen van het samenwerkingsverband. Teksten in een kader met een blauwe lijn beschrijven een vaste tekst van het model.",
        { italic: true },
      ),
      `<w:spacing w:before="480"/>`,
    ),
    paragraph(`<w:r><w:br w:type="page"/></w:r>`),
  ].join("");
}

const ROOT_NS =
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
