import type { Template } from "../model";
import type { PaneFinding } from "./severity";
import { labelOf } from "./values";

/**
 * Findings that say something is wrong with a value (the per-section lists of empty fields aside, and
 * what only waits for more input).
 */
const isProblem = (f: PaneFinding) =>
  f.rule !== "R-REQUIRED" && (f.shown === "error" || f.shown === "warning");

/** The fields an error or warning is about (by its first field), in document order. */
export function problemFields(template: Template, findings: readonly PaneFinding[]): string[] {
  const ids = new Set<string>();
  for (const f of findings) {
    const first = f.fields[0];
    if (isProblem(f) && first !== undefined && template.byId.has(first)) ids.add(first);
  }
  return [...ids].sort(
    (a, b) => (template.byId.get(a)?.index ?? 0) - (template.byId.get(b)?.index ?? 0),
  );
}

/**
 * The first of `candidates` (in document order) after the field the person is at; from the top again
 * past the last one. Undefined when there is none.
 */
export function nextField(
  template: Template,
  candidates: readonly string[],
  current: string | undefined,
): string | undefined {
  const at = current === undefined ? -1 : (template.byId.get(current)?.index ?? -1);
  const after = candidates.find((id) => (template.byId.get(id)?.index ?? -1) > at);
  return after ?? candidates[0];
}

/** Errors shown per section id (by the section of the finding's first field). */
export function errorsBySection(
  template: Template,
  findings: readonly PaneFinding[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const first = f.fields[0];
    if (f.shown !== "error" || f.rule === "R-REQUIRED" || first === undefined) continue;
    const section = template.byId.get(first)?.sectionId;
    if (section !== undefined) counts.set(section, (counts.get(section) ?? 0) + 1);
  }
  return counts;
}

/** "1 fout" / "3 fouten". */
export function fouten(count: number): string {
  return count === 1 ? "1 fout" : `${count} fouten`;
}

/** Lower case without accents, so "financien" finds "Financiën". */
const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Fields whose label (short or official) or hint holds every word of the query, labels first; at
 * most `limit`. Computed fields are left out: there is nothing to fill in.
 */
export function searchFields(template: Template, query: string, limit = 8): string[] {
  const words = plain(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const inLabel: string[] = [];
  const inHint: string[] = [];
  for (const { field } of template.fields) {
    if (field.kind === "computed") continue;
    const label = plain(`${labelOf(field)} ${field.label}`);
    if (words.every((w) => label.includes(w))) inLabel.push(field.id);
    else if (field.hint && words.every((w) => `${label} ${plain(field.hint ?? "")}`.includes(w)))
      inHint.push(field.id);
  }
  return [...inLabel, ...inHint].slice(0, limit);
}
