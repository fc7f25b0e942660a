import {
  ruleStatus,
  type Evaluation,
  type Finding,
  type NormStatus as RuleNormStatus,
} from "../rules";

/** A norm is met, not met (an error), or cannot be judged yet (fields still empty). */
export type NormStatus = "gehaald" | "niet-gehaald" | "onvolledig";

export type Norm = {
  rule: string;
  title: string;
  status: NormStatus;
  /** Not met, but the school answers it with an ontwikkeldoel or the SWV's explanation. */
  answered: boolean;
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
  "HL25-DETAIL": "Korte weergave bij expertise",
  "HL25-DYSLEXIE": "Aanbod bij dyslexie",
  "HL25-VAARDIGHEDEN": "Schoolse vaardigheden",
  "PW-SCHOOL": "Schoolgegevens",
  "PW-INSPECTIE": "Voorwaardelijk niveau (inspectie)",
  "PW-VEILIG": "Veilige leeromgeving",
  "PW-SCHOOLNIVEAU": "Schoolniveau",
  "PW-HGW": "Handelingsgericht werken (leerkrachtniveau)",
  "ZL-SCHOOL": "Schoolgegevens",
  "ZL-KENGETALLEN": "Kengetallen",
  "ZL-UITSTROOM": "Uitstroom naar het voortgezet onderwijs",
  "ZL-LENGTH": "Lengte van de teksten",
  "ZL-A": "Norm a: basisarrangement",
  "ZL-B": "Norm b: zorgindicatoren minstens 3",
  "ZL-HGW": "Handelingsgericht werken: minstens 75% van het team",
  "ZL-SPECIFIEK": "Specifieke ondersteuning: 4 ja-scores",
  "ZL-STRUCTUUR":
    "Ondersteuningsstructuur in het schoolplan; handelingsgericht plan vanaf niveau 3",
  "ZL-VOORZIENING": "Omschrijving van specifieke voorzieningen",
  "ZL-AMBITIES": "Ontwikkeldoelen bij normen die niet gehaald worden",
  "ZL-ONDERTEKENING": "Ondertekening",
};

export function normTitle(rule: string): string {
  return TITLES[rule] ?? rule;
}

const GENERIC = ["R-REQUIRED", "R-EXCLUSIVE", "R-DETAIL", "R-NUMBER", "R-DATE", "R-COMPUTED"];

export const PANE_STATUS: Readonly<Record<RuleNormStatus, NormStatus>> = {
  met: "gehaald",
  "not-met": "niet-gehaald",
  incomplete: "onvolledig",
};

/**
 * Every norm of the template with the status the rules give it (the same reading as `check` and
 * readiness), then the rules every template shares that have something to say.
 */
export function norms(evaluation: Evaluation): Norm[] {
  const regional = evaluation.norms.map((n): Norm => ({
    rule: n.rule,
    title: normTitle(n.rule),
    status: PANE_STATUS[n.status],
    answered: n.answered,
    findings: n.findings,
    fields: n.fields,
  }));
  const missing = new Set(evaluation.missing);
  const generic = GENERIC.flatMap((rule): Norm[] => {
    const findings = evaluation.findings.filter((f) => f.rule === rule);
    if (findings.length === 0 && rule !== "R-REQUIRED") return [];
    const fields = [...new Set(findings.flatMap((f) => f.fields))];
    // A finding that only says a field is empty (R-REQUIRED, R-DETAIL) leaves the check incomplete.
    const incomplete = new Set(
      findings.filter((f) => f.rule === "R-REQUIRED" || f.rule === "R-DETAIL"),
    );
    const status = ruleStatus(findings, fields, { incomplete, missing });
    return [
      {
        rule,
        title: normTitle(rule),
        status: PANE_STATUS[status],
        answered: false,
        findings,
        fields,
      },
    ];
  });
  return [...regional, ...generic];
}
