import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { canonicalFact } from '../../src/render/canonical.js';
import type { Fact, RunResult } from '../../src/model/index.js';
import { S0, S1, S2, actor, date, diagnostic, figure, quote, reverseKeys, sampleResult } from './sample-result.js';

const options = { color: false, width: 100 };
const parsed = (result: RunResult): Record<string, any> => JSON.parse(renderJson(result, options));

describe('json renderer', () => {
  it('is pretty-printed with 2 spaces and ends with one newline', () => {
    const out = renderJson(sampleResult(), options);
    expect(out.startsWith('{\n  "schemaVersion": 1,\n  "sources": [\n    {\n')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
  });

  it('is byte-identical across runs and whatever order the objects were built in', () => {
    const first = renderJson(sampleResult(), options);
    expect(renderJson(sampleResult(), options)).toBe(first);
    expect(renderJson(reverseKeys(sampleResult()), options)).toBe(first);
  });

  it('round-trips through JSON.parse to the same data', () => {
    expect(parsed(sampleResult())).toEqual(sampleResult());
  });

  it('orders top-level, source, conflict and diagnostic keys', () => {
    const out = parsed(reverseKeys(sampleResult()));
    expect(Object.keys(out)).toEqual(['schemaVersion', 'sources', 'facts', 'conflicts', 'diagnostics']);
    expect(Object.keys(out.sources[0])).toEqual(['id', 'path', 'chars', 'sha256', 'outlet']);
    expect(Object.keys(out.conflicts[0])).toEqual(['id', 'type', 'facts', 'sources', 'message', 'details']);
    expect(Object.keys(out.conflicts[0].details[0])).toEqual(['source', 'fact', 'value', 'evidence']);
    expect(Object.keys(out.conflicts[0].details[0].evidence)).toEqual(['start', 'end', 'line', 'column']);
    // Extras after the fixed six, sorted: end, start.
    expect(Object.keys(out.diagnostics[0])).toEqual(['code', 'severity', 'message', 'source', 'line', 'column', 'end', 'start']);
  });

  const base = ['id', 'type', 'status', 'sources', 'conflicts'];
  const span = ['source', 'start', 'end', 'line', 'column', 'text', 'rule'];
  it.each([
    { fact: actor(), keys: [...base, 'name', 'kind', 'aliases', 'roles', 'evidence'], evidenceKeys: span },
    { fact: quote(), keys: [...base, 'text', 'speaker', 'speakerName', 'partial', 'evidence'],
      evidenceKeys: [...span, 'speaker', 'speakerName', 'speakerText', 'speakerRule', 'cue', 'confidence', 'partial'] },
    { fact: figure(), keys: [...base, 'value', 'unit', 'qualifier', 'min', 'max', 'subject', 'evidence'], evidenceKeys: span },
    { fact: date(), keys: [...base, 'value', 'granularity', 'event', 'evidence'], evidenceKeys: span },
  ])('orders $fact.type fact and evidence keys', ({ fact, keys, evidenceKeys }) => {
    const out = canonicalFact(reverseKeys(fact));
    expect(Object.keys(out)).toEqual(keys);
    expect(Object.keys((out.evidence as object[])[0]!)).toEqual(evidenceKeys);
  });

  it('keeps unknown fields, sorted, before evidence, and sorts keys inside unknown objects', () => {
    const relative = { type: 'weekday', n: 5, direction: -1 };
    const fact = { ...date(), zeta: 1, relative, alpha: 'x' } as unknown as Fact;
    const out = canonicalFact(fact);
    expect(Object.keys(out)).toEqual([...base, 'value', 'granularity', 'event', 'alpha', 'relative', 'zeta', 'evidence']);
    expect(Object.keys(out.relative as object)).toEqual(['direction', 'n', 'type']);
  });

  it('appends unknown evidence extras after the known ones, sorted', () => {
    const q = quote();
    const ev = { zz: true, ...q.evidence[0]!, aa: 2 };
    const out = canonicalFact({ ...q, evidence: [ev] });
    expect(Object.keys((out.evidence as object[])[0]!).slice(-3)).toEqual(['partial', 'aa', 'zz']);
  });

  it('does not re-sort arrays: order is decided upstream', () => {
    const result = sampleResult({ facts: [date(), actor({ sources: [S2, S0] })], diagnostics: [diagnostic({ source: S1 }), diagnostic({ source: S0 })] });
    const out = parsed(result);
    expect(out.facts.map((f: Fact) => f.type)).toEqual(['date', 'actor']);
    expect(out.facts[1].sources).toEqual([S2, S0]);
    expect(out.diagnostics.map((d: { source: string }) => d.source)).toEqual([S1, S0]);
  });

  it('writes numbers as JSON numbers', () => {
    const out = renderJson(sampleResult({ facts: [figure({ value: 2.5, min: 2, max: 3 })] }), options);
    expect(out).toContain('"value": 2.5,');
    expect(out).toContain('"min": 2,');
    expect(out).toContain('"max": 3,');
    expect(renderJson(sampleResult({ facts: [quote()] }), options)).toContain('"confidence": 0.9,');
  });
});
