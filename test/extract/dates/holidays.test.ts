import { describe, expect, it } from 'vitest';
import { datesOf, readDates } from './support.js';

// Holidays whose date is the same everywhere (invented sentences).
describe('holidays', () => {
  it.each([
    ['The boat was found on Thanksgiving Day.', '2024-01-10', ['Thanksgiving Day → 2023-11-23']],
    ['The boat was found last Thanksgiving.', '2024-01-10', ['last Thanksgiving → 2023-11-23']],
    ['The shop was robbed on Christmas Eve.', '2024-01-10', ['Christmas Eve → 2023-12-24']],
    ['Pilgrims gathered on Good Friday.', '2024-04-10', ['Good Friday → 2024-03-29']],
    ['The march is planned for Easter.', '2025-03-01', ['Easter → 2025-04-20']],
  ])('%s', (input, ref, expected) => {
    expect(readDates(input, ref)).toEqual(expected);
  });

  it('a fixed holiday whose clause names its year is that year’s: "the Boxing Day storm in 1999"', () => {
    expect(readDates('The coast never recovered from the Boxing Day storm in 1999, the mayor said.', '2024-01-10')).toEqual(['Boxing Day → 1999-12-26', '1999 → 1999']);
    expect(readDates('Dorvale still mourns the "Christmas Day" fire and flood in 2011.', '2024-01-10')).toEqual(['Christmas Day → 2011-12-25', '2011 → 2011']);
    // A comma ends the clause: "On Christmas Day, prices in 2023 rose" is last Christmas.
    expect(readDates('On Christmas Day, the shop said prices in 2019 were lower.', '2024-01-10')[0]).toBe('Christmas Day → 2023-12-25');
  });

  it('an island or a name is no holiday', () => {
    expect(datesOf('Ships reached Easter Island.')).toEqual([]);
  });
});
