import { tally } from '../../check/policy.js';
import type { CheckReport } from '../../check/types.js';
import type { CheckRenderOptions } from './types.js';

/** The whole report as JSON, with a summary first so `jq .summary` is cheap. */
export function renderCheckJson(report: CheckReport, _options: CheckRenderOptions): string {
  const { errors, warnings } = tally(report.diagnostics);
  const out = {
    schemaVersion: 1,
    summary: { errors, warnings, files: report.files.length, quotesChecked: report.verdicts.length },
    files: report.files,
    // Located by path: `source` is written as `path`, as this report has always named it.
    diagnostics: report.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, path: d.source, line: d.line ?? 0, column: d.column ?? 0, related: d.related ?? [] })),
    verdicts: report.verdicts,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
