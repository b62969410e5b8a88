import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import type { SourceMentions } from '../../src/model/extraction.js';
import type { FigureMention } from '../../src/model/mention.js';
import { mentionsOf } from './helpers.js';

describe('reconcileFigures', () => {
  it('merges hedged equal amounts from two sources and keeps other currencies apart', () => {
    const { facts, conflicts } = reconcileFigures([
      mentionsOf('a', 'The airline agreed to buy about $12 billion worth of new jets.'),
      mentionsOf('b', 'The airline agreed to purchase roughly $12 billion in new jets.'),
      mentionsOf('c', 'The airline agreed to buy €12 billion of new jets.'),
    ]);
    expect(conflicts).toEqual([]);
    const usd = facts.find((f) => f.unit === 'USD')!;
    expect(usd).toMatchObject({ value: 12e9, sources: ['a', 'b'], status: 'agreed', min: 10.8e9, max: 13.2e9 });
    expect(usd.evidence.map((e) => e.text)).toEqual(['about $12 billion', 'roughly $12 billion']);
    expect(facts.find((f) => f.unit === 'EUR')).toMatchObject({ sources: ['c'], status: 'single-source' });
  });

  it('reports a number disagreement on the same subject', () => {
    const { facts, conflicts } = reconcileFigures([
      mentionsOf('a', 'The ministry deployed 12,000 troops to the border region.'),
      mentionsOf('b', 'Officials said the ministry deployed 12,000 troops to the border region.'),
      mentionsOf('c', 'The ministry deployed 15,000 troops to the border region.'),
    ]);
    expect(conflicts).toHaveLength(1);
    const c = conflicts[0]!;
    expect(c.type).toBe('figure');
    expect(c.id).toMatch(/^conflict-figure-[0-9a-f]{8}$/);
    expect(c.sources).toEqual(['a', 'b', 'c']);
    expect(c.message).toBe('Sources disagree on troops deployed: 12,000 (a, b) vs 15,000 (c)');
    expect(c.details.map((d) => [d.source, d.value])).toEqual([['a', '12,000'], ['b', '12,000'], ['c', '15,000']]);
    expect(facts.map((f) => [f.value, f.status, f.conflicts])).toEqual([[12000, 'conflict', [c.id]], [15000, 'conflict', [c.id]]]);
  });

  it('agrees on equal durations in different units, and on "a million" vs "one million"', () => {
    const { facts, conflicts } = reconcileFigures([
      mentionsOf('a', 'It was the region’s worst flood in eight decades. The flood displaced more than a million residents.'),
      mentionsOf('b', 'It was the region’s worst flood in 80 years. The flood displaced more than one million residents.'),
    ]);
    expect(conflicts).toEqual([]);
    expect(facts.map((f) => [f.value, f.unit, f.sources.join()])).toEqual([
      [80, 'years', 'a,b'],
      [1e6, 'count', 'a,b'],
    ]);
  });

  it('does not call compatible hedges a conflict, nor numbers of one source', () => {
    const { conflicts } = reconcileFigures([
      mentionsOf('a', 'Rescuers found at least 40 survivors in the rubble. Later rescuers found 55 survivors in the rubble.'),
      mentionsOf('b', 'Rescuers found 52 survivors in the rubble.'),
    ]);
    expect(conflicts).toEqual([]);
  });

  it('builds facts from hand-made mentions with deterministic ids and sorted evidence', () => {
    const fig = (source: string, start: number, value: number, qualifier: string, min: number | null, max: number | null): FigureMention =>
      ({ source, start, end: start + 5, text: 'x'.repeat(5), value, unit: 'count', qualifier, min, max, subject: 'ships seized', rule: 'count-digits' });
    const src = (id: string, figures: FigureMention[]): SourceMentions =>
      ({ source: { id, path: id, chars: 100, sha256: '', outlet: null }, lineStarts: [0, 50], actors: [], quotes: [], figures, dates: [], diagnostics: [], anchorDate: null });
    const inputs = [src('z', [fig('z', 60, 9, 'exact', 9, 9)]), src('m', [fig('m', 3, 9, 'about', 8.1, 9.9)])];
    const one = reconcileFigures(inputs);
    const two = reconcileFigures([...inputs].reverse());
    expect(one).toEqual(two);
    expect(one.facts).toHaveLength(1);
    expect(one.facts[0]!.evidence.map((e) => [e.source, e.line, e.column])).toEqual([['m', 1, 4], ['z', 2, 11]]);
    expect(one.facts[0]!.min).toBe(9);
  });
});
