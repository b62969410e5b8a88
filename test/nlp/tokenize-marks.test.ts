import { describe, expect, it } from 'vitest';
import { foldForMatch, tokenize } from '../../src/nlp/tokenize.js';

describe('tokenizer: quote marks', () => {
  it("reads two apostrophes as one quote mark, the NYT's double mark", () => {
    expect(tokenize("''Go,'' he said").map((t) => [t.text, t.kind])).toEqual([["''", 'quote'], ['Go', 'word'], [',', 'punct'], ["''", 'quote'], ['he', 'word'], ['said', 'word']]);
  });

  it('reads two backticks as one opening mark', () => {
    expect(tokenize("``Go,'' he said").map((t) => [t.text, t.kind])).toEqual([['``', 'quote'], ['Go', 'word'], [',', 'punct'], ["''", 'quote'], ['he', 'word'], ['said', 'word']]);
  });

  it("splits ''' before a space into the inner single mark, then the double one", () => {
    expect(tokenize("'no.''' he").map((t) => t.text)).toEqual(["'", 'no', '.', "'", "''", 'he']);
    expect(tokenize("('''')").map((t) => t.text)).toEqual(['(', "''", "''", ')']);
  });

  it('skips invisible direction marks like spaces, offsets unchanged', () => {
    const text = 'x \u202a”We\u200f won';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['x', '”', 'We', 'won']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('segmentation with two-apostrophe marks', () => {
  it("ends a sentence after a closing '' and starts the next at an opening ''", async () => {
    const { parseSource } = await import('../../src/nlp/segment.js');
    const text = "''It is late,'' Roe said on ''Morning Talk.'' ''The bus never came.''";
    const d = parseSource('t', text);
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["''It is late,'' Roe said on ''Morning Talk.''", "''The bus never came.''"]);
  });
});

describe('folding for matching', () => {
  it('folds every curly mark, odd space and dash, lower-cases, and keeps the length', () => {
    const cases: Array<[string, string]> = [
      ['O’Brien', "o'brien"], ['‘Tis', "'tis"], ['‚low', "'low"], ['‛x', "'x"], ['`a´', "'a'"],
      ['“Yes”', '"yes"'], ['„ja‟', '"ja"'], ['«non»', '"non"'],
      ['a\u00a0b', 'a b'], ['a\u2007b', 'a b'], ['a\u202fb', 'a b'],
      ['x‐y‑z‒w–v—u', 'x-y-z-w-v-u'],
      ['Lagos', 'lagos'], ['ÉLYSÉE', 'élysée'], ['2,000', '2,000'], ['', ''],
    ];
    for (const [text, folded] of cases) {
      expect(foldForMatch(text)).toBe(folded);
      expect(foldForMatch(text)).toHaveLength(text.length);
    }
  });
});
