import type { FieldValue, Template } from "../../model";

/** Where a value was read: the section, the table, row and cell (grid column), and what stood there. */
export type Provenance = {
  section: string;
  table?: number;
  row?: number;
  cell?: number;
  /** The text of the cell or paragraph the answer was read from. */
  text: string;
  /** Words beyond the answer ("gelijkvloers" in "Ja gelijkvloers"), kept so nothing is lost. */
  remark?: string;
};

/**
 * Where an answer stands in the document, for `bind`. Paragraphs and runs are ordinals in document
 * order; a mark is a tick (or an empty cell that will hold one) per option.
 */
export type Spot =
  | {
      kind: "mark";
      /** The option (for a choice) this tick means. */
      option?: string;
      /** The paragraph the tick stands in or will stand in. */
      p: number;
      /** The run drawing the tick, when there is one (a glyph, a symbol, a typed x, a form field). */
      run?: number;
      /** An existing checkbox control to take over. */
      sdt?: number;
      /** How the tick is drawn now. */
      source: "glyph" | "sym" | "formcheckbox" | "checkbox-control" | "typed" | "empty";
    }
  | {
      kind: "text";
      /** The paragraphs holding the answer (whole). */
      paras: number[];
      /**
       * Or: the answer stands in one paragraph after its label, between these offsets of the
       * paragraph's text (an empty answer: from = to, where it will be typed).
       */
      tail?: { p: number; from: number; to: number };
      /**
       * Or: the answer has no line of its own yet (a cell holding several fields, the school wrote
       * only the first): a new paragraph after this one, in the same cell.
       */
      after?: number;
    }
  /** The answer is a word in a cell ("Ja", "nvt"): bind replaces the word by ticks per option. */
  | { kind: "words"; p: number; option?: string; end?: boolean };

/** One field as found: its value (null: the place is there but empty) and where. */
export type Found = {
  field: string;
  value: FieldValue | null;
  from: Provenance;
  spots: Spot[];
};

export type Recognition = {
  template: Template;
  /** How well the document follows the template: the share of its fields that have a place. */
  score: number;
  /** Every field with a place in the document, in template order. */
  found: Found[];
  /** Field ids the document has no place for. */
  unplaced: string[];
  /**
   * Per section of the template, the paragraph (ordinal in word/document.xml) holding its heading in
   * the document; undefined where the document has no such heading. Missing fields go before the
   * next heading found (bind-missing.ts).
   */
  headings?: (number | undefined)[];
};
