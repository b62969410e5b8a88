import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../src/model/fact.js';
import { articleCases, ROOT, runCase, runOn } from './support/fixtures.js';

/** Every evidence of every fact: text === fileText.slice(start, end), and line/column point at start. */
function assertProvenance(result: RunResult): number {
  const texts = new Map(result.sources.map((s) => [s.id, readFileSync(join(ROOT, s.path), 'utf8')]));
  let checked = 0;
  for (const fact of result.facts) {
    expect(fact.evidence.length, fact.id).toBeGreaterThan(0);
    for (const e of fact.evidence) {
      const text = texts.get(e.source)!;
      expect(text.slice(e.start, e.end), `${fact.id} @ ${e.source}:${e.start}`).toBe(e.text);
      const lineStart = text.split(/\r\n|\r|\n/).slice(0, e.line - 1).reduce((n, l, i, all) => n + l.length + eolLength(text, n + l.length), 0);
      expect(lineStart + e.column - 1, `${fact.id} line/column`).toBe(e.start);
      checked++;
    }
    expect(new Set(fact.sources)).toEqual(new Set(fact.evidence.map((e) => e.source)));
  }
  for (const c of result.conflicts) for (const d of c.details) expect(texts.has(d.source)).toBe(true);
  return checked;
}

function eolLength(text: string, at: number): number {
  return text.startsWith('\r\n', at) ? 2 : 1;
}

describe('provenance', () => {
  it('holds for every evidence on the seeds', async () => {
    expect(assertProvenance(await runOn(['seeds'], '2025-08-18'))).toBeGreaterThan(100);
  });
  for (const name of articleCases()) {
    it(`holds for every evidence in fixtures/${name}`, async () => {
      expect(assertProvenance(await runCase(name))).toBeGreaterThan(10);
    });
  }
});
