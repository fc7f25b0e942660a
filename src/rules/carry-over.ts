import {
  templates,
  type Field,
  type FieldValue,
  type Template,
  type TemplateId,
  type Values,
} from "../model";
import {
  carryOverData,
  loadCarryOver,
  sourcesOf,
  targetsOf,
  type CarryOver,
  type CarryRule,
} from "../model/recognition/carry-over";

/**
 * The carry-overs, validated once against their templates, when first asked for: a command that
 * carries nothing over (`sop check`) does not pay for the validation at its start.
 */
let loaded: readonly CarryOver[] | undefined;
const allCarryOvers = () => (loaded ??= carryOverData.map((d) => loadCarryOver(d, templates)));

/** The carry-over from one template to another, when there is one. */
export function findCarryOver(from: TemplateId, to: TemplateId): CarryOver | undefined {
  return allCarryOvers().find((c) => c.from === from && c.to === to);
}

/** The carry-overs that start from a template (the pane offers each as a button). */
export function carryOversFrom(from: TemplateId): readonly CarryOver[] {
  return allCarryOvers().filter((c) => c.from === from);
}

/** What carrying answers over gives: the target's values, where each came from, and what had no place. */
export type Carried = {
  values: Values;
  /** Per target field, the source fields it was made from. */
  from: Readonly<Record<string, readonly string[]>>;
  /** Source fields with an answer that no rule carries into the target (nothing is dropped silently). */
  unplaced: readonly string[];
};

const has = (v: FieldValue | null | undefined): v is FieldValue =>
  v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);

const keysOf = (v: FieldValue | null | undefined): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? [...(v as string[])] : [];

function text(v: FieldValue | null | undefined): string {
  if (!has(v)) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "ja" : "";
  return v.join(", ");
}

function optionLabel(field: Field | undefined, key: string): string {
  return field?.kind === "choice" ? (field.options.find((o) => o.key === key)?.label ?? key) : key;
}

/** Runs one rule; returns the values it writes. */
function apply(rule: CarryRule, from: Template, values: Values): Record<string, FieldValue> {
  switch (rule.kind) {
    case "copy":
      return has(values[rule.from]) ? { [rule.to]: values[rule.from] as FieldValue } : {};
    case "choice": {
      const mapped = [...new Set(keysOf(values[rule.from]).flatMap((k) => rule.options[k] ?? []))];
      if (mapped.length === 0) return {};
      return { [rule.to]: mapped.length === 1 ? (mapped[0] as string) : mapped };
    }
    case "join": {
      const joined = rule.from
        .map((id) => text(values[id]))
        .filter(Boolean)
        .join("; ");
      return joined ? { [rule.to]: joined } : {};
    }
    case "name":
      return has(values[rule.when]) ? { [rule.to]: rule.text } : {};
    case "collect": {
      const yes = rule.rows.filter((id) => keysOf(values[id]).some((k) => rule.yes.includes(k)));
      if (yes.length === 0) return {};
      const nameOf = (id: string) => {
        const own = text(values[`${id}.naam`]);
        return own || (from.byId.get(id)?.field.label ?? id);
      };
      const out: Record<string, FieldValue> = {
        [rule.to]: rule.answer,
        [rule.names]: yes.map(nameOf).join(", "),
      };
      if (rule.details !== undefined) {
        const details = yes
          .map((id) => {
            const parts = (rule.detailsOf ?? [])
              .map((suffix) => text(values[`${id}.${suffix}`]))
              .filter(Boolean);
            return parts.length > 0 ? `${nameOf(id)}: ${parts.join("; ")}` : "";
          })
          .filter(Boolean);
        if (details.length > 0) out[rule.details] = details.join("\n");
      }
      return out;
    }
    case "draft": {
      const parts = rule.parts.flatMap((part) => {
        if ("from" in part) {
          const t = text(values[part.from]);
          return t ? [`${part.intro}\n${t}`] : [];
        }
        const rows = part.rows.flatMap((id) => {
          const keys = keysOf(values[id]).filter((k) => !part.except.includes(k));
          if (keys.length === 0) return [];
          const field = from.byId.get(id)?.field;
          const label = field?.short ?? field?.label ?? id;
          return [`- ${label}: ${keys.map((k) => optionLabel(field, k)).join(" / ")}`];
        });
        return rows.length > 0 ? [`${part.intro}\n${rows.join("\n")}`] : [];
      });
      return parts.length > 0 ? { [rule.to]: parts.join("\n") } : {};
    }
  }
}

/** Carries the answers of one template's SOP into another's, as the carry-over's rules say. */
export function carryOver(mapping: CarryOver, values: Values): Carried {
  const from = templates[mapping.from];
  const to = templates[mapping.to];
  const out: Record<string, FieldValue> = {};
  const sources: Record<string, string[]> = {};
  const read = new Set<string>();
  for (const rule of mapping.rules) {
    if (!targetsOf(rule).every((id) => to.byId.has(id))) continue; // an optional rule's field is missing
    const written = apply(rule, from, values);
    for (const id of sourcesOf(rule)) read.add(id);
    // The follow-ups of collected rows go with them.
    if (rule.kind === "collect")
      for (const row of rule.rows)
        for (const s of ["naam", ...(rule.detailsOf ?? [])]) read.add(`${row}.${s}`);
    for (const [id, value] of Object.entries(written)) {
      out[id] = value;
      sources[id] = sourcesOf(rule).filter((s) => has(values[s]));
    }
  }
  const unplaced = from.fields
    .map(({ field }) => field.id)
    .filter((id) => has(values[id]) && !read.has(id));
  return { values: out, from: sources, unplaced };
}
