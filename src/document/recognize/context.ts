import type { Field, FieldValue, Template } from "../../model";
import { LABEL_VARIANTS } from "../../model/recognition/synonyms";
import { formatIsoDate, parseDutchDate, parseDutchNumber } from "../../rules";
import type { Block, Para, Piece } from "./structure";
import { isEmptyAnswer, norm } from "./text";
import type { Found, Provenance, Spot } from "./types";

/** Normalised texts of one document, shared by the reading of it as each template. */
export class TextCache {
  private readonly normed = new Map<string, string>();
  private readonly loose = new Map<string, { text: string; at: number[] }>();

  norm(s: string): string {
    let v = this.normed.get(s);
    if (v === undefined) {
      v = norm(s);
      this.normed.set(s, v);
    }
    return v;
  }

  loosen(s: string): { text: string; at: number[] } {
    let v = this.loose.get(s);
    if (v === undefined) {
      v = looseNorm(s);
      this.loose.set(s, v);
    }
    return v;
  }
}

/** What the matchers share while reading one document for one template. */
export class Context {
  readonly found = new Map<string, Found>();
  readonly usedTables = new Set<number>();
  /** Paragraphs already read as some text field's answer. */
  readonly usedText = new Set<number>();
  /** Every label of the template, normalised, to know where an answer ends. */
  readonly allLabels: string[];

  constructor(
    readonly template: Template,
    readonly blocks: readonly Block[],
    readonly cache: TextCache = new TextCache(),
  ) {
    const labels = new Set<string>();
    for (const { field } of template.fields) for (const l of this.labelsOf(field)) labels.add(l);
    for (const s of template.sections) labels.add(norm(s.heading));
    labels.delete("");
    this.allLabels = [...labels].filter((l) => l.length >= 4);
  }

  /** A field's label and its variants, normalised. */
  labelsOf(field: Field): string[] {
    const variants = LABEL_VARIANTS[this.template.id]?.[field.id] ?? [];
    return [...new Set([norm(field.label), ...variants.map(norm)])].filter((l) => l !== "");
  }

  /** Whether a paragraph starts with some label of the template (an answer ends before it). */
  startsWithLabel(text: string, except: readonly string[] = []): boolean {
    const n = this.cache.norm(text.replace(/^[☒☐\s]+/, ""));
    if (n === "") return false;
    return this.allLabels.some((l) => !except.includes(l) && n.startsWith(l));
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
    const parsed = parseDutchNumber(t);
    return parsed.ok ? parsed.value : t;
  }
  if (field.kind === "date") {
    const parsed = parseDutchDate(t);
    return parsed ? formatIsoDate(parsed) : t;
  }
  return t;
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
export function looseNorm(s: string): { text: string; at: number[] } {
  let text = "";
  const at: number[] = [];
  let space = true;
  for (let i = 0; i < s.length; i++) {
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
