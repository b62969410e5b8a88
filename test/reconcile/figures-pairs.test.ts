import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { figuresOf } from '../extract/figures/helpers.js';
import { extractText } from '../support/extract.js';

const messages = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(`Story\n${t}`, String.fromCharCode(97 + i)))).conflicts.map((c) => c.message);
const pairs = (input: string) => figuresOf(input).figures.map((f) => [f.text, f.unit, f.pair ?? null]);

describe('two values of one measure given as a pair "A and B"', () => {
  it.each([
    ['Two quakes, measuring 6.8 and 6.5, struck off Harbor Ford.', [['Two', 'count', null], ['6.8', 'magnitude', { n: 1, other: 6.5 }], ['6.5', 'magnitude', { n: 2, other: 6.8 }]]],
    ['Dorvale was hit by 6.8 and 6.4 magnitude quakes.', [['6.8', 'magnitude', { n: 1, other: 6.4 }], ['6.4 magnitude', 'magnitude', { n: 2, other: 6.8 }]]],
    ['Quakes of magnitudes 6.8 and 6.4 struck the coast.', [['6.8', 'magnitude', { n: 1, other: 6.4 }], ['6.4', 'magnitude', { n: 2, other: 6.8 }]]],
    ['The two wells are 40 km and 55 km from the shore.', [['40 km', 'km', { n: 1, other: 55 }], ['55 km', 'km', { n: 2, other: 40 }]]],
  ])('%s', (input, expected) => {
    expect(pairs(input)).toEqual(expected);
  });

  it.each([
    ['a list of three', 'Tremors of magnitude 5.4, 5.9 and 6.3 struck.'],
    ['two units', 'The quake had a magnitude of 6.8 and a depth of 10 km.'],
    ['a range', 'The wells lie between 40 and 55 km from the shore.'],
  ])('no pair: %s', (_why, input) => {
    expect(figuresOf(input).figures.filter((f) => f.pair)).toEqual([]);
  });
});

describe('pairs whose first values agree: the second values are one quantity', () => {
  it('"measuring 6.8 and 6.5" vs "6.8 and 6.4 magnitude quakes" (twice) is a conflict about the second quake', () => {
    expect(messages('Two quakes, measuring 6.8 and 6.5, struck off Harbor Ford.', 'Harbor Ford was hit by 6.8 and 6.4 magnitude quakes on Sunday.', 'Residents fled after 6.8 and 6.4 magnitude quakes.'))
      .toEqual(['Sources disagree on earthquake: 6.5 magnitude (a) vs 6.4 magnitude (b, c)']);
  });

  it('"quakes of magnitudes 6.8 and 6.5" vs "6.8 and 6.4 magnitude quakes"', () => {
    expect(messages('Quakes of magnitudes 6.8 and 6.5 struck the coast.', 'The coast was hit by 6.8 and 6.4 magnitude quakes.')).toHaveLength(1);
  });

  it('the second values agree, the first differ: a conflict about the first', () => {
    expect(messages('Two quakes, measuring 6.8 and 6.5, struck off Harbor Ford.', 'Harbor Ford was hit by 6.9 and 6.5 magnitude quakes on Sunday.'))
      .toEqual(['Sources disagree on earthquake: 6.8 magnitude (a) vs 6.9 magnitude (b)']);
  });

  it.each([
    ['neither value agrees', 'Two quakes, measuring 6.8 and 6.5, struck off Harbor Ford.', 'Harbor Ford was hit by 6.9 and 6.4 magnitude quakes.'],
    ['the pairs in other orders', 'Two quakes, measuring 6.8 and 6.5, struck off Harbor Ford.', 'Harbor Ford was hit by 6.4 and 6.8 magnitude quakes.'],
    ['a single figure against a pair: which of the two?', 'Two quakes, measuring 6.8 and 6.5, struck off Harbor Ford.', 'The 6.6 magnitude quake shook Harbor Ford.'],
    ['pairs of other units', 'Two quakes, measuring 6.8 and 6.5, struck off Harbor Ford.', 'The quakes struck 6.8 km and 6.4 km deep.'],
    ['an earlier pair, dated by its year', 'Two quakes, measuring 6.8 and 6.5, struck off Harbor Ford.', 'In 2009, two quakes measuring 6.8 and 6.2 struck the same coast.'],
    ['an outlet that gives both second values', 'Two quakes, measuring 6.8 and 6.5, struck off Harbor Ford. Later reports put them at 6.8 and 6.4 magnitude.', 'Harbor Ford was hit by 6.8 and 6.4 magnitude quakes.'],
  ])('no conflict: %s', (_why, a, b) => {
    expect(messages(a, b)).toEqual([]);
  });
});
