import { useEffect, useState } from "react";
import type { RecognizedSop, SopDocument, SopState } from "../document/port";

/**
 * The document read by recognition, when it has no SOP fields of its own (a school's copy of the
 * model, or an SOP LibreOffice re-saved) and the host can recognize; undefined otherwise.
 */
export function useRecognition(
  document: SopDocument,
  state: SopState | undefined,
): RecognizedSop | undefined {
  const [recognized, setRecognized] = useState<RecognizedSop>();
  useEffect(() => {
    const hasFields = state?.detection.kind === "sop" && state.present.size > 0;
    if (!document.recognize || !state || hasFields) {
      setRecognized(undefined);
      return;
    }
    let alive = true;
    document.recognize().then(
      (r) => alive && setRecognized(r),
      () => alive && setRecognized(undefined),
    );
    return () => {
      alive = false;
    };
  }, [document, state]);
  return recognized;
}
