import { describe, expect, it } from 'vitest';
import { readDates } from './support.js';

// A clock time on a day, TIMEX3 "2024-03-14T08:00" (invented sentences).
const REF = '2024-03-13'; // a Wednesday

describe('times of day', () => {
  it.each([
    ['The vote is set for 8 a.m. Thursday.', ['8 a.m. Thursday → 2024-03-14T08:00']],
    ['Bids close at 5:30 p.m. EST Friday.', ['5:30 p.m. EST Friday → 2024-03-15T17:30']],
    ['The mayor of Dorvale spoke at noon Monday.', ['noon Monday → 2024-03-11T12:00']],
    ['Tessaro Foods shut the plant at 11 p.m. yesterday.', ['11 p.m. yesterday → 2024-03-12T23:00']],
  ])('%s', (input, expected) => {
    expect(readDates(input, REF)).toEqual(expected);
  });

  it('a part of the day stays in the span, not in the value: "Tuesday night" is the day', () => {
    expect(readDates('The Dorvale council met on Tuesday night.', REF)).toEqual(['Tuesday night → 2024-03-12']);
    expect(readDates('Nora Quist left early Monday morning.', REF)).toEqual(['early Monday morning → 2024-03-11']);
  });

  it('a clock time that is no time of that day stays out: midnight, "13 p.m."', () => {
    expect(readDates('The curfew began at midnight Friday.', REF)).toEqual(['Friday → 2024-03-08']);
    expect(readDates('Nora Quist arrived 13 p.m. Friday.', REF)).toEqual(['Friday → 2024-03-08']);
  });

  it('what counts from a day counts from the whole day: "8 a.m. Thursday … the next day"', () => {
    expect(readDates('The Dorvale council met at 8 a.m. Thursday. The next day, the mayor resigned.', REF)).toEqual([
      '8 a.m. Thursday → 2024-03-07T08:00', 'The next day → 2024-03-08',
    ]);
  });
});
