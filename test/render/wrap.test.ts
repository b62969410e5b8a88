import { describe, expect, it } from 'vitest';
import { hangingLines, wrapWords } from '../../src/render/wrap.js';

describe('wrapWords', () => {
  it.each([
    { text: 'short', width: 10, expected: ['short'] },
    { text: 'keeps  two spaces', width: 40, expected: ['keeps  two spaces'] },
    { text: 'alpha beta gamma delta', width: 11, expected: ['alpha beta', 'gamma delta'] },
    { text: 'abcdefghij klm', width: 4, expected: ['abcd', 'efgh', 'ij', 'klm'] },
    { text: 'tab\tand\nbreak', width: 40, expected: ['tab and break'] },
  ])('wraps "$text" at $width', ({ text, width, expected }) => {
    expect(wrapWords(text, width)).toEqual(expected);
  });

  it('indents continuation lines under the body', () => {
    expect(hangingLines('2031', 6, 'one two three', 13)).toEqual(['2031  one two', '      three']);
    expect(hangingLines('2031-W33', 6, 'one', 40)).toEqual(['2031-W33  one']);
  });
});
