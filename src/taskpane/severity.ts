import type { Severity } from "../model";
import type { Finding } from "../rules";

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: "Fout",
  warning: "Waarschuwing",
  info: "Tip",
};

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then hints; the rules' order within each. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** The state a Fluent Field shows for these findings. */
export function validationState(findings: readonly Finding[]): "error" | "warning" | "none" {
  if (findings.some((f) => f.severity === "error")) return "error";
  if (findings.some((f) => f.severity === "warning")) return "warning";
  return "none";
}
