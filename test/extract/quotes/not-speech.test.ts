import { describe, expect, it } from 'vitest';
import { isTitleCase } from '../../../src/extract/quotes/filters.js';
import { quoteLines } from '../../support/extract.js';

describe('passages in marks that are nobody’s speech', () => {
  it('drops a title in title case woven into the sentence, even before a cue', () => {
    expect(quoteLines('Speaking on Radio Nord’s “Morning at the Harbour,” Ilse Brandt admitted the count was late.')).toEqual([]);
    expect(quoteLines('Tomas Weller, author of the book “The Long Road Home,” said the vote was fair.')).toEqual([]);
  });

  it('keeps a fragment of speech in lower case', () => {
    expect(quoteLines('Ilse Brandt called the count “slow but honest” on Monday.')).toEqual(['Ilse Brandt | slow but honest']);
  });

  it('keeps a quote in title case that opens its sentence with a cue', () => {
    expect(quoteLines('“Never Again,” said Ilse Brandt.')).toEqual(['Ilse Brandt | Never Again']);
  });

  it('drops a headline fragment the headline carries, keeps an attributed headline quote', () => {
    expect(quoteLines('Brandt Calls Harbour Plan ‘A Waste Of Money’ In Angry Speech\nIlse Brandt spoke on Monday.')).toEqual([]);
    expect(quoteLines('Harbour vote: Count ‘slow but honest’, says Harbour Commission\nThe commission spoke on Monday.')).toEqual(['Harbour Commission | slow but honest']);
    expect(quoteLines('Ilse Brandt: ‘We Will Not Back Down’\nThe mayor spoke on Monday.')).toEqual(['Ilse Brandt | We Will Not Back Down']);
  });

  it('reads title case', () => {
    expect(isTitleCase(['Meet', 'the', 'Press.'])).toBe(true);
    expect(isTitleCase(['The', 'Art', 'of', 'the', 'Comeback'])).toBe(true);
    expect(isTitleCase(['a', 'turning', 'point'])).toBe(false);
    expect(isTitleCase(['We', 'will', 'win'])).toBe(false);
    expect(isTitleCase(['Why', 'now?'])).toBe(false);
  });
});
