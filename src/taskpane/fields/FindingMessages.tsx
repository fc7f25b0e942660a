import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../rules";
import { formatNumber } from "../../rules";
import { SEVERITY_LABEL, bySeverity } from "../severity";
import { usePane } from "../usePane";
import { labelOf } from "../values";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "block" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
  action: { marginTop: tokens.spacingVerticalXXS },
});

/**
 * The findings about a field, beside it; a finding that proposes a value offers to write it. Inside a
 * Fluent Field the field colours the message; elsewhere (`colored`) each finding has its own colour.
 */
export function FindingMessages({
  findings,
  colored = false,
}: {
  findings: readonly Finding[];
  colored?: boolean;
}) {
  const styles = useStyles();
  const { write, template } = usePane();
  return (
    <span className={styles.list}>
      {bySeverity(findings).map((f, i) => {
        const suggestion = f.suggestion;
        const target = suggestion && template.byId.get(suggestion.field)?.field;
        return (
          <span
            key={`${f.rule}-${i}`}
            className={colored ? `${styles.item} ${styles[f.severity]}` : styles.item}
          >
            {f.severity === "info" ? `${SEVERITY_LABEL.info}: ` : ""}
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
                  onClick={() => write([{ field: suggestion.field, value: suggestion.value }])}
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
