import type { FieldChange } from "../../../src/document/port";
import { readableTypes } from "../../../src/document/word/requirements";
import { WordDocument } from "../../../src/document/word/word-document";
import { templateIds, templates, type FieldValue, type TemplateId } from "../../../src/model";
import { evaluate } from "../../../src/rules";
import { schools } from "../../fixtures/schools";
import { FAVOURABLE, WordSimulator, type Profile } from "./simulator";

/**
 * A value for every field of a template: the complete school, the computed values, and for any
 * field the school leaves empty a plausible value of its kind. Writing this is the largest batch a
 * document can get.
 */
export function everyField(id: TemplateId): FieldChange[] {
  const template = templates[id];
  const school = schools[id];
  const computed = evaluate(template, school, "2026-11-23").computed;
  return template.fields.map(({ field }): FieldChange => {
    const given = school[field.id] ?? computed[field.id];
    if (given !== undefined && given !== null) return { field: field.id, value: given };
    const filler: Record<typeof field.kind, () => FieldValue> = {
      text: () => "Ingevuld",
      richText: () => "Ingevuld",
      number: () => 1,
      computed: () => 0,
      date: () => "2026-11-23",
      tick: () => true,
      choice: () => (field.kind === "choice" ? (field.options[0]?.key ?? "") : ""),
    };
    return { field: field.id, value: filler[field.kind]() };
  });
}

export type SyncCount = {
  profile: string;
  template: TemplateId;
  /** Fields written in the batch. */
  fields: number;
  /** Content controls in the document. */
  controls: number;
  read: number;
  write: number;
};

/** The syncs a full read and a write of every field cost on each template (for the bench). */
export async function syncCounts(profile: Profile = FAVOURABLE): Promise<SyncCount[]> {
  const out: SyncCount[] = [];
  for (const id of templateIds) {
    const sim = WordSimulator.fromTemplate(id, profile);
    const doc = new WordDocument(sim.host);
    const changes = everyField(id);
    await doc.write(changes);
    const write = sim.lastSyncs;
    await doc.readAll();
    const read = sim.lastSyncs;
    out.push({
      profile: profile.name,
      template: id,
      fields: changes.length,
      controls: sim.controls(readableTypes(sim.host)).length,
      read,
      write,
    });
  }
  return out;
}

export type RecognizingSyncCount = {
  profile: string;
  file: string;
  recognize: number;
  bind: number;
  import: number;
};

/** The syncs of recognize, bind and import on the recognition fixtures (ADR 0018; for the bench). */
export async function recognizingSyncCounts(
  profile: Profile = FAVOURABLE,
): Promise<RecognizingSyncCount[]> {
  const { fixture } = await import("./recognizing-docs");
  const out: RecognizingSyncCount[] = [];
  for (const file of ["haaglanden-2021-school", "zuid-limburg-form", "passenderwijs-controls"]) {
    /** The syncs of recognize, then of the run `act` starts (the first after it). */
    const syncsOf = async (act: (doc: WordDocument<string>, id: TemplateId) => Promise<void>) => {
      const sim = new WordSimulator(fixture(file), profile);
      const doc = new WordDocument(sim.host);
      const found = await doc.recognize();
      if (!found) throw new Error(`${file} is not recognized`);
      const recognize = sim.lastSyncs;
      const before = sim.runs.length;
      await act(doc, found.template);
      return { recognize, act: sim.runs[before]?.syncs ?? 0 };
    };
    const bind = await syncsOf((doc, id) => doc.bindFields(id));
    const imported = await syncsOf((doc, id) => doc.importInto(id));
    out.push({
      profile: profile.name,
      file,
      recognize: bind.recognize,
      bind: bind.act,
      import: imported.act,
    });
  }
  return out;
}
