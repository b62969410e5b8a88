import { SMALL_NUMBERS, TENS } from '../../lexicon/numbers.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { SEASONS } from '../../lexicon/time-words.js';
import { isCapitalised, type Word } from '../figures/words.js';
import { loneClockAt } from './clock.js';
import { attributive, dayMonthAt, isoDateAt, monthDateAt, numericDateAt } from './calendar-forms.js';
import { HOLIDAY_STARTS, holidayAt } from './holidays.js';
import { withModifiers } from './modifiers.js';
import { PHRASE_STARTS, phraseAt } from './phrases.js';
import { QUARTER_STARTS, quarterAt } from './quarters.js';
import { REFERENCE_STARTS, referenceAt } from './references.js';
import { RELATIVE_STARTS, relativeAt, weekdayAt } from './relative.js';
import { seasonAt } from './seasons.js';
import { WEEKEND_STARTS, weekendAt } from './weekends.js';
import type { Base, DateProblem, RawDate } from './types.js';
import { SPOKEN_STARTS, yearDateAt } from './years.js';

export type { DateProblem, EventSide, RawDate } from './types.js';

function qualifierBefore(words: readonly Word[], i: number): 'on' | 'since' | 'by' {
  const n = words[i - 1]?.norm;
  return n === 'since' ? 'since' : n === 'by' || n === 'until' ? 'by' : 'on';
}

/**
 * The forms a date can take, tried in this order at each word; the first that reads a date wins.
 * Periods come before years so "the 1988 second quarter" is one date, not a year and a quarter.
 */
const FORMS: ReadonlyArray<(words: readonly Word[], i: number, base: Base, problems: DateProblem[]) => RawDate | null> = [
  isoDateAt, // "2025-08-18"
  numericDateAt, // "23/10/2016", "11/27/2016"
  monthDateAt, // "August 18, 2025", "August 2025", "June last year", "in June"
  dayMonthAt, // "18 August 2025"
  (w, i, b) => quarterAt(w, i, b), // "the third quarter", "the year-ago period"
  (w, i, b) => seasonAt(w, i, b), // "last fall", "the winter of 1994"
  (w, i, b) => phraseAt(w, i, b), // "for the year", "that day", "the following year"
  (w, i, b) => yearDateAt(w, i, b), // "2019", "2009-2010", "the 1980s", "nineteen ninety-six"
  (w, i, b) => holidayAt(w, i, b), // "Thanksgiving Day", "Christmas"
  (w, i, b) => weekendAt(w, i, b), // "over the weekend", "last weekend"
  (w, i, b) => referenceAt(w, i, b), // "now", "recently", "in the future"
  (w, i, b) => weekdayAt(w, i, b), // "on Friday", "Monday's summit"
  (w, i, b) => relativeAt(w, i, b), // "yesterday", "last week", "three weeks ago"
  (w, i, b) => loneClockAt(w, i, b, (k) => dayStartsAt(w, k)), // "at about 4:15 a.m." (a day's time: see clock.ts)
];

/** A day, or a time of a day, starts at words[k]: "Sunday", "March 10", "March 10, 2025". */
function dayStartsAt(words: readonly Word[], k: number): boolean {
  const d = dateAt(words, k, []);
  return d !== null && d.first <= k && (d.granularity === 'day' || d.granularity === 'time') && d.rule !== 'clock';
}

/**
 * Words a date can start with, whatever their case; any other word that is not a digit or a quote
 * mark starts none, and costs one lookup instead of a pass through every form.
 */
const STARTS: ReadonlySet<string> = new Set([...PHRASE_STARTS, ...REFERENCE_STARTS, ...RELATIVE_STARTS, ...QUARTER_STARTS, ...SPOKEN_STARTS, ...WEEKEND_STARTS,
  ...SEASONS.keys(), ...SMALL_NUMBERS.keys(), ...TENS.keys()]);
/**
 * Names that start a date only when capitalised: months, weekdays and holidays ("May", "Friday's",
 * "Thanksgiving"). The other capitalised words of an article, most of them names, try no form.
 */
const NAMED_STARTS: ReadonlySet<string> = new Set([...MONTHS.keys(), ...WEEKDAYS.keys(), ...HOLIDAY_STARTS]);

function canStart(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || w.kind === 'quote') return true;
  const capital = isCapitalised(w);
  return startsDate(w.norm, capital) || (w.norm.endsWith("'s") && startsDate(w.norm.slice(0, -2), capital));
}

/** A word (lower-cased) that starts a date, whatever its case or, for a name, when capitalised. */
function startsDate(norm: string, capital: boolean): boolean {
  return STARTS.has(norm) || (capital && NAMED_STARTS.has(norm));
}

/** The date at words[i], with the words around it that belong to it, or null. `problems` collects impossible dates. */
export function dateAt(words: readonly Word[], i: number, problems: DateProblem[]): RawDate | null {
  if (!canStart(words[i]!)) return null;
  const base: Base = { first: i, qualifier: 'on', side: 'before' };
  for (const form of FORMS) {
    const before = problems.length;
    const d = form(words, i, base, problems);
    if (problems.length > before) return null;
    if (!d) continue;
    const out = withModifiers(words, d);
    const q = d.qualifier !== 'on' ? d.qualifier : qualifierBefore(words, out.first);
    const side = out.side === 'before' && attributive(words, out.first, out.next) ? 'noun' : out.side;
    return { ...out, qualifier: q, side, ...(out.also ? { also: { ...out.also, qualifier: q } } : {}) };
  }
  return null;
}
