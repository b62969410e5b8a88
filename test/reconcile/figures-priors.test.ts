import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { contentKeys } from '../../src/reconcile/figures-keys.js';
import { figuresOf } from '../extract/figures/helpers.js';
import { extractText } from '../support/extract.js';

// Invented sentences: a person's earlier offences, counted as a number or told by the rank of the one at hand.
const run = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(t, String.fromCharCode(97 + i))));
const messages = (...texts: string[]) => run(...texts).conflicts.map((c) => c.message);
const derived = (input: string) => figuresOf(input).figures.filter((f) => f.rule === 'ordinal-prior').map((f) => [f.text, f.value, f.priors?.offence, f.priors?.step]);
const priorCounts = (input: string) => figuresOf(input).figures.filter((f) => f.priors && f.rule !== 'ordinal-prior').map((f) => [f.text, f.value, f.priors?.offence, f.priors?.step]);

describe('a rank of the offence at hand counts the earlier ones', () => {
  it.each([
    ['Police said this is his third OWI.', 'third', 2, 'dui', 'offence'],
    ['It was her third arrest for shoplifting.', 'third', 2, 'shoplifting', 'arrest'],
    ['The crash marks his fourth drunk-driving conviction.', 'fourth', 3, 'dui', 'conviction'],
    ['Alder was charged with his 3rd OWI.', '3rd', 2, 'dui', 'offence'],
    ['It is the second time he has been charged with driving under the influence.', 'second', 1, 'dui', 'charge'],
    ['Ms. Orlen was arrested for DUI for a third time.', 'third', 2, 'dui', 'arrest'],
    ['It was the fifth time that Ben Corliss had been convicted.', 'fifth', 4, '', 'conviction'],
    ['Records show it was his third prison term.', 'third', 2, '', 'term'],
  ])('%s', (input, text, value, offence, step) => {
    expect(derived(input)).toEqual([[text, value, offence, step]]);
  });

  it('keeps the ordinal’s exact span as evidence, with its own rule', () => {
    const input = 'Crash in Dorvale\nAccording to court papers, this is his third OWI.';
    const fact = run(input).facts.find((f) => f.type === 'figure' && f.evidence.some((e) => e.rule === 'ordinal-prior'))!;
    expect([fact.value, fact.unit, fact.subject]).toEqual([2, 'count', 'prior OWI']);
    const ev = fact.evidence[0]!;
    expect([ev.text, input.slice(ev.start, ev.end), ev.line]).toEqual(['third', 'third', 2]);
  });

  it.each([
    ['a win', 'It was the second time the team has won.'],
    ['a team’s arrests', 'It is the second time a player has been arrested.'],
    ['a crowd arrested', 'Police arrested 40 marchers for the second time.'],
    ['a period', 'It was his third OWI arrest this year.'],
    ['a period before the verb', 'This is the second time this year he has been arrested.'],
    ['a period after the offence', 'It was her third arrest for theft in two years.'],
    ['a term in office', 'This is his second term in office.'],
    ['a season', 'It was his third season with the club.'],
    ['a game', 'It was her fourth game since the injury.'],
    ['an earlier offence, not the one at hand', 'Her third OWI conviction came in 2009.'],
    ['a club’s count', 'This is the second DUI arrest for the club.'],
    ['a place, not an offence', 'It was his second Dorvale arrest.'],
  ])('no count: %s', (_why, input) => {
    expect(derived(input)).toEqual([]);
  });
});

describe('counts of earlier offences', () => {
  it.each([
    ['Ray Tolvin has four prior DUI convictions.', 'four', 4, 'dui', 'conviction'],
    ['He has two previous convictions for drunk driving.', 'two', 2, 'dui', 'conviction'],
    ['She has one prior conviction.', 'one', 1, '', 'conviction'],
    ['Tolvin had four earlier arrests, records show.', 'four', 4, '', 'arrest'],
    // The years date the earlier offences: the count is still of the offences before the one at hand.
    ['He has four prior DWIs, from 2001 to 2004.', 'four', 4, 'dui', 'offence'],
  ])('%s', (input, text, value, offence, step) => {
    expect(priorCounts(input)).toEqual([[text, value, offence, step]]);
  });

  it('"a prior conviction" gives no number', () => {
    expect(figuresOf('He has a prior conviction for theft.').figures).toEqual([]);
  });

  it('a count over a period is no count of all earlier offences', () => {
    expect(priorCounts('He has four prior convictions in the past five years.')).toEqual([]);
  });

  it('every name of drunk driving is one offence', () => {
    for (const p of ['DUI', 'DWI', 'OWI', 'OUI', 'drunk driving', 'drunken-driving', 'driving while intoxicated', 'driving while impaired', 'driving under the influence of alcohol']) {
      expect(contentKeys(`prior ${p} convictions`)).toEqual(['convict', 'dui']);
    }
  });
});

describe('a rank against a count of earlier offences', () => {
  it('"four prior DUI convictions" against "this is his third OWI" (two earlier) is a conflict', () => {
    expect(messages(
      // (The years date the earlier convictions: the count is no other event's.)
      'Crash in Dorvale\nThe driver, Ray Tolvin, has four prior DUI convictions, from 2001 to 2004, court files say.',
      'Crash in Dorvale\nPolice say this is his third OWI.',
      'Crash in Dorvale\nTolvin, 41, has four prior drunk-driving convictions.',
    )).toEqual(['Sources disagree on prior DUI convictions: 4 (a, c) vs 2 (b)']);
  });

  it('"four prior convictions" against "his second conviction" is a conflict', () => {
    expect(messages(
      'Trial in Dorvale\nRay Tolvin has four prior convictions.',
      'Trial in Dorvale\nFor Tolvin it was his second conviction.',
    )).toEqual(['Sources disagree on prior convictions: 4 (a) vs 1 (b)']);
  });

  it('"his fourth conviction" agrees with "three previous convictions"', () => {
    const out = run('Trial in Dorvale\nRay Tolvin has three previous convictions.', 'Trial in Dorvale\nThe verdict marks his fourth conviction.');
    expect(out.conflicts).toEqual([]);
    expect(out.facts.find((f) => f.type === 'figure' && f.value === 3 && f.unit === 'count')!.sources).toEqual(['a', 'b']);
  });

  it.each([
    ['other offences', 'Ray Tolvin has two prior theft convictions.', 'Police said this is his fourth DWI.'],
    ['an offence against none named', 'Ray Tolvin has four prior convictions.', 'Police said this is his third OWI.'],
    ['arrests against convictions', 'Ray Tolvin has four prior arrests.', 'For Tolvin it was his second conviction.'],
    ['a period', 'Ray Tolvin has four prior DUI convictions.', 'It was his third OWI arrest this year.'],
    ['"a prior" is no number', 'Ray Tolvin has a prior OWI conviction.', 'Police said this is his third DWI.'],
    ['two people', 'Ray Tolvin has four prior DUI convictions.', 'For passenger Lia Moren, this is her fourth OWI.'],
  ])('no conflict: %s', (_why, a, b) => {
    expect(messages(`Crash in Dorvale\n${a}`, `Crash in Dorvale\n${b}`)).toEqual([]);
  });

  it('a rank’s count meets no other count of its words', () => {
    expect(messages('Crash in Dorvale\nPolice made 2 DWI stops overnight.', 'Crash in Dorvale\nPolice said this is his third DWI.')).toEqual([]);
  });
});
