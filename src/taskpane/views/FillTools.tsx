import { Button, Link, SearchBox, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { nextField, problemFields, searchFields } from "../navigation";
import { usePane } from "../usePane";
import { labelOf } from "../values";

const useStyles = makeStyles({
  tools: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  search: { maxWidth: "100%", width: "100%" },
  results: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  result: { marginBottom: tokens.spacingVerticalXXS },
  none: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  section: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Ways to the next thing to do: the next empty field, the next problem, a field by its label. */
export function FillTools() {
  const styles = useStyles();
  const { template, evaluation, findings, goToField, currentField } = usePane();
  const [query, setQuery] = useState("");
  const resultsId = useId();
  const problems = useMemo(() => problemFields(template, findings), [template, findings]);
  const found = useMemo(() => searchFields(template, query), [template, query]);
  const go = (candidates: readonly string[]) => {
    const next = nextField(template, candidates, currentField());
    if (next !== undefined) goToField(next);
  };
  const sectionOf = (id: string) => {
    const section = template.sections.find((s) => s.id === template.byId.get(id)?.sectionId);
    return section ? [section.number, section.heading].filter(Boolean).join(" ") : "";
  };
  return (
    <div className={styles.tools}>
      <div className={styles.buttons}>
        <Button
          size="small"
          disabled={evaluation.missing.length === 0}
          onClick={() => go(evaluation.missing)}
        >
          Volgende leeg veld
        </Button>
        <Button size="small" disabled={problems.length === 0} onClick={() => go(problems)}>
          Volgende probleem
        </Button>
      </div>
      <SearchBox
        className={styles.search}
        size="small"
        placeholder="Zoek een veld"
        aria-label="Zoek een veld op zijn naam"
        aria-controls={resultsId}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      {/* Always there: aria-controls must point at it, and a live region is heard only when it
          exists before its content changes. */}
      <div id={resultsId} aria-live="polite">
        {query.trim() !== "" &&
          (found.length === 0 ? (
            <p className={styles.none}>Geen veld gevonden met “{query.trim()}”.</p>
          ) : (
            <ul className={styles.results} aria-label="Gevonden velden">
              {found.map((id) => {
                const field = template.byId.get(id)?.field;
                return field ? (
                  <li key={id} className={styles.result}>
                    <Link as="button" onClick={() => goToField(id)}>
                      {labelOf(field)}
                    </Link>{" "}
                    <span className={styles.section}>({sectionOf(id)})</span>
                  </li>
                ) : null;
              })}
            </ul>
          ))}
      </div>
    </div>
  );
}
