import type { Field, FieldValue, Template } from "../../model";
import { TYPED_MARKS } from "../../model/recognition/marks";
import { LABEL_VARIANTS, NUMBER_UNITS } from "../../model/recognition/synonyms";
import * as rules from "../../rules";
import type { Block, Cell, Para, Piece, Row, Table } from "./structure";
import * as textModule from "./text";
import type { Found, Provenance, Spot } from "./types";

// Module-level copies of what the loops below call: transpiled to CommonJS (tsx, jest), every use
// of an import is a getter call on the other module (ADR 0026).
const { formatIsoDate, parseDutchDate, parseDutchNumber } = rules;
const { isEmptyAnswer, norm } = textModule;

/**
 * Normalised texts of one document, shared by the reading of it as each template. Paragraphs and
 * cells are looked up by the object, so a text is normalised once however often it is compared.
 */
export class TextCache {
  private readonly normed = new Map<string, string>();
  private readonly paraNorms = new Map<Para, string>();
  private readonly heads = new Map<Para | Cell, string>();
  private readonly cellNorms = new Map<Cell, string>();
  private readonly loose = new Map<Para, LooseText>();
  private readonly rowTexts = new Map<Row, string>();
  private readonly tableTexts = new Map<Table, string>();

  norm(s: string): string {
    let v = this.normed.get(s);
    if (v === undefined) {
      v = norm(s);
      this.normed.set(s, v);
    }
    return v;
  }

  /** A paragraph's text, normalised. */
  para(p: Para): string {
    let v = this.paraNorms.get(p);
    if (v === undefined) {
      v = this.norm(p.text);
      this.paraNorms.set(p, v);
    }
    return v;
  }

  /** A paragraph's or cell's text after the ticks it opens with, normalised. */
  head(x: Para | Cell): string {
    let v = this.heads.get(x);
    if (v === undefined) {
      v = this.norm(x.text.replace(LEADING_TICKS, ""));
      this.heads.set(x, v);
    }
    return v;
  }

  /** A cell's text, normalised. */
  cell(c: Cell): string {
    let v = this.cellNorms.get(c);
    if (v === undefined) {
      v = this.norm(c.text);
      this.cellNorms.set(c, v);
    }
    return v;
  }

  loosen(p: Para): LooseText {
    let v = this.loose.get(p);
    if (v === undefined) {
      v = looseNorm(p.text);
      this.loose.set(p, v);
    }
    return v;
  }

  /**
   * The heads of a row's cells in one string: a label found in no cell's head is not in this text,
   * which rules most rows out with one search.
   */
  row(r: Row): string {
    let v = this.rowTexts.get(r);
    if (v === undefined) {
      v = r.cells.map((c) => this.head(c)).join("\u0001");
      this.rowTexts.set(r, v);
    }
    return v;
  }

  /** The same for a whole table. */
  table(t: Table): string {
    let v = this.tableTexts.get(t);
    if (v === undefined) {
      v = t.rows.map((r) => this.row(r)).join("\u0001");
      this.tableTexts.set(t, v);
    }
    return v;
  }
}

/** The ticks a cell opens with, and a mark typed for one ("x VMBO basis", "✓ PRO"). */
const LEADING_TICKS = new RegExp(
  `^(?:[☒☐\\s]+|(?:${TYPED_MARKS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s+)+`,
  "i",
);

/** What recognition derives from a template alone, worked out once per template. */
type TemplateLabels = {
  byField: Map<string, string[]>;
  all: string[];
  /** The labels of `all` by their first four letters, to find one a text starts with. */
  byStart: Map<string, string[]>;
};

const templateLabels = new WeakMap<Template, TemplateLabels>();

function labelsFor(template: Template): TemplateLabels {
  let v = templateLabels.get(template);
  if (v) return v;
  const byField = new Map<string, string[]>();
  const variantsOf = LABEL_VARIANTS[template.id] ?? {};
  for (const { field } of template.fields) {
    const variants = variantsOf[field.id] ?? [];
    byField.set(
      field.id,
      [...new Set([norm(field.label), ...variants.map(norm)])].filter((l) => l !== ""),
    );
  }
  const labels = new Set<string>();
  for (const l of byField.values()) for (const x of l) labels.add(x);
  for (const s of template.sections) labels.add(norm(s.heading));
  labels.delete("");
  const all = [...labels].filter((l) => l.length >= 4);
  const byStart = new Map<string, string[]>();
  for (const l of all) {
    const key = l.slice(0, 4);
    const list = byStart.get(key);
    if (list) list.push(l);
    else byStart.set(key, [l]);
  }
  v = { byField, all, byStart };
  templateLabels.set(template, v);
  return v;
}

/** What the matchers share while reading one document for one template. */
export class Context {
  readonly found = new Map<string, Found>();
  readonly usedTables = new Set<number>();
  /** Paragraphs already read as some text field's answer. */
  readonly usedText = new Set<number>();
  /** Every label of the template, normalised, to know where an answer ends. */
  readonly allLabels: readonly string[];
  private readonly labels: TemplateLabels;

  constructor(
    readonly template: Template,
    readonly blocks: readonly Block[],
    readonly cache: TextCache = new TextCache(),
  ) {
    this.labels = labelsFor(template);
    this.allLabels = this.labels.all;
  }

  /** A field's label and its variants, normalised. */
  labelsOf(field: Field): string[] {
    return this.labels.byField.get(field.id) ?? [];
  }

  /** Whether a paragraph starts with some label of the template (an answer ends before it). */
  startsWithLabel(para: Para): boolean {
    const n = this.cache.head(para);
    if (n === "") return false;
    return (this.labels.byStart.get(n.slice(0, 4)) ?? []).some((l) => n.startsWith(l));
  }

  record(field: string, value: FieldValue | null, from: Provenance, spots: Spot[]): void {
    const existing = this.found.get(field);
    // A place with an answer wins over an empty one found earlier (a label repeated, say).
    if (existing && (existing.value !== null || value === null)) return;
    this.found.set(field, { field, value, from, spots });
  }
}

/** A text read as the value its field holds: a number, an ISO date, or the text as typed. */
export function typed(field: Field, text: string): FieldValue | null {
  const t = text.trim();
  if (isEmptyAnswer(t, field.hint)) return null;
  if (field.kind === "number" || field.kind === "computed") {
    const parsed = parseDutchNumber(withoutUnit(t));
    return parsed.ok ? parsed.value : t;
  }
  if (field.kind === "date") {
    const parsed = parseDutchDate(t);
    return parsed ? formatIsoDate(parsed) : t;
  }
  return t;
}

const units = new Set(NUMBER_UNITS);

/**
 * Where the number stands in a count typed with its unit ("148 leerlingen", "5 groepen"), or
 * undefined for any other text.
 */
export function countInText(text: string): { from: number; to: number } | undefined {
  const m = /^(\s*)(\S+)\s+(\p{L}+)\.?\s*$/u.exec(text);
  if (!m || !units.has((m[3] as string).toLowerCase()) || !/\d/.test(m[2] as string))
    return undefined;
  const from = (m[1] as string).length;
  return { from, to: from + (m[2] as string).length };
}

/** "148 leerlingen" → "148": a count typed with its unit; any other text stays as it is. */
function withoutUnit(text: string): string {
  const at = countInText(text);
  return at ? text.slice(at.from, at.to) : text;
}

/** The text of the paragraphs, one line each, without the hint or a placeholder. */
export function parasText(paras: readonly Para[], hint?: string): string {
  return paras
    .map((p) => p.text)
    .filter((t) => !isEmptyAnswer(t, hint))
    .join("\n")
    .trim();
}

/** Where each piece of a paragraph starts in its text. */
export function pieceStarts(para: Para): number[] {
  const out: number[] = [];
  let at = 0;
  for (const piece of para.pieces) {
    out.push(at);
    at += piece.kind === "text" ? piece.text.length : 1;
  }
  return out;
}

export function markSpot(
  piece: Extract<Piece, { kind: "mark" }>,
  p: number,
  option?: string,
): Spot {
  return {
    kind: "mark",
    p,
    run: piece.run,
    source: piece.source,
    ...(piece.sdt !== undefined ? { sdt: piece.sdt } : {}),
    ...(option !== undefined ? { option } : {}),
  };
}

/**
 * Text normalised as `norm` does it (without dropping numbering), with the position in the original
 * of each character, so a label found in the normalised text cuts the original at the right place.
 */
export type LooseText = { readonly text: string; readonly at: readonly number[] };

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Most lines are plain ASCII: their folded text comes from two native passes, and the positions,
 * needed only for the few lines where a label is found, are worked out when asked for.
 */
class AsciiLoose implements LooseText {
  readonly text: string;
  private positions: number[] | undefined;

  constructor(private readonly source: string) {
    const folded = source.toLowerCase().replace(/`/g, "'").replace(/\s+/g, " ");
    this.text = folded.charCodeAt(0) === 32 ? folded.slice(1) : folded;
  }

  get at(): readonly number[] {
    this.positions ??= foldChars(this.source).at;
    return this.positions;
  }
}

export function looseNorm(s: string): LooseText {
  return NON_ASCII.test(s) && !foldsToItself(s) ? foldChars(s) : new AsciiLoose(s);
}

/**
 * Per UTF-16 unit beyond ASCII: 1 when folding leaves it as it is (a tick ☒, most symbols), 2 when
 * not (accents, quotes, dashes, Unicode spaces), 0 not yet known. A line whose only such characters
 * are ticks folds like plain ASCII, position for position.
 */
const selfFolding = new Uint8Array(0x10000);

function foldsToItself(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 128) continue;
    let known = selfFolding[code];
    if (known === 0) {
      const ch = s[i] as string;
      const surrogate = code >= 0xd800 && code <= 0xdfff;
      known = !surrogate && foldChars(ch).text === ch ? 1 : 2;
      selfFolding[code] = known;
    }
    if (known !== 1) return false;
  }
  return true;
}

function foldChars(s: string): { text: string; at: number[] } {
  let text = "";
  const at: number[] = [];
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (!space) {
          text += " ";
          at.push(i);
        }
        space = true;
        continue;
      }
      space = false;
      text += String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code);
      at.push(i);
      continue;
    }
    const ch = s[i] as string;
    if (/\s/.test(ch)) {
      if (!space) {
        text += " ";
        at.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    let n = ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    n = n
      .replace(/[‘’‚`´]/g, "'")
      .replace(/[“”„]/g, '"')
      .replace(/[–—‐]/g, "-");
    for (const c of n) {
      text += c;
      at.push(i);
    }
  }
  at.push(s.length);
  return { text, at };
}
