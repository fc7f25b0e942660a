import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../rules";
import { bySeverity, type PaneFinding } from "../severity";
import { usePane } from "../usePane";
import { labelOf } from "../values";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "block" },
  icon: { marginRight: tokens.spacingHorizontalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground1 },
  incomplete: { color: tokens.colorNeutralForeground2 },
  // Said in words as well: the field's description then starts with it for a screen reader too.
  word: { fontWeight: tokens.fontWeightSemibold },
  action: { marginTop: tokens.spacingVerticalXXS },
});

/** The same message once, even when two checks (or two fields of a row) say it. */
function once(findings: readonly PaneFinding[]): PaneFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.shown}\n${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The findings about a field, beside it, each with its severity's icon and colour ("Onvolledig" in
 * grey while it only waits for more input); a finding that proposes a value offers to write it.
 */
export function FindingMessages({ findings }: { findings: readonly PaneFinding[] }) {
  const styles = useStyles();
  const { write, template, goToField } = usePane();
  return (
    <span className={styles.list}>
      {once(bySeverity(findings)).map((f, i) => {
        const suggestion = f.suggestion;
        const target = suggestion && template.byId.get(suggestion.field)?.field;
        return (
          <span key={`${f.rule}-${i}`} className={`${styles.item} ${styles[f.shown]}`}>
            <SeverityIcon
              severity={f.shown}
              className={styles.icon}
              decorative={f.shown === "incomplete"}
            />
            {f.shown === "incomplete" && <span className={styles.word}>Onvolledig: </span>}
            {f.message}
            {suggestion && target && (
              <span className={styles.action}>
                {" "}
                <Button
                  size="small"
                  appearance="outline"
                  aria-label={`Voorstel overnemen bij ${labelOf(target)}: ${
                    typeof suggestion.value === "number"
                      ? formatNumber(suggestion.value)
                      : suggestion.value
                  }`}
                  onClick={() => {
                    write([{ field: suggestion.field, value: suggestion.value }]);
                    // The button goes with the message: focus goes to what was written.
                    goToField(suggestion.field);
                  }}
                >
                  Voorstel overnemen
                </Button>
              </span>
            )}
          </span>
        );
      })}
    </span>
  );
}
