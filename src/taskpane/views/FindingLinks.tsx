import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../rules";
import { usePane } from "../usePane";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
  link: { textAlign: "left" },
});

/** Findings as a list of links; a click opens the field in the pane and selects it in the document. */
export function FindingLinks({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  const { goToField } = usePane();
  return (
    <ul className={styles.list}>
      {findings.map((f, i) => (
        <li key={`${f.rule}-${i}`} className={styles.item}>
          {f.fields[0] !== undefined ? (
            <Link
              as="button"
              className={styles.link}
              onClick={() => goToField(f.fields[0] as string)}
            >
              {f.message}
            </Link>
          ) : (
            f.message
          )}
        </li>
      ))}
    </ul>
  );
}
