import { Input, Textarea } from "@fluentui/react-components";
import type { Field } from "../../model";
import { usePane } from "../usePane";
import { withoutForbiddenCharacters } from "../../document/xml-chars";

type TextField = Extract<Field, { kind: "text" | "richText" }>;

/** A one-line text (Input) or a text of several lines or paragraphs (Textarea). */
export function TextEditor({
  field,
  id,
  disabled,
}: {
  field: TextField;
  id: string;
  disabled: boolean;
}) {
  const { values, write, flush } = usePane();
  const raw = values[field.id];
  const value = typeof raw === "string" ? raw : typeof raw === "number" ? String(raw) : "";
  // A character no Word document can hold (a pasted control character) is dropped as it comes in.
  const change = (typed: string) => {
    const text = withoutForbiddenCharacters(typed);
    write([{ field: field.id, value: text === "" ? null : text }], "typing");
  };
  const multi = field.kind === "richText" || field.multiline === true;
  return multi ? (
    <Textarea
      id={id}
      value={value}
      disabled={disabled}
      resize="vertical"
      rows={field.kind === "richText" ? 4 : 3}
      onChange={(_, data) => change(data.value)}
      onBlur={() => void flush()}
    />
  ) : (
    <Input
      id={id}
      value={value}
      disabled={disabled}
      onChange={(_, data) => change(data.value)}
      onBlur={() => void flush()}
    />
  );
}
