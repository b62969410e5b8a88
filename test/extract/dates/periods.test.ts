import { describe, expect, it } from 'vitest';
import { datesOf, readDates } from './support.js';

// Quarters, halves, seasons and fiscal years, as earnings and weather stories write them (invented).
const REF = '2024-11-06'; // a Wednesday in the fourth quarter

describe('quarters and halves', () => {
  it.each([
    ['Tarvo Mills reported a third-quarter loss of $4 million.', ['third-quarter → 2024-Q3']],
    ['Sales rose 8% in the third quarter.', ['the third quarter → 2024-Q3']],
    ['Orders fell in the 2021 second quarter.', ['the 2021 second quarter → 2021-Q2']],
    ['Orders fell in the second quarter of 2021.', ['the second quarter of 2021 → 2021-Q2']],
    ['Profit in this year’s third quarter doubled.', ['this year’s third quarter → 2024-Q3']],
    ['The plant opens in next year’s first quarter.', ['next year’s first quarter → 2025-Q1']],
    // a report names the quarter it has just closed even in the future tense
    ['Lund Foods will report third-quarter results on Friday.', ['third-quarter → 2024-Q3', 'Friday → 2024-11-08']],
    ['Margins should recover in the first half of 2025.', ['the first half of 2025 → 2025-H1']],
    ['First-half sales were flat.', ['First-half → 2024-H1']],
    ['Its second-quarter sales were flat.', ['second-quarter → 2024-Q2']],
    // halves written as the last half, the latter half, or two quarters
    ['Earnings will slip in the last half of 2025.', ['the last half of 2025 → 2025-H2']],
    ['The latter half of 2023 was weak.', ['The latter half of 2023 → 2023-H2']],
    ['Prices should hold in the first two quarters of 2025.', ['the first two quarters of 2025 → 2025-H1']],
  ])('%s', (input, expected) => {
    expect(readDates(input, REF)).toEqual(expected);
  });

  it('a quarter is the story’s own when it has no number: the one named most, a year before for "a year earlier"', () => {
    const text = 'Tarvo Mills said third-quarter profit rose to $9 million from $7 million a year earlier. '
      + 'The company also expects a weak first quarter. In the latest quarter, revenue grew 4%. '
      + 'Third-quarter sales were $80 million. The year-ago period included a one-time gain.';
    expect(readDates(text, REF)).toEqual([
      'third-quarter → 2024-Q3', 'a year earlier → 2023-Q3', 'first quarter → 2025-Q1', 'the latest quarter → 2024-Q3',
      'Third-quarter → 2024-Q3', 'The year-ago period → 2023-Q3',
    ]);
  });

  it('without a quarter in the story, "the latest quarter" is the last one completed and "a year ago" the year before', () => {
    expect(readDates('Revenue dipped in the latest quarter.', REF)).toEqual(['the latest quarter → 2024-Q3']);
    expect(readDates('The plant closed a year ago.', REF)).toEqual(['a year ago → 2023']);
  });

  it('"the latest period" dates nothing without a quarter to refer to; "a quarter of" is a share', () => {
    expect(datesOf('The latest period of calm ended.')).toEqual([]);
    expect(datesOf('A quarter of the staff left, and the quarter-to-quarter change was small.')).toEqual([]);
  });

  it('"the quarter ended Sept. 30" is the calendar quarter closing that month, and the story’s over a fiscal number', () => {
    expect(readDates('Tarvo Mills booked its best fiscal first quarter. In the quarter ended Sept. 30, orders rose, and costs fell during the quarter.', REF))
      .toEqual(['fiscal first quarter → 2024-Q1', 'the quarter → 2024-Q3', 'Sept. 30 → 2024-09-30', 'the quarter → 2024-Q3']);
  });

  it('"a year earlier" after a quarter named in its own sentence is that quarter a year before', () => {
    expect(readDates('Lund posted a fiscal first-quarter gain. Tarvo Mills reported third-quarter profit of $7 million, up from $6 million a year earlier.', REF))
      .toEqual(['fiscal first-quarter → 2024-Q1', 'third-quarter → 2024-Q3', 'a year earlier → 2023-Q3']);
  });

  it('"the current quarter" is the one under way, not the one the story reports', () => {
    expect(readDates('Lund Foods posted a third-quarter loss and expects another in the current quarter.', REF))
      .toEqual(['third-quarter → 2024-Q3', 'the current quarter → 2024-Q4']);
  });

  it('"the last half of the match" needs a year to be a date', () => {
    expect(datesOf('Berg scored twice in the last half of the match.')).toEqual([]);
  });

  it('a sentence about nine months reads "the 2023 period" as that stretch of 2023, not its quarter', () => {
    expect(readDates('Third-quarter sales rose. For the nine months, orders trailed the 2023 period.', REF))
      .toEqual(['Third-quarter → 2024-Q3', 'the 2023 period → 2023']);
  });

  it('a sentence about nine months keeps its "a year earlier" a year', () => {
    expect(readDates('Third-quarter sales rose. For the nine months, net income was $3 million, up from $2 million a year earlier.', REF))
      .toEqual(['Third-quarter → 2024-Q3', 'a year earlier → 2023']);
    expect(readDates('Lund said on Friday that nine-month sales fell 3% from a year earlier.', REF))
      .toEqual(['Friday → 2024-11-01', 'a year earlier → 2023']);
    // the day a period ended is the one a year before
    expect(readDates('For the six months ended May 31, Lund earned $6 million, against $9 million a year earlier.', REF))
      .toEqual(['May 31 → 2024-05-31', 'a year earlier → 2023-05-31']);
  });
});

describe('seasons', () => {
  it.each([
    ['The dam burst last fall.', ['last fall → 2023-FA']],
    ['The festival moves to a new site this summer.', ['this summer → 2024-SU']],
    ['Orders slowed this past spring.', ['this past spring → 2024-SP']],
    ['The pass was closed in the winter of 1994.', ['the winter of 1994 → 1994-WI']],
    ['The club nearly folded in the summer.', ['the summer → 2024-SU']],
    ['Repairs start next spring.', ['next spring → 2025-SP']],
  ])('%s', (input, expected) => {
    expect(readDates(input, REF)).toEqual(expected);
  });

  it('"well into the summer" is a season', () => {
    expect(readDates('The dry spell lasted well into the summer.', REF)).toEqual(['the summer → 2024-SU']);
  });

  it('"fall" the verb and "the fall of" a regime are no season; nor is a Summer in a name', () => {
    expect(datesOf('Prices fall when the fall of the old regime is remembered.')).toEqual([]);
    expect(datesOf('She swam at the Summer Games in Oslo.')).toEqual([]);
  });
});

describe('weekends', () => {
  // REF is a Wednesday; 2024-11-02/03 is the weekend before it (ISO week 44), 2024-11-09/10 the next (week 45)
  it.each([
    ['Crews worked over the weekend.', ['the weekend → 2024-W44-WE']],
    ['The ferry will sail this weekend.', ['this weekend → 2024-W45-WE']],
    ['It snowed last weekend.', ['last weekend → 2024-W44-WE']],
    ['The talks resume next weekend.', ['next weekend → 2024-W45-WE']],
    ['The past weekend was calm.', ['The past weekend → 2024-W44-WE']],
    ['Crews worked this past weekend.', ['this past weekend → 2024-W44-WE']],
    ['The fair opens this coming weekend.', ['this coming weekend → 2024-W45-WE']],
    ['The weekend’s rally drew 500 people.', ['The weekend → 2024-W44-WE']],
  ])('%s', (input, expected) => {
    expect(readDates(input, REF)).toEqual(expected);
  });

  it('a weekend said on a Sunday: "over the weekend" is this one, "last weekend" the one before', () => {
    expect(readDates('Crews worked over the weekend. It snowed last weekend.', '2024-11-10')).toEqual(['the weekend → 2024-W45-WE', 'last weekend → 2024-W44-WE']);
  });

  it('"the weekend" as a subject, or in a compound, is no date', () => {
    expect(datesOf('The weekend was quiet, and a weekend-long fair opened.')).toEqual([]);
  });
});

describe('years named by words', () => {
  it.each([
    ['Sales in fiscal 2023 reached $40 million.', ['fiscal 2023 → 2023']],
    ['The miller expects growth in the current fiscal year.', ['the current fiscal year → 2024']],
    ['Profit for the year will top $5 million.', ['the year → 2024']],
    ['The sale should close by year-end.', ['year-end → 2024']],
    ['The index has risen 8% since year-end.', ['year-end → 2023']],
    ['Membership grew over the past year.', ['the past year → 2023']],
  ])('%s', (input, expected) => {
    expect(readDates(input, REF)).toEqual(expected);
  });

  it('"the year" as a subject or in "the year before" is no date; nor is "the last year of" a term', () => {
    expect(datesOf('The year was hard for farmers.')).toEqual([]);
    expect(readDates('She retired in the final weeks of the past year of her term.', REF)).toEqual([]);
  });
});
