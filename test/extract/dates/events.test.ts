import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/nlp/segment.js';
import { extractDates } from '../../../src/extract/dates/index.js';

const datesOf = (text: string) => extractDates(parseSource('t', text)).dates;

// What a date dates: the clause it modifies, with the subject found across an apposition.
const EVENTS: Array<{ input: string; text: string; event: string }> = [
  { input: 'One ranger, a 40-year-old from Tula, died on Monday when his car left the road.', text: 'Monday', event: 'One ranger died when his car left the road' },
  { input: 'A local pilot, aged 51, crashed on Sunday near the airfield.', text: 'Sunday', event: 'local pilot crashed near the airfield' },
  // the participle rule still names the place: "Crimea, annexed by Russia in 2014"
  { input: 'Kyiv wants to reclaim the peninsula of Tavria, annexed by its neighbour in 1999.', text: '1999', event: 'Tavria, annexed by its neighbour' },
];

describe('date events', () => {
  it.each(EVENTS)('$input', (row) => {
    const d = datesOf(row.input).find((x) => x.text === row.text);
    expect(d, JSON.stringify(datesOf(row.input).map((x) => x.text))).toBeDefined();
    expect(d!.event).toBe(row.event);
  });

  it('does not read a dateline as a subject and its apposition', () => {
    // no verb between the last comma and the date, so "OSLO" is not the subject of anything
    const d = datesOf('OSLO, Norway, March 4, 2024 (Wire) - Ferries stopped.').find((x) => x.text === 'March 4, 2024');
    expect(d?.event ?? '').not.toMatch(/OSLO/);
  });

  it.each([
    ['The strike was the biggest stoppage in 30 years after the union walked out.', []],
    ['It was the longest drought for two decades before the rains came.', []],
    ['The vote happened two days after the governor resigned.', ['two days after']],
  ])('a span of time is not an offset date: %s', (input, texts) => {
    expect(datesOf(input).filter((d) => d.rule === 'days-after').map((d) => d.text)).toEqual(texts);
  });
});
