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

/** Every label a template takes from its model. Our own paragraphs and hints are not labels. */
export function labelsOf(template: Template): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const section of template.sections) {
    out.push({ where: `hoofdstuk ${section.id}`, text: section.heading });
    for (const block of section.blocks) {
      if (block.kind !== "table") continue;
      for (const column of block.columns) out.push({ where: `tabel ${block.id}`, text: column });
      for (const row of block.rows) {
        for (const cell of row.cells)
          if ("text" in cell && cell.text)
            out.push({ where: `tabel ${block.id}`, text: cell.text });
      }
    }
  }
  for (const { field } of template.fields) {
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
