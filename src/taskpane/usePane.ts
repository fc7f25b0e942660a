import { createContext, useContext } from "react";
import type { Template } from "../model";
import type { SopDocument, SopState } from "../document/port";
import type { Evaluation } from "../rules";
import type { PaneFinding } from "./severity";
import type { SopDocumentState } from "./useSopDocument";

/** Where the pane runs: inside Word, or the browser edition on a .docx file. */
export type Host = "word" | "browser";

/** What every view of an SOP gets: the document, its template, its values and what the rules say. */
export type PaneContextValue = SopDocumentState & {
  document: SopDocument;
  host: Host;
  template: Template;
  state: SopState;
  evaluation: Evaluation;
  /** The evaluation's findings as the pane shows them: "onvolledig" while they wait for input. */
  findings: readonly PaneFinding[];
  /** Those findings about each field (by its first field), without the per-section R-REQUIRED lists. */
  findingsByField: ReadonlyMap<string, readonly PaneFinding[]>;
  /** Opens the field in Invullen, focuses its editor and selects its control in the document. */
  goToField(fieldId: string): void;
  /** The field the person was last at in the pane, if any. */
  currentField(): string | undefined;
};

export const PaneContext = createContext<PaneContextValue | null>(null);

/** The pane's shared state; only views of a recognised SOP use it. */
export function usePane(): PaneContextValue {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane buiten een SOP-paneel gebruikt");
  return pane;
}
