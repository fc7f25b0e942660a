import type { Severity } from "../model";
import type { Finding } from "../rules";

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: "Fout",
  warning: "Waarschuwing",
  info: "Tip",
};

/** How the pane shows a finding: its severity, or "onvolledig" while it waits for more input. */
export type Shown = Severity | "incomplete";

export const SHOWN_LABEL: Readonly<Record<Shown, string>> = {
  ...SEVERITY_LABEL,
  incomplete: "Onvolledig",
};

/** A finding as the pane shows it while the school fills in (ADR 0027). */
export type PaneFinding = Finding & { shown: Shown };

/** Where the school is with filling in: the field they are typing in, the fields still empty. */
export type Filling = { editing: string | undefined; missing: readonly string[] };

/**
 * "Onvolledig" instead of the finding's severity while it may only mean "not done yet" (ADR 0027):
 * a text that could still become right, until the person leaves its field; a field without an answer
 * yet, until everything else the profile needs is filled in. Then it is what it is.
 */
export function shownAs(f: Finding, filling: Filling): Shown {
  if (f.pending === "typing")
    return filling.editing !== undefined && f.fields.includes(filling.editing)
      ? "incomplete"
      : f.severity;
  if (f.pending === "answer")
    return filling.missing.some((id) => !f.fields.includes(id)) ? "incomplete" : f.severity;
  return f.severity;
}

/** The findings with how the pane shows each. */
export function paneFindings(findings: readonly Finding[], filling: Filling): PaneFinding[] {
  return findings.map((f) => ({ ...f, shown: shownAs(f, filling) }));
}

const RANK: Readonly<Record<Shown, number>> = { error: 0, warning: 1, incomplete: 2, info: 3 };

/** Errors first, then warnings, then what is not complete yet, then hints; the rules' order within each. */
export function bySeverity<F extends Finding>(findings: readonly F[]): F[] {
  const rank = (f: F) => RANK["shown" in f ? (f as PaneFinding).shown : f.severity];
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

/** The state a Fluent Field shows for these findings: none while they only wait for more input. */
export function validationState(findings: readonly PaneFinding[]): "error" | "warning" | "none" {
  if (findings.some((f) => f.shown === "error")) return "error";
  if (findings.some((f) => f.shown === "warning")) return "warning";
  return "none";
}
