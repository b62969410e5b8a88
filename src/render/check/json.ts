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
    diagnostics: report.diagnostics,
    verdicts: report.verdicts,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
