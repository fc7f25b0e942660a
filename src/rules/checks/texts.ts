import type { Check } from "../../model";
import type { Context } from "../context";
import { finding, type RuleOutput } from "../generic";
import { say } from "../messages";

type Of<K extends Check["check"]> = Extract<Check, { check: K }>;

/** Lines a text takes in the printed form: per paragraph ⌈characters / perLine⌉, at least 1. */
export function estimateLines(text: string, perLine: number): number {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .reduce((lines, p) => lines + Math.max(1, Math.ceil(p.length / perLine)), 0);
}

export function maxLines(ctx: Context, check: Of<"max-lines">, out: RuleOutput) {
  const text = ctx.text(check.field);
  if (text === "") return;
  const lines = estimateLines(text, check.charsPerLine);
  if (lines <= check.maxLines) return;
  const label = ctx.label(check.field);
  out.findings.push(
    finding(
      check.rule,
      check.severity,
      [check.field],
      say(check.message, { label, labels: [label], actual: lines, expected: check.maxLines }),
    ),
  );
}

/** Case, punctuation and a leading number do not matter when looking for a name in a text. */
export function normalizeWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/^\s*\d+[.)]?\s*/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * `normalizeWords` of a word the template gives (a keyword, a name to look for): the same few words
 * are asked for in every document, so each is normalised once. Never used for a document's own text.
 */
const templateWords = new Map<string, string>();
export function normalizedTemplateWords(s: string): string {
  let words = templateWords.get(s);
  if (words === undefined) {
    words = normalizeWords(s);
    templateWords.set(s, words);
  }
  return words;
}

export function namedInText(ctx: Context, check: Of<"named-in-text">, out: RuleOutput) {
  const haystack = ` ${check.texts.map((id) => normalizeWords(ctx.text(id))).join(" ")} `;
  for (const id of check.fields) {
    const answers = ctx.answers(id);
    if (answers.length === 0) continue;
    const applies =
      (check.whenIs ? answers.some((a) => check.whenIs?.includes(a)) : true) &&
      (check.whenNot ? answers.some((a) => !check.whenNot?.includes(a)) : true);
    if (!applies) continue;
    const names = check.names?.[id] ?? [ctx.field(id).label];
    if (
      names.some((n) => {
        const words = normalizedTemplateWords(n);
        return words !== "" && haystack.includes(` ${words} `);
      })
    )
      continue;
    const label = ctx.label(id);
    const detail = check.texts.map(ctx.label).join(" of ");
    out.findings.push(
      finding(
        check.rule,
        check.severity,
        [id, ...check.texts],
        say(check.message, { label, labels: [label], detail }),
      ),
    );
  }
}

export function pattern(ctx: Context, check: Of<"pattern">, out: RuleOutput) {
  const text = ctx.text(check.field);
  if (text === "" || new RegExp(check.pattern, "u").test(text)) return;
  const label = ctx.label(check.field);
  out.findings.push(
    finding(
      check.rule,
      check.severity,
      [check.field],
      say(check.message, { label, labels: [label], value: text }),
      // Whether a text can still grow into a BRIN number, postcode or address is not for a regular
      // expression to say: it waits until the person leaves the field (ADR 0027).
      "typing",
    ),
  );
}
