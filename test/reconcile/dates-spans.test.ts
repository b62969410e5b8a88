import { describe, expect, it } from 'vitest';
import { reconcileDates } from '../../src/reconcile/dates.js';
import { mentionsOf } from './helpers.js';

const REF = { referenceDate: '2024-11-15' };
const run = (...texts: string[]) => reconcileDates(texts.map((t, i) => mentionsOf(String.fromCharCode(97 + i), t)), REF);
const conflicts = (...texts: string[]) => run(...texts).conflicts.map((c) => [c.type, c.sources.join()]);

// Invented sentences.
describe('a span of years told as holding a set of past events, against one year outside it', () => {
  it('"five prior DUI convictions, stretching from 1986 to 1988" vs "an earlier DWI conviction … from 1997"', () => {
    const r = run(
      'The Dorvale clerk lists for Tom Alder five prior DUI convictions, stretching from 1986 to 1988.',
      'Records also name an earlier DWI conviction for Alder in Harbor Ford from 1997.',
    );
    expect(r.conflicts.map((c) => [c.type, c.sources.join()])).toEqual([['date', 'a,b']]);
    expect(r.conflicts[0]!.message).toContain('1986–1988 (a) vs 1997 (b)');
  });

  it('"all between" covers the set; drunk driving named two ways', () => {
    expect(conflicts(
      'Alder had two previous arrests for drunk driving, all between 1966 and 1969.',
      'He was previously arrested for driving under the influence in 1963, police said.',
    )).toEqual([['date', 'a,b']]);
  });

  it('"had previously been convicted of …" is one of the set', () => {
    expect(conflicts(
      'Tom Alder has four prior OWI convictions, spanning 1986 to 1988.',
      'Alder had previously been convicted of operating while intoxicated in 1995.',
    )).toEqual([['date', 'a,b']]);
  });

  it('"earlier" as an adverb tells no past set: the story\'s own arrest, dated apart, still disagrees', () => {
    expect(conflicts('Police arrested Tom Alder earlier Tuesday in Orva.', 'Police arrested Tom Alder on Monday in Orva.')).toEqual([['date', 'a,b']]);
  });

  it.each([
    ['a year inside the span', ['Tom Alder has five prior DUI convictions, stretching from 1986 to 1988.', 'Alder has an earlier DWI conviction from 1987.']],
    ['two offences', ['Tom Alder has two prior assault convictions, spanning 1985 to 1987.', 'Alder had a prior theft conviction in 1997.']],
    ['no offence named on one side', ['Tom Alder has five prior convictions, stretching from 1986 to 1988.', 'Alder has an earlier DWI conviction from 1997.']],
    ['a span not told as holding the set', ['Tom Alder had prior DUI convictions from 1986 to 1988.', 'Alder has an earlier DWI conviction from 1997.']],
    ['the story\'s own conviction, no prior one', ['Tom Alder has five prior DUI convictions, stretching from 1986 to 1988.', 'Alder was convicted of drunk driving in 1997 for the crash.']],
    ['two members of a set, dated by two outlets', ['Tom Alder has a prior DUI conviction from 1987.', 'Tom Alder has a prior DUI conviction from 1997.']],
    ['one source telling both', ['Tom Alder has five prior DUI convictions, stretching from 1986 to 1988. He has an earlier DWI conviction from 1997.']],
  ])('no conflict: %s', (_why, texts) => {
    expect(run(...texts).conflicts).toEqual([]);
  });

  it('a career and one season inside it agree: "played from 1968 to 1976" vs "played in 1972"', () => {
    expect(run('Ned Holt played for the Dorvale Kestrels from 1968 to 1976.', 'Ned Holt played for the Dorvale Kestrels in 1972.').conflicts).toEqual([]);
  });

  it('a career and a season outside it still disagree', () => {
    expect(conflicts('Ned Holt played for the Dorvale Kestrels from 1968 to 1976.', 'Ned Holt played for the Dorvale Kestrels in 1981.')).toEqual([['date', 'a,b']]);
  });
});
