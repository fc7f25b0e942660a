import { templateSchema } from "./schema";
import type { Block, Check, Field, FieldEntry, Template, TemplateDefinition } from "./types";

/** A template definition that does not hold together (a duplicate id, a cell naming no field, ...). */
export class TemplateDefinitionError extends Error {
  constructor(templateId: string, problems: readonly string[]) {
    super(`Sjabloon ${templateId} klopt niet:\n- ${problems.join("\n- ")}`);
    this.name = "TemplateDefinitionError";
  }
}

function blockFields(block: Block): readonly Field[] {
  if (block.kind === "paragraph") return [];
  return block.fields;
}

/** Every field id a check refers to, so a renamed field cannot silently switch a norm off. */
export function checkFieldIds(check: Check): string[] {
  switch (check.check) {
    case "option-severity":
      return [...check.fields, ...(check.onlyIf ? [check.onlyIf.field] : [])];
    case "must-be-set":
      return [
        ...check.fields,
        ...(check.onlyIf ? [check.onlyIf.field] : []),
        ...(check.onlyIfAny?.fields ?? []),
      ];
    case "must-be-empty":
      return [...check.fields, check.onlyIf.field];
    case "sum-to":
      return [...check.fields, ...(check.ticks ?? [])];
    case "tick-with-amount":
      return check.pairs.flat();
    case "max-lines":
    case "pattern":
    case "year":
      return [check.field];
    case "at-most":
      return [...check.parts.flat(), check.limit];
    case "named-in-text":
      return [...check.fields, ...check.texts];
    case "min-or-fallback":
      return [...check.fields, ...check.fallback];
    case "financien":
      return [
        check.schooljaar,
        check.leerlingen,
        check.locaties,
        check.vasteVoet,
        check.perLeerling,
        check.bedrag,
        check.begroot,
      ];
    case "answered-by-goal":
      return check.goals.flat();
  }
}

function integrityProblems(def: TemplateDefinition, byId: Map<string, FieldEntry>): string[] {
  const problems: string[] = [];
  const known = (id: string, where: string) => {
    if (!byId.has(id)) problems.push(`${where} noemt onbekend veld ${id}`);
  };
  for (const section of def.sections) {
    for (const block of section.blocks) {
      if (block.kind !== "table") continue;
      const inTable = new Set(block.fields.map((f) => f.id));
      for (const row of block.rows) {
        if (row.cells.length !== block.columns.length) {
          problems.push(
            `tabel ${block.id}: rij met ${row.cells.length} cellen bij ${block.columns.length} kolommen`,
          );
        }
        for (const cell of row.cells) {
          for (const id of "text" in cell ? (cell.also ?? []) : [])
            if (!inTable.has(id))
              problems.push(`tabel ${block.id} noemt veld ${id} dat niet in de tabel staat`);
          if (!("field" in cell)) continue;
          for (const id of [cell.field, ...(cell.also ?? [])])
            if (!inTable.has(id))
              problems.push(`tabel ${block.id} noemt veld ${id} dat niet in de tabel staat`);
          const field = byId.get(cell.field)?.field;
          if (cell.options && field?.kind === "choice") {
            for (const key of cell.options) {
              if (!field.options.some((o) => o.key === key))
                problems.push(`tabel ${block.id}: ${cell.field} kent optie ${key} niet`);
            }
          } else if (cell.options) {
            problems.push(`tabel ${block.id}: ${cell.field} is geen keuzeveld`);
          }
        }
      }
    }
  }
  for (const { field } of byId.values()) {
    if (field.followUp) known(field.followUp.of, `vervolgveld ${field.id}`);
    if (field.kind === "computed") {
      const inputs =
        field.formula.op === "sum-of-products" ? field.formula.terms.flat() : field.formula.of;
      for (const id of inputs) known(id, `berekend veld ${field.id}`);
    }
    if (field.kind === "number" && field.defaultFrom)
      known(field.defaultFrom.key, `veld ${field.id}`);
  }
  for (const check of def.checks) {
    for (const id of checkFieldIds(check)) known(id, `controle ${check.rule}`);
    if (check.check === "sum-to" && check.ticks && check.ticks.length !== check.fields.length)
      problems.push(
        `controle ${check.rule}: ${check.ticks.length} vinkjes bij ${check.fields.length} getallen`,
      );
  }
  return problems;
}

/**
 * Defined as true by the bundler of the `sop` command (scripts/build-cli.cjs), which writes the
 * bundle only after these same templates passed the schema: a run then skips parsing them again,
 * a third of the time a one-file `check` takes. Everywhere else it is undefined.
 */
declare const SOP_TEMPLATES_VALIDATED_AT_BUILD: boolean | undefined;
const validatedAtBuild =
  typeof SOP_TEMPLATES_VALIDATED_AT_BUILD !== "undefined" && SOP_TEMPLATES_VALIDATED_AT_BUILD;

function parseDefinition(definition: unknown): TemplateDefinition {
  if (validatedAtBuild) return definition as TemplateDefinition;
  const parsed = templateSchema.safeParse(definition);
  if (!parsed.success) {
    const id = (definition as { id?: unknown } | null)?.id;
    throw new TemplateDefinitionError(
      String(id ?? "?"),
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
    );
  }
  return parsed.data;
}

/** Validates a definition against the schema and its own references, and indexes its fields. */
export function loadTemplate(definition: unknown): Template {
  const def = parseDefinition(definition);
  const fields: FieldEntry[] = [];
  const byId = new Map<string, FieldEntry>();
  const problems: string[] = [];
  for (const section of def.sections) {
    for (const block of section.blocks) {
      for (const field of blockFields(block)) {
        if (byId.has(field.id)) problems.push(`veld ${field.id} komt twee keer voor`);
        const entry: FieldEntry = { field, sectionId: section.id, index: fields.length };
        fields.push(entry);
        byId.set(field.id, entry);
      }
    }
  }
  if (new Set(def.sections.map((s) => s.id)).size !== def.sections.length) {
    problems.push("twee hoofdstukken met hetzelfde id");
  }
  // The build ran these same checks on these same definitions (see validatedAtBuild).
  if (!validatedAtBuild) problems.push(...integrityProblems(def, byId));
  if (problems.length > 0) throw new TemplateDefinitionError(def.id, problems);
  return { ...def, fields, byId };
}
