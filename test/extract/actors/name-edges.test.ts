import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';

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
