import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';
import { runPipeline } from '../../../src/pipeline.js';
import type { ActorFact } from '../../../src/model/fact.js';

const actors = (text: string) => extractText(text).actors.map((a) => `${a.kind}: ${a.name}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}`);

describe('the edges of a name', () => {
  it('keeps a generational suffix with the name and links the surname before it (rule: name-suffix)', () => {
    expect(actors('Ray Dunmore Jr escaped on Monday. Dunmore, 49, was armed. Officers said Dunmore fled on foot.')).toEqual([
      'person: Ray Dunmore Jr (Dunmore)',
    ]);
  });

  it('names no one with a suffix alone', () => {
    expect(actors('Carl Vint III left.\nVINT III RETURNS HOME\nVint said he was glad.').filter((a) => /III$|^person: III/.test(a) && !a.includes('Vint'))).toEqual([]);
  });

  it('keeps a middle initial and its full stop inside the name (rule: initial-stop)', () => {
    expect(actors('The lawyer told Judge Ada K. Morrow that the client had left. Morrow said no.')).toEqual(['person: Ada K. Morrow (Morrow)']);
  });

  it('keeps a middle initial that is also an article or a pronoun: "A.", "I."', () => {
    expect(actors('Reporter Stephen A. Lund said the club had parted ways with its coach. Lund gave no source.')).toEqual(['person: Stephen A. Lund (Lund)']);
    expect(actors('Ruth I. Berg chaired the inquiry. Berg said little.')).toEqual(['person: Ruth I. Berg (Berg)']);
    // the article and the pronoun themselves start no name
    expect(actors('A Lund spokesman said nothing.').some((a) => a.includes('A Lund'))).toBe(false);
  });

  it('reads a nickname in quote marks or brackets between a given name and a surname as part of one person, and an alias (rule: nickname)', () => {
    expect(actors("We spoke to Tom 'Tiny' Alder, who runs the bakery, on Monday. Alder was 16.")).toEqual(['person: Tom Alder (Alder, Tiny)']);
    expect(actors('A party for Tom “Tiny” Alder drew 200 people. Tom Alder had no record.')).toEqual(['person: Tom Alder (Tiny)']);
    expect(actors('A party for Lena (Lulu) Kestrel drew 200 people.')).toEqual(['person: Lena Kestrel (Lulu)']);
  });

  it('cuts a relative pronoun glued to a name by a hyphen', () => {
    const list = actors('Witnesses said Lina Sorvik-who had five children-died at the scene.');
    expect(list).toEqual(['person: Lina Sorvik']);
  });
});

describe('descriptors glued to a name', () => {
  it.each([
    ['Colts QB Sam Ruiz threw twice.', 'person: Sam Ruiz'],
    ['Comedian Dana Reyes laughed.', 'person: Dana Reyes'],
    ['Moviemaker Tom Alder resigned.', 'person: Tom Alder'],
    ['Receptionist Mia Cole saw it.', 'person: Mia Cole'],
    ['Twenty-year-old Leo Park was arrested.', 'person: Leo Park'],
    ['Forty-nine-year-old Leo Park was arrested.', 'person: Leo Park'],
    ['Former Tom Alder resigned.', 'person: Tom Alder'],
  ])('%s → %s (rule: title-name)', (text, person) => {
    expect(actors(text)).toContain(person);
  });

  it('reads the team or company inside the title as an organisation (rule: role-group)', () => {
    expect(actors('Vexel CEO Andrew Feld spoke. Colts QB Sam Ruiz threw twice.')).toEqual([
      'organization: Vexel',
      'person: Andrew Feld',
      'organization: Colts',
      'person: Sam Ruiz',
    ]);
  });

  it('leaves a portfolio before a minister to the role', () => {
    expect(actors('Harbour Affairs Minister Lena Dorn spoke.')).toEqual(['person: Lena Dorn']);
  });

  it('keeps a leading adjective that is no descriptor when the rest is no person’s name', () => {
    expect(actors('Applied Vexel Devices bought Orbix on Monday. Orbix makes chips.')).toContain('organization: Applied Vexel Devices');
  });

  it('reads an adjective-shaped surname as the person named in full, and as a speaker (rule: soft-name)', () => {
    expect(actors('Rangers found Tomas Brown on Saturday. Brown was hurt. After Brown’s fall, crowds gathered.')).toEqual(['person: Tomas Brown (Brown)']);
    expect(actors('Black said the plan was sound.')).toEqual(['person: Black']);
    expect(actors('Young people marched in Dorvale on Sunday.')).toEqual(['place: Dorvale']);
    expect(actors('Gray clouds hung low in Dorvale.')).toEqual(['place: Dorvale']);
  });

  it('keeps an abbreviated rank with the name when its full stop is a token of its own', () => {
    expect(actors('The report named Sgt. Lena Moravec as the officer in charge.')).toEqual(['person: Lena Moravec']);
  });

  it('drops a word glued after a name the article gives in full elsewhere', () => {
    expect(actors('Revealed: Dana Ruiz Named as the new lead in the long-running show\nThe actor Dana Ruiz was named on Sunday. Ruiz said he was thrilled.')).toEqual(['person: Dana Ruiz (Ruiz)']);
    expect(actors('Ray Dunmore Jr escaped. Ray Dunmore was armed.')).toEqual(['person: Ray Dunmore Jr (Ray Dunmore)']);
  });

  it('closes a surname at its possessive apostrophe: no group called "Williams\' bail"', () => {
    expect(actors("Ray Williams' bail hearing was delayed. Citizens' Vote Watch objected.")).toContain('person: Ray Williams');
    expect(actors("Ray Williams' bail hearing was delayed. Citizens' Vote Watch objected.")).toContain("organization: Citizens' Vote Watch");
  });
});

describe('a sports report’s positions and schools', () => {
  const withRoles = (text: string) => extractText(text).actors.map((a) => `${a.kind}: ${a.name}${a.roles.length ? ` [${a.roles.join('; ')}]` : ''}`);

  it('keeps a preposition and the name before it out of a role ("behind quarterback Leo Varga")', () => {
    expect(withRoles('Alder will back up Ray Dunn behind quarterback Leo Varga this season.')).toContain('person: Leo Varga [quarterback]');
  });

  it('splits a position off the name: a lone capital ("S Owen Hollis") and "TE" open no name', () => {
    expect(withRoles('S Owen Hollis and TE Sam Ruiz were placed on injured reserve.')).toEqual(['person: Owen Hollis [S]', 'person: Sam Ruiz [TE]']);
  });

  it('reads one word and "State" as a university, not a person ("Dorvale State"); "New York State" is the state', () => {
    expect(withRoles('The Kestrels signed Tom Alder, who starred at Dorvale State, on Tuesday.')).toContain('organization: Dorvale State');
    expect(withRoles('Floods hit New York State on Monday.')).toContain('place: New York State');
  });
});

describe('words in capitals that name no actor', () => {
  it('an abbreviation of a thing (CPUs, EBITDA, DWI) is no organisation; "Vexel CPUs" is Vexel', () => {
    const list = actors('Orsa Systems sold its CPUs in May, and Vexel CPUs came later. EBITDA rose, and a DWI arrest made news.');
    expect(list.filter((a) => /CPU|EBITDA|DWI/.test(a))).toEqual([]);
    expect(list).toContain('organization: Orsa Systems');
  });

  it('titles alone name no one ("the Vice President", "its General Manager", "the CTO")', () => {
    expect(actors('The Vice President said the deal was done. Its General Manager and the CTO agreed.')).toEqual([]);
  });

  it('a dash typed as a hyphen glues no function word to a name ("Lampton-it says-", "Velmora-or Dorn-can")', () => {
    const list = actors('Officials in Lampton-it says-denied it. Talks in Velmora-or in Dorn-can wait.');
    expect(list.filter((a) => /-(?:it|or|can)\b/.test(a))).toEqual([]);
    expect(list).toContain('place: Lampton');
  });
});

describe('the subject of a sentence that is no one', () => {
  it('a number of people ("Dozens chanted") or a record that shows ("Video posted online showed") names no speaker', () => {
    const run = runPipeline([{ id: 'a', path: 'a.txt', text: 'Dozens chanted outside the Dorvale station. Video posted online showed the crowd.' }]);
    expect(run.facts.filter((f) => f.type === 'actor').map((f) => (f as ActorFact).name)).toEqual(['Dorvale station']);
  });
});

describe('a speaker in their own words', () => {
  const evidence = (text: string) => extractText(text).actors.map((a) => `${a.name}: ${a.occurrences.map((o) => `${o.text}|${o.rule}`).join(', ')}`);

  it('"I" inside a quote given to a named person is that person (rule: first-person)', () => {
    expect(evidence('“I got caught, but I’m fine,” boxer Ray Dunn said after the fight.')).toEqual(['Ray Dunn: I|first-person, I’m|first-person, Ray Dunn|title-name']);
  });

  it('"we" is a group, and a quote with no named speaker credits no one', () => {
    expect(evidence('“We will be back,” said trainer Leo Varga.').join()).not.toContain('first-person');
    expect(evidence('“I saw the water rise,” a resident said.').join()).not.toContain('first-person');
  });
});

describe('the plural of a title in capitals', () => {
  it('"MPs" are people, not a body', () => {
    expect(actors('Voting for MPs began in Velmora on Sunday.')).toContain('person: MPs');
  });
});
