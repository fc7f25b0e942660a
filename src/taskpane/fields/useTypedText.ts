import { useEffect, useRef, useState } from "react";
import type { FieldValue } from "../../model";

type Value = FieldValue | null | undefined;

const same = (a: Value, b: Value) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The text in an editor whose value is not its text (a number shown as `1.234`, a date as
 * `23-11-2026`): what the person types stays as typed while it is being written; a change from
 * elsewhere (the document) replaces it.
 */
export function useTypedText(value: Value, show: (v: Value) => string) {
  const [text, setText] = useState(() => show(value));
  const sent = useRef<Value>(value);
  const showRef = useRef(show);
  showRef.current = show;
  useEffect(() => {
    if (!same(value, sent.current)) {
      sent.current = value;
      setText(showRef.current(value));
    }
  }, [value]);
  return {
    text,
    /** The person typed `typed`, meaning `meant`. */
    typed(typed: string, meant: Value) {
      sent.current = meant;
      setText(typed);
    },
    /** Show the value in its own notation again (after leaving the editor). */
    tidy() {
      setText(showRef.current(sent.current));
    },
  };
}
