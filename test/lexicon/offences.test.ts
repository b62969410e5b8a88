import { describe, expect, it } from 'vitest';
import { foldOffences, offenceKey, offencesIn, sameOffence } from '../../src/lexicon/offences.js';

describe('offences told under several names', () => {
  it.each(['DUI', 'DWI', 'OWI', 'OUI', 'drunk driving', 'drunken driving', 'driving while intoxicated', 'driving while impaired', 'driving under the influence'])('%s is drunk driving', (name) => {
    expect(offencesIn(`Alder was convicted of ${name} in Orva.`)).toEqual(['dui']);
  });

  it('folds the names of several words, keeps the others', () => {
    expect(foldOffences('convicted of driving  under the influence and theft')).toBe('convicted of dui and theft');
    expect(offenceKey('Larceny')).toBe('theft');
    expect(offenceKey('convictions')).toBeNull();
  });

  it('one offence on both sides, and no other', () => {
    expect(sameOffence('five prior DUI convictions', 'an earlier DWI conviction')).toBe(true);
    expect(sameOffence('a theft conviction', 'two assault convictions')).toBe(false);
    expect(sameOffence('prior convictions', 'an earlier DWI conviction')).toBe(false);
    expect(sameOffence('DUI and theft convictions', 'a DWI conviction')).toBe(false);
  });

  it('"battery" alone is no offence (a car\'s), "assault and battery" is', () => {
    expect(offencesIn('the battery of the van')).toEqual([]);
    expect(offencesIn('an assault and battery charge')).toEqual(['assault']);
  });
});
