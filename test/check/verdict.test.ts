import { describe, expect, it } from 'vitest';
import { classifyCloseness, isMisattributed } from '../../src/check/verdict.js';
import { alignWords } from '../../src/check/words.js';

const w = (s: string) => s.split(' ');

describe('classifyCloseness', () => {
  const rows = [
    { draft: 'it was a huge effort by a small team', source: 'it was a major effort by a small team', verdict: 'misquote', negations: [] },
    { draft: 'we will sell the cottage', source: 'we will not sell the cottage', verdict: 'negation', negations: ['dropped "not"'] },
    { draft: 'we have never given up', source: 'we have given up', verdict: 'negation', negations: ['added "never"'] },
    { draft: 'the trust raised all the money it needs', source: 'the lamp has guided fishermen home for a century', verdict: 'not-found', negations: [] },
    // Too many changes for a misquote: four of eight words.
    { draft: 'it was a huge task for the crew', source: 'it was a major effort by a small team', verdict: 'not-found', negations: [] },
    // Two words are too few to call a misquote.
    { draft: 'great day', source: 'good day', verdict: 'not-found', negations: [] },
  ];
  it.each(rows)('$draft', ({ draft, source, verdict, negations }) => {
    const words = w(draft);
    const c = classifyCloseness(alignWords(words, w(source)), words.length);
    expect(c.verdict).toBe(verdict);
    expect(c.negations).toEqual(negations);
  });

  it('gives the word diff when the wording is close', () => {
    const c = classifyCloseness(alignWords(w('a huge step'), w('a major step')), 3);
    expect(c.diff).toBe('a [-major-] {+huge+} step');
  });
});

describe('isMisattributed', () => {
  const same = (a: string, b: string) => a === b;
  const rows = [
    { draft: 'Ann Lee', source: 'Bo Park', expected: true },
    { draft: 'Ann Lee', source: 'Ann Lee', expected: false },
    { draft: null, source: 'Bo Park', expected: false },
    { draft: 'Ann Lee', source: null, expected: false },
  ];
  it.each(rows)('$draft vs $source', ({ draft, source, expected }) => {
    expect(isMisattributed(draft, source, same)).toBe(expected);
  });
});
