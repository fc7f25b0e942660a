import {
  Checkbox,
  Field as FluentField,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Field } from "../../model";
import { formulaText } from "../formula";
import { validationState } from "../severity";
import { usePane } from "../usePane";
import { domId, labelOf } from "../values";
import { ChoiceEditor } from "./ChoiceEditor";
import { computedText } from "./computed-text";
import { DateEditor } from "./DateEditor";
import { FindingMessages } from "./FindingMessages";
import { NumberEditor } from "./NumberEditor";
import { TextEditor } from "./TextEditor";

const useStyles = makeStyles({
  field: { marginBottom: tokens.spacingVerticalM },
});

/** One field with the editor its kind needs, its label, hint and the findings about it. */
export function FieldEditor({ field }: { field: Field }) {
  const styles = useStyles();
  const { values, write, evaluation, state, findingsByField, template } = usePane();
  const id = domId(field.id);
  const findings = findingsByField.get(field.id) ?? [];
  const missing = evaluation.missing.includes(field.id);
  // A field the document has no control for cannot be written (an older version of the template).
  const absent = !state.present.has(field.id);
  // Text with Word's "Verborgen" effect is not shown, so it is no answer; the person should know.
  const hidden = state.hiddenText?.has(field.id)
    ? "Dit veld bevat verborgen tekst (opmaak Verborgen in Word); die telt niet als antwoord."
    : undefined;
  const hint = absent
    ? "Dit veld staat niet in het document."
    : hidden && field.hint
      ? `${hidden} ${field.hint}`
      : (hidden ?? field.hint);
  const common = {
    className: styles.field,
    validationState: validationState(findings),
    // Each message carries its own severity icon, and the pane's one polite live region announces
    // new messages: Fluent's icon and its role="alert" (read out at once, mid-typing) are left off.
    validationMessageIcon: null,
    ...(findings.length > 0
      ? {
          validationMessage: {
            children: <FindingMessages findings={findings} />,
            role: undefined,
          },
        }
      : {}),
  } as const;

  if (field.kind === "tick") {
    return (
      <div data-field={field.id}>
        <FluentField {...common} {...(hint !== undefined ? { hint } : {})}>
          <Checkbox
            id={id}
            label={labelOf(field)}
            disabled={absent}
            checked={values[field.id] === true}
            onChange={(_, data) => write([{ field: field.id, value: data.checked === true }])}
          />
        </FluentField>
      </div>
    );
  }

  const shownHint =
    field.kind === "computed" ? `Berekend: ${formulaText(template, field.formula)}` : hint;
  const fieldProps = {
    ...common,
    label: labelOf(field),
    required: field.required || missing,
    ...(shownHint !== undefined ? { hint: shownHint } : {}),
  };
  return (
    <div data-field={field.id}>
      <FluentField {...fieldProps}>
        {field.kind === "text" || field.kind === "richText" ? (
          <TextEditor field={field} id={id} disabled={absent} />
        ) : field.kind === "number" ? (
          <NumberEditor field={field} id={id} disabled={absent} />
        ) : field.kind === "date" ? (
          <DateEditor field={field} id={id} disabled={absent} />
        ) : field.kind === "choice" ? (
          <ChoiceEditor field={field} id={id} disabled={absent} />
        ) : field.kind === "computed" ? (
          <Input id={id} readOnly value={computedText(field, evaluation.computed[field.id])} />
        ) : null}
      </FluentField>
    </div>
  );
}
