/**
 * The shape of a document as the recognizer sees it: headings, paragraphs and tables with their
 * cells, every kind of tick already turned into one of two marks. It knows nothing of OOXML, so the
 * recognizer runs on whatever can produce it (the .docx reader, or Word's body OOXML in the pane).
 */

/** A tick as a document shows it, whatever drew it: a glyph, a symbol font, a form field, a control. */
export type MarkSource = "glyph" | "sym" | "formcheckbox" | "checkbox-control";

/** A piece of a paragraph's text: plain text, or a tick with where it came from. */
export type Piece =
  /** `sdt`: the innermost content control around the text, which `bind` may reuse. */
  | { kind: "text"; text: string; run: number; sdt?: number }
  | { kind: "mark"; checked: boolean; source: MarkSource; run: number; sdt?: number };

export type Para = {
  /** Ordinal of this `w:p` among all paragraphs of word/document.xml (its position for `bind`). */
  p: number;
  /** The paragraph's style id, when it has one. */
  style?: string;
  /** Heading level 1-9 from its style or outline level. */
  level?: number;
  /** Every letter of it is italic: in the models, an instruction or fixed text, not an answer. */
  italic?: boolean;
  /** The text as a reader sees it, ticks shown as ☒ and ☐. */
  text: string;
  pieces: Piece[];
};

export type Cell = {
  paras: Para[];
  /** The text of its paragraphs, joined by new lines. */
  text: string;
  /** How many grid columns the cell spans (`w:gridSpan`). */
  span: number;
  /** The cell continues a vertical merge from the row above. */
  merged: boolean;
};

export type Row = { cells: Cell[] };

export type Table = { index: number; rows: Row[] };

export type Block = { kind: "para"; para: Para } | { kind: "table"; table: Table };

export type DocStructure = { blocks: Block[] };

export const CHECKED = "☒";
export const UNCHECKED = "☐";
