import { Input } from "@fluentui/react-components";
import type { Field } from "../../model";
import { parseDutchNumber } from "../../rules";
import { usePane } from "../usePane";
import { numberText } from "../values";
import { useTypedText } from "./useTypedText";
import { withoutForbiddenCharacters } from "../../document/xml-chars";

type NumberField = Extract<Field, { kind: "number" }>;

/**
 * A number in Dutch notation (`1.234`, `12,5`). What does not parse is written as typed, so the
 * document shows what the person wrote and the R-NUMBER finding says what is wrong.
 */
export function NumberEditor({
  field,
  id,
  disabled,
}: {
  field: NumberField;
  id: string;
  disabled: boolean;
}) {
  const { values, write, flush } = usePane();
  const group = field.unit !== "year";
  const { text, typed, tidy } = useTypedText(values[field.id], (v) => numberText(v, group));
  return (
    <Input
      id={id}
      value={text}
      disabled={disabled}
      inputMode="decimal"
      placeholder={field.default !== undefined ? numberText(field.default, group) : undefined}
      contentBefore={field.unit === "euro" ? "€" : null}
      contentAfter={field.unit === "percent" ? "%" : field.unit === "fte" ? "fte" : null}
      onChange={(_, data) => {
        const t = withoutForbiddenCharacters(data.value);
        const parsed = parseDutchNumber(t);
        const value = t.trim() === "" ? null : parsed.ok ? parsed.value : t;
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
