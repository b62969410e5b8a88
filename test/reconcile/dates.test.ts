import { describe, expect, it } from 'vitest';
import { reconcileDates } from '../../src/reconcile/dates.js';
import { mentionsOf } from './helpers.js';

describe('reconcileDates', () => {
  it('anchors relative dates on the one article that states a full date', () => {
    const inputs = [
      mentionsOf('a', 'BERGEN, March 13, 2024 - The ferry operator suspended sailings on Monday.'),
      mentionsOf('b', 'The ferry operator suspended sailings on Monday, the union said.'),
    ];
    const r = reconcileDates(inputs, {});
    expect(r.anchor).toEqual({ source: 'a', date: '2024-03-13' });
    const monday = r.facts.find((f) => f.value === '2024-03-11')!;
    expect(monday).toMatchObject({ sources: ['a', 'b'], status: 'agreed', anchoredBy: 'a', granularity: 'day', surface: 'Monday' });
    expect(monday.event).toBe('ferry operator suspended sailings');
  });

  it('prefers --reference-date and leaves dates unresolved without any anchor', () => {
    const inputs = [mentionsOf('a', 'The ferry operator suspended sailings on Monday.')];
    expect(reconcileDates(inputs, { referenceDate: '2024-03-20' }).facts[0]).toMatchObject({ value: '2024-03-18', anchoredBy: 'reference-date' });
    const bare = reconcileDates(inputs, {});
    expect(bare.anchor).toBeNull();
    // No full date anywhere: the lead's Monday is the report day itself.
    expect(bare.facts[0]).toMatchObject({ value: null, granularity: 'day', relative: { to: 'report-day', days: 0, weekday: 'Monday' }, surface: 'Monday', anchoredBy: null });
    const vague = reconcileDates([mentionsOf('a', 'The ferry operator suspended sailings in June.')], {});
    expect(vague.facts[0]).toMatchObject({ value: null, granularity: 'relative', surface: 'June', anchoredBy: null });
  });

  it('a weekend agrees with the week it lies in', () => {
    const r = reconcileDates([
      mentionsOf('a', 'The ferry operator suspended sailings over the weekend.'),
      mentionsOf('b', 'The ferry operator suspended sailings last week.'),
    ], { referenceDate: '2024-03-18' });
    expect(r.facts.map((f) => [f.value, f.granularity, f.sources])).toEqual([['2024-W11-WE', 'weekend', ['a', 'b']]]);
    expect(r.conflicts).toEqual([]);
  });

  it('reports a bad reference date and falls back to the sources', () => {
    const r = reconcileDates([mentionsOf('a', 'The ferry sank on March 3, 2024.')], { referenceDate: '2024-02-30' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['date/bad-reference']);
    expect(r.anchor).toEqual({ source: 'a', date: '2024-03-03' });
  });

  it('flags a date disagreement for the same event', () => {
    const r = reconcileDates([
      mentionsOf('a', 'The regional parliament ratified the fishing treaty on March 4, 2024.'),
      mentionsOf('b', 'The regional parliament ratified the fishing treaty on March 6, 2024.'),
    ], {});
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]!.message).toBe('Sources date "regional parliament ratified the fishing treaty" differently: 2024-03-04 (a) vs 2024-03-06 (b)');
    expect(r.facts.map((f) => f.status)).toEqual(['conflict', 'conflict']);
  });

  it('merges a year with a month of the same event, and a loose "two days after" with the exact day', () => {
    const r = reconcileDates([
      mentionsOf('a', 'The strike began in March 2023. The vote came two days after the miners met the owners in Leeds.'),
      mentionsOf('b', 'The strike began in 2023. The miners met the owners in Leeds on Friday.'),
    ], { referenceDate: '2024-03-11' });
    expect(r.conflicts).toEqual([]);
    expect(r.facts.map((f) => [f.value, f.sources.join()])).toEqual([['2023-03', 'a,b'], ['2024-03-08', 'a,b']]);
  });
});
