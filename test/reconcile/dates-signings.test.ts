import { describe, expect, it } from 'vitest';
import { reconcileDates } from '../../src/reconcile/dates.js';
import { mentionsOf } from './helpers.js';

const REF = { referenceDate: '2024-05-15' }; // a Wednesday
const run = (...texts: string[]) => reconcileDates(texts.map((t, i) => mentionsOf(String.fromCharCode(97 + i), t)), REF);
const conflicts = (...texts: string[]) => run(...texts).conflicts.map((c) => [c.type, c.sources.join()]);

describe('a player signing told with different verbs on different days', () => {
  it('"re-signed RB Leo Varga on Tuesday" (two sources) vs "picked up Leo Varga on Monday"', () => {
    const r = run(
      'The Kestrels re-signed RB Leo Varga to fill the gap on the roster on Tuesday.',
      'On Tuesday, the Kestrels signed running back Leo Varga, who spent the spring with the club.',
      'Dorvale picked up Leo Varga on Monday after losing two backs.',
    );
    expect(r.conflicts.map((c) => [c.type, c.sources.join()])).toEqual([['date', 'a,b,c']]);
    expect(r.conflicts[0]!.message).toContain('2024-05-14 (a, b) vs 2024-05-13 (c)');
  });

  it('a story telling two signings on two days still compares each player', () => {
    expect(conflicts(
      'The Kestrels signed Leo Varga on Tuesday and Ned Holt today off the Dorvale practice squad.',
      'The club picked up veteran running back Leo Varga on Monday, and on Wednesday signed Ned Holt.',
    )).toEqual([['date', 'a,b']]);
  });

  it('claimed off waivers is a signing', () => {
    expect(conflicts('The Kestrels claimed Leo Varga off waivers on Monday.', 'The Kestrels signed Leo Varga on Tuesday.')).toEqual([['date', 'a,b']]);
  });

  it.each([
    ['two players', ['The Kestrels signed Leo Varga on Monday.', 'The Kestrels signed Ned Holt on Tuesday.']],
    ['one day', ['The Kestrels re-signed Leo Varga on Tuesday.', 'The Kestrels picked up Leo Varga on Tuesday.']],
    ['a signing of no one named', ['The Kestrels signed a sponsor on Monday.', 'The Kestrels signed a lease for the stadium on Tuesday.']],
    ['picking up the pace is no signing', ['The Kestrels picked up the pace on Monday against Leo Varga.', 'The Kestrels signed Leo Varga on Tuesday.']],
  ])('no conflict: %s', (_why, texts) => {
    expect(run(...texts).conflicts).toEqual([]);
  });
});
