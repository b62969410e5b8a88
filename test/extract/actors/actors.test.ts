import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';

const actors = (text: string) => extractText(text).actors.map((a) => `${a.kind}: ${a.name}${a.roles.length ? ` [${a.roles.join('; ')}]` : ''}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}`);

describe('actors', () => {
  it('keeps titles and roles with the name and links surname mentions', () => {
    expect(actors('Nigerian Finance Minister Amara Okafor met investors in Lagos. Okafor said rates would fall.')).toEqual([
      'person: Amara Okafor [Nigerian Finance Minister] (Okafor)',
      'place: Lagos',
    ]);
  });

  it('reads lower-case roles before the name and appositions after it', () => {
    expect(actors('The talks were led by union leader Pieter Bakker and Lars Berg, chief executive of Nordhavn Terminals, on Friday.')).toEqual([
      'person: Pieter Bakker [union leader]',
      'person: Lars Berg [chief executive of Nordhavn Terminals]',
      'organization: Nordhavn Terminals',
    ]);
  });

  it('finds a bare surname used as a speaker', () => {
    expect(actors('“We will appeal,” Okonkwo said.')).toEqual(['person: Okonkwo']);
  });

  it('keeps particles and "of" inside names', () => {
    expect(actors('Labour Minister Anna de Vries visited the Port of Antwerp.')).toEqual([
      'person: Anna de Vries [Labour Minister]',
      'organization: Port of Antwerp',
    ]);
  });

  it('does not take bylines, credit lines or capitalised headings for actors', () => {
    const list = actors('FLOODS HIT THE VALLEY\nBy Jane Doe\nRescuers reached Valencia on Monday.\nSource: Iberia Wire');
    expect(list).toEqual(['place: Valencia']);
    expect(extractText('Rescuers reached Valencia.\nSource: Iberia Wire').source.outlet).toBe('Iberia Wire');
  });

  it('counts each mention of a name once, however it was classified', () => {
    const oslo = extractText('Oslo ferries stop after storm\nOSLO, Norway (Wire) - Crews worked overnight in Oslo.').actors.find((a) => a.name === 'Oslo');
    expect(oslo?.count).toBe(3);
  });

  it('links an acronym to its organisation', () => {
    expect(actors('The Harbour Workers Union called a strike. The HWU said talks had failed.')).toEqual(['organization: Harbour Workers Union (HWU)']);
  });

  it('links no initials to a place with its lower-case noun: "Velmora province" is no "VP"', () => {
    expect(actors('The quake hit Velmora province. A resident told the Vantage Press. People fled, VP reported.')).toEqual([
      'place: Velmora province', 'organization: Vantage Press (VP)',
    ]);
  });

  it('reads a company’s name written with a space as the company (rule: spaced-name)', () => {
    expect(actors('Orbix bought Vexa Mira on Monday. Vexa Mira said VexaMira makes servers.')).toContain('organization: Vexa Mira (VexaMira)');
  });
});

