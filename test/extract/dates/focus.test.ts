import { describe, expect, it } from 'vitest';
import { datesOf, readDates } from './support.js';

// Dates that take their value from the date the story last named (invented sentences).
const REF = '2024-03-13';

describe('the story’s focus', () => {
  it.each([
    ['On May 22, 1995, Ruiz was promoted, and the following year he left.', ['May 22, 1995 → 1995-05-22', 'the following year → 1996']],
    ['Ruiz fled in June 1998 and returned later that year.', ['June 1998 → 1998-06', 'later that year → 1998']],
    ['The mill burned on April 2, 2001. That same day the owner fled.', ['April 2, 2001 → 2001-04-02', 'That same day → 2001-04-02']],
    ['The mill burned on April 2, 2001, and the next day the owner fled.', ['April 2, 2001 → 2001-04-02', 'the next day → 2001-04-03']],
    ['The dam failed on Monday and the next day the town flooded.', ['Monday → 2024-03-11', 'the next day → 2024-03-12']],
  ])('%s', (input, expected) => {
    expect(readDates(input, REF)).toEqual(expected);
  });

  it('"two days later", "six months later", "two years earlier" count from the date last named; with none, date nothing', () => {
    expect(readDates('The ferry sank on Oct. 3, 2023. Two days later, the captain resigned.', REF))
      .toEqual(['Oct. 3, 2023 → 2023-10-03', 'Two days later → 2023-10-05']);
    expect(readDates('The mill opened in March 2020. Six months later the mine closed.', REF))
      .toEqual(['March 2020 → 2020-03', 'Six months later → 2020-09']);
    expect(readDates('The mill opened in 2019. Two years earlier, the mine had closed.', REF))
      .toEqual(['2019 → 2019', 'Two years earlier → 2017']);
    expect(readDates('The ferry sank on Oct. 3, 2023. Three weeks later, the inquiry opened.', REF))
      .toEqual(['Oct. 3, 2023 → 2023-10-03', 'Three weeks later → 2023-10-24']);
    expect(readDates('Two days later, the captain resigned.', REF)).toEqual([]);
    // a comparison is no date
    expect(readDates('The ferry sank on Oct. 3, 2023. It docked two days later than planned.', REF)).toEqual(['Oct. 3, 2023 → 2023-10-03']);
  });

  it('"by the end of the month" is the month the story last named, or with none the reference’s; "the end of the week" the reference’s week', () => {
    expect(readDates('The council will vote by the end of the month.', REF)).toEqual(['the end of the month → 2024-03']);
    expect(readDates('The dam was finished in June 2023. By the end of the month, it was full.', REF))
      .toEqual(['June 2023 → 2023-06', 'the end of the month → 2023-06']);
    expect(readDates('The strike ends at the end of the week.', REF)).toEqual(['the end of the week → 2024-03-11']);
    // only after a part of the period: "for the month" and "the month" alone are left alone
    expect(readDates('Sales for the month rose, and the month was hard.', REF)).toEqual([]);
  });

  it('"later in the month", "earlier in the year" are the month or year last named, or the reference’s; "earlier in the week" the reference’s week', () => {
    expect(readDates('The board will vote later in the month.', REF)).toEqual(['later in the month → 2024-03']);
    expect(readDates('The mill flooded in June 2023. Later in the month, it closed.', REF)).toEqual(['June 2023 → 2023-06', 'Later in the month → 2023-06']);
    expect(readDates('The mill flooded in 2019. Earlier in the year, the dam had cracked.', REF)).toEqual(['2019 → 2019', 'Earlier in the year → 2019']);
    expect(readDates('The mayor resigned earlier in the week.', REF)).toEqual(['earlier in the week → 2024-03-11']);
  });

  it('"the day before the crash" counts from the crash, not from the date last named', () => {
    expect(readDates('On May 2, 2001, shares fell. The day before the crash, they rose.', REF)).toEqual(['May 2, 2001 → 2001-05-02']);
    expect(readDates('On May 2, 2001, shares fell. The day before, they rose.', REF)).toEqual(['May 2, 2001 → 2001-05-02', 'The day before → 2001-05-01']);
  });

  it('a month holds for a few sentences, and a month without its year moves too: "In October … The following month"', () => {
    expect(readDates('In October, the council approved a budget. It hired two clerks. Taxes rose. The following month, the mayor resigned.', REF))
      .toEqual(['October → 2023-10', 'The following month → 2023-11']);
  });

  it('"the previous Friday" counts from the day last named; "the following Monday" too; with none, from the reference', () => {
    expect(readDates('The ferry sailed on Friday. Crews rested. Fares rose. Traffic was 9% below the previous Friday.', '2024-03-18'))
      .toEqual(['Friday → 2024-03-15', 'the previous Friday → 2024-03-08']);
    expect(readDates('The mill burned on June 3, 2023. The following Monday, Lund quit.', REF))
      .toEqual(['June 3, 2023 → 2023-06-03', 'The following Monday → 2023-06-05']);
    expect(readDates('Prices were flat against the previous Friday.', '2024-03-18')).toEqual(['the previous Friday → 2024-03-15']);
  });

  it('"the next day" two sentences after its day no longer counts from it', () => {
    expect(readDates('The mill burned on April 2, 2001. Crews came. Police said the owner fled the next day.', REF)).toEqual(['April 2, 2001 → 2001-04-02']);
  });

  it('"that day" with no day before it dates nothing', () => {
    expect(datesOf('That day the town flooded.')).toEqual([]);
  });
});
