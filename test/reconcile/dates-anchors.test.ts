import { describe, expect, it } from 'vitest';
import { reconcileDates } from '../../src/reconcile/dates.js';
import { mentionsOf } from './helpers.js';
import { extractText } from '../support/extract.js';

// Per-source anchors and the report-day frame (invented articles about a dam on the river Tarvo).
describe('each source resolves against its own report date', () => {
  it('two outlets a day apart date the same weekday to the same day; the output says which anchor and why', () => {
    const r = reconcileDates([
      mentionsOf('a', 'TARVO, March 13, 2024 – The dam on the Tarvo failed on Monday, engineers said.'),
      mentionsOf('b', 'The dam on the Tarvo failed on Monday, engineers told the council on Thursday, March 14, 2024.'),
    ], {});
    const monday = r.facts.find((f) => f.surface === 'Monday')!;
    expect(monday).toMatchObject({ value: '2024-03-11', sources: ['a', 'b'], status: 'agreed' });
    expect(monday.anchors).toEqual([
      { source: 'a', date: '2024-03-13', reason: 'dateline' },
      { source: 'b', date: '2024-03-14', reason: 'weekday-date' },
    ]);
  });

  it('one sentence copied by an outlet a day later is no disagreement; the same event told in other words is', () => {
    const copy = 'Three dockworkers’ unions yesterday called on the ministry to reopen the Tarvo port.';
    const r = reconcileDates([
      mentionsOf('a', `TARVO, March 13, 2024 – ${copy}`),
      mentionsOf('b', `TARVO, March 14, 2024 – ${copy}`),
    ], {});
    expect(r.conflicts).toEqual([]);
    expect(r.facts.filter((f) => f.surface === 'yesterday').map((f) => [f.value, f.sources.join()])).toEqual([['2024-03-12', 'a'], ['2024-03-13', 'b']]);
    const told = reconcileDates([
      mentionsOf('a', 'TARVO, March 13, 2024 – Three dockworkers’ unions yesterday called on the ministry to reopen the Tarvo port.'),
      mentionsOf('b', 'TARVO, March 13, 2024 – Three dockworkers’ unions called on the ministry on Monday to reopen the Tarvo port.'),
    ], {});
    expect(told.conflicts.map((c) => c.type)).toEqual(['date']);
  });

  it('a source with no report date borrows the one most sources give, and says from whom', () => {
    const r = reconcileDates([
      mentionsOf('a', 'TARVO, March 13, 2024 – The dam on the Tarvo failed on Monday.'),
      mentionsOf('b', 'The dam on the Tarvo failed on Monday, engineers said.'),
    ], {});
    expect(r.facts.find((f) => f.surface === 'Monday')!.anchors).toEqual([
      { source: 'a', date: '2024-03-13', reason: 'dateline' },
      { source: 'b', date: '2024-03-13', reason: 'borrowed', from: 'a' },
    ]);
  });

  it('a birth date and an expiry date anchor nothing: the weekdays count from the report day', () => {
    const r = reconcileDates([
      mentionsOf('a', 'The engineer Ada Lund, who was born on May 3, 1931, inspected the dam on Monday. The dam failed on Friday.'),
      mentionsOf('b', 'The dam failed on Friday. Its licence expires on June 1, 2030.'),
    ], {});
    expect(r.anchor).toBeNull();
    const friday = r.facts.find((f) => f.surface === 'Friday')!;
    // Monday once, Friday twice: the report day is Friday, the Monday inspection four days before it
    expect(friday).toMatchObject({ value: null, granularity: 'day', relative: { to: 'report-day', days: 0, weekday: 'Friday' }, sources: ['a', 'b'] });
    expect(r.facts.find((f) => f.surface === 'Monday')!.relative).toEqual({ to: 'report-day', days: -4, weekday: 'Monday' });
    expect(friday.anchors).toEqual([
      { source: 'a', date: null, reason: 'report-day' },
      { source: 'b', date: null, reason: 'report-day' },
    ]);
  });

  it('the report day is the weekday after which the told weekdays are most recent', () => {
    const r = reconcileDates([mentionsOf('a', 'Anja Holm reached the summit of Mount Tarvo on Sunday. She descended on Tuesday.')], {});
    expect(r.facts.map((f) => [f.surface, f.relative])).toEqual([
      ['Sunday', { to: 'report-day', days: -2, weekday: 'Sunday' }],
      ['Tuesday', { to: 'report-day', days: 0, weekday: 'Tuesday' }],
    ]);
  });
});

it('a night’s events are reported the next day at the earliest: "on Thursday night" and "today" make Friday', () => {
  const r = reconcileDates([
    mentionsOf('a', 'The Harriers beat Dunmore 3-1 on Thursday night. Their keeper Ivo Lund goes under the knife today.'),
    mentionsOf('b', 'The Harriers beat Dunmore on Thursday night. Lund goes under the knife on Friday, the club said.'),
  ], {});
  expect(r.conflicts).toEqual([]);
  expect(r.facts.map((f) => [f.surface, f.relative])).toEqual([
    ['Thursday night', { to: 'report-day', days: -1, weekday: 'Thursday' }],
    ['today', { to: 'report-day', days: 0, weekday: 'Friday' }],
  ]);
});

describe('the report-day frame', () => {
  const texts = (second: string) => [
    mentionsOf('a', 'The mayor of Tarvo resigned on Monday, two days after the dam failed on Saturday.'),
    mentionsOf('b', `The mayor of Tarvo resigned on Monday. The dam failed on ${second}, engineers said.`),
  ];

  it('orders and merges by offset: "Saturday" and "two days after" are both report day − 2', () => {
    const r = reconcileDates(texts('Saturday'), {});
    expect(r.conflicts).toEqual([]);
    expect(r.facts.map((f) => [f.surface, f.relative])).toEqual([
      ['Saturday', { to: 'report-day', days: -2, weekday: 'Saturday' }],
      ['Monday', { to: 'report-day', days: 0, weekday: 'Monday' }],
    ]);
  });

  it('still finds a date conflict between outlets', () => {
    const r = reconcileDates(texts('Friday'), {});
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]!.message).toContain('report day − 2 (Saturday) (a) vs report day − 3 (Friday) (b)');
  });

  it('with --reference-date the same facts get calendar values', () => {
    const r = reconcileDates(texts('Saturday'), { referenceDate: '2024-03-11' });
    expect(r.facts.map((f) => [f.value, f.relative ?? null])).toEqual([['2024-03-09', null], ['2024-03-11', null]]);
  });

  it('a source that tells no weekday keeps its own report day: its "yesterday" is no conflict with another’s "Tuesday"', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Tarvo police arrested the striker Ivo Lund on Tuesday, the club said.'),
      mentionsOf('b', 'Tarvo police arrested the striker Ivo Lund yesterday, the club said.'),
    ], {});
    expect(r.conflicts).toEqual([]);
    expect(r.facts.find((f) => f.surface === 'yesterday')!.relative).toEqual({ to: 'report-day', days: -1 });
  });

  it('named months need a calendar: "in February" stays unresolved, and two outlets’ Februaries agree', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Okafor met Berg on Monday. Their last meeting in February was tense.'),
      mentionsOf('b', 'Okafor met Berg on Monday, warmer than their last meeting in February.'),
    ], {});
    const feb = r.facts.find((f) => f.surface === 'February')!;
    expect(feb).toMatchObject({ value: null, granularity: 'relative', sources: ['a', 'b'] });
  });
});

describe('one value per fact', () => {
  it('a story’s "this year" keeps its year beside its "on Monday"', () => {
    const r = reconcileDates([mentionsOf('a', 'The Tarvo dam failed on Monday. The Tarvo dam failed twice this year.')], { referenceDate: '2024-03-13' });
    expect(r.facts.map((f) => [f.surface, f.value]).sort()).toEqual([['Monday', '2024-03-11'], ['this year', '2024']]);
  });

  it('a quarter holds its months: no conflict between "the third quarter" and "in August"', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Tarvo Mills cut 40 jobs at its Lund plant in the third quarter.'),
      mentionsOf('b', 'Tarvo Mills cut 40 jobs at its Lund plant in August.'),
    ], { referenceDate: '2024-11-06' });
    expect(r.conflicts).toEqual([]);
  });
});

describe('a count of days inside a quotation', () => {
  it('"today" in a slogan two outlets quote counts from when it was shouted, not from each report day', () => {
    const r = reconcileDates([
      extractText('TARVO, March 13, 2024 – Farmers shouted "open the Tarvo floodgates today" as they reached the dam.', 'a'),
      extractText('TARVO, March 14, 2024 – Farmers shouted "open all the Tarvo floodgates today" at the gates of the dam.', 'b'),
    ], {});
    expect(r.conflicts).toEqual([]);
  });

  it('told by the reporter, the same days still disagree', () => {
    const r = reconcileDates([
      extractText('TARVO, March 13, 2024 – Marchers reached the Tarvo dam today, chanting against the flooding of homes.', 'a'),
      extractText('TARVO, March 14, 2024 – Marchers reached the gates of the Tarvo dam today, chanting against the flooding of homes.', 'b'),
    ], {});
    expect(r.conflicts.map((c) => [c.type, c.sources.join()])).toEqual([['date', 'a,b']]);
  });
});
