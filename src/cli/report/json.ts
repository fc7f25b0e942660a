import type { FileResult } from "../../report/check-file";
import { CONTRACT_STATUS } from "../../report/norm-status";

/** One file of the `check --format json` report, as architecture.md's CLI contract gives it. */
export function jsonFile(r: FileResult) {
  return r.kind === "checked"
    ? {
        file: r.file,
        school: r.school ?? null,
        template: r.template.id,
        version: r.version,
        source: r.source,
        ready: r.ready,
        progress: { filled: r.progress.filled, required: r.progress.required },
        findings: r.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          fields: [...f.fields],
          message: f.message,
        })),
        norms: r.norms.map((n) => ({ rule: n.rule, status: CONTRACT_STATUS[n.status] })),
      }
    : {
        file: r.file,
        school: null,
        template: null,
        version: null,
        ready: false,
        progress: null,
        findings: [],
        norms: [],
        error: r.error,
      };
}

/** The whole `check --format json` report. */
export function jsonReport(results: readonly FileResult[]): string {
  return `${JSON.stringify({ files: results.map(jsonFile) }, null, 2)}\n`;
}
