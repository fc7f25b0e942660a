import type { FileResult } from "../check-file";

/** The `check --format json` report, exactly as architecture.md's CLI contract gives it. */
export function jsonReport(results: readonly FileResult[]): string {
  const files = results.map((r) =>
    r.kind === "checked"
      ? {
          file: r.file,
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
        }
      : {
          file: r.file,
          template: null,
          version: null,
          ready: false,
          progress: null,
          findings: [],
          error: r.error,
        },
  );
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
