import type { Severity } from "../model";

/** What a finding proposes to write, e.g. the right computed value or a draft goal. */
export type Suggestion = { field: string; value: string | number };

/**
 * Why a finding may only mean that the school is not done yet (ADR 0027): "answer" — a field it is
 * about holds no answer yet (an empty text, an unticked box, a ticked row without its number);
 * "typing" — the text so far could still become right by typing on (`2` of `2025`, `23-11` of a
 * date, `1` of `12` where the norm is 4).
 */
export type Pending = "answer" | "typing";

/** One thing a rule found: which norm, how bad, about which fields, and what to do, in Dutch. */
export type Finding = {
  rule: string;
  /** What the finding means for the board, whatever `pending` says. */
  severity: Severity;
  fields: readonly string[];
  message: string;
  suggestion?: Suggestion;
  /**
   * Set when the finding may only say "not done yet": the pane shows it as "onvolledig" while the
   * school fills in; `sop check` and Klaar voor bestuur judge it by its severity alone.
   */
  pending?: Pending;
};

/** Filled against required fields. */
export type Progress = { filled: number; required: number };

/**
 * Where a document stands against one norm of its SWV: met; not met (an error finding of the norm);
 * or not to be judged yet (a field it needs is still empty).
 */
export type NormStatus = "met" | "not-met" | "incomplete";

/** One norm (a regional rule of the template) and its status. */
export type NormResult = {
  rule: string;
  status: NormStatus;
  /** A norm not met that the school answers with an ontwikkeldoel or the SWV's explanation. */
  answered: boolean;
  /** The fields the norm is about, in the order its checks name them. */
  fields: readonly string[];
  findings: readonly Finding[];
};

/** Everything the rules say about one document. */
export type Evaluation = {
  findings: readonly Finding[];
  /** Per section id, and overall. */
  progress: { sections: Readonly<Record<string, Progress>>; overall: Progress };
  /** Required fields (statically, or because of an answer) that are still empty, in document order. */
  missing: readonly string[];
  /** The value of every computed field (null when its inputs are not there yet). */
  computed: Readonly<Record<string, number | null>>;
  /** Every regional norm of the template, in the order of its checks. */
  norms: readonly NormResult[];
  /**
   * Ready for the board: every required field filled, no invalid value, no choice ticked twice, and
   * every norm not met answered (by an ontwikkeldoel or the explanation the SWV asks for).
   */
  ready: boolean;
};

/** What a message gets to say what is wrong. */
export type MessageParams = {
  /** The (short) label of the first field concerned. */
  label: string;
  /** The labels of all fields concerned. */
  labels: readonly string[];
  /** The text or answer as found in the document. */
  value?: string;
  /** Numbers a message may cite. */
  actual?: number;
  expected?: number;
  count?: number;
  /** Any further words (a section heading, an option label). */
  detail?: string;
  /** The norm of this finding is answered by a goal of the school: say so, ask for nothing. */
  answered?: boolean;
  /** The norm may be met, but only at its very limit (ZL-HGW score 3: exactly 75 %). */
  borderline?: boolean;
};

/** Message ids to Dutch text. */
export type MessageTable = Readonly<Record<string, (p: MessageParams) => string>>;
