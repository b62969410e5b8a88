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

  it('an island or a name is no holiday', () => {
    expect(datesOf('Ships reached Easter Island.')).toEqual([]);
  });
});
