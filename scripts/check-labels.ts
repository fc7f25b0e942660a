/**
 * Checks every label the model defines against the template's reference text in ../shared/reference/
 * (or $SOP_REFERENCE_DIR):
 * - a label of a table (column header, row text, a row's field or option label) must stand as a cell
 *   of its own: at a line start or end, a column gap, or next to another label of the same table,
 *   not merely somewhere inside a sentence; the headers and row texts of a table in the
 *   reference's order;
 * - the headings in the reference's order;
 * - any other label verbatim, line breaks aside.
 * The reference texts are not part of this repository.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { templates, type Template } from "../src/model";
import {
  cellPosition,
  cellText,
  isNumbering,
  labelsOf,
  normalizeForLabels,
  type Label,
} from "./labels";

const dir = resolve(process.env.SOP_REFERENCE_DIR ?? resolve(__dirname, "../../shared/reference"));
if (!existsSync(dir)) {
  console.error(`Referentieteksten niet gevonden in ${dir} (zet SOP_REFERENCE_DIR).`);
  process.exit(2);
}

/** The labels that must follow the reference's order: the headings, per table its headers and rows. */
function orderedSequences(
  template: Template,
): { name: string; table?: string; labels: string[] }[] {
  // The cover (our first section) stands first whatever the model prints where.
  const out: { name: string; table?: string; labels: string[] }[] = [
    { name: "hoofdstukken", labels: template.sections.slice(1).map((s) => s.heading) },
  ];
  for (const section of template.sections)
    for (const block of section.blocks) {
      if (block.kind !== "table") continue;
      const rows = block.rows.flatMap((r) =>
        r.cells.flatMap((c) => ("text" in c && c.text && !isNumbering(c.text) ? [c.text] : [])),
      );
      // The rows in order (headers such as "1", "2" or "Indicator" recur over tables).
      out.push({ name: `tabel ${block.id}`, table: block.id, labels: [...new Set(rows)] });
    }
  return out;
}

let failures = 0;
for (const template of Object.values(templates) as Template[]) {
  const raw = readFileSync(resolve(dir, template.reference), "utf8");
  const reference = normalizeForLabels(raw);
  const cells = cellText(raw);
  const labels = labelsOf(template);
  // What may stand next to a cell in the same table: its headers and texts, and its fields' labels,
  // options and prefilled texts ("Zelfredzaamheid Het onderwijs is groepsgericht ...").
  const byTable = new Map<string, string[]>();
  for (const section of template.sections)
    for (const block of section.blocks) {
      if (block.kind !== "table") continue;
      byTable.set(block.id, [
        ...labels.filter((l) => l.table === block.id).map((l) => l.text),
        ...block.fields.flatMap((f) => [
          f.label,
          ...(f.kind === "choice" ? f.options.map((o) => o.label) : []),
          ...((f.kind === "text" || f.kind === "richText") && f.default ? [f.default] : []),
        ]),
      ]);
    }

  const problems: string[] = [];
  const standsAlone = (l: Label) =>
    cellPosition(cells, l.text, byTable.get(l.table ?? "") ?? [], 0) >= 0;
  for (const l of labels) {
    if (!reference.includes(normalizeForLabels(l.text)) && !standsAlone(l))
      problems.push(`ontbreekt (${l.where}): ${l.text}`);
    else if (l.table && !standsAlone(l))
      problems.push(`staat niet als eigen cel of regel (${l.where}): ${l.text}`);
  }
  /** Where each label of a sequence stands, in order from `from`; undefined when they cannot. */
  const inOrder = (texts: readonly string[], table: string | undefined, from: number) => {
    let at = from;
    for (const text of texts) {
      const next = table
        ? cellPosition(cells, text, byTable.get(table) ?? [], at)
        : reference.indexOf(normalizeForLabels(text), at);
      if (next < 0) return false;
      at = next + 1;
    }
    return true;
  };
  for (const seq of orderedSequences(template)) {
    const found = seq.labels.filter((t) =>
      seq.table
        ? cellPosition(cells, t, byTable.get(seq.table) ?? [], 0) >= 0
        : reference.includes(normalizeForLabels(t)),
    );
    const first = found[0];
    if (first === undefined) continue;
    // Any occurrence of the first label may start the table (a word can occur earlier in a text).
    const starts: number[] = [];
    for (let at = 0; at >= 0 && starts.length < 50;) {
      const next = seq.table
        ? cellPosition(cells, first, byTable.get(seq.table) ?? [], at)
        : reference.indexOf(normalizeForLabels(first), at);
      if (next >= 0) starts.push(next);
      at = next >= 0 ? next + 1 : -1;
    }
    if (!starts.some((start) => inOrder(found, seq.table, start)))
      problems.push(`niet in de volgorde van het model (${seq.name}): ${found.join(" / ")}`);
  }
  console.log(
    `${template.id}: ${labels.length - problems.length}/${labels.length} labels in orde volgens ${template.reference}`,
  );
  for (const p of problems) console.log(`  ${p}`);
  failures += problems.length;
}
if (failures > 0) {
  console.log(`${failures} labels staan niet zoals in de referentietekst.`);
  process.exit(1);
}
