import { describe, expect, it } from 'vitest';
import { cueRanges } from '../../../src/render/html/cues.js';
import { quoteEvidence } from '../sample-result.js';

/** The quote evidence for the words inside the first pair of curly marks of `text`. */
function quoteIn(text: string, speakerText: string | null, cue: string | null, speakerRule = 'cue-after-quote') {
  const start = text.indexOf('“') + 1;
  const end = text.indexOf('”', start);
  const inner = text.slice(start, end).replace(/,$/, '');
  return { ...quoteEvidence('s', start, inner), speakerText, cue, speakerRule };
}

const words = (text: string, r: readonly [number, number] | null): string | null => (r ? text.slice(r[0], r[1]) : null);

describe('where a quote’s speaker and cue stand', () => {
  it('finds the cue and the name after the quote: “…,” said Ana Brill', () => {
    const text = 'The pier reopened. “We will rebuild it,” said Ana Brill, the harbour master.';
    const { speaker, cue } = cueRanges(text, quoteIn(text, 'Ana Brill', 'said'));
    expect(words(text, cue)).toBe('said');
    expect(cue![0]).toBe(text.indexOf('said'));
    expect(words(text, speaker)).toBe('Ana Brill');
  });

  it('takes the pronoun next to the cue, not an earlier one: He arrived late. “…,” he said', () => {
    const text = 'He arrived late to the hearing. “It is over,” he said.';
    const { speaker } = cueRanges(text, quoteIn(text, 'he', 'said'));
    expect(speaker![0]).toBe(text.lastIndexOf('he said'));
  });

  it('looks before the quote when the attribution came first: Brill told the council: “…”', () => {
    const text = 'Brill told the council: “We are not done.” Brill said later that the council agreed.';
    const { speaker, cue } = cueRanges(text, quoteIn(text, 'Brill', 'told the council', 'cue-before-quote'));
    expect(cue![0]).toBe(text.indexOf('told the council'));
    expect(speaker![0]).toBe(0);
  });

  it('matches whole words only: “said” is not inside “unsaid”', () => {
    const text = '“We will see,” she left unsaid.';
    expect(cueRanges(text, quoteIn(text, 'she', 'said')).cue).toBeNull();
  });

  it('gives null for words that are nowhere near the quote', () => {
    const text = `“Fine,” answered Tom Ruud.${' Filler words.'.repeat(40)} Ruud said nothing else.`;
    const { speaker, cue } = cueRanges(text, quoteIn(text, 'Tom Ruud', 'exclaimed'));
    expect(cue).toBeNull();
    expect(words(text, speaker)).toBe('Tom Ruud');
  });
});
