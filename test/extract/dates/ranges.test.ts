import { describe, expect, it } from 'vitest';
import { datesOf } from './support.js';

// Spans of years told in one breath (invented sentences): each year keeps its mention, both share one event.
describe('spans of years', () => {
  it('"from 1986 to 1988": two years, one event without the span\'s words, and the span on both', () => {
    const d = datesOf('Tom Alder coached the Dorvale Kestrels from 1986 to 1988.');
    expect(d.map((x) => [x.text, x.value, x.event, x.range])).toEqual([
      ['1986', '1986', 'Tom Alder coached the Dorvale Kestrels', { from: '1986', to: '1988' }],
      ['1988', '1988', 'Tom Alder coached the Dorvale Kestrels', { from: '1986', to: '1988' }],
    ]);
  });

  it('"stretching from … to" after a comma: the set before the comma, told as covered by the span', () => {
    const d = datesOf('The Orva roofer carries four prior theft convictions, stretching from 1979 to 1983.');
    expect(d.map((x) => [x.text, x.event, x.range])).toEqual([
      ['1979', 'Orva roofer carries four prior theft convictions', { from: '1979', to: '1983', covers: true }],
      ['1983', 'Orva roofer carries four prior theft convictions', { from: '1979', to: '1983', covers: true }],
    ]);
  });

  it.each([
    ['Ruiz was fined five times, all between 2001 and 2004.', { from: '2001', to: '2004', covers: true }],
    ['Output at the Harbor Ford mill fell between 2001 and 2004.', { from: '2001', to: '2004' }],
    ['Ruiz ran the Orva clinic 2001 through 2004.', { from: '2001', to: '2004' }],
    ['Ruiz ran the Orva clinic (2001-04) before moving.', { from: '2001', to: '2004' }],
    ['Ruiz ran the Orva clinic from 2001 - 2004.', { from: '2001', to: '2004' }],
  ])('%s', (text, range) => {
    const d = datesOf(text);
    expect(d.map((x) => x.range)).toEqual([range, range]);
    expect(d[0]!.event).toBe(d[1]!.event);
  });

  it.each([
    ['two years joined by "and" without "between"', 'The mill closed in 2001 and 2004.'],
    ['a later year first', 'The mill closed from 2004 to 2001.'],
    ['a month between', 'The mill closed in 2001 and reopened in March 2004.'],
  ])('no span: %s', (_why, text) => {
    expect(datesOf(text).every((x) => x.range === undefined)).toBe(true);
  });
});
