import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';

const actors = (text: string) => extractText(text).actors.map((a) => `${a.kind}: ${a.name}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}`);

describe('names in a title-case heading', () => {
  it('keeps a first name and surname together when the prose uses one of them (rule: heading-name)', () => {
    expect(actors('Mara Dellwyn Goes To Clinic\nThe actress is resting at a clinic, her agent said. Mara was calm.')).toEqual(['person: Mara Dellwyn (Mara)']);
  });

  it('takes a run closed by a facility noun, after a preposition or opening the heading, for a place (rule: heading-facility)', () => {
    expect(actors('Singer Moves To Harlow Bay Clinic\nThe singer is resting, her agent said.')).toEqual(['place: Harlow Bay Clinic']);
    expect(actors('Dorn Refugee Camp Shelled\nShells fell on Monday, officials said.')).toEqual(['place: Dorn Refugee Camp']);
    // A verb ends the name; a facility noun with no name before it names nothing.
    expect(actors('Dorvale Convict Flees Jail\nA man fled on Monday.')).toEqual([]);
    expect(actors('Singer Moves To Rehab Facility\nThe singer is resting.')).toEqual([]);
  });

  it('finds nothing in a heading name the prose never uses', () => {
    expect(actors('Corwin Tallis Cuts Jobs\nThe bank said on Monday it would cut 300 jobs.')).toEqual([]);
  });

  it('joins heading words that spell a short form of a name the prose gives (rule: heading-known)', () => {
    expect(actors('Singer Arrives At Harbor Ford\nThe singer is staying at the Harbor Ford Center, her agent said.')).toEqual(['place: Harbor Ford Center (Harbor Ford)']);
  });

  it('links a name in an all-caps heading to the person the prose names only below it', () => {
    const found = extractText('DRAVIN KOSTEL KEEPS HIS TITLE\nDravin Kostel beat his rival on points on Saturday.').actors;
    expect(found.map((a) => `${a.kind}: ${a.name}`)).toEqual(['person: Dravin Kostel']);
    expect(found[0]!.occurrences.map((o) => o.text)).toEqual(['DRAVIN KOSTEL', 'Dravin Kostel']);
  });

  it('keeps a heading name whose first words the prose gives as the full name, without the verb after it', () => {
    const found = extractText('Nora Quist Retains Her Seat\nNora Quist won the vote on Sunday.').actors;
    expect(found.map((a) => `${a.kind}: ${a.name}`)).toEqual(['person: Nora Quist']);
    expect(found[0]!.occurrences.map((o) => o.text)).toEqual(['Nora Quist']);
    expect(found[0]!.count).toBe(2);
  });

  it('takes a heading that opens with a given name, a surname and a verb for the person the prose tells by a pronoun or noun of that sex (rule: heading-subject)', () => {
    expect(actors('Nora Quist Checks Into Clinic, Leaves Two Hours Later\nThe 30-year-old actress arrived at noon and left soon after.')).toEqual(['person: Nora Quist']);
    expect(actors('Tom Alder Quits After Loss\nHe told reporters on Monday that the time had come.')).toEqual(['person: Tom Alder']);
    // No word of a person of that sex in the prose: a company named like one, not taken.
    expect(actors('Nora Quist Cuts Jobs\nThe retailer said on Monday it would close 30 shops.')).toEqual([]);
  });

  it('keeps plain words closed by a generational suffix together as a person when the prose uses the surname', () => {
    expect(actors('Orwin Delt Vanteaux Jr, Ferry Captain, Flees Court\nVanteaux, 52, left the hearing early. Vanteaux drove off.')).toEqual(['person: Orwin Delt Vanteaux Jr (Vanteaux)']);
  });
});

