import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/nlp/segment.js';
import { extractDates } from '../../../src/extract/dates/index.js';

const anchorOf = (text: string) => {
  const r = extractDates(parseSource('t', text));
  const marked = r.dates.find((d) => d.anchor);
  return { date: r.anchorDate, reason: marked?.anchor ?? null, text: marked?.text ?? null };
};

// A source's report date (invented articles).
describe('the anchor of a source', () => {
  it.each([
    ['TARVO, March 13, 2024 – The council met on Monday.', '2024-03-13', 'dateline'],
    ['Published: 13 March 2024\n\nThe council met on Monday.', '2024-03-13', 'dateline'],
    ['The council met on Wednesday, March 13, 2024, to vote on the bridge.', '2024-03-13', 'weekday-date'],
    ['The council voted on March 13, 2024, to close the bridge.', '2024-03-13', 'lead-date'],
  ])('%s', (input, date, reason) => {
    expect(anchorOf(input)).toMatchObject({ date, reason });
  });

  it('a dateline wins over a lead date, a date with its weekday over a lead date', () => {
    expect(anchorOf('TARVO, March 13, 2024 – The council voted on March 11, 2024, to close the bridge.')).toMatchObject({ date: '2024-03-13', reason: 'dateline' });
    expect(anchorOf('The council voted on March 11, 2024, to close the bridge, which reopened on Wednesday, March 13, 2024.')).toMatchObject({ date: '2024-03-13', reason: 'weekday-date' });
  });

  it('never a birth, an expiry, a deadline or a future date', () => {
    expect(anchorOf('Ada Lund, who was born on May 3, 1931, died yesterday.').date).toBeNull();
    expect(anchorOf('The permit expires on June 1, 2030. Crews met on Monday.').date).toBeNull();
    expect(anchorOf('Bids are due by March 1, 2024. Crews met on Monday.').date).toBeNull();
    expect(anchorOf('The council will vote on May 5, 2024. Crews met on Monday.').date).toBeNull();
    // a weekday that does not match its date is no proof either
    expect(anchorOf('The council met on Tuesday, March 13, 2024.').reason).toBe('lead-date');
  });

  it('deep in the story, a date with its weekday is an event’s, not the report date', () => {
    expect(anchorOf('Crews met on Monday.\n\nThe dam held.\n\nRain fell.\n\nThe dam first failed on Sunday, April 8, 2012.').date).toBeNull();
  });

  it('a fact box at the foot of the story is no dateline', () => {
    expect(anchorOf('Crews met on Monday.\n\nThe dam holds 40 million cubic metres.\n\nIt was built in 1961.\n\nNext election: May 5, 2029').date).toBeNull();
  });

  it('a date deep in the story is no report date', () => {
    expect(anchorOf('The council met on Monday. '.repeat(5) + 'The dam was finished on March 1, 2020.').date).toBeNull();
  });
});
