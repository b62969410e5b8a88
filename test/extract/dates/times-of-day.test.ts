import { describe, expect, it } from 'vitest';
import { datesOf, readDates, valueAt } from './support.js';

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

  it('a clock time with no day of its own takes the day its sentence names', () => {
    expect(readDates('The Kessa ferry sank at 6:20 p.m. in the harbour on Friday.', REF)).toEqual([
      '6:20 p.m. → 2024-03-08T18:20', 'Friday → 2024-03-08',
    ]);
    expect(readDates('On Friday, March 8, at approximately 5:00 pm, the Kessa camp was shelled.', REF)).toEqual([
      'Friday, March 8 → 2024-03-08', 'approximately 5:00 pm → 2024-03-08T17:00',
    ]);
  });

  it('or the day of an earlier sentence whose event it shares, not the latest day named', () => {
    const text = 'Lena Holt was detained early Sunday. Her club had won the cup final on Friday. '
      + 'Police detained Holt at about 4:15 a.m., a long night after the final on Friday.';
    expect(readDates(text, REF)).toEqual([
      'early Sunday → 2024-03-10', 'Friday → 2024-03-08', 'about 4:15 a.m. → 2024-03-10T04:15', 'Friday → 2024-03-08',
    ]);
  });

  it('its forms: "4.45am", "5pm", "5:00 pm", a zone or "local time" after it', () => {
    const at = (s: string) => readDates(`Two blasts shook Dorvale on Sunday. The first came at ${s}.`, REF).slice(1);
    expect(at('4.45am')).toEqual(['4.45am → 2024-03-10T04:45']);
    expect(at('5pm')).toEqual(['5pm → 2024-03-10T17:00']);
    expect(at('5:00 pm')).toEqual(['5:00 pm → 2024-03-10T17:00']);
    expect(at('9:40 a.m. GMT')).toEqual(['9:40 a.m. GMT → 2024-03-10T09:40']);
    expect(at('4:17 p.m. local time')).toEqual(['4:17 p.m. local time → 2024-03-10T16:17']);
  });

  it('a wire service’s four digits before a zone are a time of day, its zone kept', () => {
    const at = (s: string) => datesOf(`Two blasts shook Dorvale on Sunday. The first came at ${s}.`).slice(1).map((d) => [d.text, valueAt(d, REF), d.zone]);
    expect(at('0815 GMT')).toEqual([['0815 GMT', '2024-03-10T08:15', 'GMT']]);
    expect(at('1600 UTC')).toEqual([['1600 UTC', '2024-03-10T16:00', 'UTC']]);
    expect(at('10:26 a.m. EDT')).toEqual([['10:26 a.m. EDT', '2024-03-10T10:26', 'EDT']]);
    expect(at('4:17 p.m. local time')).toEqual([['4:17 p.m. local time', '2024-03-10T16:17', 'local']]);
    // no zone, no time; no such hour
    expect(at('0815')).toEqual([]);
    expect(at('2510 GMT')).toEqual([]);
  });

  it('four digits in brackets after a clock time tell that time in another zone: no second time', () => {
    expect(readDates('Two blasts shook Dorvale on Sunday. The first came at 11.26am (1026 GMT).', REF)).toEqual([
      'Sunday → 2024-03-10', '11.26am → 2024-03-10T11:26',
    ]);
  });

  it('a sentence that opens on "It" times the event the story last told, on the day it last named', () => {
    const text = 'A strong quake shook the hills of Dorvale early Sunday. Dozens were hurt. '
      + 'The epicentre lay 40 kilometres from the town of Kessa. It struck at 6:52 a.m. local time.';
    expect(readDates(text, REF)).toEqual(['early Sunday → 2024-03-10', '6:52 a.m. local time → 2024-03-10T06:52']);
    // a year named since: "It" may be that year's event
    const since = 'A strong quake shook Dorvale early Sunday. Dozens were hurt. A larger one struck the town in 1998. It struck at 6:52 a.m.';
    expect(readDates(since, REF)).toEqual(['early Sunday → 2024-03-10', '1998 → 1998']);
  });

  it('no day near, no date: a time alone says nothing of when', () => {
    expect(readDates('The Kessa ferry leaves at 6:20 p.m. every day.', REF)).toEqual([]);
    expect(readDates('Nora Quist arrived at 13 p.m., a typo for 1 p.m.', REF)).toEqual([]);
  });
});
