import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Field } from "../../model";
import { usePane } from "../usePane";
import { labelOf } from "../values";

type ChoiceField = Extract<Field, { kind: "choice" }>;

/**
 * A choice ticked more than once in the document, with a button per answer to keep only that one.
 * The buttons go with the problem, so focus goes to the answer kept (not lost to the page).
 */
export function DoubleTick({ field, answers }: { field: ChoiceField; answers: readonly string[] }) {
  const { write, goToField } = usePane();
  const names = answers.map((a) => field.options.find((o) => o.key === a)?.label ?? a);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Dubbel aangevinkt</MessageBarTitle>
        In het document zijn bij {labelOf(field)} {answers.length} antwoorden aangevinkt:{" "}
        {names.join(" en ")}. Kies het juiste antwoord.
      </MessageBarBody>
      <MessageBarActions>
        {answers.map((a, i) => (
          <Button
            key={a}
            size="small"
            onClick={() => {
              write([{ field: field.id, value: a }]);
              goToField(field.id);
            }}
            aria-label={`Alleen "${names[i] ?? a}" houden bij ${labelOf(field)}`}
          >
            Alleen {names[i] ?? a}
          </Button>
        ))}
      </MessageBarActions>
    </MessageBar>
  );
}
