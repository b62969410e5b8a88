import { isBoundary, type Word } from '../figures/words.js';
import type { RelativeDate } from '../../model/mention.js';
import type { Anaphor, Base, RawDate } from './types.js';

/**
 * Dates named by a phrase of ordinary words, each row with its rule name and an example:
 * the reference's own year ("for the year", "the current fiscal year", "by year-end"), and the
 * day, month or year the story last named ("that day", "the following year"; see focus.ts).
 */

interface PhraseRow {
  /** Lower-cased words; "*" matches any of `alt`. */
  readonly words: readonly string[];
  readonly rule: string;
  /** A year counted from the reference: "the current fiscal year" 0, "last fiscal year" -1. */
  readonly years?: number;
  readonly anaphor?: Anaphor;
  /** The row applies only after one of these words ("for the year", not "the year was hard"). */
  readonly after?: ReadonlySet<string>;
  /** The unit `years` counts in, when not years: "by the end of the month" is this month. */
  readonly unit?: 'week' | 'month';
  /** The row applies only after a part of a period: "the end of", "the middle of" (the part stays in the span). */
  readonly partOf?: true;
}

/** "the end of the month", "the start of the week": a part of a period named before it. */
const PERIOD_PARTS = new Set(['end', 'beginning', 'start', 'middle']);

const TIME_PREPOSITIONS = new Set(['in', 'for', 'during', 'of', 'through', 'from', 'over', 'since', 'by', 'until', 'to', 'than', 'throughout']);
const same = (unit: 'day' | 'month' | 'year', shift = 0): Anaphor => ({ kind: 'same', unit, shift });

const ROWS: readonly PhraseRow[] = [
  // "sales in the current fiscal year", "results for the fiscal year"
  { words: ['the', 'current', 'fiscal', 'year'], rule: 'fiscal-year', years: 0 },
  { words: ['this', 'fiscal', 'year'], rule: 'fiscal-year', years: 0 },
  { words: ['the', 'latest', 'fiscal', 'year'], rule: 'fiscal-year', years: -1 },
  { words: ['last', 'fiscal', 'year'], rule: 'fiscal-year', years: -1 },
  { words: ['next', 'fiscal', 'year'], rule: 'fiscal-year', years: 1 },
  { words: ['the', 'fiscal', 'year'], rule: 'fiscal-year', years: 0, after: TIME_PREPOSITIONS },
  // "forecast a gain for the full year", "a high for the year", "in the current year"
  { words: ['the', 'current', 'year'], rule: 'the-year', years: 0 },
  { words: ['the', 'full', 'year'], rule: 'the-year', years: 0 },
  { words: ['the', 'year'], rule: 'the-year', years: 0, after: TIME_PREPOSITIONS },
  // "support rose over the past year": the year before the reference's
  { words: ['the', 'past', 'year'], rule: 'past-year', years: -1, after: TIME_PREPOSITIONS },
  { words: ['the', 'last', 'year'], rule: 'past-year', years: -1, after: TIME_PREPOSITIONS },
  // "vote by the end of the month": the month the story last named ("In June … by the end of the month"), or
  // with none, the reference's own; "reopen at the start of the week": the reference's week
  { words: ['the', 'month'], rule: 'the-month', years: 0, unit: 'month', partOf: true, anaphor: { kind: 'same', unit: 'month', shift: 0, orReference: true } },
  { words: ['the', 'week'], rule: 'the-week', years: 0, unit: 'week', partOf: true },
  // "complete the sale by year-end", "by year's end", "by the end of the year"
  { words: ['year', 'end'], rule: 'year-end', years: 0 },
  { words: ["year's", 'end'], rule: 'year-end', years: 0 },
  // "later that year", "the following year", "that same day", "the next morning"
  { words: ['that', 'same', 'day'], rule: 'that-day', anaphor: same('day') },
  { words: ['that', 'day'], rule: 'that-day', anaphor: same('day') },
  { words: ['the', 'same', 'day'], rule: 'that-day', anaphor: same('day') },
  { words: ['the', 'next', 'day'], rule: 'next-day', anaphor: same('day', 1) },
  { words: ['the', 'following', 'day'], rule: 'next-day', anaphor: same('day', 1) },
  { words: ['the', 'next', 'morning'], rule: 'next-day', anaphor: same('day', 1) },
  { words: ['the', 'previous', 'day'], rule: 'previous-day', anaphor: same('day', -1) },
  { words: ['the', 'day', 'before'], rule: 'previous-day', anaphor: same('day', -1) },
  { words: ['that', 'month'], rule: 'that-month', anaphor: same('month') },
  { words: ['the', 'same', 'month'], rule: 'that-month', anaphor: same('month') },
  { words: ['the', 'following', 'month'], rule: 'next-month', anaphor: same('month', 1) },
  { words: ['the', 'previous', 'month'], rule: 'previous-month', anaphor: same('month', -1) },
  { words: ['that', 'year'], rule: 'that-year', anaphor: same('year') },
  { words: ['the', 'same', 'year'], rule: 'that-year', anaphor: same('year') },
  { words: ['the', 'following', 'year'], rule: 'next-year-after', anaphor: same('year', 1) },
  { words: ['the', 'previous', 'year'], rule: 'previous-year', anaphor: same('year', -1) },
  { words: ['the', 'preceding', 'year'], rule: 'previous-year', anaphor: same('year', -1) },
];

/** Words after "the year" that make it another phrase: "the year before", "the year 2000", "the year-ago quarter". */
const NOT_AFTER_YEAR = new Set(['before', 'after', 'ago', 'earlier', 'two', 'nineteen', 'old', 'end']);

/** The rows by their first word, so most words cost one lookup. */
export const PHRASE_STARTS: ReadonlySet<string> = new Set(ROWS.map((r) => r.words[0]!));
const BY_FIRST = new Map<string, PhraseRow[]>();
for (const row of ROWS) BY_FIRST.set(row.words[0]!, [...(BY_FIRST.get(row.words[0]!) ?? []), row]);

export function phraseAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const rows = BY_FIRST.get(words[i]!.norm);
  if (!rows) return null;
  for (const row of rows) {
    if (!row.words.every((x, k) => words[i + k]?.norm === x)) continue;
    if (row.after && !row.after.has(words[i - 1]?.norm ?? '')) continue;
    if (row.partOf && !(words[i - 1]?.norm === 'of' && PERIOD_PARTS.has(words[i - 2]?.norm ?? '') && words[i - 3]?.norm === 'the')) continue;
    const next = i + row.words.length;
    const last = words[next - 1]!;
    // "year-end" is written with a hyphen or a space; "year-old", "the year-ago quarter" are not these rows
    if (words[next]?.joined || (row.rule === 'year-end' && !/^end$/.test(last.norm))) continue;
    if (last.norm === 'year' && (NOT_AFTER_YEAR.has(words[next]?.norm ?? '') || /^\d/.test(words[next]?.text ?? ''))) continue;
    // "the last year of his term" is no year before the reference
    if (row.rule === 'past-year' && words[next]?.norm === 'of') continue;
    // "the day before the plunge" counts from the plunge, not from the date last named: only "the day before," is
    if (last.norm === 'before' && words[next] !== undefined && !isBoundary(words[next])) continue;
    // "the change since year-end": the last one, a year before the reference's own
    const years = (row.years ?? 0) - (row.rule === 'year-end' && words[i - 1]?.norm === 'since' ? 1 : 0);
    const unit: 'week' | 'month' | 'year' = row.unit ?? 'year';
    const relative: { relative?: RelativeDate } = row.years === undefined ? {} : { relative: { type: 'offset', n: years, unit, direction: years > 0 ? 1 : -1 } };
    if (row.anaphor) {
      const told = row.anaphor.kind === 'same' && row.anaphor.unit === 'day' ? { told: row.anaphor.shift } : {};
      return { ...base, next, value: null, granularity: row.anaphor.kind === 'same' ? row.anaphor.unit : 'day', anaphor: row.anaphor, ...told, ...relative, rule: row.rule };
    }
    return { ...base, next, value: null, granularity: unit, ...relative, rule: row.rule };
  }
  return null;
}
