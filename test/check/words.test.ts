import { describe, expect, it } from 'vitest';
import { alignWords, formatDiff, negationChanges, wordsOf } from '../../src/check/words.js';

const w = (s: string) => s.split(' ');

describe('wordsOf', () => {
  it('folds case and apostrophes but keeps offsets into the text as written', () => {
    const text = '“They’re IN,” she said';
    const words = wordsOf(text);
    expect(words.map((x) => x.word)).toEqual(["they're", 'in', 'she', 'said']);
    expect(words.map((x) => text.slice(x.start, x.end))).toEqual(['They’re', 'IN', 'she', 'said']);
  });
});

describe('alignWords', () => {
  const rows = [
    { draft: 'a notable step forward', source: 'it was a major step forward for all', distance: 1, from: 2, to: 6, diff: 'a [-major-] {+notable+} step forward' },
    { draft: 'we will retreat', source: 'we will not retreat now', distance: 1, from: 0, to: 4, diff: 'we will [-not-] retreat' },
    { draft: 'line of defense', source: 'a first line of defence because', distance: 1, from: 2, to: 5, diff: 'line of [-defence-] {+defense+}' },
    { draft: 'fully on board', source: 'we are on board', distance: 1, from: 1, to: 4, diff: '[-are-] {+fully+} on board' },
    { draft: 'step forward', source: 'a step forward', distance: 0, from: 1, to: 3, diff: 'step forward' },
  ];
  it.each(rows)('$draft in "$source"', ({ draft, source, distance, from, to, diff }) => {
    const al = alignWords(w(draft), w(source));
    expect(al.distance).toBe(distance);
    expect([al.from, al.to]).toEqual([from, to]);
    expect(formatDiff(al.ops)).toBe(diff);
  });
});

describe('negationChanges', () => {
  const rows = [
    { draft: 'we will retreat', source: 'we will not retreat', expected: ['dropped "not"'] },
    { draft: 'we never agreed', source: 'we agreed', expected: ['added "never"'] },
    { draft: 'we will go', source: "we won't go", expected: [`dropped "won't" (now "will")`] },
    { draft: 'no deal today', source: 'no deal yesterday', expected: [] },
    { draft: 'a huge step', source: 'a major step', expected: [] },
  ];
  it.each(rows)('$draft vs $source', ({ draft, source, expected }) => {
    expect(negationChanges(alignWords(w(draft), w(source)).ops)).toEqual(expected);
  });
});
