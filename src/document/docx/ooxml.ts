/**
 * OOXML snippets for the templates we generate: paragraphs, tables and the content controls of our
 * contract (tag `sop:<fieldId>`, title = label). Strings, not a DOM: the output must be byte-stable.
 */

export function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export const CHECKBOX_FONT = "MS Gothic";
const UNCHECKED = "\u2610";
const CHECKED = "\u2612";

export type ControlSpec = {
  id: number;
  tag: string;
  title: string;
  /** Placeholder text shown while empty (grey, `w:showingPlcHdr`). */
  placeholder?: string;
  /** Text already in the control (a prefilled description, a default). */
  text?: string;
  locked?: boolean;
};

function run(text: string, rPr = ""): string {
  const lines = text.split("\n");
  return lines
    .map(
      (line, i) =>
        `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`,
    )
    .join("");
}

export function textRun(
  text: string,
  options: { bold?: boolean; italic?: boolean; halfPoints?: number } = {},
): string {
  const size = options.halfPoints
    ? `<w:sz w:val="${options.halfPoints}"/><w:szCs w:val="${options.halfPoints}"/>`
    : "";
  const rPr = `${options.bold ? "<w:b/>" : ""}${options.italic ? "<w:i/>" : ""}${size}`;
  return run(text, rPr);
}

function commonPr(c: ControlSpec): string {
  return [
    `<w:alias w:val="${esc(c.title)}"/>`,
    `<w:tag w:val="${esc(c.tag)}"/>`,
    `<w:id w:val="${c.id}"/>`,
    c.locked ? `<w:lock w:val="sdtContentLocked"/>` : "",
  ].join("");
}

function contentRuns(c: ControlSpec): { runs: string; placeholder: boolean } {
  if (c.text !== undefined && c.text !== "") return { runs: run(c.text), placeholder: false };
  return {
    runs: run(c.placeholder ?? " ", `<w:rStyle w:val="PlaceholderText"/>`),
    placeholder: true,
  };
}

/** An inline plain-text control (inside a paragraph). */
export function inlineText(c: ControlSpec, multiLine = false): string {
  const { runs, placeholder } = contentRuns(c);
  return `<w:sdt><w:sdtPr>${commonPr(c)}${placeholder ? "<w:showingPlcHdr/>" : ""}<w:text${multiLine ? ' w:multiLine="1"' : ""}/></w:sdtPr><w:sdtContent>${runs}</w:sdtContent></w:sdt>`;
}

/** A block-level control holding paragraphs: rich text, or plain text with several lines. */
export function blockText(c: ControlSpec, kind: "rich" | "plain", pPr = ""): string {
  const paragraphs =
    c.text !== undefined && c.text !== ""
      ? c.text
          .split("\n")
          .map((line) => `<w:p>${pPr}${run(line)}</w:p>`)
          .join("")
      : `<w:p>${pPr}${run(c.placeholder ?? " ", `<w:rStyle w:val="PlaceholderText"/>`)}</w:p>`;
  const placeholder = !(c.text !== undefined && c.text !== "");
  const type = kind === "plain" ? `<w:text w:multiLine="1"/>` : "";
  return `<w:sdt><w:sdtPr>${commonPr(c)}${placeholder ? "<w:showingPlcHdr/>" : ""}${type}</w:sdtPr><w:sdtContent>${paragraphs}</w:sdtContent></w:sdt>`;
}

/** A checkbox control: `w14:checked` and the glyph agree (both unticked here). */
export function checkbox(c: ControlSpec): string {
  const font = `<w:rFonts w:ascii="${CHECKBOX_FONT}" w:eastAsia="${CHECKBOX_FONT}" w:hAnsi="${CHECKBOX_FONT}"/>`;
  return (
    `<w:sdt><w:sdtPr><w:rPr>${font}</w:rPr>${commonPr(c)}` +
    `<w14:checkbox><w14:checked w14:val="0"/><w14:checkedState w14:val="2612" w14:font="${CHECKBOX_FONT}"/>` +
    `<w14:uncheckedState w14:val="2610" w14:font="${CHECKBOX_FONT}"/></w14:checkbox></w:sdtPr>` +
    `<w:sdtContent><w:r><w:rPr>${font}</w:rPr><w:t>${UNCHECKED}</w:t></w:r></w:sdtContent></w:sdt>`
  );
}

export const GLYPHS = { checked: CHECKED, unchecked: UNCHECKED };

export function paragraph(inner: string, pPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`;
}

export function styled(style: string, extra = ""): string {
  return `<w:pStyle w:val="${style}"/>${extra}`;
}

/** A table with a repeated, bold header row; cells hold ready paragraph XML. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): string {
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const cell = (content: string, i: number, shade = false) =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[i] ?? 1000}" w:type="dxa"/>${shade ? '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' : ""}</w:tcPr>${content || "<w:p/>"}</w:tc>`;
  // A table whose columns the model leaves unnamed (label, count, label, count) has no header row.
  const header = headers.every((h) => h === "")
    ? ""
    : `<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>${headers
        .map((h, i) =>
          cell(
            // 9 pt bold, as the cells: the headers of narrow columns must fit whole words.
            paragraph(
              textRun(h, { bold: true, halfPoints: 18 }),
              `<w:keepNext/><w:spacing w:before="0" w:after="0"/>`,
            ),
            i,
            true,
          ),
        )
        .join("")}</w:tr>`;
  const body = rows
    .map(
      (r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c, i) => cell(c, i)).join("")}</w:tr>`,
    )
    .join("");
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>${grid}${header}${body}</w:tbl>`;
}
