import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { extractText } from '../support/extract.js';

// Invented sentences: one quantity worded with different heads, units or verbs.
const messages = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(t, String.fromCharCode(97 + i)))).conflicts.map((c) => c.message);
const subjects = (text: string) => extractText(text).figures.map((f) => `${f.text} = ${f.subject}`);

describe('where a toll was taken: "killed 9,000 people in 12 countries"', () => {
  it('names the count of places with the toll’s word', () => {
    expect(subjects('A flood wave killed 9,000 people in 12 countries along the Vell river.')).toEqual(['9,000 = people killed', '12 = countries killed']);
    expect(subjects('Storms hurt dozens of people across 40 villages.')).toContain('40 = villages hurt');
  });

  it('two outlets’ counts of those places disagree', () => {
    expect(messages(
      'In 1998 a flood wave killed 9,000 people in 12 countries along the Vell river.',
      'In 1998, a flood wave on the Vell killed 9,000 people in 11 countries.',
    )).toEqual(['Sources disagree on countries killed: 12 (a) vs 11 (b)']);
  });

  it('other counts of countries stay apart', () => {
    expect(messages('A flood wave killed 9,000 people in 12 countries.', 'Four countries sent rescue teams to the Vell delta.')).toEqual([]);
    expect(messages('A flood wave killed 9,000 people in 12 countries.', 'Rescue teams came from 30 countries.')).toEqual([]);
  });
});

describe('how long a quake shook, whatever the verb or the unit', () => {
  it('"felt clearly for about 20 seconds" and "shook houses for about two minutes" disagree', () => {
    expect(messages(
      'A strong quake hit the Vell coast on Monday. The quake was felt clearly for about 20 seconds, officials said.',
      'A strong quake hit the Vell coast on Monday. The tremor shook houses for about two minutes, a witness said.',
    )).toEqual(['Sources disagree on felt clearly: about 20 seconds (a) vs about 2 minutes (b)']);
  });

  it('one minute is named in the singular', () => {
    expect(messages(
      'A strong quake hit the Vell coast on Monday. It was felt clearly for about 20 seconds, officials said.',
      'A strong quake hit the Vell coast on Monday. The tremor shook houses for about one minute, a witness said.',
    )).toEqual(['Sources disagree on felt clearly: about 20 seconds (a) vs about 1 minute (b)']);
  });

  it('one length in two units agrees; other spans of seconds or minutes stay apart', () => {
    expect(messages('The quake was felt for about 60 seconds in Vell.', 'The quake shook the town for about a minute.')).toEqual([]);
    expect(messages('The quake was felt for about 20 seconds.', 'Rescuers searched the rubble for about 40 minutes.')).toEqual([]);
    expect(messages('The quake was felt for about 20 seconds.', 'The minister spoke for about 10 minutes.')).toEqual([]);
  });
});

describe('a count in a place told as a part of a larger area: "in Kell, the capital of Varo district"', () => {
  const lead = 'A quake shook Dorvale province on Monday.';
  it('is that place’s count, not the story’s whole', () => {
    const scopes = (text: string) => extractText(text).figures.map((f) => `${f.text} = ${f.scope ?? ''}`);
    expect(scopes('At least seven people were injured and 12 homes were damaged in Kell, the capital of Varo district, said Tom Alder.')).toEqual(['At least seven = local', '12 = local']);
    expect(scopes('Nine people were hurt in the remote village of Orsa.')).toEqual(['Nine = local']);
    expect(scopes('In Brannock, a town in the north of Dorvale, 12 homes collapsed.')).toEqual(['12 = local']);
    // The area itself, a place of 48,000, a place named with no part of a larger one: the count stays the story's.
    expect(scopes('The quake injured 40 people in Dorvale province.')).toEqual(['40 = ']);
    expect(scopes('Nine people were hurt in Kell, a town of 48,000 people.').slice(0, 1)).toEqual(['Nine = ']);
    expect(scopes('Nine people were hurt in Kell on Monday.')).toEqual(['Nine = ']);
  });

  it('stands on no side of the area’s toll', () => {
    expect(messages(
      `${lead} The quake injured more than 300 people, officials said.`,
      `${lead} At least six people were hurt and 14 homes were wrecked in Kell, the capital of Varo district, Tom Alder said.`,
      `${lead} The quake injured at least 60 people, the agency said.`,
    )).toEqual(['Sources disagree on people injured: more than 300 (a) vs at least 60 (c)']);
    expect(messages(`${lead} The quake injured more than 300 people.`, `${lead} Nine people were hurt in the village of Orsa.`)).toEqual([]);
    expect(messages(`${lead} The quake injured more than 300 people.`, 'In Brannock, a town in the north of Dorvale, nine people were hurt by the quake on Monday.')).toEqual([]);
  });

  it('an overall toll that names the area stays on its side', () => {
    expect(messages(`${lead} The quake injured more than 300 people.`, `${lead} The quake struck at dawn, injuring 40 people in Dorvale province.`)).toEqual([
      'Sources disagree on people injured: more than 300 (a) vs 40 (b)',
    ]);
  });

  it('a town’s count above another outlet’s whole is still a disagreement', () => {
    expect(messages(`${lead} Seven people were injured, officials said.`, `${lead} Twelve people were injured in Kell, the capital of Varo district.`)).toEqual([
      'Sources disagree on people injured: 7 (a) vs 12 (b)',
    ]);
  });
});
