import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../src/check/types.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { checkRenderers } from '../../../src/render/check/index.js';
import { xmlProblems } from './xml-check.js';

const dir = 'fixtures/check-golden';
// readFileSync throws when an expected file is missing: the test fails, it never writes one.
const golden = (name: string) => readFileSync(`${dir}/${name}`, 'utf8');
// report.json is a `check --format json` report: its diagnostics name their file `path`, which is `source` in memory.
const raw = JSON.parse(golden('report.json')) as CheckReport & { diagnostics: Array<Diagnostic & { path: string | null }> };
const report: CheckReport = { ...raw, diagnostics: raw.diagnostics.map(({ path, ...d }) => ({ ...d, source: path })) };

describe('check renderers against golden files', () => {
  it('github output matches expected.github.txt byte for byte', () => {
    expect(checkRenderers.github(report, { color: false })).toBe(golden('expected.github.txt'));
  });

  it('junit output matches expected.junit.xml byte for byte', () => {
    expect(checkRenderers.junit(report, { color: false })).toBe(golden('expected.junit.xml'));
  });

  it('junit output is well-formed XML', () => {
    expect(xmlProblems(checkRenderers.junit(report, { color: false }))).toEqual([]);
  });
});
