import type { CheckDiagnostic, CheckSeverity } from './types.js';
import { compareDiagnostics } from './types.js';

export type SeveritySetting = CheckSeverity | 'off';

/** Exit codes of `check`: 0 clean, 1 errors (or too many warnings), 2 could not run. */
export const CHECK_EXIT = { ok: 0, problems: 1, failure: 2 } as const;

/** Config overrides applied: a code set to `off` disappears, others take the configured severity. Sorted. */
export function applySeverities(list: readonly CheckDiagnostic[], overrides: Readonly<Record<string, SeveritySetting>>): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  for (const d of list) {
    const s = Object.hasOwn(overrides, d.code) ? overrides[d.code]! : d.severity;
    if (s === 'off') continue;
    out.push(s === d.severity ? d : { ...d, severity: s });
  }
  return dedupe(out.sort(compareDiagnostics));
}

export interface Tally {
  readonly errors: number;
  readonly warnings: number;
}

export function tally(list: readonly CheckDiagnostic[]): Tally {
  let errors = 0;
  for (const d of list) if (d.severity === 'error') errors++;
  return { errors, warnings: list.length - errors };
}

/** 1 when any error, or more warnings than `maxWarnings` (when given); else 0. */
export function exitCode(t: Tally, maxWarnings?: number): number {
  if (t.errors > 0) return CHECK_EXIT.problems;
  if (maxWarnings !== undefined && t.warnings > maxWarnings) return CHECK_EXIT.problems;
  return CHECK_EXIT.ok;
}

/** The same problem reached twice (two conflicts over one pair) is reported once. */
function dedupe(sorted: readonly CheckDiagnostic[]): CheckDiagnostic[] {
  return sorted.filter((d, i) => i === 0 || compareDiagnostics(sorted[i - 1]!, d) !== 0);
}
