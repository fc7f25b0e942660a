import { financialTable, type Check, type FieldValue, type Template, type Values } from "../model";
import { evaluate, formatEuro, formatNumber, parseDutchNumber, type Finding } from "../rules";
import { mergeValues } from "./values";

export type FinanceCheck = Extract<Check, { check: "financien" }>;

/** The HL21-FIN check of a template, when it has one (haaglanden-2021). */
export function financeCheck(template: Template): FinanceCheck | undefined {
  return template.checks.find((c): c is FinanceCheck => c.check === "financien");
}

/** What the person fills in on the Financiën card, as typed. */
export type FinanceDraft = {
  schooljaar: string;
  leerlingen: string;
  locaties: string;
  vasteVoet: string;
  perLeerling: string;
  begroot: string;
};

/** The amounts of a schooljaar the table knows. */
export function knownAmounts(schooljaar: string) {
  return financialTable[schooljaar.trim()];
}

const typed = (text: string): FieldValue | null => {
  if (text.trim() === "") return null;
  const parsed = parseDutchNumber(text);
  return parsed.ok ? parsed.value : text;
};

export type FinanceResult = {
  /** The values to write: the card's fields and the amount. */
  values: Record<string, FieldValue | null>;
  /** The amount, null while something is missing. */
  amount: number | null;
  /** "€ 8.500 × 1 + € 106 × 222 = € 32.032", once everything is there. */
  formula: string | undefined;
  findings: readonly Finding[];
};

/** The contribution for basic support computed by the rules from the card and the document. */
export function computeFinance(
  template: Template,
  check: FinanceCheck,
  draft: FinanceDraft,
  documentValues: Values,
  today: string,
): FinanceResult {
  const known = knownAmounts(draft.schooljaar);
  const values: Record<string, FieldValue | null> = {
    [check.schooljaar]: draft.schooljaar.trim() === "" ? null : draft.schooljaar.trim(),
    [check.leerlingen]: typed(draft.leerlingen),
    [check.locaties]: typed(draft.locaties),
    [check.vasteVoet]: known ? known.vasteVoet : typed(draft.vasteVoet),
    [check.perLeerling]: known ? known.perLeerling : typed(draft.perLeerling),
    [check.begroot]: typed(draft.begroot),
  };
  const merged = mergeValues(documentValues, values);
  const evaluation = evaluate(template, merged, today);
  const amount = evaluation.computed[check.bedrag] ?? null;
  const num = (id: string) => {
    const v = merged[id];
    return typeof v === "number" ? v : undefined;
  };
  const vv = num(check.vasteVoet);
  const pl = num(check.perLeerling);
  const loc = num(check.locaties);
  const ll = num(check.leerlingen);
  const formula =
    amount !== null && vv !== undefined && pl !== undefined && loc !== undefined && ll !== undefined
      ? `${formatEuro(vv)} × ${formatNumber(loc)} + ${formatEuro(pl)} × ${formatNumber(ll)} = ${formatEuro(amount)}`
      : undefined;
  const fields = new Set(Object.keys(values).concat(check.bedrag));
  const findings = evaluation.findings.filter(
    (f) => f.rule !== "R-REQUIRED" && f.fields.some((id) => fields.has(id)),
  );
  return { values: { ...values, [check.bedrag]: amount }, amount, formula, findings };
}
