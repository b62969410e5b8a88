import { describe, expect, it } from 'vitest';
import { expectFigure, figuresOf } from './helpers.js';

// Space-grouped thousands, verbs of scope in subjects, and spans of time that read like offsets.
type Row = { input: string; text: string; value: number; unit: string; subject?: string | null };

const ROWS: Row[] = [
  // "11 000": a single (here no-break) space as thousands separator
  { input: 'Flames have burned roughly 11\u00a0000 hectares of pine.', text: 'roughly 11\u00a0000 hectares', value: 11000, unit: 'ha', subject: 'hectares burned' },
  { input: 'The census counted 1 200 000 residents.', text: '1 200 000', value: 1_200_000, unit: 'count' },
  { input: 'The storm consumed 9,500 hectares, rangers said.', text: '9,500 hectares', value: 9500, unit: 'ha', subject: 'hectares consumed' },
  // verbs of scope: the counted group plus the verb that reaches it
  { input: 'The contract covers some 12,000 nurses at city hospitals.', text: 'some 12,000', value: 12000, unit: 'count', subject: 'nurses covers' },
  { input: 'The ruling applies to around 15,000 nurses, including agency staff.', text: 'around 15,000', value: 15000, unit: 'count', subject: 'nurses applies to' },
  // "in 30 years after …": a span of time, a figure, not a date offset
  { input: 'It was the longest blackout in 30 years after the grid operator cut power.', text: '30 years', value: 30, unit: 'years' },
];

describe('figure grouping and subjects', () => {
  it.each(ROWS)('$input', (row) => {
    const f = expectFigure(row);
    if (row.subject !== undefined) expect(f.subject).toBe(row.subject);
  });

  it.each([
    // two figures, not one "10 15"
    ['Between 10 and 15 boats sank in the gale.', ['Between 10 and 15']],
    // a four-digit year never starts a group; the group after it is a count on its own
    ['In 2003 250 homes burned.', ['250']],
    // groups need exactly three digits
    ['Crews of 12 40 metres apart held the line.', ['12', '40 metres']],
  ])('keeps separate numbers apart: %s', (input, texts) => {
    expect(figuresOf(input).figures.map((x) => x.text)).toEqual(texts);
  });
});
