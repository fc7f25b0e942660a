import type { Template } from "../src/model";

/** Line breaks, runs of spaces and a hyphen at a line end do not count when comparing labels. */
export function normalizeForLabels(s: string): string {
  return s
    .replace(/\u00a0/g, " ")
    .replace(/-\s*\n\s*/g, "-")
    .replace(/\s+/g, " ")
    .replace(/\s+([.,:;)])/g, "$1")
    .replace(/\(\s+/g, "(")
    .trim();
}

/** A label and where it comes from; `table` names the table whose header or cell text it is. */
export type Label = { where: string; text: string; table?: string };

/** A row number such as "4." or "(4.5/6)": too short to place, checked with its row. */
export const isNumbering = (s: string) => /^\(?[\d./]+\)?\.?$/.test(s.trim());

/** Every label a template takes from its model. Our own paragraphs and hints are not labels. */
export function labelsOf(template: Template): Label[] {
  const out: Label[] = [];
  for (const section of template.sections) {
    out.push({ where: `hoofdstuk ${section.id}`, text: section.heading });
    for (const block of section.blocks) {
      if (block.kind !== "table") continue;
      const table = block.id;
      for (const column of block.columns)
        if (column) out.push({ where: `tabel ${table}`, text: column, table });
      for (const row of block.rows) {
        for (const cell of row.cells)
          if ("text" in cell && cell.text && !isNumbering(cell.text))
            out.push({ where: `tabel ${table}`, text: cell.text, table });
      }
    }
  }
  // Field and option labels: verbatim somewhere in the model (a table row prints its label as a
  // cell text above, which is held to the stricter rule).
  for (const { field } of template.fields) {
    // A label the model does not have says where it comes from instead (labelSource).
    if (field.labelSource) continue;
    out.push({ where: field.id, text: field.label });
    if (field.kind !== "choice") continue;
    for (const o of field.options)
      if (!o.source) out.push({ where: `${field.id}=${o.key}`, text: o.label });
  }
  const seen = new Set<string>();
  return out.filter((l) => {
    const key = `${l.where}|${l.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The reference with its cell boundaries marked: a line end, a run of two or more spaces (a column
 * gap in the text extract) and a checkbox glyph each become " | ". A hyphen at a line end still joins.
 */
export function cellText(reference: string): string {
  return (
    reference
      .replace(/\u00a0/g, " ")
      // A hyphen at a line end joins only when it ends a word part ("sociaal-" / "emotionele"); a
      // lone dash (an empty answer) stays an answer.
      .replace(/(?<=\p{L})-[ \t]*\n\s*/gu, "-")
      .split("\n")
      .map((line) =>
        line
          .replace(/[\uf0a8\uf06f\u2610\u2612\u25a1]/g, "  ")
          .trim()
          .replace(/\s{2,}/g, " | "),
      )
      .filter((line) => line !== "")
      .join(" | ")
  );
}

/** A label as a pattern: its words, with a space or a cell boundary between them. */
function labelPattern(text: string): string {
  return normalizeForLabels(text)
    .split(" ")
    .map((w) =>
      /[.,:;)]$/.test(w) && w.length > 1
        ? `${escape(w.slice(0, -1))} ?${escape(w.slice(-1))}`
        : w.length >= 8
          ? // A word the model hyphenates ("Specia-lisme") or the extract breaks at the cell's
            // edge ("School" / "verpleegkundige") is still that word.
            [...w].map(escape).join("(?:-|(?: \\| ))?")
          : escape(w),
    )
    .join("(?: \\| | )");
}

/**
 * Where a cell label stands as a cell of its own in the reference, at or after `from`: its start is
 * a cell boundary or follows another label of the same table, and so is its end. -1 when nowhere.
 */
export function cellPosition(
  ref: string,
  label: string,
  neighbours: readonly string[],
  from: number,
): number {
  const strict = boundedPosition(ref, label, neighbours, from);
  if (strict >= 0) return strict;
  // A cell at the start of a line may be followed on that line by what a school wrote in the row
  // ("Aanbod dyslexie Leerroute ...", "Beleid Specia-lisme"): it still opens its own cell.
  const re = new RegExp(`(?<=^|\\| )${labelPattern(label)}\\.?(?= )`, "g");
  re.lastIndex = from;
  const m = re.exec(ref);
  return m ? m.index : -1;
}

function boundedPosition(
  ref: string,
  label: string,
  neighbours: readonly string[],
  from: number,
): number {
  const others = [...new Set(neighbours)]
    .filter((n) => n !== label)
    .map(labelPattern)
    .sort((a, b) => b.length - a.length);
  // After a row number ("1.  (1.4) Leerlingen met ...") a cell starts too.
  const near = `|\\(?[\\d./]+\\)?\\.? ${others.length > 0 ? `|(?:${others.join("|")}) ` : ""}`;
  // The filled example (haaglanden-2021) has its answers after the row label: "Logopedie X".
  const answer = " (?:X|x|ja|Ja|nee|Nee|nvt|-)(?=[ (]|$)";
  const after = others.length > 0 ? `| (?:${others.join("|")})` : "";
  const re = new RegExp(
    `(?<=^|\\| ${near})${labelPattern(label)}\\.?(?= \\||$|${answer}${after})`,
    "g",
  );
  re.lastIndex = from;
  const m = re.exec(ref);
  return m ? m.index : -1;
}
