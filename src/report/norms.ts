import { checkFieldIds, type FieldValue, type Template, type Values } from "../model";
import type { Evaluation, Finding } from "../rules";

/** A norm is met, not met (an error), or cannot be judged yet (fields still empty). */
export type NormStatus = "gehaald" | "niet-gehaald" | "onvolledig";

export type Norm = {
  rule: string;
  title: string;
  status: NormStatus;
  findings: readonly Finding[];
  /** The fields the norm is about. */
  fields: readonly string[];
};

/** What each rule checks, in the pane's words. */
const TITLES: Readonly<Record<string, string>> = {
  "R-REQUIRED": "Verplichte velden",
  "R-EXCLUSIVE": "Eén antwoord per vraag",
  "R-DETAIL": "Aanvullende gegevens bij een antwoord",
  "R-NUMBER": "Getallen",
  "R-DATE": "Datums",
  "R-COMPUTED": "Berekende velden",
  "HL21-FIN": "Bijdrage basisondersteuning",
  "HL21-GOALS": "Uitgangspunten HGW in de doelen",
  "HL21-HGW-START": "Handelingsgericht werken is ingevoerd",
  "HL21-EXPERTISE": "Uren bij extra expertise",
  "HL25-DETAIL": "Toelichting bij expertise en 'anders'",
  "HL25-DYSLEXIE": "Aanbod bij dyslexie",
  "HL25-VAARDIGHEDEN": "Schoolse vaardigheden",
  "PW-SCHOOL": "Schoolgegevens",
  "PW-INSPECTIE": "Voorwaardelijk niveau (inspectie)",
  "PW-VEILIG": "Veilige leeromgeving",
  "PW-SCHOOLNIVEAU": "Schoolniveau",
  "PW-HGW": "Handelingsgericht werken (leerkrachtniveau)",
  "ZL-KENGETALLEN": "Kengetallen",
  "ZL-UITSTROOM": "Uitstroom naar het voortgezet onderwijs",
  "ZL-LENGTH": "Lengte van de teksten",
  "ZL-A": "Norm a: basisarrangement",
  "ZL-B": "Norm b: zorgindicatoren minstens 3",
  "ZL-HGW": "Handelingsgericht werken: minstens 75% van het team",
  "ZL-SPECIFIEK": "Specifieke ondersteuning: 4 ja-scores",
  "ZL-VOORZIENING": "Omschrijving van specifieke voorzieningen",
  "ZL-AMBITIES": "Ontwikkeldoelen bij normen die niet gehaald worden",
  "ZL-ONDERTEKENING": "Ondertekening",
};

/** An answer is there: not empty, not only spaces, not an unticked box. */
function isFilled(value: FieldValue | null | undefined): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export function normTitle(rule: string): string {
  return TITLES[rule] ?? rule;
}

const GENERIC = ["R-REQUIRED", "R-EXCLUSIVE", "R-DETAIL", "R-NUMBER", "R-DATE", "R-COMPUTED"];

/**
 * Every norm of the template (its regional checks and the rules of its follow-up fields), then the
 * rules every template shares, each with its status and its findings.
 */
export function norms(template: Template, evaluation: Evaluation, values: Values): Norm[] {
  const fieldsByRule = new Map<string, Set<string>>();
  const unanswered = new Map<string, boolean>();
  const add = (rule: string, ids: readonly string[]) =>
    fieldsByRule.set(rule, new Set([...(fieldsByRule.get(rule) ?? []), ...ids]));
  for (const check of template.checks) {
    add(check.rule, checkFieldIds(check));
    // A score that is not given yet leaves the norm undecided.
    if (check.check === "option-severity" && check.fields.some((id) => !isFilled(values[id])))
      unanswered.set(check.rule, true);
  }
  for (const { field } of template.fields)
    if (field.followUp?.report) add(field.followUp.report.rule, [field.id]);
  for (const rule of GENERIC) if (!fieldsByRule.has(rule)) fieldsByRule.set(rule, new Set());

  const missing = new Set(evaluation.missing);
  return [...fieldsByRule].flatMap(([rule, ids]) => {
    const findings = evaluation.findings.filter((f) => f.rule === rule);
    const generic = GENERIC.includes(rule);
    if (generic && findings.length === 0 && rule !== "R-REQUIRED") return [];
    const fields = generic ? [...new Set(findings.flatMap((f) => f.fields))] : [...ids];
    const incomplete =
      unanswered.get(rule) === true ||
      fields.some((id) => missing.has(id)) ||
      findings.some((f) => f.rule === "R-REQUIRED" || f.rule === "R-DETAIL");
    const status: NormStatus = findings.some((f) => f.severity === "error")
      ? "niet-gehaald"
      : incomplete
        ? "onvolledig"
        : "gehaald";
    return [{ rule, title: normTitle(rule), status, findings, fields }];
  });
}
