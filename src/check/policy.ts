import { compareDiagnostics, type Diagnostic, type Severity } from '../model/diagnostic.js';
import { severityOf } from '../model/codes.js';
import { EXIT } from '../model/exit.js';

export type SeveritySetting = Severity | 'off';

/**
 * Each diagnostic's final severity: the config's for its code, else the code table's. Codes set
 * to `off`, and notes (`info`), are left out; what remains is sorted, each problem once.
 */
export function applySeverities(list: readonly Diagnostic[], overrides: Readonly<Record<string, SeveritySetting>>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of list) {
    const s = Object.hasOwn(overrides, d.code) ? overrides[d.code]! : severityOf(d.code);
    if (s === 'off' || s === 'info') continue;
    out.push(s === d.severity ? d : { ...d, severity: s });
  }
  return dedupe(out.sort(compareDiagnostics));
}

export interface Tally {
  readonly errors: number;
  readonly warnings: number;
}

export function tally(list: readonly Diagnostic[]): Tally {
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** 1 when any error, or more warnings than `maxWarnings` (when given); else 0. */
export function exitCode(t: Tally, maxWarnings?: number): number {
  if (t.errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && t.warnings > maxWarnings) return EXIT.problems;
  return EXIT.ok;
}

/** The same problem reached twice (two conflicts over one pair) is reported once. */
function dedupe(sorted: readonly Diagnostic[]): Diagnostic[] {
  return sorted.filter((d, i) => i === 0 || compareDiagnostics(sorted[i - 1]!, d) !== 0);
}
