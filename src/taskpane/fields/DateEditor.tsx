import { Input } from "@fluentui/react-components";
import type { Field } from "../../model";
import { formatIsoDate, parseDutchDate } from "../../rules";
import { usePane } from "../usePane";
import { dateText } from "../values";
import { useTypedText } from "./useTypedText";
import { withoutForbiddenCharacters } from "../../document/xml-chars";

type DateField = Extract<Field, { kind: "date" }>;

/**
 * A date, typed and shown as `23-11-2026` (Word sets real date pickers only on the desktop, so the
 * templates hold dates as text). Anything that is no date is written as typed for R-DATE to report.
 */
export function DateEditor({
  field,
  id,
  disabled,
}: {
  field: DateField;
  id: string;
  disabled: boolean;
}) {
  const { values, write, flush } = usePane();
  const { text, typed, tidy } = useTypedText(values[field.id], dateText);
  return (
    <Input
      id={id}
      value={text}
      disabled={disabled}
      inputMode="numeric"
      placeholder="dd-mm-jjjj"
      onChange={(_, data) => {
        const t = withoutForbiddenCharacters(data.value);
        const parsed = parseDutchDate(t);
        const value = t.trim() === "" ? null : parsed ? formatIsoDate(parsed) : t;
        typed(t, value);
        write([{ field: field.id, value }], "typing");
      }}
      onBlur={() => {
        tidy();
        void flush();
      }}
    />
  );
}
