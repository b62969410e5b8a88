import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';

const actors = (text: string) => extractText(text).actors.map((a) => `${a.kind}: ${a.name}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}`);

describe('kinds from head nouns and context', () => {
  it.each([
    ['Nora Vance checked into the Harbor Ford Center on Tuesday.', 'place: Harbor Ford Center'],
    ['She then entered Seaside Recovery in Malibu.', 'place: Seaside Recovery'],
    ['The inmate was moved to the Estelle Unit.', 'place: Estelle Unit'],
    ['A crash closed Pacific Coast Highway overnight.', 'place: Pacific Coast Highway'],
    ['Anna Park said the road was closed.', 'person: Anna Park'],
  ])('a facility is a place, a first name and a surname-like head a person: %s (rule: facility)', (text, expected) => {
    expect(actors(text)).toContain(expected);
  });

  it('reads a facility’s short name as the facility (rule: facility-short)', () => {
    expect(actors('Nora Vance left Harbor Ford on Friday. She had checked into the Harbor Ford Treatment Center on Tuesday.')).toEqual([
      'person: Nora Vance',
      'place: Harbor Ford Treatment Center (Harbor Ford)',
    ]);
  });

  it('keeps the noun that says what kind of place with the name, and links the bare name (rule: place-noun)', () => {
    expect(actors('The quake struck the Meru province on Tuesday. Meru was hit hard. Bombs fell on the Yida refugee camp.')).toEqual([
      'place: Meru (Meru province)',
      'place: Yida refugee camp',
    ]);
    expect(actors('Sudan state media said the town was calm.')).toEqual(['place: Sudan']);
  });

  it('takes one word with capitals inside for a company, not a person (rule: camel-case)', () => {
    expect(actors('Workers at SeaVexa said they were told on Monday. Dana McAdam spoke.')).toEqual(['organization: SeaVexa', 'person: Dana McAdam']);
  });

  it('reads a capitalised plural inside a sentence as a name (rule: place-preposition)', () => {
    expect(actors('A woman was killed in Queens on Friday.')).toEqual(['place: Queens']);
  });

  it('reads "in" before an untitled name as a place even when its first word is a given name', () => {
    expect(actors('Aid arrived in Leona Vale on Monday. A fire broke out in Tom Carver’s house.')).toEqual(['place: Leona Vale', 'person: Tom Carver']);
  });

  it('links a surname the lexicon knows as a company to the person the article names', () => {
    expect(actors('Phil Ford set the record in 1978. Ford scored 2,290 points.')).toEqual(['person: Phil Ford (Ford)']);
  });
});

describe('teams named after places', () => {
  it.each([
    ['Aldermoor defeated Kestrel 65-53 on Saturday.', ['organization: Aldermoor', 'organization: Kestrel']],
    ['No. 1 Aldermoor (25-7) plays on Sunday.', ['organization: Aldermoor']],
    ['Hanson scored as the Tar Heels beat visiting Kestrel, 91-73.', ['organization: Tar Heels', 'organization: Kestrel']],
    ['The Dons clinched a spot with a win over Kestrel.', ['organization: Kestrel']],
  ])('%s (rules: team-score, team-record, team-rank, team-result)', (text, expected) => {
    for (const e of expected) expect(actors(text)).toContain(e);
  });

  it('reads a place named in a result as the team wherever the article uses it (rule: team)', () => {
    expect(actors('Aldermoor beat Kestrel 65-53. Fans in Kestrel were quiet.')).toEqual(['organization: Aldermoor', 'organization: Kestrel']);
  });
});

it('reads a title standing alone after "the" or an ordinal as the person who holds it (rule: title-alone)', () => {
  expect(actors('The actor was named the 12th Doctor on Saturday. The Senate said no.')).toEqual(['person: Doctor', 'organization: Senate']);
});
