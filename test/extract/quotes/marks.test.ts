import { describe, expect, it } from 'vitest';
import { extractText, quoteLines } from '../../support/extract.js';

// Quote-mark pairing in house styles beyond “…”: each row is an article → "speaker | words".
const CASES: Array<{ rule: string; text: string; expected: string[] }> = [
  { rule: "NYT style: '' opens and closes", text: "''We will reopen the pier by spring,'' said Harbor Commissioner Delia Quist.", expected: ['Delia Quist | We will reopen the pier by spring'] },
  { rule: "NYT style: split by the attribution, then a second passage", text: "Ms. Quist toured the site. ''It is slow,'' Ms. Quist said. ''But it is safe.''", expected: ['Delia Quist | It is slow', 'Delia Quist | But it is safe.'].map((l) => l.replace('Delia Quist', 'Quist')) },
  { rule: "NYT style: a single mark nested inside, closed by '''", text: "''They told me, 'Wait your turn,''' said Oren Falk, a baker.", expected: ["Oren Falk | They told me, 'Wait your turn,'"] },
  { rule: "NYT style: a multi-paragraph quote", text: "Pilar Ossa spoke at length.\n''The first year was hard.\n''The second was worse,'' she said.", expected: ['Pilar Ossa | The first year was hard.', 'Pilar Ossa | The second was worse'] },
  { rule: "wire style: a straight mark closed by ''", text: "\"Teams are still searching the rubble,'' said Ilsa Brandt, head of the relief agency.\n\"I hope they are found alive,'' she added.", expected: ['Ilsa Brandt | Teams are still searching the rubble', 'Ilsa Brandt | I hope they are found alive'] },
  { rule: "typesetting style: `` opens, '' closes", text: "``We have never seen a flood like this,'' said Owen Hollis, a farmer.", expected: ['Owen Hollis | We have never seen a flood like this'] },
  { rule: 'straight open, curly close', text: '"We are not done," said Tomas Reyne. "Not yet”, Reyne added.', expected: ['Tomas Reyne | We are not done', 'Tomas Reyne | Not yet'] },
  { rule: 'curly open, straight close', text: '“Bring the ledgers," said auditor Ines Caro.', expected: ['Ines Caro | Bring the ledgers'] },
  { rule: 'an opening mark used to close', text: '“The river rose overnight,“ said Kofi Asante.', expected: ['Kofi Asante | The river rose overnight'] },
  { rule: 'a reversed closing mark used to open', text: 'Marta Lind took the microphone. She says,” nobody asked us first.”', expected: ['Marta Lind | nobody asked us first.'] },
  { rule: 'a reversed mark at the paragraph start', text: 'Bruno Aldi wrote a letter.\n” … and we will keep writing,” Aldi wrote.', expected: ['Bruno Aldi | … and we will keep writing'] },
  { rule: 'a quotation a hard wrap broke mid-sentence', text: 'Mayor Ilsa Brandt said: "The pier will reopen by spring and the\nferries will sail on time."', expected: ['Ilsa Brandt | The pier will reopen by spring and the\nferries will sail on time.'] },
  { rule: 'a quotation a line break runs through after a full stop', text: '"I have done enough for a lifetime.\nI ate whatever I wanted," Ana Roe told the magazine.', expected: ['Ana Roe | I have done enough for a lifetime.\nI ate whatever I wanted'] },
  { rule: 'an invisible direction mark before the opening mark', text: 'Fans replied online.\n\u202a”We are with you,” wrote Lena Marsh.', expected: ['Lena Marsh | We are with you'] },
];

describe('quote marks', () => {
  for (const c of CASES) {
    it(c.rule, () => {
      expect(quoteLines(c.text)).toEqual(c.expected);
    });
  }

  it("takes no quote from an empty pair or from two apostrophes between spaces", () => {
    const m = extractText("The form left the field blank ('''') and the clerk wrote '' beside it.");
    expect(m.quotes).toEqual([]);
    expect(m.diagnostics.map((d) => d.code)).not.toContain('quote/unclosed');
  });

  it('keeps offsets exact for every style', () => {
    for (const c of CASES) for (const q of extractText(c.text).quotes) expect(c.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('a stray closing mark does not swallow the quotes after it', () => {
    expect(quoteLines('The fence was painted.” Then Rhea Volk spoke. “We will stay,” Volk said.')).toEqual(['Rhea Volk | We will stay']);
  });
});

describe('apostrophes that look like opening marks', () => {
  it('‘08 is a year, not a quote', () => {
    expect(quoteLines('Rep. Hal Jonsson said in ‘08 that voters changed. “I do sense it,” he said.')).toEqual(['Hal Jonsson | I do sense it']);
  });

  it('a ‘ glued to the word before it is an apostrophe', () => {
    expect(quoteLines('Ana Roe spoke on KTV‘ Morning Hour. “We will act,” Roe said.')).toEqual(['Ana Roe | We will act']);
  });

  it('a ‘ between two letters is an apostrophe', () => {
    expect(quoteLines('Ana Roe blocked the mayor‘s pick. “We will wait,” Roe said.')).toEqual(['Ana Roe | We will wait']);
  });

  it('a single mark nests inside a reversed opener', () => {
    expect(quoteLines('Ana Roe spoke.\n” … when you call them ‘bad people,’ it is heard wrong,” she said.')).toEqual(['Ana Roe | … when you call them ‘bad people,’ it is heard wrong']);
  });
});
