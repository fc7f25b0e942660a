import type { Severity } from "../model";

/** What a finding proposes to write, e.g. the right computed value or a draft goal. */
export type Suggestion = { field: string; value: string | number };

/** One thing a rule found: which norm, how bad, about which fields, and what to do, in Dutch. */
export type Finding = {
  rule: string;
  severity: Severity;
  fields: readonly string[];
  message: string;
  suggestion?: Suggestion;
};

/** Filled against required fields. */
export type Progress = { filled: number; required: number };

/** Everything the rules say about one document. */
export type Evaluation = {
  findings: readonly Finding[];
  /** Per section id, and overall. */
  progress: { sections: Readonly<Record<string, Progress>>; overall: Progress };
  /** Required fields (statically, or because of an answer) that are still empty, in document order. */
  missing: readonly string[];
  /** The value of every computed field (null when its inputs are not there yet). */
  computed: Readonly<Record<string, number | null>>;
  /** No error and nothing missing: the document can go to the board. */
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
};

/** Message ids to Dutch text. */
export type MessageTable = Readonly<Record<string, (p: MessageParams) => string>>;
