import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';
import { tokenize } from '../../../src/nlp/tokenize.js';

const actors = (text: string) => extractText(text).actors.map((a) => `${a.kind}: ${a.name}${a.described ? ' (described)' : ''}`);
const forms = (text: string) => extractText(text).actors.flatMap((a) => a.occurrences.map((o) => `${a.kind}: ${o.text}`));

describe('places in a tally', () => {
  it('cuts a count glued to the noun of a place off it, so the noun closes the place’s name', () => {
    expect(tokenize('Dorvale province-12,').map((t) => t.text)).toEqual(['Dorvale', 'province', '-', '12', ',']);
    // Only a place's noun in lower case: a name or a model number keeps its digits.
    expect(tokenize('Unit-5 and MX-12 and covid-19').map((t) => t.text)).toEqual(['Unit-5', 'and', 'MX-12', 'and', 'covid-19']);
    const text = 'Seats will be shared out, including those in Dorvale city-15, Brack province-12, Lampton province-10 and Velmo district-7.';
    expect(actors(text)).toEqual(expect.arrayContaining(['place: Dorvale city', 'place: Brack province', 'place: Lampton province', 'place: Velmo district']));
  });
});

describe('a town’s office between its name and the holder’s', () => {
  it('splits "Lampton City Clerk Nora Quist": the town is a place, the clerk a person with the office as her role', () => {
    const text = 'The shed had been empty for years, Lampton City Clerk Nora Quist said on Monday.';
    const found = extractText(text).actors.map((a) => `${a.kind}: ${a.name}${a.roles.length ? ` [${a.roles.join('; ')}]` : ''}`);
    expect(found).toEqual(expect.arrayContaining(['place: Lampton City', 'person: Nora Quist [Lampton City Clerk]']));
    expect(found.some((a) => a.includes('Clerk Nora'))).toBe(false);
    expect(actors('Brack County Coroner Owen Hollis named the driver.')).toEqual(expect.arrayContaining(['place: Brack County', 'person: Owen Hollis']));
  });
});

describe('where someone named in full is from', () => {
  it('reads ", of X," after a person’s full name as a place, with or without an age, but not before a verb of saying', () => {
    expect(actors('The jury convicted Owen Hollis, of Brack Hollow, in the death of a driver.')).toContain('place: Brack Hollow');
    expect(actors('A 66-year-old Nora Quist, of Lampton, was hit on Monday.')).toContain('place: Lampton');
    expect(actors('Ana Ruiz, of Vexel, said the plant would close.')).not.toContain('place: Vexel');
  });
});

describe('a point of the compass opening a place’s name', () => {
  it('keeps "East" with the name after a preposition of place', () => {
    expect(actors('The tension in East Dorvale could be felt on Monday.')).toEqual(['place: East Dorvale']);
    expect(forms('Crowds gathered near North Brack after the verdict.')).toEqual(['place: North Brack']);
  });
});

describe('a sentence that opens with "By"', () => {
  it('is prose, not a byline, when a word in lower case follows and a stop closes it: its names are read', () => {
    expect(actors('Floods hit the valley\n\nBy the time the report came out on Monday, the mood in Lampton was calm.')).toEqual(['place: Lampton']);
    expect(actors('Floods hit the valley\nBy staff reporters\nRescuers worked in Lampton on Monday.')).toEqual(['place: Lampton']);
    expect(actors('Floods hit the valley\nBy Nora Quist\nRescuers worked in Lampton on Monday.')).toEqual(['place: Lampton']);
  });
});
