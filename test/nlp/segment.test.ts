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
    // a month written with the period of the abbreviations around it, before its day
    ['Posted Tue., May. 14, 2024 at noon. The dam held.', ['Posted Tue., May. 14, 2024 at noon.', 'The dam held.']],
    ['The dam was built in May. 3 people died.', ['The dam was built in May.', '3 people died.']],
    // an initial after a hyphen: a party and a two-letter state in brackets
    ['Sen. Ada Ruiz (R-N.H.) spoke at noon. The crane stays.', ['Sen. Ada Ruiz (R-N.H.) spoke at noon.', 'The crane stays.']],
    // the abbreviation that opens a place's name: "Ste." for Sainte
    ['Ada Ruiz moved to Ste. Vell in May. The mill closed.', ['Ada Ruiz moved to Ste. Vell in May.', 'The mill closed.']],
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

  it('joins a line a hard wrap broke off mid-sentence to its paragraph, and keeps other lines apart', () => {
    const text = 'The minister said the harbour will reopen next week and the\nferries will sail on time.\nThe strike ended on Monday.\nHarbour Reopens\nafter the strike';
    const d = parseSource('t', text);
    expect(d.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'The minister said the harbour will reopen next week and the\nferries will sail on time.',
      'The strike ended on Monday.',
      'Harbour Reopens\nafter the strike',
    ]);
    expect(sentences(text)[0]).toBe('The minister said the harbour will reopen next week and the\nferries will sail on time.');
    for (const t of d.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('joins the line that closes a quotation opened in the line before, unless it opens with a mark of its own', () => {
    const paragraphs = (text: string) => parseSource('t', text).paragraphs.map((p) => text.slice(p.start, p.end));
    expect(paragraphs('“I have done enough for a lifetime.\nI ate whatever I wanted,” she said.')).toHaveLength(1);
    expect(paragraphs('"I have done enough for a lifetime.\nI ate whatever I wanted," she said.')).toHaveLength(1);
    // A new paragraph of the same quotation opens with a mark (see quotes' continued paragraphs).
    expect(paragraphs('“I have done enough for a lifetime.\n“I ate whatever I wanted,” she said.')).toHaveLength(2);
    expect(paragraphs('“We won,” she said.\nThe crowd cheered.')).toHaveLength(2);
  });
});

