import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { mentionsOf } from './helpers.js';
import { extractText } from '../support/extract.js';

const run = (...texts: string[]) => reconcileFigures(texts.map((t, i) => mentionsOf(String.fromCharCode(97 + i), t)));

// The counted noun plus the verb family that reaches it ("covers" = "applies to", "burned" = "consumed").
describe('figure conflicts on the counted group', () => {
  it('12,000 workers covered vs 15,000 workers the accord applies to; "healthworkers" count as "workers"', () => {
    const r = run(
      'The settlement covers some 12,000 workers at the city hospitals.',
      'The deal gives about 12,000 healthworkers a pay rise and covers them.',
      'The accord applies to around 15,000 workers, including agency staff.',
    );
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]!.message).toBe('Sources disagree on workers covers: about 12,000 (a, b) vs around 15,000 (c)');
  });

  it('roughly 11 000 hectares burned vs 9,500 hectares consumed', () => {
    const r = run('Flames have burned roughly 11\u00a0000 hectares since Sunday.', 'The fire has so far consumed 9,500 hectares, the agency said.');
    expect(r.conflicts.map((c) => c.message)).toEqual(['Sources disagree on hectares burned: roughly 11,000 ha (a) vs 9,500 ha (b)']);
  });

  it.each([
    ['different verbs, different groups', ['The army evacuated 2,300 people from the valley.', 'A sports hall sheltered about 400 people.']],
    ['a hedge that allows both', ['The blaze burned more than 9,000 hectares.', 'The blaze burned 9,500 hectares.']],
    ['same value, one spelled with a space', ['Flames burned 9 500 hectares.', 'Flames consumed 9,500 hectares.']],
  ])('no conflict: %s', (_why, texts) => {
    expect(run(...texts).conflicts).toEqual([]);
  });
});

describe('sums told as a verb’s second object or an estimate', () => {
  const msgs = (...texts: string[]) => run(...texts).conflicts.map((c) => c.message);

  it('"fined Vexel $5 million" is the fine "a $7 million fine" gives otherwise', () => {
    expect(msgs('The regulator fined Vexel $5 million on Monday.', 'Vexel was ordered to pay a $7 million fine on Monday.')).toEqual(['Sources disagree on fined: $5 million (a) vs $7 million (b)']);
  });

  it('"put the damage at $3.5 billion" is an estimate of the damage', () => {
    expect(msgs('The storm caused $2 billion in damage in Dorvale, insurers said.', 'Insurers put the damage from the Dorvale storm at $3.5 billion.')).toEqual(['Sources disagree on damage caused: $2 billion (a) vs $3.5 billion (b)']);
  });

  it('sums paid to two people stay apart', () => {
    expect(msgs('The council paid Nora Quist $50,000 on Monday.', 'The council paid Owen Hollis $80,000 on Monday.')).toEqual([]);
  });
});

describe('counts news gives in many words', () => {
  // Whole extraction, so the places a count names are known.
  const msgs = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(t, 'abc'[i]))).conflicts.map((c) => c.message);

  it.each([
    ['jobs cut, shed or axed', 'Vexel will cut 1,200 jobs at its Dorvale plant, the company said.', 'Vexel plans to shed 1,500 jobs at its Dorvale plant.', 'Sources disagree on jobs cut: 1,200 (a) vs 1,500 (b)'],
    ['a crowd of protesters or demonstrators', 'An estimated 10,000 protesters marched through Dorvale on Saturday.', 'Some 50,000 demonstrators marched through Dorvale on Saturday, organisers said.', 'Sources disagree on protesters marched: an estimated 10,000 (a) vs some 50,000 (b)'],
    ['a crowd that gathered or turned out', 'About 2,000 people gathered for the rally in Dorvale on Saturday.', 'More than 8,000 people turned out for the Dorvale rally on Saturday.', 'Sources disagree on people gathered: about 2,000 (a) vs more than 8,000 (b)'],
    ['a crowd put at a number', 'Police said 2,000 people attended the Dorvale rally.', 'Organisers put the crowd at 10,000.', 'Sources disagree on people attended: 2,000 (a) vs 10,000 (b)'],
    ['a share of the vote', 'Nora Quist won 54 percent of the vote in Dorvale.', 'Nora Quist won 58% of the vote in Dorvale.', 'Sources disagree on vote won: 54% (a) vs 58% (b)'],
  ])('%s', (_why, a, b, message) => {
    expect(msgs(a, b)).toEqual([message]);
  });

  it('crowds of two places or two days, and shares of two people, stay apart', () => {
    expect(msgs('About 10,000 protesters marched in Dorvale on Saturday.', 'About 3,000 protesters marched in Lampton on Saturday.')).toEqual([]);
    expect(msgs('About 10,000 protesters marched through Dorvale on Saturday.', 'About 3,000 protesters marched through Dorvale on Sunday.')).toEqual([]);
    expect(msgs('Nora Quist won 54 percent of the vote in Dorvale.', 'Owen Hollis won 41 percent of the vote in Dorvale.')).toEqual([]);
    // Two rounds of one vote.
    expect(msgs('Nora Quist won 54 percent of the vote in the first round.', 'Nora Quist won 61 percent of the vote in the runoff.')).toEqual([]);
  });
});

describe('one person’s prison term, however told', () => {
  const msgs = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(t, 'abc'[i]))).conflicts.map((c) => c.message);

  it('"sentenced to 12 years", "jailed for 15 years" and "a 15-year sentence" for one named person disagree', () => {
    expect(msgs('Owen Hollis was sentenced to 12 years in prison on Monday.', 'Owen Hollis was jailed for 15 years on Monday.')).toEqual(['Sources disagree on sentenced: 12 years (a) vs 15 years (b)']);
    expect(msgs('Owen Hollis was sentenced to 12 years in prison on Monday.', 'Owen Hollis received a 15-year sentence on Monday.')).toEqual(['Sources disagree on sentenced: 12 years (a) vs 15 years (b)']);
  });

  it('two people’s terms, or a term given to no one named, stay apart', () => {
    expect(msgs('Owen Hollis was sentenced to 12 years in prison on Monday.', 'Nora Quist was sentenced to 15 years in prison on Monday.')).toEqual([]);
    expect(msgs('Owen Hollis was sentenced to 12 years in prison on Monday.', 'The driver received a 15-year sentence on Monday.')).toEqual([]);
  });

  it('the passengers aboard are counted as a toll is', () => {
    expect(msgs('The ferry was carrying 120 passengers when it sank off Dorvale.', 'There were 150 passengers aboard the ferry that sank off Dorvale.')).toEqual(['Sources disagree on passengers: 120 (a) vs 150 (b)']);
  });

  it('a day among what a count includes does not date the count', () => {
    expect(msgs('Ana Ruiz missed 11 games with the knee injury, including the loss to Kessa on Sunday.', 'Ana Ruiz missed 14 games with the knee injury, including the defeat at Vell on Saturday.')).toEqual(['Sources disagree on games missed: 11 (a) vs 14 (b)']);
    // a count told of a day stays that day's
    expect(msgs('Police arrested 14 people on Monday in Dorvale.', 'Police arrested 40 people on Saturday in Dorvale.')).toEqual([]);
  });
});
