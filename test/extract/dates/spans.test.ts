import { describe, expect, it } from 'vitest';
import { datesOf, readDates } from './support.js';

// The words around a date that belong to its span, and the possessive that does not (invented sentences).
const REF = '2024-03-13'; // a Wednesday

describe('spans keep their modifiers', () => {
  it.each([
    ['The strike began in early December.', ['early December → 2023-12']],
    ['Talks stalled late last week.', ['late last week → 2024-03-04']],
    ['The mine closed in mid-1996.', ['mid-1996 → 1996']],
    ['The bridge must be finished by the end of 1990.', ['the end of 1990 → 1990']],
    ['The guards left earlier this month.', ['earlier this month → 2024-03']],
    ['The ferry sank nearly two weeks ago.', ['nearly two weeks ago → 2024-02-26']],
    ['The dockers walked out on Tuesday evening.', ['Tuesday evening → 2024-03-12']],
    ['The deal is expected around Nov. 1.', ['around Nov. 1 → 2024-11-01']],
    ['The well ran dry last June.', ['last June → 2023-06']],
    ['The fund was set up in June last year.', ['June last year → 2023-06']],
    ['The fine was imposed on 22 May last year.', ['22 May last year → 2023-05-22']],
    // words that move or widen a day: the day before or after it, the week of it, a holiday's week
    ['Lund visited the day before last Tuesday’s vote.', ['day before last Tuesday → 2024-03-11']],
    ['The fair opened the day after March 3.', ['day after March 3 → 2024-03-04']],
    ['The festival may move to the week of March 20.', ['the week of March 20 → 2024-03-18']],
    ['Pilgrims will gather in Easter week.', ['Easter week → 2024-03-25']],
    ['The ferry left a week or so ago.', ['a week or so ago → 2024-03-04']],
  ])('%s', (input, expected) => {
    expect(readDates(input, REF)).toEqual(expected);
  });

  it('leaves a possessive out: "Friday’s vote", "last month’s count", "today’s editions"', () => {
    expect(readDates('Friday’s vote and last month’s count were close, today’s editions said.', REF))
      .toEqual(['Friday → 2024-03-08', 'last month → 2024-02', 'today → 2024-03-13']);
  });

  it('a weekday written with a day of a month picks the year where they agree', () => {
    // 26 October fell on a Monday in 2026: the weekday moves it ahead of a past-tense reading
    expect(readDates('The council met on Monday, Oct. 26.', '2026-10-20')).toEqual(['Monday, Oct. 26 → 2026-10-26']);
    expect(readDates('The council met on Friday Oct. 23.', '2026-10-20')).toEqual(['Friday Oct. 23 → 2026-10-23']);
  });

  it('a second day of the month after "and" is its own date; "25 people" is not', () => {
    expect(readDates('The summit is on April 24 and 25.', REF)).toEqual(['April 24 → 2024-04-24', '25 → 2024-04-25']);
    expect(readDates('The summit on April 24, 2024 and 25 delegates attended.', REF)).toEqual(['April 24, 2024 → 2024-04-24']);
  });

  it('"work around Wednesday’s ruling": "around" before a weekday is a preposition', () => {
    expect(datesOf('The club hopes to work around Wednesday’s ruling.').map((d) => d.text)).toEqual(['Wednesday']);
  });
});

describe('guards that must not keep a date', () => {
  it('a programme title is no week: the minister spoke on “This Week”', () => {
    expect(datesOf('The minister said on the programme “This Week” that talks would go on.')).toEqual([]);
  });

  it('an era is no day: "today’s teenagers", "in today’s fast cars", "the farms of tomorrow"; nor a title: "Tarvo Radio Today"', () => {
    expect(datesOf('For today’s teenagers, in today’s fast cars and on the farms of tomorrow, Tarvo Radio Today saw change.')).toEqual([]);
  });
});

describe('era words leave days alone', () => {
  it('"today’s session" and "tomorrow" after a verb are days; "Today" opening a sentence is one too', () => {
    expect(readDates('Today, the council met. Today’s session was short, and the vote is tomorrow.', REF))
      .toEqual(['Today → 2024-03-13', 'Today → 2024-03-13', 'tomorrow → 2024-03-14']);
  });
});

describe('counts from another date', () => {
  it('"a week after" counts from the story’s day, or from the day its sentence names; a month names no day to count from', () => {
    expect(readDates('The strike ended two days after talks resumed.', REF)).toEqual(['two days after → 2024-03-11']);
    expect(readDates('The board on 3 March declared the winner, a day after polls closed.', REF)).toEqual(['3 March → 2024-03-03', 'a day after → 2024-03-02']);
    expect(readDates('In January, a week after the vote, Lund quit.', REF)).toEqual(['January → 2024-01']);
  });

  it('"on Monday, a day after the fire" counts from the Monday its sentence names, not from the story’s day', () => {
    expect(readDates('Police arrested Tom Alder on Monday, a day after the fire at the depot.', REF)).toEqual(['Monday → 2024-03-11', 'a day after → 2024-03-10']);
  });
});

describe('guards that must not drop a date', () => {
  it('"resigned last year to seek a seat" is last year; "within the next week to 10 days" is a range', () => {
    expect(readDates('Berg resigned last year to seek a seat in parliament.', REF)).toEqual(['last year → 2023']);
    expect(datesOf('A deal may come within the next week to 10 days.').map((d) => d.text)).not.toContain('next week');
  });

  it('keeps a dateline’s day in a heading, and nothing else of the heading', () => {
    const text = 'TARVO, March 12 (Lagoon Wire) --\nFLOODS AFTER FEBRUARY STORM\nThe river rose on Monday.';
    expect(datesOf(text).map((d) => [d.text, d.rule])).toEqual([['March 12', 'dateline'], ['Monday', 'weekday']]);
  });
});

describe('a relative day set beside the weekday it names', () => {
  it.each([
    ['Yesterday, on Tuesday, the dockers walked out.', ['Tuesday → 2024-03-12']],
    ['The dockers walked out today (Wednesday).', ['Wednesday → 2024-03-13']],
    ['The dockers walked out on Tuesday (yesterday).', ['Tuesday → 2024-03-12']],
  ])('%j is one date, the weekday', (text, rows) => {
    expect(readDates(text, REF)).toEqual(rows);
  });

  it('keeps both when they date different things', () => {
    expect(readDates('The dockers walked out yesterday and the port closes on Friday.', REF)).toEqual(['yesterday → 2024-03-12', 'Friday → 2024-03-15']);
  });
});
