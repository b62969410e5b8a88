import { describe, expect, it } from 'vitest';
import { reconcileDates } from '../../src/reconcile/dates.js';
import { readableDateValue } from '../../src/model/date-values.js';
import { reportDayLabel } from '../../src/model/report-day.js';
import { mentionsOf } from './helpers.js';
import { contentKeys } from '../../src/reconcile/figures-keys.js';

// A clock time on a day ("9 p.m. Friday"), across outlets (invented articles).
describe('times of day', () => {
  it('"9 p.m. Friday" and another outlet’s "Friday" of one day agree, and the fact keeps the hour', () => {
    const r = reconcileDates([
      mentionsOf('a', 'The Dorvale ferry sank at 9 p.m. Friday, the coast guard said.'),
      mentionsOf('b', 'The Dorvale ferry sank on Friday, officials said.'),
    ], { referenceDate: '2024-03-13' });
    expect(r.conflicts).toEqual([]);
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]).toMatchObject({ value: '2024-03-08T21:00', granularity: 'time', sources: ['a', 'b'], status: 'agreed' });
  });

  it('a once-only event told at "9 p.m. Friday" and on Saturday is still a conflict', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Nora Quist died at 9 p.m. Friday, the Dorvale hospital said.'),
      mentionsOf('b', 'Nora Quist died on Saturday, the Dorvale hospital said.'),
    ], { referenceDate: '2024-03-13' });
    expect(r.conflicts).toHaveLength(1);
  });

  it('without a calendar, counted from the report day with the time kept', () => {
    const r = reconcileDates([mentionsOf('a', 'The Dorvale council met at 8 p.m. Monday. The mayor resigned on Tuesday.')], {});
    expect(r.facts.map((f) => [f.surface, f.relative])).toEqual([
      ['8 p.m. Monday', { to: 'report-day', days: -1, weekday: 'Monday', time: '20:00' }],
      ['Tuesday', { to: 'report-day', days: 0, weekday: 'Tuesday' }],
    ]);
    expect(reportDayLabel({ to: 'report-day', days: -1, weekday: 'Monday', time: '20:00' })).toBe('report day − 1 (Monday 20:00)');
  });

  it('reads as a reader says it', () => {
    expect(readableDateValue('2024-03-08TNI')).toBe('2024-03-08 night');
    expect(readableDateValue('2024-03-08T21:00')).toBe('2024-03-08 21:00');
    expect(readableDateValue('2024-03-19T08:00')).toBe('2024-03-19 08:00');
    expect(readableDateValue('2024-03')).toBe('2024-03');
  });

  it('two times of one day half an hour apart disagree; times a few minutes apart are one time rounded', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Police said Tom Alder was pulled over at about 4:30 a.m. Sunday near Dorvale.'),
      mentionsOf('b', 'Tom Alder was pulled over at about 4 a.m. Sunday near Dorvale, police said.'),
      mentionsOf('c', 'Officers pulled Tom Alder over at 4:25 a.m. Sunday near Dorvale.'),
    ], { referenceDate: '2024-03-13' });
    // (each outlet with the time it wrote: 4:25 is 4:30 rounded, but c wrote 4:25)
    expect(r.conflicts.map((c) => c.message)).toEqual(['Sources date "Tom Alder was pulled over" differently: 2024-03-10 04:30 (a) and 04:25 (c) vs 2024-03-10 04:00 (b)']);
  });

  it('a clock time before a month’s day, with or without "on", narrows that day', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Tom Alder was arrested around 4:15 a.m. on March 10 near Dorvale.'),
      mentionsOf('b', 'Tom Alder was arrested at 4:15 a.m. March 10, police said.'),
    ], { referenceDate: '2024-03-13' });
    expect(r.facts.map((f) => [f.value, f.granularity])).toEqual([['2024-03-10T04:15', 'time']]);
  });

  it('a dateline with a time of day still dates the story', () => {
    const r = reconcileDates([mentionsOf('a', '9:40 P.M. MARCH 12, 2024\nTom Alder was arrested early Sunday near Dorvale.')], {});
    expect(r.facts.map((f) => f.value)).toContain('2024-03-10');
  });

  it('"6:10 p.m. local time Thursday" is a time on that Thursday', () => {
    const r = reconcileDates([mentionsOf('a', 'Jets bombed the Kessa camp at 6:10 p.m. local time Thursday, aid workers said.')], { referenceDate: '2024-03-13' });
    expect(r.facts.map((f) => [f.value, f.granularity])).toEqual([['2024-03-07T18:10', 'time']]);
  });

  it('a time given sentences after its day is that day’s, and two outlets’ hours half an hour apart disagree', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Tom Alder was arrested early Sunday near Dorvale. His club plays on Friday. Police detained Alder at about 4:30 a.m. after a chase.'),
      mentionsOf('b', 'Tom Alder was arrested early Sunday in Dorvale. Officers detained Alder shortly after 3 a.m., police said.'),
    ], { referenceDate: '2024-03-13' });
    expect(r.conflicts.map((c) => c.message)).toEqual(['Sources date "Police detained Alder" differently: 2024-03-10 04:30 (a) vs 2024-03-10 03:00 (b)']);
  });

  it('a source’s own day stays with its own hour, not with another outlet’s', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Tom Alder was arrested at 4:30 a.m. Sunday near Dorvale. He was arrested on Sunday after a chase.'),
      mentionsOf('b', 'Tom Alder was arrested at 3 a.m. Sunday in Dorvale, police said.'),
    ], { referenceDate: '2024-03-13' });
    const times = r.facts.filter((x) => x.granularity === 'time');
    expect(times.map((f) => [f.value, f.sources])).toEqual([['2024-03-10T03:00', ['b']], ['2024-03-10T04:30', ['a']]]);
  });

  it('"late Thursday" holds the small hours of Friday: no conflict with "about 2:40 a.m. Friday"', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Nora Quist checked into the Dorvale clinic late Thursday, her agent said.'),
      mentionsOf('b', 'Nora Quist checked into the Dorvale clinic at about 2:40 a.m. Friday.'),
      mentionsOf('c', 'Nora Quist checked into the Dorvale clinic on Thursday night, a friend said.'),
    ], { referenceDate: '2024-03-13' });
    expect(r.conflicts).toEqual([]);
    // an afternoon is no night
    const s = reconcileDates([
      mentionsOf('a', 'Nora Quist checked into the Dorvale clinic late Thursday, her agent said.'),
      mentionsOf('b', 'Nora Quist checked into the Dorvale clinic at about 2:40 p.m. Friday.'),
    ], { referenceDate: '2024-03-13' });
    expect(s.conflicts).toHaveLength(1);
  });

  it('a dateline whose month carries a stray period still dates the story', () => {
    const r = reconcileDates([mentionsOf('a', 'Tue., May. 14, 2024 9:20 AM PDT\nNora Quist left the Dorvale clinic early Tuesday morning.')], {});
    expect(r.facts.map((f) => f.value)).toContain('2024-05-14');
  });

  it('an outlet that gives the day but no hour stands on neither side of two hours', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Tom Alder was arrested at about 4:30 a.m. Sunday near Dorvale.'),
      mentionsOf('b', 'Tom Alder was arrested at about 3 a.m. Sunday near Dorvale.'),
      mentionsOf('c', 'Tom Alder was arrested on Sunday near Dorvale.'),
    ], { referenceDate: '2024-03-13' });
    expect(r.conflicts.map((c) => [c.message, c.sources])).toEqual([
      ['Sources date "Tom Alder was arrested" differently: 2024-03-10 04:30 (a) vs 2024-03-10 03:00 (b)', ['a', 'b']],
    ]);
  });

  it('a traffic stop is one event however told: "pulled over", "officers stopped him", the "when" clause after an hour', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Tom Alder was heading home at about 5 a.m. Sunday on Route 9 when officers stopped him.'),
      mentionsOf('b', 'Officers pulled Tom Alder over near Kessa shortly before 6 a.m. on March 10.'),
    ], { referenceDate: '2024-03-13' });
    expect(r.conflicts.map((c) => c.message)).toEqual(['Sources date "Tom Alder was heading home" differently: 2024-03-10 05:00 (a) vs 2024-03-10 06:00 (b)']);
    // driving past a stopped bus is no stop; pulling out over costs is none either
    expect(contentKeys('Tom Alder was heading home when officers stopped him')).toContain('pullover');
    expect(contentKeys('Officers pulled Tom Alder over')).toEqual(['alder', 'officer', 'pullover', 'tom']);
    expect(contentKeys('Tom Alder was heading home when the bus stopped')).not.toContain('pullover');
    expect(contentKeys('Vexel pulled out over costs')).not.toContain('pullover');
  });

  it('two outlets’ hours for one moment of the day disagree, however else they word it', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Jets from Vell struck the Kessa camp at 2:50 p.m. on Thursday, aid workers said.'),
      mentionsOf('b', 'Four bombs fell on the Kessa camp at 3:30 p.m. Thursday, witnesses said.'),
    ], { referenceDate: '2024-03-13' });
    expect(r.conflicts.map((c) => c.message)).toEqual(['Sources date "Jets from Vell struck the Kessa camp" differently: 2024-03-07 14:50 (a) vs 2024-03-07 15:30 (b)']);
  });

  it('an outlet that tells a timeline of the day, or hours of unrelated things, is no side', () => {
    const timeline = reconcileDates([
      mentionsOf('a', 'The first bomb hit the Kessa camp at 2:50 p.m. on Thursday. A second bomb hit the Kessa camp at 3:30 p.m. Thursday.'),
      mentionsOf('b', 'Vell jets dropped four bombs on the Kessa camp at 3:30 p.m. Thursday.'),
    ], { referenceDate: '2024-03-13' });
    expect(timeline.conflicts).toEqual([]);
    const apart = reconcileDates([
      mentionsOf('a', 'The Kessa ferry left the harbour at 2:50 p.m. on Thursday.'),
      mentionsOf('b', 'The mayor of Dorvale spoke to the harbour workers at 3:30 p.m. Thursday.'),
    ], { referenceDate: '2024-03-13' });
    expect(apart.conflicts).toEqual([]);
    // hours of one person's day far apart are two moments: the arrest, then the hearing
    const day = reconcileDates([
      mentionsOf('a', 'Tom Alder was held by police in Kessa at about 2 a.m. Sunday.'),
      mentionsOf('b', 'Tom Alder appeared before a judge in Kessa at 10 a.m. Sunday.'),
    ], { referenceDate: '2024-03-13' });
    expect(day.conflicts).toEqual([]);
  });
});
