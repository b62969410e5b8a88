import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';
import { runPipeline } from '../../../src/pipeline.js';
import type { ActorFact } from '../../../src/model/fact.js';

// Capitalised phrases a reporter would not list as actors: names of things, portfolios, modifiers.
const actors = (text: string) => extractText(text).actors.map((a) => `${a.kind}: ${a.name}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}`);

describe('the name of a work, a contest, an honour, a charge or a program', () => {
  it.each([
    ['Ada Ruiz wrote the Velmoran Rowing Handbook in 2004.', ['person: Ada Ruiz']],
    ['Tarvo Mills won the Harlow Trophy last season.', ['person: Tarvo Mills']],
    ['Dorn Kessel was charged with Aggravated Arson on Monday.', ['person: Dorn Kessel']],
    ['The Kestrel Championship starts on Friday, said Ada Ruiz.', ['person: Ada Ruiz']],
  ])('%s → %j', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it('keeps a newspaper, which is an organisation', () => {
    expect(actors('The Dorvale Gazette reported the fire.')).toEqual(['organization: Dorvale Gazette']);
  });
});

describe('a portfolio after a title', () => {
  it.each([
    ["The port's Director of Fleet Logistics, Tarvo Mills, said no.", ['person: Tarvo Mills']],
    ['The figures sit under the Investor Relations tab.', []],
    ['"The plan fails," said Tarvo Mills, Professor of Marine Biology at Dorvale University.', ['person: Tarvo Mills', 'place: Dorvale University']],
    ['Tarvo Mills, Vice President for Harbour Outreach at the Dorn Watch group, said no.', ['person: Tarvo Mills', 'organization: Dorn Watch']],
  ])('%s → %j', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it('keeps a body named after a title and "of"', () => {
    expect(actors('Ada Ruiz, director of Vexel Labs, said no.')).toEqual(['person: Ada Ruiz', 'organization: Vexel Labs']);
  });
});

describe('a title before a lower-case noun', () => {
  it.each([
    ['Ada Ruiz was hurt after the All-Star game.', ['person: Ada Ruiz']],
    ['Tarvo Mills thinks he is a former All-Pro kicker.', ['person: Tarvo Mills']],
  ])('%s → %j modifies the noun, and names no one', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it('still reads a title alone before a verb or "of" as who holds it (rule: title-alone)', () => {
    expect(actors('The Governor said the road would reopen.')).toEqual(['person: Governor']);
    expect(actors('The new Coach has signed for two years.')).toEqual(['person: Coach']);
  });
});

describe('an adverb on the whole clause that opens a sentence', () => {
  it.each([
    ['Ada Ruiz joined in May. Ironically Ruiz scored the winner.', ['person: Ada Ruiz (Ruiz)']],
    ['Finally Tarvo Mills signed the deal.', ['person: Tarvo Mills']],
    ['Currently Vexel Labs sells two phones.', ['organization: Vexel Labs']],
  ])('%s → %j is no part of the name', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it('keeps a given name that ends in -ly', () => {
    expect(actors('Kelly Ruiz scored twice.')).toEqual(['person: Kelly Ruiz']);
    expect(actors('Emily Dorn scored twice.')).toEqual(['person: Emily Dorn']);
  });
});

describe('an ordinary word that opens a sentence before a verb of saying', () => {
  const names = (text: string) => runPipeline([{ id: 'a', path: 'a.txt', text }]).facts.filter((f) => f.type === 'actor').map((f) => (f as ActorFact).name);

  it.each([
    ['Testimony continues on Monday. The testimony has lasted a week.', []],
    ["They've argued that the dam is safe.", []],
    ['Having told everyone he would win, Tarvo Mills won.', ['Tarvo Mills']],
  ])('%s → %j: no speaker', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('still reads a surname or an adjective used as one before a verb of saying as a speaker (rule: speaker-subject)', () => {
    expect(names('Ruiz said the club would appeal.')).toEqual(['Ruiz']);
    expect(names('White said no.')).toEqual(['White']);
  });
});

describe('an abbreviation with its full stop that opens a place name', () => {
  it.each([
    ['The team moved to St. Aldric last year.', ['place: St. Aldric']],
    ['Ada Ruiz lives in Ste. Vell now.', ['person: Ada Ruiz', 'place: Ste. Vell']],
    ['Ada Ruiz left Ste. Vell. Tom Alder stayed.', ['person: Ada Ruiz', 'place: Ste. Vell', 'person: Tom Alder']],
    ['The climbers reached Mt. Kessel on Friday.', ['place: Mt. Kessel']],
  ])('%s → %j keeps the full stop inside the name', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it('leaves a street abbreviation that ends a name alone', () => {
    expect(actors('They met on Dorn St. Ada Ruiz was there.')).toEqual(['place: Dorn St', 'person: Ada Ruiz']);
  });
});

describe('a feast named after a saint or a name', () => {
  it.each([
    ['Crowds marched on St. Aldric’s Day in Dorvale.', ['place: Dorvale']],
    ['Crowds marched on Saint Aldric’s Day in Dorvale.', ['place: Dorvale']],
    ["Ada Ruiz planned to wed on Valentine's Day.", ['person: Ada Ruiz']],
  ])('%s → %j names no actor', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it("keeps a person's full name before a capitalised Day", () => {
    expect(actors("Ada Ruiz's Day was long.")).toEqual(['person: Ada Ruiz']);
  });
});

describe('a name closed by an industry word or the plural of what a company deals in', () => {
  it.each([
    ['A restoration company called Harlow Properties bought it.', ['organization: Harlow Properties']],
    ['Its customers include Vexel Wireless, Dorn Guides and Tarvo Microsystems.', ['organization: Vexel Wireless', 'organization: Dorn Guides', 'organization: Tarvo Microsystems']],
    ['Ada Ruiz joined Kestrel Distributors in May.', ['person: Ada Ruiz', 'organization: Kestrel Distributors']],
    ['The fuel came from Carol Petroleum Distributors.', ['organization: Carol Petroleum Distributors']],
    ['Ada Ruiz starred at Carol Tech for two years.', ['person: Ada Ruiz', 'organization: Carol Tech']],
  ])('%s → %j is a company, no person', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it('keeps surnames that are plural nouns', () => {
    expect(actors('Tom Mills and Ada Banks said no.')).toEqual(['person: Tom Mills', 'person: Ada Banks']);
  });
});

describe('a place or a team whose first word is also a given name', () => {
  it.each([
    ['Ada Ruiz runs a chip maker of Santa Lorna, Calif.', ['person: Ada Ruiz', 'place: Santa Lorna', 'place: Calif']],
    ['A Santa Lorna prosecutor agreed.', ['place: Santa Lorna', 'person: Santa Lorna prosecutor']],
    ['Ada Ruiz is an assistant with the Carol Hornets.', ['person: Ada Ruiz', 'organization: Carol Hornets']],
    ['The 1998 Ada Harriers remain the only winner.', ['organization: Ada Harriers']],
  ])('%s → %j', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it.each([
    ['Santa Claus came to Dorvale.', ['person: Santa Claus', 'place: Dorvale']],
    ['The San Dorado Harriers won.', ['organization: San Dorado Harriers']],
    ['Tom Brooks joined the Carol Hornets.', ['person: Tom Brooks', 'organization: Carol Hornets']],
    ['Ada Ruiz spoke to Tom Banks.', ['person: Ada Ruiz', 'person: Tom Banks']],
  ])('%s → %j keeps persons and longer names', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
});

describe('a given name that modifies a noun', () => {
  it.each([
    ['Tom Alder called it a long and rather dreary Oscar evening.', ['person: Tom Alder']],
    ['Ada Ruiz is an Oscar winner.', ['person: Ada Ruiz']],
  ])('%s → %j names no one by it', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it('keeps a given name before a verb', () => {
    expect(actors('His son Oscar said no.')).toEqual(['person: Oscar']);
    expect(actors('Ada Ruiz told the court Oscar lied.')).toEqual(['person: Ada Ruiz', 'person: Oscar']);
  });
});

describe('a title with "of" and a portfolio before a name', () => {
  it.each([
    ['Dorvale Secretary of State Ada Ruiz welcomed the deal.', ['person: Ada Ruiz']],
    ['Secretary of Commerce Tom Alder and Secretary of the Interior Ada Ruiz said no.', ['person: Tom Alder', 'person: Ada Ruiz']],
  ])('%s → %j credits the name, and makes no person of the title', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it('gives the name the office as its role', () => {
    const roles = extractText('Secretary of the Interior Ada Ruiz said no.').actors.map((a) => a.roles);
    expect(roles).toEqual([['Secretary of the Interior']]);
  });
});

describe('a title whose holder is named in apposition', () => {
  it.each([
    ['The Governor of Dorvale, Ada Ruiz, said no.', ['person: Ada Ruiz']],
    ['The Governor, Ada Ruiz, said no.', ['person: Ada Ruiz']],
  ])('%s → %j credits the name only', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
});
