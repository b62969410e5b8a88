import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';

const actors = (text: string) => extractText(text).actors.map((a) => `${a.kind}: ${a.name}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}`);

describe('two people of one article sharing a surname', () => {
  it('keeps a full name with another given name apart (rule: given-names-fit)', () => {
    expect(actors('Owen Kettering was fined for misleading his sister, Mira Kettering, in May.')).toEqual([
      'person: Owen Kettering',
      'person: Mira Kettering',
    ]);
  });

  it('gives the bare surname to the one the article does not call by the first name (rule: surname-alone)', () => {
    const text = 'Mira Kettering left in May. Her brother, Owen Kettering, was charged. Mira’s family wept. Kettering said nothing.';
    expect(actors(text)).toEqual(['person: Mira Kettering (Mira)', 'person: Owen Kettering (Kettering)']);
  });

  it('links a first name alone to the one person who has it (rule: first-name)', () => {
    expect(actors('Nadia Orsolya Brun left the clinic on Monday. Friends said Nadia was tired.')).toEqual(['person: Nadia Orsolya Brun (Nadia)']);
  });

  it('keeps a relative apart once the surname alone has linked to someone else (rule: given-names-fit)', () => {
    const opening = 'Tomas Vessel said he would run again. Vessel was elected in 2010.';
    expect(actors(`${opening} Zorvan Vessel, who founded the shipyard, sat in the senate.`)).toEqual(['person: Tomas Vessel (Vessel)', 'person: Zorvan Vessel']);
    expect(actors(`${opening} “I have a soft spot for Zorvan Vessel,” a voter said.`)).toEqual(['person: Tomas Vessel (Vessel)']);
    // Words before the surname that are no given name still link as the surname would.
    expect(actors(`${opening} Reporters at the BBC Vessel interview asked about taxes.`)).toEqual(['person: Tomas Vessel (BBC Vessel, Vessel)']);
  });

  it('does not give the bare surname to a person the article names only as a relative (rule: relative-surname)', () => {
    const text = 'Vessel, 32, was fined for hiding the accounts from his sister, Ana Vessel, and her partner. Officials said Vessel planned it for months.';
    expect(actors(text)).toEqual(['person: Vessel', 'person: Ana Vessel']);
    expect(actors('Tomas Vessel was fined for hiding the accounts from his sister, Ana Vessel. Officials said Vessel planned it for months.')).toEqual(['person: Tomas Vessel (Vessel)', 'person: Ana Vessel']);
  });

  it('does not read a titled surname as a first name', () => {
    expect(actors('Owen Kettering testified. Judge Owen denied bail.').map((a) => a.split(' (')[0])).toEqual(['person: Owen Kettering', 'person: Owen']);
  });
});
