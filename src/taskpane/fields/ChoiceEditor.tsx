import { Button, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { Field } from "../../model";
import { usePane } from "../usePane";
import { answersOf, labelOf } from "../values";
import { DoubleTick } from "./DoubleTick";

type ChoiceField = Extract<Field, { kind: "choice" }>;

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** A choice as a radio group: one answer, whatever boxes the document has ticked. */
export function ChoiceEditor({
  field,
  id,
  disabled,
}: {
  field: ChoiceField;
  id: string;
  disabled: boolean;
}) {
  const styles = useStyles();
  const { values, write } = usePane();
  const answers = answersOf(values[field.id]);
  const short = field.options.every((o) => o.label.length <= 12) && field.options.length <= 4;
  return (
    <div>
      {answers.length > 1 && <DoubleTick field={field} answers={answers} />}
      <div className={styles.row}>
        <RadioGroup
          id={id}
          layout={short ? "horizontal" : "vertical"}
          disabled={disabled}
          value={answers.length === 1 ? (answers[0] ?? "") : ""}
          onChange={(_, data) => write([{ field: field.id, value: data.value }])}
        >
          {field.options.map((o) => (
            <Radio key={o.key} value={o.key} label={o.label} />
          ))}
        </RadioGroup>
        {answers.length > 0 && !disabled && (
          <Button
            size="small"
            appearance="subtle"
            aria-label={`Antwoord wissen bij ${labelOf(field)}`}
            onClick={() => write([{ field: field.id, value: null }])}
          >
            Wissen
          </Button>
        )}
      </div>
    </div>
  );
}
