/**
 * Renders an SOP the way a school makes one in Word without SOP Assistent: the model's headings,
 * labels and tables (from our template definitions, so the official labels), the answers typed or
 * ticked in whatever way the style says, and no content control with an `sop:` tag, no SOP
 * properties. The long fixed texts of the models are not written; a short line stands in for them.
 */
import type { Block, Cell, Field, FieldValue, Section, Template, Values } from "../../src/model";
import { documentText } from "../../src/document/format";
import { esc } from "../../src/document/docx/ooxml";
import {
  APP_XML,
  DOCUMENT_RELS_XML,
  ROOT_RELS_XML,
  SETTINGS_XML,
  STYLES_XML,
} from "../../src/document/docx/parts";
import { bytesOf } from "../../src/document/docx/xml";
import { writeZip } from "../../src/document/docx/zip";

/** How a school's document draws a tick. */
export type TickStyle =
  | "typed" // an x typed in the cell; nothing when not ticked
  | "glyph" // ☒ / ☐ typed as text
  | "wingdings" // w:sym in Wingdings (F0FE / F0A8)
  | "wingdings2" // w:sym in Wingdings 2 (F054 / F0A3)
  | "webdings" // w:sym in Webdings (F061 / F063)
  | "msgothic" // w:sym in MS Gothic with the Unicode glyph
  | "formcheckbox" // a legacy FORMCHECKBOX field
  | "control"; // a checkbox content control without a tag

export type Style = {
  /** Ticks in an option column of a table. */
  columnTick: TickStyle;
  /** Ticks before a label in running text. */
  lineTick: TickStyle;
  /** A choice whose options share one cell (ja / nee): words ("Ja", "nvt") or ticks with labels. */
  oneCell: "words" | "ticks";
  /** Choices in running text: "label: Ja" or "label ☒ ja ☐ nee". */
  lineChoice: "words" | "ticks";
  /** Text answers in untagged text controls. */
  textControls?: boolean;
  /** Per option column: a word instead of a mark when ticked (the Haaglanden "Ja gelijkvloers"). */
  columnWords?: Readonly<Record<string, string>>;
  /** What is typed for a "typed" tick, in turn ("X", "✓", "V", "ja"); "x" when not given. */
  typedMarks?: readonly string[];
};

/** Realistic mistakes and habits, applied where the fixture asks. */
export type Noise = {
  /** Heading number changes, keyed by section id: "5" becomes "6". */
  renumber?: Readonly<Record<string, string>>;
  /** Table ids after whose last row an empty row stands. */
  extraEmptyRow?: readonly string[];
  /** Field ids whose row label cell gets a typed x (a mark in the wrong column). */
  markInLabel?: readonly string[];
  /** Rows (by their first field id) whose text cell spans the whole row (a merged cell). */
  mergedRow?: readonly string[];
  /** Table ids whose first column is merged down over rows with an empty first cell. */
  verticalMerge?: readonly string[];
  /** Remarks typed after a word answer, by field id ("badkamer" → "Ja(badkamer)"). */
  remarks?: Readonly<Record<string, string>>;
  /** How the school typed a value, by field id, where it differs from ours ("12 leerlingen", "80 %"). */
  asTyped?: Readonly<Record<string, string>>;
  /** The answers typed in bold or highlighted (run properties, e.g. `<w:b/>`). */
  answerRPr?: string;
  /** An empty paragraph after every typed answer in a cell (Enter pressed after typing). */
  emptyParaAfter?: boolean;
  /** The name of an "Anders, namelijk" row typed in the label's own line, in turn as these forms. */
  nameInLabel?: readonly ((label: string, name: string) => string)[];
};

let controlId = 5000;
/** The marks typed for "typed" ticks, and how many were typed so far. */
let typedMarks: readonly string[] = ["x"];
let typedCount = 0;
/** The run properties of typed answers. */
let answerRPr = "";

function run(text: string, rPr = ""): string {
  return text
    .split("\n")
    .map(
      (line, i) =>
        `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`,
    )
    .join("");
}

const p = (inner: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`;

/** A tick drawn in the style; undefined when the style draws nothing for an empty one. */
export function tick(style: TickStyle, checked: boolean): string {
  switch (style) {
    case "typed":
      return checked ? run(typedMarks[typedCount++ % typedMarks.length] as string) : "";
    case "glyph":
      return run(checked ? "☒" : "☐");
    case "wingdings":
      return `<w:r><w:sym w:font="Wingdings" w:char="${checked ? "F0FE" : "F0A8"}"/></w:r>`;
    case "wingdings2":
      return `<w:r><w:sym w:font="Wingdings 2" w:char="${checked ? "F054" : "F0A3"}"/></w:r>`;
    case "webdings":
      return `<w:r><w:sym w:font="Webdings" w:char="${checked ? "F061" : "F063"}"/></w:r>`;
    case "msgothic":
      return `<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:sym w:font="MS Gothic" w:char="${checked ? "2612" : "2610"}"/></w:r>`;
    case "formcheckbox":
      return (
        `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Selectievakje${controlId++}"/><w:enabled/><w:calcOnExit w:val="0"/>` +
        `<w:checkBox><w:sizeAuto/><w:default w:val="0"/>${checked ? "<w:checked/>" : ""}</w:checkBox></w:ffData></w:fldChar></w:r>` +
        `<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
      );
    case "control":
      return (
        `<w:sdt><w:sdtPr><w:id w:val="${controlId++}"/><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/>` +
        `<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>` +
        `<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>${checked ? "☒" : "☐"}</w:t></w:r></w:sdtContent></w:sdt>`
      );
  }
}

/** Text typed in the document, or inside an untagged text control. */
function answer(text: string, style: Style): string {
  if (text === "") return "";
  if (!style.textControls) return run(text, answerRPr);
  return `<w:sdt><w:sdtPr><w:id w:val="${controlId++}"/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>${run(text, answerRPr)}</w:sdtContent></w:sdt>`;
}

function chosen(value: FieldValue | null | undefined): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return [...(value as string[])];
  return [];
}

type Ctx = { template: Template; values: Values; style: Style; noise: Noise };

function valueText(ctx: Ctx, field: Field): string {
  const v = ctx.values[field.id];
  if (v === undefined || v === null) return "";
  return ctx.noise.asTyped?.[field.id] ?? documentText(field, v);
}

/** A field in running text, as a school's copy of the model has it. */
function fieldLines(ctx: Ctx, field: Field, block: readonly Field[], i: number): string {
  const { style } = ctx;
  const label = run(field.label, "<w:b/>");
  switch (field.kind) {
    case "richText":
      return (
        p(run(field.label, "<w:b/>")) +
        valueText(ctx, field)
          .split("\n")
          .map((line) => p(answer(line, style)))
          .join("")
      );
    case "tick": {
      // "☒ een leerlingvolgsysteem, te weten: ParnasSys" when the name shares the label.
      const next = block[i + 1];
      const name =
        next && next.followUp?.of === field.id && next.label === field.label
          ? valueText(ctx, next)
          : undefined;
      const mark = tick(style.lineTick, ctx.values[field.id] === true);
      return p(
        (mark ? `${mark}${run(" ")}` : "") +
          run(field.label) +
          (name !== undefined ? run(": ") + answer(name, style) : ""),
      );
    }
    case "choice": {
      const keys = chosen(ctx.values[field.id]);
      if (style.lineChoice === "words") {
        const words = field.options
          .filter((o) => keys.includes(o.key))
          .map((o) => o.label)
          .join(" en ");
        return p(label + run(": ") + answer(words, style));
      }
      return p(
        label +
          run("  ") +
          field.options
            .map(
              (o) =>
                `${tick(style.lineTick, keys.includes(o.key)) || run("☐")}${run(` ${o.label}   `)}`,
            )
            .join(""),
      );
    }
    default: {
      // A name written on its tick's line is not written twice.
      const before = block[i - 1];
      if (
        before?.kind === "tick" &&
        field.followUp?.of === before.id &&
        field.label === before.label
      )
        return "";
      if (field.kind === "text" && field.multiline)
        return (
          p(label) +
          valueText(ctx, field)
            .split("\n")
            .map((line) => p(answer(line, style)))
            .join("")
        );
      // A blank before the words (the school's name in "… is aangesloten bij …").
      if (field.kind === "text" && field.labelAfter)
        return p(answer(valueText(ctx, field), style) + run(` ${field.label}`));
      return p(label + run(": ") + answer(valueText(ctx, field), style));
    }
  }
}

let namedCount = 0;

function cellXml(ctx: Ctx, cell: Cell, first: boolean, rowFields: readonly string[]): string {
  // The school's name typed in the line of the row's label ("Anders, namelijk: Kanjertraining").
  const forms = ctx.noise.nameInLabel;
  const named = "text" in cell ? ctx.template.byId.get(cell.also?.[0] ?? "")?.field : undefined;
  if (forms && "text" in cell && cell.also?.length === 1 && named?.kind === "text") {
    const name = valueText(ctx, named);
    const form = forms[namedCount++ % forms.length] as (typeof forms)[number];
    return p(name === "" ? run(cell.text) : run(form(cell.text, name)));
  }
  // Fields the model writes below the cell's own content, in the same cell (a tick with its label).
  const also = (cell.also ?? []).map((id) =>
    oneCellXml(ctx, { field: id }, false, rowFields, true),
  );
  return oneCellXml(ctx, cell, first, rowFields, also.length > 0) + also.join("");
}

function oneCellXml(
  ctx: Ctx,
  cell: Cell,
  first: boolean,
  rowFields: readonly string[],
  labelled: boolean,
): string {
  const { style, values } = ctx;
  if ("text" in cell) {
    const marked = rowFields.some((id) => ctx.noise.markInLabel?.includes(id));
    return p(run(cell.text + (marked && first ? " x" : "")));
  }
  const field = ctx.template.byId.get(cell.field)?.field;
  if (!field) return p("");
  if (field.kind === "choice") {
    const keys = cell.options ?? field.options.map((o) => o.key);
    // A mark typed in the label column instead of an option's column ticks nothing.
    const on = ctx.noise.markInLabel?.includes(field.id) ? [] : chosen(values[field.id]);
    const remark = ctx.noise.remarks?.[field.id];
    if (keys.length === 1) {
      const key = keys[0] as string;
      const ticked = on.includes(key);
      const word = style.columnWords?.[key];
      if (word !== undefined) return p(ticked ? run(remark ? `${word}(${remark})` : word) : "");
      return p(tick(style.columnTick, ticked));
    }
    if (style.oneCell === "words") {
      const words = field.options.filter((o) => on.includes(o.key)).map((o) => o.label);
      const text = words.join(" en ");
      return p(run(remark && text ? `${text}(${remark})` : text));
    }
    return keys
      .map((k) => {
        const option = field.options.find((o) => o.key === k);
        return p(
          `${tick(style.columnTick, on.includes(k)) || run("☐")}${run(` ${option?.label ?? k}`)}`,
        );
      })
      .join("");
  }
  if (field.kind === "tick") {
    const mark = tick(style.columnTick, values[field.id] === true);
    return p(first || labelled ? `${mark || run("☐")}${run(` ${field.label}`)}` : mark);
  }
  const text = valueText(ctx, field);
  const lines = text === "" ? [""] : text.split("\n");
  const after = text !== "" && ctx.noise.emptyParaAfter ? p("") : "";
  return lines.map((line) => p(answer(line, style))).join("") + after;
}

function tc(content: string, extra = ""): string {
  return `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/>${extra}</w:tcPr>${content || "<w:p/>"}</w:tc>`;
}

function tableXml(ctx: Ctx, block: Extract<Block, { kind: "table" }>): string {
  const n = block.columns.length;
  const header = `<w:tr>${block.columns.map((c) => tc(p(run(c, "<w:b/>")))).join("")}</w:tr>`;
  const vertical = ctx.noise.verticalMerge?.includes(block.id);
  const rows = block.rows.map((row, ri) => {
    const fields = row.cells.flatMap((c) => ("field" in c ? [c.field] : []));
    const merged = fields.some((f) => ctx.noise.mergedRow?.includes(f));
    if (merged) {
      const cell = row.cells.find((c) => "field" in c) as Cell;
      return `<w:tr>${tc(cellXml(ctx, cell, true, fields), `<w:gridSpan w:val="${n}"/>`)}</w:tr>`;
    }
    return `<w:tr>${row.cells
      .map((c, i) => {
        if (vertical && i === 0 && "text" in c) {
          const next = block.rows[ri + 1]?.cells[0];
          const continues = c.text === "" && ri > 0;
          const starts = c.text !== "" && next !== undefined && "text" in next && next.text === "";
          if (continues) return tc("", `<w:vMerge/>`);
          if (starts) return tc(cellXml(ctx, c, true, fields), `<w:vMerge w:val="restart"/>`);
        }
        return tc(cellXml(ctx, c, i === 0, fields));
      })
      .join("")}</w:tr>`;
  });
  const extra = ctx.noise.extraEmptyRow?.includes(block.id)
    ? `<w:tr>${block.columns.map(() => tc("")).join("")}</w:tr>`
    : "";
  const grid = `<w:tblGrid>${block.columns.map(() => `<w:gridCol w:w="1500"/>`).join("")}</w:tblGrid>`;
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${header}${rows.join("")}${extra}</w:tbl>${p("")}`;
}

function sectionXml(ctx: Ctx, section: Section): string {
  const number = ctx.noise.renumber?.[section.id] ?? section.number;
  const heading = p(
    run([number, section.heading].filter(Boolean).join(" ")),
    `<w:pStyle w:val="Kop${section.level}"/>`,
  );
  const body = section.blocks
    .map((block) => {
      switch (block.kind) {
        case "paragraph":
          return p(run("(Vaste tekst van het samenwerkingsverband.)", "<w:i/>"));
        case "fields":
          return block.fields.map((f, i) => fieldLines(ctx, f, block.fields, i)).join("");
        case "table":
          return tableXml(ctx, block);
      }
    })
    .join("");
  return heading + body;
}

const ROOT =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';

/** A school's own SOP document in the given style: a .docx without SOP properties or tags. */
export function renderSchoolDocx(
  template: Template,
  values: Values,
  style: Style,
  noise: Noise = {},
): Uint8Array {
  controlId = 5000;
  typedMarks = style.typedMarks ?? ["x"];
  typedCount = 0;
  namedCount = 0;
  answerRPr = noise.answerRPr ?? "";
  const ctx: Ctx = { template, values, style, noise };
  const body =
    p(run(`Schoolondersteuningsprofiel ${template.swv}`), `<w:pStyle w:val="Titel"/>`) +
    template.sections.map((s) => sectionXml(ctx, s)).join("") +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`;
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${ROOT}><w:body>${body}</w:body></w:document>`;
  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rootRels = ROOT_RELS_XML.replace(/<Relationship Id="rId[24]"[^>]*\/>/g, "");
  const parts: [string, string][] = [
    ["[Content_Types].xml", contentTypes],
    ["_rels/.rels", rootRels],
    ["word/document.xml", documentXml],
    ["word/_rels/document.xml.rels", DOCUMENT_RELS_XML],
    ["word/styles.xml", STYLES_XML],
    ["word/settings.xml", SETTINGS_XML],
    ["docProps/app.xml", APP_XML.replace("SOP Assistent", "Microsoft Office Word")],
  ];
  return writeZip(parts.map(([name, xml]) => [name, bytesOf(xml)] as const));
}
