import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { timelineLines } from '../../src/render/timeline.js';
import { dateShortLabel, dateValueLabel } from '../../src/render/labels.js';
import { reportDayLabel } from '../../src/model/report-day.js';
import { S2, date, evidence, sampleResult } from './sample-result.js';

const plain = new Chalk({ level: 0 });
const relative = (days: number, weekday?: string) => ({ to: 'report-day' as const, days, ...(weekday ? { weekday } : {}) });

describe('a timeline without a calendar', () => {
  it('puts calendar dates first, then the report day’s, then earlier / now / later, then the unresolved', () => {
    const facts = [
      date({ id: 'r0', value: null, relative: relative(0, 'Monday'), event: 'dockers walked out' }),
      date({ id: 'now', value: 'PRESENT_REF', granularity: 'present', event: 'the port is closed' }),
      date({ id: 'r3', value: null, relative: relative(-3, 'Friday'), event: 'talks collapsed' }),
      date({ id: 'u', value: null, granularity: 'relative', event: 'last strike', evidence: [evidence(S2, 5, 'February')] }),
      date({ id: 'y', value: '2019', granularity: 'year', event: 'port privatised' }),
      date({ id: 'w', value: null, granularity: 'week', relative: { to: 'report-day', weeks: 1 }, event: 'vote on the deal' }),
    ];
    expect(timelineLines(sampleResult({ facts }), plain)).toEqual([
      '2019                     port privatised  [sources: 000 002]',
      'report day − 3 (Friday)  talks collapsed  [sources: 000 002]',
      'report day (Monday)      dockers walked out  [sources: 000 002]',
      'report week + 1          vote on the deal  [sources: 000 002]',
      'now                      the port is closed  [sources: 000 002]',
      'Unresolved',
      '  “February”  last strike  [sources: 000 002]',
    ]);
  });
});

describe('date labels', () => {
  it.each([
    [relative(-3, 'Friday'), 'report day − 3 (Friday)'],
    [relative(2), 'report day + 2'],
    [{ to: 'report-day' as const, months: -1 }, 'report month − 1'],
    [{ to: 'report-day' as const, years: 0 }, 'report year'],
  ])('%j → %s', (r, label) => {
    expect(reportDayLabel(r)).toBe(label);
  });

  it('names the new granularities in the table', () => {
    expect(dateValueLabel(date({ value: '2024-Q3', granularity: 'quarter' }))).toBe('2024-Q3 (quarter)');
    expect(dateValueLabel(date({ value: 'PRESENT_REF', granularity: 'present' }))).toBe('now (present)');
    expect(dateValueLabel(date({ value: null, relative: relative(-3, 'Friday') }))).toBe('report day − 3 (Friday)');
    expect(dateShortLabel(date({ value: 'PAST_REF', granularity: 'past' }))).toBe('earlier');
  });
});

describe('calendar order across granularities', () => {
  it('orders by the first day covered, the longer stretch first: year, season, quarter, month, day', () => {
    const facts = ['2024-11-05', '2024-Q3', '2024', '2024-SU', '2024-08', '2025-Q1', '2025-H1'].map((value, k) =>
      date({ id: `d${k}`, value, event: `e${k}` }));
    expect(timelineLines(sampleResult({ facts }), plain).map((l) => l.split(' ')[0])).toEqual(
      ['2024', '2024-SU', '2024-Q3', '2024-08', '2024-11-05', '2025-H1', '2025-Q1']);
  });
});
