import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/nlp/segment.js';

const sentences = (text: string) => {
  const d = parseSource('t', text);
  return d.sentences.map((s) => text.slice(s.start, s.end));
};

describe('segmentation', () => {
  it.each([
    ['“We love them.” Okafor thanked him.', ['“We love them.”', 'Okafor thanked him.']],
    ['the deal,”Mulder said.Bakker told reporters: yes.', ['the deal,”Mulder said.', 'Bakker told reporters: yes.']],
    ['Mr. Bakker met Dr. Sato in the U.S. on Friday.', ['Mr. Bakker met Dr. Sato in the U.S. on Friday.']],
    ['They flew to the U.S. The talks began.', ['They flew to the U.S.', 'The talks began.']],
    ['Prices rose 2.5 percent. Wages did not.', ['Prices rose 2.5 percent.', 'Wages did not.']],
    ['“Why?” she asked. Nobody answered.', ['“Why?” she asked.', 'Nobody answered.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps offsets into the text as read: BOM, CRLF, NBSP', () => {
    const text = '\ufeffHeadline Here\r\n\r\nMayor\u00a0Ana Ruiz said 40\u00a0km.\r\nSecond line.';
    const d = parseSource('t', text);
    expect(d.paragraphs).toHaveLength(3);
    expect(d.paragraphs[0]!.heading).toBe(true);
    for (const t of d.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(d.lineStarts).toEqual([0, 16, 18, text.indexOf("Second")]);
    expect(text.indexOf("Second")).toBe(46);
  });

  it('marks credit lines', () => {
    const d = parseSource('t', 'By Jane Doe\nThe storm passed.\nReporting by Ana Ruiz; Editing by Tom Hale\n--Agencies');
    expect(d.paragraphs.map((p) => p.credit)).toEqual([true, false, true, true]);
  });
});
