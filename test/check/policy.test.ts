import { describe, expect, it } from 'vitest';
import { applySeverities, exitCode, tally } from '../../src/check/policy.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const d = (code: string, severity: 'error' | 'warning', path: string, line: number): Diagnostic => ({ code, severity, message: code, source: path, line, column: 1, related: [] });

describe('applySeverities', () => {
  it('overrides, turns off, sorts by path and line, and drops exact duplicates', () => {
    const list = [d('figure/conflict', 'warning', 'b.txt', 1), d('quote/unattributed', 'warning', 'a.txt', 9), d('quote/variant-wording', 'error', 'a.txt', 2), d('quote/variant-wording', 'error', 'a.txt', 2)];
    const out = applySeverities(list, { 'figure/conflict': 'error', 'quote/unattributed': 'off' });
    expect(out.map((x) => [x.source, x.line, x.code, x.severity])).toEqual([
      ['a.txt', 2, 'quote/variant-wording', 'error'],
      ['b.txt', 1, 'figure/conflict', 'error'],
    ]);
  });

  it('takes severities from the code table, so a config can raise a note to an error', () => {
    // `figure/number-too-long` is a note (info) by default: check leaves it out until the config raises it.
    const note = { ...d('figure/number-too-long', 'error', 'a.txt', 3), severity: 'info' as const };
    expect(applySeverities([note], {})).toEqual([]);
    expect(applySeverities([note], { 'figure/number-too-long': 'error' }).map((x) => x.severity)).toEqual(['error']);
    // A stage's own idea of the severity does not count: the table's does.
    expect(applySeverities([d('quote/unclosed', 'error', 'a.txt', 1)], {}).map((x) => x.severity)).toEqual(['warning']);
  });
});

describe('exitCode', () => {
  const rows = [
    { errors: 0, warnings: 0, max: undefined, code: 0 },
    { errors: 0, warnings: 5, max: undefined, code: 0 },
    { errors: 1, warnings: 0, max: undefined, code: 1 },
    { errors: 0, warnings: 2, max: 2, code: 0 },
    { errors: 0, warnings: 3, max: 2, code: 1 },
    { errors: 0, warnings: 1, max: 0, code: 1 },
  ];
  it.each(rows)('$errors errors, $warnings warnings, --max-warnings $max → $code', ({ errors, warnings, max, code }) => {
    expect(exitCode({ errors, warnings }, max)).toBe(code);
  });
  it('counts errors and warnings', () => {
    expect(tally([d('x/y', 'error', 'a', 1), d('x/y', 'warning', 'a', 2), d('x/z', 'warning', 'a', 3)])).toEqual({ errors: 1, warnings: 2 });
  });
});
