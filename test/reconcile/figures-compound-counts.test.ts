import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { figuresOf } from '../extract/figures/helpers.js';
import { extractText } from '../support/extract.js';

const messages = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(t, String.fromCharCode(97 + i)))).conflicts.map((c) => c.message);
const brief = (input: string) => figuresOf(input).figures.map((f) => [f.text, f.value, f.unit, f.subject]);

describe('a count written as a compound adjective counts the noun after the hyphen', () => {
  it.each([
    ['A shell hit a 150-student school in Maren.', '150-student', 150, 'students (school)'],
    ['The county opened a 40-bed hospital on the coast.', '40-bed', 40, 'beds (hospital)'],
    ['A 12-member crew sailed the trawler out of Port Edda.', '12-member', 12, 'members (crew)'],
    ['The 300-strong force crossed the river at dawn.', '300-strong', 300, 'members (force)'],
    ['A nine-judge panel was named for the appeal.', 'nine-judge', 9, 'judges (panel)'],
    ['The 1,500-seat arena stood empty.', '1,500-seat', 1500, 'seats (arena)'],
  ])('%s', (input, text, value, subject) => {
    expect(brief(input)).toContainEqual([text, value, 'count', subject]);
  });

  it.each([
    ['a weight', 'A 200-pound man was held at the gate.', [['200-pound', 200, 'lb']]],
    ['an age', 'A 10-year-old was hurt in the crash.', [['10-year-old', 10, 'years']]],
    ['a score', 'Harlow took a 3-0 win at home.', []],
    ['a split', 'The firms agreed a 50-50 split of the fund.', []],
    ['a number of times', 'The two-time champion lost in Tessby.', []],
    ['talks of many sides', 'The three-way talks ended at noon.', []],
    ['no noun after the compound', 'The squad was 300-strong, officers said.', []],
  ])('stays what it was: %s', (_why, input, expected) => {
    expect(figuresOf(input).figures.map((f) => [f.text, f.value, f.unit])).toEqual(expected);
  });
});

describe('compound counts across outlets', () => {
  it('"a 40-bed hospital" vs "a 60-bed hospital" is a conflict', () => {
    expect(messages('Clinic opens\nThe county opened a 40-bed hospital in Maren.', 'Clinic opens\nThe county opened a 60-bed hospital in Maren.')).toEqual(['Sources disagree on beds (hospital): 40 (a) vs 60 (b)']);
  });

  it('"a 12-member crew" vs "the 14-strong crew" is a conflict: both count the crew’s members', () => {
    expect(messages('Trawler lost\nA 12-member crew sailed from Port Edda.', 'Trawler lost\nThe 14-strong crew sailed from Port Edda.')).toHaveLength(1);
  });

  it.each([
    ['different things of one head noun', 'The county opened a 40-bed hospital in Maren.', 'The county opened a 300-staff hospital in Maren.'],
    ['one noun of different heads', 'A 12-member crew sailed from Port Edda.', 'A 30-member committee met in Port Edda.'],
    ['the same count', 'The county opened a 40-bed hospital in Maren.', 'The new 40-bed hospital in Maren opened.'],
  ])('no conflict: %s', (_why, a, b) => {
    expect(messages(`Story\n${a}`, `Story\n${b}`)).toEqual([]);
  });
});
