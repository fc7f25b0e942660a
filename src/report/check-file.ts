import { DocxDocument } from "../document/docx/adapter";
import { DocumentError } from "../document/errors";
import type { ControlProblem } from "../document/port";
import { recognizedValues, recognizeXml } from "../document/recognize";
import { parseTag } from "../document/state";
import type { Template, Values } from "../model";
import { evaluate, type DutchDate, type Evaluation, type Finding, type Progress } from "../rules";
import { CONTROL_NAME } from "./control-names";
import { normStatuses, type NormResult } from "./norm-status";
import { NOT_AN_SOP } from "./not-an-sop";
import { oneLine } from "./one-line";

/** What `check` found in one document it could read as an SOP. */
export type CheckedFile = {
  kind: "checked";
  file: string;
  template: Template;
  version: number;
  /**
   * Where the values came from: the document's `sop:` controls, or its text, read by recognition
   * (a school's own copy of the model, or one of ours whose fields LibreOffice dropped).
   */
  source: "controls" | "recognized";
  /** The document names its template but its fields were stripped (a LibreOffice re-save). */
  stripped: boolean;
  /** The school's name, from the template's school field, when filled in. */
  school: string | undefined;
  ready: boolean;
  progress: Progress;
  findings: readonly Finding[];
  /** Each norm of the template with its status, in the template's order. */
  norms: readonly NormResult[];
  /**
   * Some `sop:` controls could not be read as their field (a tag twice, a tag the template does not
   * know, a control of the wrong type): reported as DOC-* findings, and the file counts as not fully
   * read (exit 2), as the bad-input contract asks.
   */
  unreadableControls: number;
};

/** A file `check` could not read as an SOP, and why, in Dutch. */
export type UnreadableFile = { kind: "unreadable"; file: string; error: string };

export type FileResult = CheckedFile | UnreadableFile;

/** Said of an SOP of ours whose fields another program dropped, once its answers are read from its text. */
export const STRIPPED =
  "Dit SOP is opgeslagen in een ander programma dan Word, dat de SOP-velden verwijderde (LibreOffice doet dat). De antwoorden zijn uit de tekst gelezen; `sop bind <bestand> --in-place` zet de velden terug.";

/** LibreOffice, for one, keeps the properties but drops every control's tag when it saves a .docx. */
export const NO_FIELDS =
  "Dit document zegt een SOP te zijn, maar bevat geen enkel SOP-veld meer. Is het opgeslagen in een ander programma dan Word (LibreOffice verwijdert de veldnamen)? Vul het opnieuw in vanuit het sjabloon.";

function labelOf(template: Template, tag: string): { field?: string; label: string } {
  const field = parseTag(tag)?.field;
  const f = field ? template.byId.get(field)?.field : undefined;
  return f ? { field: f.id, label: f.short ?? f.label } : { label: tag };
}

/** The problems of the controls themselves, as findings a board reads like any other. */
export function controlFindings(
  template: Template,
  problems: readonly ControlProblem[],
): Finding[] {
  return problems.map((p): Finding => {
    const { field, label } = labelOf(template, p.tag);
    const fields = field ? [field] : [];
    switch (p.kind) {
      case "duplicate":
        return {
          rule: "DOC-DUPLICATE",
          severity: "error",
          fields,
          message: `Het veld "${label}" staat ${p.count} keer in het document (tag ${p.tag}); alleen het eerste telt. Verwijder de dubbele zodat duidelijk is welk antwoord geldt.`,
        };
      case "unknown-tag":
        return {
          rule: "DOC-UNKNOWN-TAG",
          severity: "error",
          fields: [],
          message: `Het document bevat een veld met tag ${p.tag} dat het sjabloon ${template.id} niet kent. Is het veld gekopieerd uit een ander sjabloon?`,
        };
      case "wrong-type":
        return {
          rule: "DOC-WRONG-TYPE",
          severity: "error",
          fields,
          message: `Het veld "${label}" (${p.tag}) is een ${CONTROL_NAME[p.found]}, maar moet een ${CONTROL_NAME[p.expected as keyof typeof CONTROL_NAME] ?? p.expected} zijn; de waarde wordt niet gelezen.`,
        };
    }
  });
}

function schoolOf(template: Template, values: Values): string | undefined {
  const name = template.schoolField ? values[template.schoolField] : undefined;
  return typeof name === "string" && name.trim() !== "" ? name.trim() : undefined;
}

/**
 * A document without SOP fields is read from its text: the template it follows best (or the one its
 * properties name), and the answers where the model's labels put them.
 */
function recognized(
  file: string,
  doc: DocxDocument,
  today: DutchDate,
  named?: Template,
): Checked | UnreadableFile {
  const recognition = recognizeXml(doc.documentXml(), named?.id);
  if (!recognition) return { kind: "unreadable", file, error: NOT_AN_SOP };
  if (recognition.found.length === 0) return { kind: "unreadable", file, error: NO_FIELDS };
  const values = recognizedValues(recognition);
  const evaluation = evaluate(recognition.template, values, today);
  const result: CheckedFile = {
    kind: "checked",
    file,
    template: recognition.template,
    version: recognition.template.version,
    source: "recognized",
    stripped: named !== undefined,
    school: schoolOf(recognition.template, values),
    ready: evaluation.ready,
    progress: evaluation.progress.overall,
    findings: evaluation.findings,
    norms: normStatuses(evaluation),
    unreadableControls: 0,
  };
  return { result, values, evaluation };
}

/** A checked document with what was read from it, for a caller that shows more than the findings. */
export type Checked = { result: CheckedFile; values: Values; evaluation: Evaluation };

/**
 * Reads and evaluates one document. Never throws: what cannot be read becomes an UnreadableFile.
 * The same function for `sop check` and the board page (in a web worker).
 */
export function checkSop(
  file: string,
  bytes: Uint8Array,
  today: DutchDate,
): Checked | UnreadableFile {
  try {
    const doc = new DocxDocument(bytes);
    const template = doc.template();
    const detection = doc.detectSync();
    if (!template || detection.kind !== "sop") return recognized(file, doc, today);
    const state = doc.readSync();
    if (state.present.size === 0) return recognized(file, doc, today, template);
    const evaluation = evaluate(template, state.values, today);
    const problems = controlFindings(template, state.problems);
    const result: CheckedFile = {
      kind: "checked",
      file,
      template,
      version: detection.version,
      source: "controls",
      stripped: false,
      school: schoolOf(template, state.values),
      ready: evaluation.ready && !problems.some((f) => f.severity === "error"),
      progress: evaluation.progress.overall,
      findings: [...problems, ...evaluation.findings],
      norms: normStatuses(evaluation),
      unreadableControls: problems.length,
    };
    return { result, values: state.values, evaluation };
  } catch (error) {
    const message =
      error instanceof DocumentError
        ? error.message
        : `Het bestand kon niet worden gelezen: ${oneLine(error)}`;
    return { kind: "unreadable", file, error: message };
  }
}

/** Reads and evaluates one document. Never throws: what cannot be read becomes an UnreadableFile. */
export function checkDocument(file: string, bytes: Uint8Array, today: DutchDate): FileResult {
  const checked = checkSop(file, bytes, today);
  return "result" in checked ? checked.result : checked;
}
