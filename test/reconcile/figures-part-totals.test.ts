import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { figuresOf } from '../extract/figures/helpers.js';
import { extractText } from '../support/extract.js';

const run = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(t, String.fromCharCode(97 + i))));
const messages = (...texts: string[]) => run(...texts).conflicts.map((c) => c.message);
const totals = (input: string) => figuresOf(input).figures.filter((f) => f.rule === 'count-parts');

describe('a total told as its parts', () => {
  it('sums the sentence\'s own parts when a count derived from a rank stands beside them, with their exact span', () => {
    const input = 'Police say this is her third OWI, and in the crash 2 people were seriously hurt and 5 slightly.';
    const [t] = totals(input);
    expect([t!.value, t!.text, input.slice(t!.start, t!.end)]).toEqual([7, '2 people were seriously hurt and 5', '2 people were seriously hurt and 5']);
  });

  it.each([
    ['Nine people were seriously injured and 230 suffered minor injuries.', 239, 'exact', 239, 239],
    ['At least 40 people were hospitalised with head wounds while 260 others were treated as outpatients.', 300, 'at least', 300, null],
    ['Officials said 12 were badly hurt and about 60 were slightly hurt.', 72, 'about', 66, 78],
    ['Six residents were critically injured, with 25 less seriously injured.', 31, 'exact', 31, 31],
  ])('%s', (input, value, qualifier, min, max) => {
    const [t, ...rest] = totals(input);
    expect(rest).toEqual([]);
    expect([t?.value, t?.qualifier, t?.min, t?.max, t?.subject]).toEqual([value, qualifier, min, max, 'injured']);
  });

  it('keeps the spans of its parts, each with its exact text', () => {
    const input = 'Nine people were seriously injured and 230 suffered minor injuries.';
    const [t] = totals(input);
    expect(t!.parts!.map((p) => [p.text, input.slice(p.start, p.end)])).toEqual([['Nine', 'Nine'], ['230', '230']]);
    expect(input.slice(t!.start, t!.end)).toBe(t!.text);
    const ev = run(`Quake in Dorvale\n${input}`).facts.find((f) => f.type === 'figure' && f.value === 239)!.evidence[0]!;
    expect(ev.parts!.map((p) => [p.text, p.line])).toEqual([['Nine', 2], ['230', 2]]);
  });

  it.each([
    ['the dead and the hurt', 'Five people died and 20 were seriously injured.'],
    ['the dead and the missing', 'Seven people were killed and 12 are missing.'],
    ['a part of the hurt', 'The quake injured 40 people, eight of them seriously.'],
    ['one side named twice', 'Eight were seriously injured and 30 were critically injured.'],
    ['severity of no hurt', 'Police logged 3 serious crimes and 40 minor offences.'],
    ['two lines, one side each', 'Eight were seriously injured and 30 were taken to hospital.'],
  ])('no total: %s', (_why, input) => {
    expect(totals(input)).toEqual([]);
  });
});

describe('totals told as parts against other outlets’ totals', () => {
  it('7 + 184 against 60 hospitalised + 240 outpatients is a conflict of the injured', () => {
    expect(messages(
      'Quake hits Dorvale\nSeven people were seriously injured and 184 suffered minor injuries.',
      'Quake hits Dorvale\nAt least 60 people were hospitalised with wounds while 240 others were treated as outpatients.',
    )).toEqual(['Sources disagree on injured: 191 (a) vs at least 300 (b)']);
  });

  it('a total told as parts against a bare toll of the hurt', () => {
    expect(messages('Quake hits Dorvale\nSeven people were seriously injured and 184 suffered minor injuries.', 'Quake hits Dorvale\nThe quake injured 120 people.')).toHaveLength(1);
  });

  it.each([
    ['"more than 180 injured" and 7 + 184', 'More than 180 people were injured in the quake.', 'Seven people were seriously injured and 184 suffered minor injuries.'],
    ['"about 190 injured" and 7 + 184', 'About 190 people were injured in the quake.', 'Seven people were seriously injured and 184 suffered minor injuries.'],
    ['a part against a whole: "7 seriously injured" and "45 injured"', 'Seven people were seriously injured in the quake.', 'The quake injured 45 people.'],
    ['the dead against the parts of the hurt', 'The quake killed 12 people.', 'Seven people were seriously injured and 184 suffered minor injuries.'],
  ])('no conflict: %s', (_why, a, b) => {
    expect(messages(`Quake hits Dorvale\n${a}`, `Quake hits Dorvale\n${b}`)).toEqual([]);
  });
});
