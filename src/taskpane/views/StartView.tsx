import { useEffect, useRef } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { wordMessage } from "../../document/word/messages";
import { usePane } from "../usePane";
import { velden } from "../values";
import { problemText } from "./problems";

const useStyles = makeStyles({
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  line: { margin: `${tokens.spacingVerticalXS} 0` },
  block: { marginTop: tokens.spacingVerticalL, display: "grid", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Word's notice that Track Changes is on: about this document and how the pane writes to it, not
 * something this version of Word cannot do, so it stands apart from the limitations.
 */
const TRACKED_CHANGES = wordMessage("tracked-changes");

/**
 * The recognised template, the school, overall progress and what this host cannot do. Just opened
 * (`land`), focus goes to the document's heading, so a screen reader says what was opened and the
 * next Tab reaches "Begin met invullen".
 */
export function StartView({
  onContinue,
  land = false,
  onLanded,
}: {
  onContinue(): void;
  land?: boolean;
  onLanded?(): void;
}) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!land) return;
    heading.current?.focus();
    onLanded?.();
  }, [land, onLanded]);
  const { template, values, evaluation, document, state } = usePane();
  const school = template.schoolField ? values[template.schoolField] : undefined;
  const { filled, required } = evaluation.progress.overall;
  const open = required - filled;
  const notices = document.limitations();
  const tracked = notices.includes(TRACKED_CHANGES);
  const limitations = notices.filter((l) => l !== TRACKED_CHANGES);
  return (
    <div>
      <h2 className={styles.title} ref={heading} tabIndex={-1}>
        {template.name}
      </h2>
      <p className={styles.line}>Samenwerkingsverband: {template.swv}</p>
      {template.schoolField && (
        <p className={styles.line}>
          School:{" "}
          {typeof school === "string" && school.trim() !== "" ? school : "nog niet ingevuld"}
        </p>
      )}
      <div className={styles.block}>
        <Field
          label={
            open > 0 ? `Nog ${velden(open)} in te vullen` : "Alle verplichte velden zijn ingevuld"
          }
          hint={`${filled} van ${required} verplichte velden ingevuld`}
        >
          <ProgressBar
            value={required === 0 ? 1 : filled / required}
            color={open === 0 ? "success" : "brand"}
          />
        </Field>
        <div>
          <Button appearance="primary" onClick={onContinue}>
            {filled === 0 ? "Begin met invullen" : "Verder met invullen"}
          </Button>
        </div>
        {tracked && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Revisies in dit document</MessageBarTitle>
              {TRACKED_CHANGES}
            </MessageBarBody>
          </MessageBar>
        )}
        {limitations.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Niet alles kan in deze versie van Word</MessageBarTitle>
              <ul className={styles.list}>
                {limitations.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {state.problems.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Let op: velden in het document</MessageBarTitle>
              <ul className={styles.list}>
                {state.problems.map((p, i) => (
                  <li key={i}>{problemText(p)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
