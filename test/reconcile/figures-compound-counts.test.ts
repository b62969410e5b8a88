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

describe('a compound count against the same count given plainly, where the sentence names what it qualifies', () => {
  it.each([
    ['the club the plain count stands in', 'A fire gutted a 150-member clubhouse near the lake.', 'The blaze spread through the club lounge where about 240 members were dining.', 'Sources disagree on members (clubhouse): 150 (a) vs about 240 (b)'],
    ['the hospital that has the beds', 'The county opened a 150-bed hospital last week.', 'The hospital, which has 210 beds, stood empty on Monday.', 'Sources disagree on beds (hospital): 150 (a) vs 210 (b)'],
    ['the crew counted by its members', 'A 40-member crew sailed from the port.', 'The trawler carried a crew of 35.', 'Sources disagree on members (crew): 40 (a) vs 35 (b)'],
    ['a possessive', 'The county opened a 150-bed hospital last week.', "Tom Alder toured the hospital's 210 beds.", 'Sources disagree on beds (hospital): 150 (a) vs 210 (b)'],
  ])('conflict: %s', (_why, a, b, message) => {
    expect(messages(`Story\n${a}`, `Story\n${b}`)).toEqual([message]);
  });

  it('two outlets of the plain count against one of the compound are one conflict', () => {
    expect(messages('Story\nA fire gutted a 150-member clubhouse near the lake.', 'Story\nThe blaze spread through the club lounge where 240 members were dining.',
      'Story\nSmoke filled a club bar where about 240 members had gathered.')).toHaveLength(1);
  });

  it.each([
    ['the sentence names no such thing', 'A shell struck a 150-student school.', 'Some 240 students were moved by bus.'],
    ['several of the thing, not the one', 'A shell struck a 150-student school.', 'Some 240 students from three schools were moved.'],
    ['some of those it holds, struck by the event', 'A shell struck a 150-student school.', 'Forty students from the school were hurt.'],
    ['an addition, not the whole', 'The county opened a 150-bed hospital last week.', 'The hospital added 50 beds.'],
    ['a count of several of the thing', 'A 40-member crew sailed from the port.', 'Two crews sailed from the port.'],
    ['another noun counted in the same place', 'The county opened a 150-bed hospital last week.', 'The hospital has 20 doctors.'],
    ['the same value', 'A shell struck a 240-student school.', 'The shell hit the school where 240 students were in class.'],
  ])('no conflict: %s', (_why, a, b) => {
    expect(messages(`Story\n${a}`, `Story\n${b}`)).toEqual([]);
  });
});
