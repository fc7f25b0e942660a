import * as marks from "../../model/recognition/marks";
import { NO_WORDS, OPTION_WORDS, PLACEHOLDERS, YES_WORDS } from "../../model/recognition/synonyms";
import type { Option } from "../../model";

// Module-level copies of what the loops below call: transpiled to CommonJS (tsx, jest), every use
// of an import is a getter call on the other module (ADR 0026).
const { TYPED_MARKS } = marks;

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Texts compared the way a reader compares them: lower case, no accents, one kind of quote and dash,
 * single spaces, without the numbering in front ("2.1", "3.", "B") or the punctuation behind.
 */
export function norm(s: string): string {
  // Text of plain ASCII (most labels and cells) needs none of the Unicode steps.
  const folded = NON_ASCII.test(s)
    ? s
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[‘’‚`´]/g, "'")
        .replace(/[“”„]/g, '"')
        .replace(/[–—‐]/g, "-")
    : s.toLowerCase().replace(/`/g, "'");
  const spaced = folded
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:(?:\d+(?:\.\d+)*|[a-h])[.)]?\s+|\d+(?:\.\d+)+\s*|\d+\.\s*)/, "");
  // The punctuation behind, by hand: a regular expression anchored at the end tries every start.
  let end = spaced.length;
  while (end > 0 && CLOSING.has(spaced.charCodeAt(end - 1))) end -= 1;
  return (end === spaced.length ? spaced : spaced.slice(0, end)).trim();
}

/** Space (all white space is one space by then) and the marks `: . ; , *`. */
const CLOSING = new Set([32, 58, 46, 59, 44, 42]);

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Where `label` stands in `text` (both normalised) as whole words: its start and end, or undefined.
 * A label at the start is preferred by the callers.
 */
export function findLabel(text: string, label: string, from = 0): [number, number] | undefined {
  if (label === "") return undefined;
  for (let at = text.indexOf(label, from); at >= 0; at = text.indexOf(label, at + 1)) {
    const before = text[at - 1];
    const after = text[at + label.length];
    if (
      (!isLetter(before) || !isLetter(label[0])) &&
      (!isLetter(after) || !isLetter(label[label.length - 1]))
    )
      return [at, at + label.length];
  }
  return undefined;
}

/** A cell or tail of text that is only a typed tick: x, ✓, ●, ... */
export function isTypedMark(s: string): boolean {
  const t = s.trim().toLowerCase();
  return t !== "" && TYPED_MARKS.includes(t);
}

/** Lower case, single spaces, no closing punctuation; numbers stay as they are. */
function plain(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s:.;]+$/, "");
}

const placeholders = new Set(PLACEHOLDERS.map(plain));

/** Text that is no answer: empty, a placeholder, or the field's own hint. */
export function isEmptyAnswer(s: string, hint?: string): boolean {
  const n = plain(s);
  if (n === "" || placeholders.has(n) || /^[_.…\s]+$/.test(s.trim())) return true;
  return hint !== undefined && n === plain(hint);
}

const noWords = new Set(NO_WORDS);
const yesWords = new Set(YES_WORDS);

export const saysNo = (s: string) => noWords.has(norm(s)) || noWords.has(s.trim());
export const saysYes = (s: string) => yesWords.has(norm(s));

/** The words that name an option: its label, its key, and the variants in OPTION_WORDS. */
export function optionWords(option: Option): string[] {
  let words = optionWordMemo.get(option);
  if (words === undefined) {
    const label = norm(option.label);
    words = [label, norm(option.key.replace(/-/g, " ")), ...(OPTION_WORDS[label] ?? []).map(norm)];
    optionWordMemo.set(option, words);
  }
  return words;
}

/** Options belong to the templates, which live as long as the program: their words are kept. */
const optionWordMemo = new WeakMap<Option, string[]>();

/**
 * The option a text starts with ("Ja(badkamer)", "nvt", "Succesvol geïmplementeerd"), and the rest of
 * the text as a remark. The longest matching word wins, so "nee" never hides "niet van toepassing".
 */
export function optionAtStart(
  text: string,
  options: readonly Option[],
): { key: string; remark: string } | undefined {
  const n = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
  let best: { key: string; length: number } | undefined;
  for (const option of options) {
    for (const word of optionWords(option)) {
      if (word === "" || !n.startsWith(word)) continue;
      if (isLetter(n[word.length]) && isLetter(word[word.length - 1])) continue;
      if (!best || word.length > best.length) best = { key: option.key, length: word.length };
    }
  }
  if (!best) return undefined;
  const remark = text
    .trim()
    .slice(best.length)
    .replace(/^[\s,:;.\-–()]+|[\s)]+$/g, "")
    .trim();
  return { key: best.key, remark };
}
