import type { FileResult } from "../../report/check-file";
import { countOf } from "../../report/overview";
import type { NormStatus } from "../../report/norms";

/** How often a scored table's answers fall on each score, in one school or added over many. */
export type ScoreSpread = {
  rule: string;
  title: string;
  /** The norm's score: answers below it miss the norm. */
  norm: number;
  normText: string;
  /** counts[i]: the answers with score i + 1. */
  counts: number[];
};

/** One file of the board page: what `check` makes of it, plus its scored tables. */
export type BoardEntry = { n: number; result: FileResult; spreads: readonly ScoreSpread[] };

export type SortKey =
  | { by: "school" | "template" | "ready" | "progress" | "errors" | "warnings" }
  | { by: "norm"; rule: string };

export type Sort = { key: SortKey; descending: boolean };

export const schoolOf = (r: FileResult) => (r.kind === "checked" ? (r.school ?? r.file) : r.file);

const STATUS_RANK: Record<NormStatus, number> = { "niet-gehaald": 0, onvolledig: 1, gehaald: 2 };

function sortValue(e: BoardEntry, key: SortKey): string | number {
  const r = e.result;
  switch (key.by) {
    case "school":
      return schoolOf(r).toLocaleLowerCase("nl");
    case "template":
      return r.kind === "checked" ? r.template.name : "";
    case "ready":
      return r.kind === "checked" ? (r.ready ? 2 : 1) : 0;
    case "progress":
      return r.kind === "checked" && r.progress.required > 0
        ? r.progress.filled / r.progress.required
        : -1;
    case "errors":
      return countOf(r, "error");
    case "warnings":
      return countOf(r, "warning");
    case "norm": {
      const n = r.kind === "checked" ? r.norms.find((x) => x.rule === key.rule) : undefined;
      return n ? STATUS_RANK[n.status] : 3;
    }
  }
}

/** The entries in the chosen order; equal ones keep the order of the files. */
export function sortEntries(entries: readonly BoardEntry[], sort: Sort): BoardEntry[] {
  const sign = sort.descending ? -1 : 1;
  return [...entries].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const c =
      typeof x === "number" && typeof y === "number"
        ? x - y
        : String(x).localeCompare(String(y), "nl");
    return c !== 0 ? sign * c : a.n - b.n;
  });
}

/** Per norm: how many of the schools that have it meet it, miss it, or are incomplete. */
export type NormTally = {
  rule: string;
  gehaald: number;
  "niet-gehaald": number;
  onvolledig: number;
};

export function normTallies(entries: readonly BoardEntry[]): NormTally[] {
  const out = new Map<string, NormTally>();
  for (const { result } of entries)
    if (result.kind === "checked")
      for (const n of result.norms) {
        const t = out.get(n.rule) ?? { rule: n.rule, gehaald: 0, "niet-gehaald": 0, onvolledig: 0 };
        t[n.status] += 1;
        out.set(n.rule, t);
      }
  return [...out.values()];
}

/** The scored tables of all schools added up, per rule (Zuid-Limburg: zorgindicatoren and HGW). */
export function addSpreads(entries: readonly BoardEntry[]): ScoreSpread[] {
  const out = new Map<string, ScoreSpread>();
  for (const e of entries)
    for (const s of e.spreads) {
      const sum = out.get(s.rule);
      if (!sum) out.set(s.rule, { ...s, counts: [...s.counts] });
      else s.counts.forEach((c, i) => (sum.counts[i] = (sum.counts[i] ?? 0) + c));
    }
  return [...out.values()];
}

/** Word's owner files (`~$…`) and everything that is no .docx are left out of a chosen folder. */
export const isDocxName = (name: string) => /\.docx$/i.test(name) && !name.startsWith("~$");
