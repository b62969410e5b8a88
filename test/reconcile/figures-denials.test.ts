import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { extractText } from '../support/extract.js';

// Invented sentences: a toll given by one claimant and denied by another.
const messages = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(t, String.fromCharCode(97 + i)))).conflicts.map((c) => c.message);
const figures = (text: string) => extractText(text).figures.map((f) => `${f.text} = ${f.subject}${f.people ? ` [${f.people.join(',')}]` : ''}`);

describe('a person described between commas before "said" tells the figure; it is not theirs', () => {
  it('"Tomas Brell, the mayor of the district, said earlier that nine were killed"', () => {
    expect(figures('Tomas Brell, the mayor of the Kessa district, said earlier that nine people were killed.')).toEqual(['nine = people killed']);
    expect(figures('Ada Moss, a volunteer who runs the Orsa clinic, said the bombs caused no casualties.')).toEqual(['no casualties = casualties']);
  });

  it('keeps an age with its name, and a name that is no speaker', () => {
    expect(figures('Ray Alder, 29, said he fell 40 metres.').some((f) => f.includes('[alder]'))).toBe(true);
    expect(figures('Tomas Brell, the mayor, lost 12 relatives in the flood.')).toEqual(['12 = relatives lost [brell]']);
  });
});

describe('"no dead or wounded" is none of either toll', () => {
  it('reads as "no casualties"', () => {
    expect(figures('Aid workers in the Orsa camp reported no dead or wounded.')).toEqual(['no dead or wounded = casualties']);
    expect(figures('There were no deaths or injuries, the agency said.')).toEqual(['no deaths or injuries = casualties']);
    expect(figures('There were no deaths, the agency said.')).toEqual(['no deaths = deaths']);
  });
});

describe('a toll against its denial', () => {
  it('conflicts when each claimant is described between commas', () => {
    expect(messages(
      'Planes bombed the Orsa camp on Thursday. Tomas Brell, the mayor of the Kessa district, said nine people were killed.',
      'Planes bombed the Orsa camp on Thursday. Ada Moss, a volunteer who runs the camp clinic, said the bombs caused no casualties.',
    )).toEqual(['Sources disagree on people killed: 9 (a) vs 0 (b)']);
  });

  it('an outlet that reports both the toll and the denial is a witness of the disagreement, not a vague source', () => {
    expect(messages(
      'Planes bombed the Orsa camp on Thursday. The governor said nine people were killed. Aid workers said no one was killed.',
      'Planes bombed the Orsa camp on Thursday. No one was killed, aid workers said.',
    )).toEqual(['Sources disagree on people killed: 9 (a) vs 0 (a, b)']);
  });

  it('"no casualties" against a count of the dead and one of the hurt: two conflicts, not "9 vs 14 vs 0"', () => {
    expect(messages(
      'Planes bombed the Orsa camp on Thursday. The governor said nine people were killed and 14 wounded.',
      'Planes bombed the Orsa camp on Thursday, but there were no casualties, aid workers said.',
    ).sort()).toEqual(['Sources disagree on people killed: 9 (a) vs 0 (b)', 'Sources disagree on wounded: 14 (a) vs 0 (b)']);
  });

  it('the count names the conflict, whichever outlet comes first: a denial says nothing of what it denies', () => {
    expect(messages(
      'Planes bombed the Orsa camp on Thursday, but there were no casualties, aid workers said.',
      'Planes bombed the Orsa camp on Thursday. The governor said nine people were killed.',
    )).toEqual(['Sources disagree on people killed: 0 (a) vs 9 (b)']);
  });

  it('denies the toll outlets lead with, not another strike’s toll an outlet gives beside it', () => {
    expect(messages(
      'Planes bombed the Orsa camp on Thursday, killing nine people, the governor said.',
      'Planes bombed the Orsa camp on Thursday, killing nine people. The text ran on for a while. And on. And on. Still more. Earlier, a strike on a market killed three people.',
      'Planes bombed the Orsa camp on Thursday. There were no casualties, aid workers said.',
    )).toEqual(['Sources disagree on people killing: 9 (a, b) vs 0 (c)']);
  });

  it('two tolls one outlet gives both of stay two strikes for the other outlets too', () => {
    expect(messages(
      'Planes bombed the Orsa camp on Thursday, killing nine people. A strike on the Vell market killed three people.',
      'Planes bombed the Orsa camp on Thursday, killing nine people.',
      'Officials said a strike killed three people.',
    )).toEqual([]);
  });
});
