import { templates, type Template, type TemplateId } from "../../model";
import { Context, TextCache } from "./context";
import { matchFields } from "./fields";
import type { DocStructure } from "./structure";
import { matchTable } from "./tables";
import { norm } from "./text";
import type { Recognition } from "./types";

/** Where each section of the model starts among the document's blocks (undefined: not found). */
function sectionStarts(ctx: Context): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let from = 0;
  for (const section of ctx.template.sections) {
    const heading = norm(section.heading);
    let at: number | undefined;
    for (let b = from; b < ctx.blocks.length; b++) {
      const block = ctx.blocks[b];
      if (block?.kind !== "para") continue;
      const n = ctx.cache.para(block.para);
      if (n === "" || n.length > heading.length * 1.6 + 8) continue;
      // A renumbered or re-styled heading is still its heading: the words decide.
      if (n === heading || (n.startsWith(heading) && block.para.level !== undefined)) {
        at = b;
        break;
      }
    }
    out.push(at);
    if (at !== undefined) from = at + 1;
  }
  return out;
}

/** Reads a document's structure as an SOP of the given template. */
export function recognize(
  structure: DocStructure,
  template: Template,
  cache = new TextCache(),
): Recognition {
  const ctx = new Context(template, structure.blocks, cache);
  const starts = sectionStarts(ctx);
  const end = structure.blocks.length;
  template.sections.forEach((section, i) => {
    let from = starts[i];
    if (from === undefined) {
      from = 0;
      for (let k = i - 1; k >= 0; k--)
        if (starts[k] !== undefined) {
          from = starts[k] as number;
          break;
        }
    }
    let to = end;
    for (let k = i + 1; k < starts.length; k++)
      if (starts[k] !== undefined) {
        to = starts[k] as number;
        break;
      }
    const range = [from, Math.max(from, to)] as const;
    const name = [section.number, section.heading].filter(Boolean).join(" ");
    for (const block of section.blocks) {
      if (block.kind === "table") matchTable(ctx, block, range, name);
      else if (block.kind === "fields") matchFields(ctx, block.fields, range, name);
    }
  });
  const found = template.fields.flatMap(({ field }) => {
    const f = ctx.found.get(field.id);
    return f ? [f] : [];
  });
  const unplaced = template.fields
    .filter(({ field }) => !ctx.found.has(field.id))
    .map(({ field }) => field.id);
  const headings = starts.filter((s) => s !== undefined).length / Math.max(1, starts.length);
  const placed = found.length / Math.max(1, template.fields.length);
  const at = starts.map((b) => {
    const block = b === undefined ? undefined : ctx.blocks[b];
    return block?.kind === "para" ? block.para.p : undefined;
  });
  return { template, score: (placed + headings) / 2, found, unplaced, headings: at };
}

/** Below this score a document is not taken for an SOP of the template. */
export const MIN_SCORE = 0.35;

/**
 * The template a document follows best, recognized; undefined when none fits. `only` forces one
 * template (the `--template` option).
 */
export function recognizeAny(structure: DocStructure, only?: TemplateId): Recognition | undefined {
  if (only) return recognize(structure, templates[only]);
  let best: Recognition | undefined;
  const cache = new TextCache();
  for (const template of Object.values(templates)) {
    const r = recognize(structure, template, cache);
    if (!best || r.score > best.score) best = r;
  }
  return best && best.score >= MIN_SCORE ? best : undefined;
}
