import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/nlp/tokenize.js';
import { extractFigures } from '../../../src/extract/figures/index.js';
import { extractDates } from '../../../src/extract/dates/index.js';
import { figuresOf } from './helpers.js';

describe('odd input', () => {
  it('half-written ranges fall back to the single figure', () => {
    expect(figuresOf('Between 10 and.').figures.map((f) => [f.text, f.qualifier, f.max])).toEqual([['10', 'exact', 10]]);
    expect(figuresOf('a week to').figures.map((f) => [f.value, f.unit, f.max])).toEqual([[7, 'days', 7]]);
  });

  it.each(['$', 'It cost $ and more.', 'between and', 'more than', '€bn', '3-1/0 of them', ''])('no fact, no crash: %j', (input) => {
    expect(figuresOf(input).figures).toEqual([]);
  });

  it('reads no figure out of a time stamp: the minutes of "11:27 IST", "09:41 hrs", "18:05"', () => {
    for (const input of ['Posted: March 9, 2024 11:27 IST', 'Wed Mar 13 2024, 09:41 hrs', 'March 9, 2024 18:05']) {
      expect(figuresOf(input).figures, input).toEqual([]);
    }
  });

  it('reads no figure out of names with digits, and no currency out of a lone letter', () => {
    // Letter-led names keep their decimals ("K2.1bn" once gave a bogus "1bn"); "N95" and "R2" are not money.
    for (const input of ['The plant cost K2.1bn to build.', 'Staff wore N95 masks.', 'The R2 unit failed.', 'Build v3.5 shipped.', 'Flight MH17 crashed.']) {
      expect(figuresOf(input).figures, input).toEqual([]);
    }
    expect(tokenize('K2.1bn and N18.6bn').map((t) => t.text)).toEqual(['K2.1bn', 'and', 'N', '18.6', 'bn']);
    // A name glued to a participle is cut off it; other hyphenated words stay whole.
    expect(tokenize('Oslo-based, well-known, UN-led').map((t) => t.text)).toEqual(['Oslo', '-', 'based', ',', 'well-known', ',', 'UN', '-', 'led']);
  });

  it('reports a 40-digit number instead of guessing', () => {
    const r = figuresOf(`They counted ${'9'.repeat(40)} grains.`);
    expect(r.figures).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['figure/number-too-long']);
  });

  it('keeps offsets exact with BOM, CRLF, NBSP and curly quotes', () => {
    const text = '\ufeffHeadline\r\n“It cost about\u00a0$3 billion,” she said. Officials counted 38,000 ballots.\r\n';
    const r = figuresOf(text);
    expect(r.figures.map((f) => f.text)).toEqual(['about\u00a0$3 billion', '38,000']);
    for (const f of r.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  // Speed is measured by `npm run bench` on a 5 MB line and 100,000 quote marks (pathological files);
  // here, a line a hundred times an article's and 10,000 marks, only that it completes with the right counts.
  it('handles a 300 KB line and 10,000 quote marks', () => {
    const line = 'About $5 billion went to 3,000 farms in 2021 on Friday, '.repeat(5_000);
    const quotes = '"'.repeat(10_000);
    const text = line + quotes;
    // One sentence over every token: the scanners' worst case (built directly, independent of segmentation).
    const tokens = tokenize(text);
    const doc = { id: 'big', text, tokens, lineStarts: [0], paragraphs: [], sentences: [{ start: 0, end: text.length, paragraph: 0, firstToken: 0, endToken: tokens.length }] };
    const f = extractFigures(doc);
    const d = extractDates(doc);
    expect(f.figures.length).toBe(10_000);
    expect(d.dates.length).toBe(10_000);
  });
});
