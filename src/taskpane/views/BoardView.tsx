import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
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
  open: { color: tokens.colorPaletteRedForeground1 },
});

/** What still stands between the document and the board: errors, empty required fields, signatures. */
export function BoardView() {
  const styles = useStyles();
  const { template, evaluation, values, goToField } = usePane();
  const errors = evaluation.findings.filter((f) => f.severity === "error");
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
            Het document heeft geen fouten meer en alle verplichte velden zijn ingevuld
            {signatures.length > 0 ? ", ook de ondertekening" : ""}.
            {warnings > 0 &&
              ` Er ${warnings === 1 ? "staat nog 1 waarschuwing" : `staan nog ${warnings} waarschuwingen`} bij Normen; kijk die nog even na.`}
          </MessageBarBody>
        </MessageBar>
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
                  <span className={done ? styles.done : styles.open}>
                    {done ? "ingevuld" : "ontbreekt"}
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
