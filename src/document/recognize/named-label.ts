import { NAME_LEADS } from "../../model/recognition/synonyms";
import type { Para } from "./structure";

/** Marks that may stand between and after the words of a label: `Anders, nl.: …`, `Anders namelijk…`. */
const MARKS = "[\\s,.:;…\\-–—]";

const leadMemo = new Map<string, RegExp | null>();

/** A label as a pattern of its words, any case, any marks between and after them (a mark, for "x:"). */
function leadPattern(label: string, marked: boolean): RegExp | null {
  const key = `${marked ? ":" : ""}${label}`;
  let re = leadMemo.get(key);
  if (re === undefined) {
    const words = label
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== "");
    re =
      words.length === 0
        ? null
        : new RegExp(
            `^\\s*${words.join(`${MARKS}+`)}(?![\\p{L}\\p{N}])${marked ? `\\s*(?!\\s)${MARKS}` : ""}${MARKS}*`,
            "iu",
          );
    leadMemo.set(key, re);
  }
  return re;
}

/**
 * Where the school's own words start in a line that opens with the row's label or a lead like it
 * ("Anders, namelijk: Kanjertraining" → at "Kanjertraining"); undefined when the line does not open
 * so, or holds nothing after it. The longest lead wins, so "Anders, nl." is never read as "Anders".
 */
export function afterLead(text: string, label: string): number | undefined {
  // The words are compared without accents; a lead of plain letters keeps the text's offsets.
  let best: number | undefined;
  const leads = [
    leadPattern(label, false),
    ...NAME_LEADS.map((l) => leadPattern(l.replace(/:$/, ""), l.endsWith(":"))),
  ];
  for (const lead of leads) {
    const m = lead?.exec(text);
    if (m && (best === undefined || m[0].length > best)) best = m[0].length;
  }
  if (best === undefined || text.slice(best).trim() === "") return undefined;
  return best;
}

/** Lines read without their label: where in the whole line the name stands, for `bind`. */
const stripped = new WeakMap<Para, { p: number; from: number; to: number }>();

/**
 * The line without the row's label in front, when label and name share it; the line itself
 * otherwise. A line with a tick in it is left whole (the tick belongs to a field of its own).
 */
export function withoutLead(para: Para, label: string): Para {
  if (para.pieces.some((x) => x.kind === "mark")) return para;
  const at = afterLead(para.text, label);
  if (at === undefined) return para;
  const to = para.text.trimEnd().length;
  const line: Para = { ...para, text: para.text.slice(at, to) };
  stripped.set(line, { p: para.p, from: at, to });
  return line;
}

/** Where the name of a line read by `withoutLead` stands in the document's paragraph. */
export const leadTail = (para: Para | undefined) => (para ? stripped.get(para) : undefined);
