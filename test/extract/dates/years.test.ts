import { describe, expect, it } from 'vitest';
import { datesOf } from './support.js';

// Years written as ranges, decades and words (invented sentences).
describe('years', () => {
  it('a range of years is two dates, each with its own digits', () => {
    const d = datesOf('The 2009-2010 season and the 1957-58 drought were the worst.');
    expect(d.map((x) => [x.text, x.value, x.rule])).toEqual([
      ['2009', '2009', 'year-range'], ['2010', '2010', 'year-range'], ['1957', '1957', 'year-range'], ['58', '1958', 'year-range'],
    ]);
  });

  it('four digits that are no year: a 24-hour clock, a measure, a count after "more than"', () => {
    expect(datesOf('Blasts shook Kessa on Thursday at 3 p.m. (1500 GMT) and at 1600 hours.').map((x) => x.text)).toEqual(['Thursday', '3 p.m.']);
    expect(datesOf('Ana Ruiz ran for 1240 yards in 2019.').map((x) => x.text)).toEqual(['2019']);
    expect(datesOf('The fund owns more than 1700 homes in Kessa.')).toEqual([]);
    expect(datesOf('The abbey was founded in 1190 and rebuilt in 1230.').map((x) => x.value)).toEqual(['1190', '1230']);
  });

  it('"between 1991 and 1998" is two years', () => {
    expect(datesOf('Output fell between 1991 and 1998.').map((x) => x.value)).toEqual(['1991', '1998']);
  });

  it.each([
    ['Rents doubled in the 1980s.', '1980s', '198'],
    ['The port boomed in the late 1970s.', 'the late 1970s', '197'],
    ['The tram closed in the ’80s.', '’80s', '198'],
  ])('decade: %s', (input, text, value) => {
    expect(datesOf(input).map((x) => [x.text, x.value, x.granularity])).toEqual([[text, value, 'decade']]);
  });

  it('years in words: "in nineteen ninety-six", "by the year two thousand"', () => {
    expect(datesOf('The pier burned in nineteen ninety-six.').map((x) => [x.text, x.value])).toEqual([['nineteen ninety-six', '1996']]);
    expect(datesOf('She promised jobs by the year two thousand.').map((x) => [x.text, x.value])).toEqual([['the year two thousand', '2000']]);
  });

  it.each([
    ['Lund restored a 20th century tram.', '20th century', '19'],
    ['The 11th-century chapel reopened.', '11th-century', '10'],
    ['Mills spread in the nineteenth century.', 'nineteenth century', '18'],
  ])('century: %s', (input, text, value) => {
    expect(datesOf(input).map((x) => [x.text, x.value, x.granularity])).toEqual([[text, value, 'century']]);
  });

  it('decades in words: "in the nineties", but not "highs in the nineties" nor "in their forties"', () => {
    expect(datesOf('Tram use rose in the nineties.').map((x) => [x.text, x.value, x.granularity])).toEqual([['the nineties', '199', 'decade']]);
    expect(datesOf('Highs were in the nineties, and both men are in their forties.')).toEqual([]);
  });

  it('a year after a possessive name is a date; a year in words after a name too; digits after a name are the name', () => {
    expect(datesOf('Tarvo’s 2019 profit doubled.').map((x) => x.value)).toEqual(['2019']);
    expect(datesOf('Games of Oslo nineteen ninety-six.').map((x) => x.value)).toEqual(['1996']);
    expect(datesOf('FC Norden 1911 won.')).toEqual([]);
  });

  it('a range never becomes a figure: "2009-2010" is no count', () => {
    expect(datesOf('Exports grew 4% in 2009-2010.').map((x) => x.granularity)).toEqual(['year', 'year']);
  });
});
