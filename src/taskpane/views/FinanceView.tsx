import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { financialTable, type FieldValue } from "../../model";
import { formatEuro } from "../../rules";
import { computeFinance, knownAmounts, type FinanceCheck, type FinanceDraft } from "../finance";
import { usePane } from "../usePane";
import { dayOf, numberText } from "../values";

const useStyles = makeStyles({
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  form: { display: "grid", gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalM },
  amount: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
    margin: 0,
  },
  formula: { margin: 0, fontFamily: tokens.fontFamilyNumeric },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
});

const text = (v: FieldValue | null | undefined) =>
  typeof v === "string" ? v : typeof v === "number" ? numberText(v) : "";

/**
 * Financiën (haaglanden-2021): schooljaar, leerlingen and locaties give the contribution for basic
 * support with its formula. Each input is written as it is typed, like every other field, and the
 * amount follows; coming back to the card shows what the document holds.
 */
export function FinanceView({ check, today }: { check: FinanceCheck; today: () => Date }) {
  const styles = useStyles();
  const { template, values, write, state } = usePane();
  const [draft, setDraft] = useState<FinanceDraft>(() => ({
    schooljaar: text(values[check.schooljaar]),
    leerlingen: text(values[check.leerlingen]),
    locaties: text(values[check.locaties]) || "1",
    vasteVoet: text(values[check.vasteVoet]),
    perLeerling: text(values[check.perLeerling]),
    begroot: text(values[check.begroot]),
  }));
  const day = dayOf(today());
  const result = useMemo(
    () => computeFinance(template, check, draft, values, day),
    [template, check, draft, values, day],
  );
  const known = knownAmounts(draft.schooljaar);
  const unknownYear = draft.schooljaar.trim() !== "" && !known;
  const set = (key: keyof FinanceDraft) => (_: unknown, data: { value: string }) => {
    const next = { ...draft, [key]: data.value };
    setDraft(next);
    // The inputs go to the document as they are typed; the pane computes the amount with them.
    const typed = computeFinance(template, check, next, values, day).values;
    const changes = Object.entries(typed)
      .filter(([id]) => id !== check.bedrag && state.present.has(id))
      .filter(([id, value]) => (value ?? null) !== (values[id] ?? null))
      .map(([field, value]) => ({ field, value }));
    write(changes, "typing");
  };
  /** An amount in euro, typed in Dutch notation. */
  const euroInput = (key: "vasteVoet" | "perLeerling" | "begroot") => (
    <Input value={draft[key]} inputMode="decimal" contentBefore="€" onChange={set(key)} />
  );
  const warnings = result.findings;
  const sectionId = template.byId.get(check.bedrag)?.sectionId;
  const section = template.sections.find((s) => s.id === sectionId);

  return (
    <div>
      <h2 className={styles.title}>Bijdrage basisondersteuning</h2>
      <p className={styles.small}>
        Vaste voet × aantal zelfstandige schoollocaties + bedrag per leerling × aantal leerlingen.
      </p>
      <div className={styles.form}>
        <Field
          label="Schooljaar"
          hint={`Bijvoorbeeld 2020-2021. SOP Assistent kent de bedragen van ${Object.keys(financialTable).join(", ")}.`}
        >
          <Input value={draft.schooljaar} placeholder="2020-2021" onChange={set("schooljaar")} />
        </Field>
        <Field label="Aantal leerlingen">
          <Input value={draft.leerlingen} inputMode="numeric" onChange={set("leerlingen")} />
        </Field>
        <Field label="Aantal zelfstandige schoollocaties">
          <Input value={draft.locaties} inputMode="numeric" onChange={set("locaties")} />
        </Field>
        {known && (
          <p className={styles.small}>
            Bedragen voor {draft.schooljaar.trim()}: vaste voet {formatEuro(known.vasteVoet)} per
            zelfstandige schoollocatie en {formatEuro(known.perLeerling)} per leerling ({known.bron}
            ).
          </p>
        )}
        {unknownYear && (
          <>
            <p className={styles.small}>
              Voor schooljaar {draft.schooljaar.trim()} kent SOP Assistent de bedragen niet. Vul ze
              in zoals SPPOH ze heeft toegekend.
            </p>
            <Field label="Vaste voet per zelfstandige schoollocatie">
              {euroInput("vasteVoet")}
            </Field>
            <Field label="Bedrag per leerling">{euroInput("perLeerling")}</Field>
          </>
        )}
        <Field
          label="Bedrag volgens de school (optioneel)"
          hint="Het bedrag zoals het op de begroting van de school staat"
        >
          {euroInput("begroot")}
        </Field>
        <div role="status" aria-live="polite">
          <p className={styles.small}>Bijdrage basisondersteuning</p>
          <p className={styles.amount}>
            {result.amount !== null ? formatEuro(result.amount) : "nog niet te berekenen"}
          </p>
          {result.formula && <p className={styles.formula}>{result.formula}</p>}
        </div>
        {warnings.map((f, i) => (
          <MessageBar
            key={i}
            intent={
              f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "info"
            }
            layout="multiline"
          >
            <MessageBarBody>{f.message}</MessageBarBody>
          </MessageBar>
        ))}
        <p className={styles.small}>
          Wat u hier invult, staat meteen in het document
          {section ? ` (${[section.number, section.heading].filter(Boolean).join(" ")})` : ""}, ook
          de berekende bijdrage.
        </p>
      </div>
    </div>
  );
}
