import {
  findTemplate,
  templates,
  type FieldValue,
  type Template,
  type TemplateId,
} from "../../model";
import { evaluate, type DutchDate } from "../../rules";
import { carryOver, findCarryOver } from "../../rules/carry-over";
import { DocxDocument } from "../docx/adapter";
import { buildTemplateDocx } from "../docx/build-template";
import { DocumentError } from "../errors";
import type { FieldChange } from "../port";
import { parseTag } from "../state";
import { recognizeXml } from "./index";
import type { Provenance, Recognition } from "./types";

/** Where an imported value came from: a control, a place in the text, or fields of another template. */
export type ImportSource =
  { control: string } | Provenance | { fields: readonly string[]; template: TemplateId };

export type ImportedField = { id: string; value: FieldValue; from: ImportSource };

/** What `import` will put in the new document, and what it could not. */
export type ImportPlan = {
  template: Template;
  /** The template the document was read as, and how. */
  source: { template: TemplateId; read: "controls" | "recognized" };
  fields: ImportedField[];
  /**
   * Fields with no place: the new template's fields the document has no place for, or, when answers
   * are carried into another template, the old answers the new template has no place for.
   */
  unplaced: string[];
  /** Fields of the new template left empty although the document has a place for them. */
  empty: string[];
  /** The recognition, when the document was read from its text (for the pane's list). */
  recognition?: Recognition;
};

/** The values an SOP of ours holds, with the control each came from. */
function fromControls(doc: DocxDocument, template: Template): ImportPlan {
  const state = doc.readSync();
  const fields: ImportedField[] = [];
  for (const { field } of template.fields) {
    const v = state.values[field.id];
    if (v === undefined || v === null || field.kind === "computed") continue;
    fields.push({ id: field.id, value: v, from: { control: `sop:${field.id}` } });
  }
  const present = new Set([...state.present].map((id) => parseTag(`sop:${id}`)?.field ?? id));
  return {
    template,
    source: { template: template.id, read: "controls" },
    fields,
    unplaced: template.fields.map((f) => f.field.id).filter((id) => !present.has(id)),
    empty: template.fields
      .map((f) => f.field.id)
      .filter((id) => present.has(id) && state.values[id] === undefined),
  };
}

function fromRecognition(r: Recognition): ImportPlan {
  const fields = r.found.flatMap((f) =>
    f.value === null || r.template.byId.get(f.field)?.field.kind === "computed"
      ? []
      : [{ id: f.field, value: f.value, from: f.from }],
  );
  return {
    template: r.template,
    source: { template: r.template.id, read: "recognized" },
    fields,
    unplaced: r.unplaced,
    empty: r.found.filter((f) => f.value === null).map((f) => f.field),
    recognition: r,
  };
}

/**
 * Reads an SOP (ours, with its controls; or any other, by recognition) for a new document of
 * `target` (default: the template it follows). Answers of another template are carried over when a
 * carry-over between the two exists. Throws a DocumentError when the document is no SOP.
 */
export function planImport(bytes: Uint8Array, target?: TemplateId): ImportPlan {
  const doc = new DocxDocument(bytes);
  const own = doc.template();
  const state = own ? doc.readSync() : undefined;
  let plan: ImportPlan | undefined;
  if (own && state && state.present.size > 0) plan = fromControls(doc, own);
  else {
    // A stripped SOP of ours is read as the template it names; any other by the best fit, or as
    // the target when it fits none.
    const r =
      recognizeXml(doc.documentXml(), own?.id) ??
      (target ? recognizeXml(doc.documentXml(), target) : undefined);
    if (r && r.found.length > 0) plan = fromRecognition(r);
  }
  if (!plan)
    throw new DocumentError(
      "unknown-template",
      "Het document lijkt op geen van de SOP-modellen; kies met --template welk model het volgt.",
    );
  if (!target || target === plan.template.id) return plan;

  const mapping = findCarryOver(plan.template.id, target);
  if (!mapping) {
    // No carry-over between the two: read the document as the target template itself.
    const r = recognizeXml(doc.documentXml(), target);
    if (!r) throw new DocumentError("unknown-template", `(${target})`);
    return fromRecognition(r);
  }
  const source = Object.fromEntries(plan.fields.map((f) => [f.id, f.value]));
  const carried = carryOver(mapping, source);
  const to = templates[target];
  const fields: ImportedField[] = to.fields.flatMap(({ field }) => {
    const v = carried.values[field.id];
    return v === undefined || v === null
      ? []
      : [
          {
            id: field.id,
            value: v,
            from: { fields: carried.from[field.id] ?? [], template: plan.template.id },
          },
        ];
  });
  return {
    template: to,
    source: plan.source,
    fields,
    unplaced: [...carried.unplaced],
    empty: to.fields.map((f) => f.field.id).filter((id) => carried.values[id] === undefined),
    ...(plan.recognition ? { recognition: plan.recognition } : {}),
  };
}

/** A new document of the plan's template with every value filled in and the computed fields computed. */
export function importedDocx(plan: ImportPlan, today: DutchDate): Uint8Array {
  const doc = new DocxDocument(buildTemplateDocx(plan.template));
  const changes: FieldChange[] = plan.fields.map((f) => ({ field: f.id, value: f.value }));
  doc.writeSync(changes);
  const values = Object.fromEntries(plan.fields.map((f) => [f.id, f.value]));
  const computed: FieldChange[] = Object.entries(
    evaluate(plan.template, values, today).computed,
  ).flatMap(([field, value]) => (value !== null ? [{ field, value }] : []));
  if (computed.length > 0) doc.writeSync(computed);
  return doc.toBytes();
}

/** The template with this id, or a DocumentError naming the ids there are. */
export function templateById(id: string): Template {
  const t = findTemplate(id);
  if (!t)
    throw new DocumentError(
      "unknown-template",
      `(${id}; kies uit ${Object.keys(templates).join(", ")})`,
    );
  return t;
}
