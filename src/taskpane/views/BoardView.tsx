import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { hintsToClear } from "../../rules";
import { usePane } from "../usePane";
import { isFilled, labelOf, velden } from "../values";
import { FindingLinks } from "./FindingLinks";
import { OnePageButton } from "./OnePageButton";

const useStyles = makeStyles({
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS}`,
  },
  section: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  done: { color: tokens.colorPaletteGreenForeground1 },
  final: { marginTop: tokens.spacingVerticalM },
  open: { color: tokens.colorPaletteRedForeground1 },
});

/** What still stands between the document and the board: errors, empty required fields, signatures. */
export function BoardView() {
  const styles = useStyles();
  const { template, evaluation, values, goToField } = usePane();
  // A norm not met that the school answers (an ontwikkeldoel) no longer stands in the way.
  const answered = new Set(evaluation.norms.filter((n) => n.answered).map((n) => n.rule));
  const errors = evaluation.findings.filter((f) => f.severity === "error" && !answered.has(f.rule));
  const warnings = evaluation.findings.filter((f) => f.severity === "warning").length;
  const missing = new Set(evaluation.missing);
  const sections = template.sections
    .map((s) => ({
      section: s,
      fields: template.fields.filter((e) => e.sectionId === s.id && missing.has(e.field.id)),
    }))
    .filter((g) => g.fields.length > 0);
  const signatures = template.fields.filter((e) => e.field.id.startsWith("ondertekening."));

  if (evaluation.ready) {
    return (
      <div>
        <OnePageButton />
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Klaar voor het bestuur</MessageBarTitle>
            Alle verplichte velden zijn ingevuld
            {signatures.length > 0 ? ", ook de ondertekening," : ""} en er staat geen ongeldige
            waarde in.
            {answered.size > 0 &&
              " Normen die de school niet haalt, zijn beantwoord met een ontwikkeldoel; het bestuur ziet ze bij Normen."}
            {warnings > 0 &&
              ` Er ${warnings === 1 ? "staat nog 1 waarschuwing" : `staan nog ${warnings} waarschuwingen`} bij Normen; kijk die nog even na.`}
          </MessageBarBody>
        </MessageBar>
        <FinalStep />
      </div>
    );
  }

  return (
    <div>
      <OnePageButton />
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Nog niet klaar voor het bestuur</MessageBarTitle>
          {[
            errors.length > 0 ? `${errors.length} ${errors.length === 1 ? "fout" : "fouten"}` : "",
            missing.size > 0 ? `${velden(missing.size)} in te vullen` : "",
          ]
            .filter(Boolean)
            .join(" en ")}
          .
        </MessageBarBody>
      </MessageBar>
      {errors.length > 0 && (
        <section aria-labelledby="bestuur-fouten">
          <h2 id="bestuur-fouten" className={styles.title}>
            Fouten ({errors.length})
          </h2>
          <FindingLinks findings={errors} />
        </section>
      )}
      {sections.length > 0 && (
        <section aria-labelledby="bestuur-ontbreekt">
          <h2 id="bestuur-ontbreekt" className={styles.title}>
            Nog in te vullen ({missing.size})
          </h2>
          {sections.map(({ section, fields }) => (
            <div key={section.id}>
              <h3 className={styles.section}>
                {[section.number, section.heading].filter(Boolean).join(" ")}
              </h3>
              <ul className={styles.list}>
                {fields.map(({ field }) => (
                  <li key={field.id}>
                    <Link as="button" onClick={() => goToField(field.id)}>
                      {labelOf(field)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {signatures.length > 0 && (
        <section aria-labelledby="bestuur-ondertekening">
          <h2 id="bestuur-ondertekening" className={styles.title}>
            Ondertekening
          </h2>
          <ul className={styles.list}>
            {signatures.map(({ field }) => {
              const done = isFilled(values[field.id]);
              return (
                <li key={field.id}>
                  <Link as="button" onClick={() => goToField(field.id)}>
                    {labelOf(field)}
                  </Link>
                  :{" "}
                  <span className={done || !field.required ? styles.done : styles.open}>
                    {/* The board adopts the SOP after receiving it: its date and name may follow. */}
                    {done
                      ? "ingevuld"
                      : field.required
                        ? "ontbreekt"
                        : "mag volgen bij vaststelling"}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

/**
 * "Definitief maken": the grey hints of the fields left empty that are not required (hours on a
 * "Nee" row, an unused "Anders" row) are emptied, so the SOP prints no hint (ADR 0005).
 */
function FinalStep() {
  const styles = useStyles();
  const { template, values, evaluation, state, document } = usePane();
  const [done, setDone] = useState(false);
  const [failed, setFailed] = useState(false);
  const fields = hintsToClear(template, values, evaluation).filter((id) => state.present.has(id));
  return (
    <section aria-labelledby="bestuur-definitief" className={styles.final}>
      <h2 id="bestuur-definitief" className={styles.title}>
        Definitief maken
      </h2>
      {done || fields.length === 0 ? (
        <p>Het document toont geen grijze aanwijzingen meer: zo kan het naar het bestuur.</p>
      ) : (
        <>
          <p>
            {fields.length === 1
              ? "1 veld dat niet verplicht is, is leeg en toont nog een grijze aanwijzing."
              : `${fields.length} velden die niet verplicht zijn, zijn leeg en tonen nog een grijze aanwijzing.`}{" "}
            Definitief maken haalt die aanwijzingen weg, zodat ze niet worden afgedrukt.
          </p>
          <Button
            appearance="primary"
            onClick={() => {
              // Straight to the document: the pane's typing queue carries values, not hints.
              document.write(fields.map((field) => ({ field, value: null, placeholder: "" }))).then(
                () => setDone(true),
                () => setFailed(true),
              );
            }}
          >
            Definitief maken
          </Button>
          {failed && (
            <p role="alert">
              Het document kon niet definitief worden gemaakt. Probeer het opnieuw of wis de grijze
              aanwijzingen in Word zelf.
            </p>
          )}
        </>
      )}
    </section>
  );
}
