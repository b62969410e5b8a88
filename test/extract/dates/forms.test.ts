import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/nlp/segment.js';
import { extractDates } from '../../../src/extract/dates/index.js';
import { resolveRelative } from '../../../src/extract/dates/resolve.js';

const datesOf = (text: string) => extractDates(parseSource('t', text));
const REF = '2024-03-13'; // a Wednesday

type Row = { input: string; text: string; value: string | null; resolved?: string; granularity: string; event?: string | null; qualifier?: string };

const ROWS: Row[] = [
  { input: 'The dam was finished on March 4, 2024.', text: 'March 4, 2024', value: '2024-03-04', granularity: 'day', event: 'dam was finished' },
  { input: 'The dam was finished on 4 March 2024.', text: '4 March 2024', value: '2024-03-04', granularity: 'day' },
  { input: 'The dam was finished on Aug. 4 2023.', text: 'Aug. 4 2023', value: '2023-08-04', granularity: 'day' },
  { input: 'Logs dated 2024-03-01 were released.', text: '2024-03-01', value: '2024-03-01', granularity: 'day' },
  { input: 'The strike began in February 2022.', text: 'February 2022', value: '2022-02', granularity: 'month', event: 'strike began' },
  { input: 'Prices have climbed since February 2022.', text: 'February 2022', value: '2022-02', granularity: 'month', qualifier: 'since' },
  { input: 'The island was ceded to Norway in 1920.', text: '1920', value: '1920', granularity: 'year', event: 'island was ceded to Norway' },
  { input: 'The mayor resigned on Monday.', text: 'Monday', value: null, resolved: '2024-03-11', granularity: 'day', event: 'mayor resigned' },
  { input: 'The mayor will resign on Monday.', text: 'Monday', value: null, resolved: '2024-03-18', granularity: 'day' },
  // The present tense of a timetabled event points ahead; the past, a noun or an infinitive does not.
  { input: 'Ferry crews return to the harbour on Friday.', text: 'Friday', value: null, resolved: '2024-03-15', granularity: 'day' },
  { input: 'The union says talks resume on Monday.', text: 'Monday', value: null, resolved: '2024-03-18', granularity: 'day' },
  { input: 'The inquiry opens Thursday in Leeds.', text: 'Thursday', value: null, resolved: '2024-03-14', granularity: 'day' },
  { input: 'Meteorologists expect the rain to stop on Friday.', text: 'Friday', value: null, resolved: '2024-03-15', granularity: 'day' },
  { input: 'His contract runs until June.', text: 'June', value: null, resolved: '2024-06', granularity: 'month', qualifier: 'by' },
  { input: 'Ferry crews returned to the harbour on Friday.', text: 'Friday', value: null, resolved: '2024-03-08', granularity: 'day' },
  { input: 'The union said it met the owners on Monday.', text: 'Monday', value: null, resolved: '2024-03-11', granularity: 'day' },
  { input: 'Their return on Friday surprised everyone.', text: 'Friday', value: null, resolved: '2024-03-08', granularity: 'day' },
  { input: 'The mayor resigned on Wednesday.', text: 'Wednesday', value: null, resolved: '2024-03-13', granularity: 'day' },
  { input: 'The mayor resigned last Wednesday.', text: 'last Wednesday', value: null, resolved: '2024-03-06', granularity: 'day' },
  // The possessive is left out of the span: "Friday’s vote" dates the vote to "Friday".
  { input: 'Friday’s vote was close.', text: 'Friday', value: null, resolved: '2024-03-08', granularity: 'day', event: 'vote' },
  { input: 'Later in the day, the council voted to close the mine.', text: 'Later in the day', value: null, resolved: '2024-03-13', granularity: 'day', event: 'council voted to close the mine' },
  { input: 'The council met yesterday.', text: 'yesterday', value: null, resolved: '2024-03-12', granularity: 'day' },
  { input: 'The council met last week.', text: 'last week', value: null, resolved: '2024-03-04', granularity: 'week' },
  { input: 'She spoke at last year’s general assembly.', text: 'last year', value: null, resolved: '2023', granularity: 'year' },
  // Counted in weeks, it is a week (its Monday), not a day.
  { input: 'The ferry sank three weeks ago.', text: 'three weeks ago', value: null, resolved: '2024-02-19', granularity: 'week' },
  { input: 'They will sign the deal within the next two weeks.', text: 'within the next two weeks', value: null, resolved: '2024-03-25', granularity: 'week', qualifier: 'by' },
  { input: 'The last talks were held in Oslo in June.', text: 'June', value: null, resolved: '2023-06', granularity: 'month' },
  { input: 'The talks were held in January.', text: 'January', value: null, resolved: '2024-01', granularity: 'month' },
  { input: 'The vote happened two days after the governor resigned in protest.', text: 'two days after', value: null, resolved: '2024-03-11', granularity: 'day', event: 'governor resigned in protest' },
  { input: 'The vote came two days after a deputy, Ana Ruiz, resigned in protest.', text: 'two days after', value: null, resolved: '2024-03-11', granularity: 'day', event: 'deputy, Ana Ruiz, resigned in protest' },
  { input: 'The crash on August 18 shocked the town.', text: 'August 18', value: null, resolved: '2023-08-18', granularity: 'day' },
];

describe('date forms', () => {
  it.each(ROWS)('$input', (row) => {
    const { dates } = datesOf(row.input);
    const d = dates.find((x) => x.text === row.text);
    expect(d, JSON.stringify(dates.map((x) => x.text))).toBeDefined();
    expect(d!.value).toBe(row.value);
    expect(d!.granularity).toBe(row.granularity);
    expect(row.input.slice(d!.start, d!.end)).toBe(d!.text);
    if (row.resolved !== undefined) expect(resolveRelative(d!.relative!, REF)?.value).toBe(row.resolved);
    if (row.event !== undefined) expect(d!.event).toBe(row.event);
    expect(d!.qualifier ?? 'on').toBe(row.qualifier ?? 'on');
  });
});

describe('odd dates', () => {
  it.each([
    { input: 'The law passed on February 30, 2023.', code: 'date/invalid' },
    { input: 'The law passed on February 30.', code: 'date/invalid' },
    { input: 'Records show 2023-02-30 as the day.', code: 'date/invalid' },
  ])('$input', ({ input, code }) => {
    const r = datesOf(input);
    expect(r.dates).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual([code]);
  });

  it('a year right after a capitalised name belongs to the name; after a preposition or determiner it is a date', () => {
    for (const input of ['FC Norden 1911 won again.', 'The Oslo 2030 bid collapsed.']) expect(datesOf(input).dates, input).toEqual([]);
    for (const input of ['In 2019, the mine closed.', 'The 2019 sale failed.', 'Since 1994 the mine has lost money.']) {
      expect(datesOf(input).dates.map((d) => d.granularity), input).toEqual(['year']);
    }
  });

  it('"may" the verb and "March" the verb are not months', () => {
    expect(datesOf('Ukraine may need to march on. May the best win.').dates).toEqual([]);
    expect(datesOf('They March first to the square.').dates).toEqual([]);
  });

  it('a month that is also a word is a month after a determiner and before a noun: "the March vote"', () => {
    expect(datesOf('The March vote was close, and a May election follows.').dates.map((d) => d.text)).toEqual(['March', 'May']);
    expect(datesOf('The March on Tarvo drew crowds, and the May government fell.').dates).toEqual([]);
  });

  it('a weekday that names a habit is no date: "each Saturday", "every other Monday", "Tuesday nights"', () => {
    for (const input of [
      'The ferry sails each Saturday from April 2.',
      'The market opens every other Monday.',
      'The club meets on Tuesday nights.',
      'Two new sailings leave on Monday and Wednesday evenings.',
      'The choir sings on Monday, Wednesday, and Friday mornings.',
    ]) expect(datesOf(input).dates.map((d) => d.text), input).not.toContain('Saturday');
    expect(datesOf('The club meets on Tuesday nights.').dates).toEqual([]);
    expect(datesOf('Two new sailings leave on Monday and Wednesday evenings.').dates).toEqual([]);
    expect(datesOf('The choir sings on Monday, Wednesday, and Friday mornings.').dates).toEqual([]);
    expect(datesOf('The market opens every other Monday.').dates).toEqual([]);
    expect(datesOf('The ferry sails each Saturday from April 2.').dates.map((d) => d.text)).toEqual(['April 2']);
    // one night, and a day named beside a habit, are still days
    expect(datesOf('The club met on Tuesday night.').dates.map((d) => d.text)).toEqual(['Tuesday night']);
    expect(datesOf('The club met on Monday and Tuesday.').dates.map((d) => d.text)).toEqual(['Monday', 'Tuesday']);
  });

  it('a weekday before a day and its month belongs to that date: "Monday 3 March", "Tuesday, 12 March 2024"', () => {
    expect(datesOf('The ferry sank on Tuesday, 12 March 2024.').dates.map((d) => [d.text, d.value])).toEqual([['Tuesday, 12 March 2024', '2024-03-12']]);
    expect(datesOf('The ferry sank on Monday 4 March.').dates.map((d) => d.text)).toEqual(['Monday 4 March']);
    // a count after a weekday's comma is no day
    expect(datesOf('The ferry sank on Monday, and 3 of the crew died.').dates.map((d) => d.text)).toEqual(['Monday']);
  });

  it('two days of one month: "March 3-4", "3–4 March", "between 3 and 5 March", "from March 3 to 5"', () => {
    const read = (input: string) => datesOf(input).dates.map((d) => `${d.text} → ${d.value ?? resolveRelative(d.relative!, REF)?.value}`);
    expect(read('The summit ran on March 4-5, 2023.')).toEqual(['March 4-5, 2023 → 2023-03-04', '5 → 2023-03-05']);
    expect(read('The summit ran on 4–5 March 2023.')).toEqual(['4 → 2023-03-04', '5 March 2023 → 2023-03-05']);
    expect(read('The summit ran on 4-5 March 2023.')).toEqual(['4-5 March 2023 → 2023-03-04', '5 → 2023-03-05']);
    expect(read('The summit ran between 4 and 6 March 2023.')).toEqual(['4 → 2023-03-04', '6 March 2023 → 2023-03-06']);
    expect(read('The summit ran from March 4 to 6, 2023.')).toEqual(['March 4 → 2023-03-04', '6, 2023 → 2023-03-06']);
    expect(read('The summit ran on April 24 and 25, 2023.')).toEqual(['April 24 → 2023-04-24', '25, 2023 → 2023-04-25']);
    expect(read('The summit ran on March 4-5.')).toEqual(['March 4 → 2024-03-04', '5 → 2024-03-05']);
    // a score, or a count to a share, is no pair of days
    expect(read('The score was 3-4 in March.')).toEqual(['March → 2024-03']);
    expect(read('Prices rose from March 3 to 5 percent.')).toEqual(['March 3 → 2024-03-03']);
  });

  it('an ordinal day "of" a month: "the 15th of May"', () => {
    expect(datesOf('The strike began on the 15th of May 2021.').dates.map((d) => [d.text, d.value])).toEqual([['15th of May 2021', '2021-05-15']]);
    const d = datesOf('The strike will begin on the 3rd of December.').dates;
    expect(d.map((x) => [x.text, resolveRelative(x.relative!, REF)?.value])).toEqual([['3rd of December', '2024-12-03']]);
    // a plain number "of" a month is no day
    expect(datesOf('Read part 15 of May’s report.').dates.map((x) => x.text)).not.toContain('15 of May');
  });

  it('a day of a month in words: "March eighth", "June twenty-first"', () => {
    const d = datesOf('The fair opens on March eighth and closes on June twenty-first.').dates;
    expect(d.map((x) => [x.text, x.relative?.n, x.relative?.day])).toEqual([['March eighth', 3, 8], ['June twenty-first', 6, 21]]);
  });
});

describe('anchor date', () => {
  it.each([
    { input: 'OSLO, March 13, 2024 - The council met on Monday.', anchor: '2024-03-13' },
    // A full date deep in the story is no report date: only a dateline, a date with its weekday or a lead date is.
    { input: 'The council met on Monday. '.repeat(20) + 'The war began on February 24, 2022, and talks resumed on March 1, 2024.', anchor: null },
    { input: 'The council met on Wednesday, March 13, 2024, to vote on the bridge.', anchor: '2024-03-13' },
    { input: 'The council voted on March 13, 2024, to close the bridge.', anchor: '2024-03-13' },
    // Never a birth, an expiry or a deadline, even at the top of the story
    { input: 'Ada Lund, born on May 3, 1931, died yesterday.', anchor: null },
    { input: 'The permit expires on June 1, 2030. The council met on Monday.', anchor: null },
    { input: 'The council met on Monday.', anchor: null },
  ])('$anchor', ({ input, anchor }) => {
    expect(datesOf(input).anchorDate).toBe(anchor);
  });
});

describe('resolveRelative', () => {
  it.each([
    { rel: { type: 'weekday', n: 0, direction: -1 }, ref: '2025-08-18', value: '2025-08-17' }, // "on Sunday" in a Monday story: yesterday
    { rel: { type: 'weekday', n: 5, direction: -1 }, ref: '2025-08-18', value: '2025-08-15' },
    { rel: { type: 'weekday', n: 1, direction: -1 }, ref: '2025-08-18', value: '2025-08-18' },
    { rel: { type: 'weekday', n: 5, direction: 1 }, ref: '2025-08-18', value: '2025-08-22' },
    { rel: { type: 'month', n: 2, direction: -1 }, ref: '2025-08-18', value: '2025-02' },
    { rel: { type: 'month', n: 9, direction: -1 }, ref: '2025-08-18', value: '2024-09' },
    { rel: { type: 'offset', n: -1, unit: 'month', direction: -1 }, ref: '2025-01-10', value: '2024-12' },
    { rel: { type: 'monthday', n: 2, day: 29, direction: -1 }, ref: '2025-08-18', value: null },
  ] as const)('$rel.type $rel.n → $value', ({ rel, ref, value }) => {
    expect(resolveRelative(rel, ref)?.value ?? null).toBe(value);
  });
});

describe('a date in figures with a full year', () => {
  it.each([
    ['The dam was finished on 23/10/2016.', '23/10/2016', '2016-10-23'],
    ['The dam was finished on 10/26/1989.', '10/26/1989', '1989-10-26'],
  ])('reads %j, day and month told apart by the number over 12', (input, text, value) => {
    expect(datesOf(input).dates.map((d) => [d.text, d.value])).toEqual([[text, value]]);
  });

  it('reads no date where either number may be the month ("3/4/2012"), nor a fraction', () => {
    expect(datesOf('The dam was finished on 3/4/2012 and is 3/4 full.').dates).toEqual([]);
  });

  it('anchors a report by a banner line that gives its date in figures', () => {
    const r = datesOf('Storm closes pass\nUpdated 09:12 23/10/2016\nYesterday a walker fell near the hut.');
    expect(r.anchorDate).toBe('2016-10-23');
  });
});
