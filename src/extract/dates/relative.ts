import { FULL_WEEKDAYS, WEEKDAYS } from '../../lexicon/calendar.js';
import { SMALL_NUMBERS, TENS } from '../../lexicon/numbers.js';
import { ERA_NOUNS } from '../../lexicon/time-words.js';
import { DURATIONS, SPAN_OPENERS } from '../../lexicon/units.js';
import type { DateGranularity, RelativeDate } from '../../model/mention.js';
import { parseNumberAt } from '../figures/number.js';
import { isCapitalised, type Word } from '../figures/words.js';
import { dayAt, monthAt } from './calendar-forms.js';
import { directionBefore, isVerbForm, pastPerfectAround, possessiveDirection } from './tense.js';
import type { Base, RawDate } from './types.js';

/** Dates counted from the report's day: "on Friday", "yesterday", "last week", "three weeks ago", "two days after". */

const RELATIVE_WORDS: ReadonlyMap<string, number> = new Map([['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1]]);
const POSSESSIVE = /'s$/;
const PERIODS: ReadonlyMap<string, 'week' | 'month' | 'quarter' | 'year'> = new Map([['week', 'week'], ['month', 'month'], ['quarter', 'quarter'], ['year', 'year']]);

export function weekdayAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const w = words[i]!;
  const possessive = w.norm.endsWith("'s");
  const name = possessive ? w.norm.slice(0, -2) : w.norm;
  const n = WEEKDAYS.get(name);
  if (n === undefined || !FULL_WEEKDAYS.has(name) || !isCapitalised(w)) return null;
  // "Monday, August 18, 2025", "Friday Oct. 13": the date that follows wins, and keeps the weekday.
  // "Monday 3 March", "Monday, 3 March 2025": the same, day first
  if (!possessive && (monthAt(words, i + 1) || (words[i + 1]?.text === ',' && monthAt(words, i + 2)))) return null;
  if (!possessive && dayMonthFollows(words, words[i + 1]?.text === ',' ? i + 2 : i + 1)) return null;
  const prev = words[i - 1]?.norm ?? '';
  if (!possessive && recurring(words, i)) return null;
  // "Wednesday's ruling" names what has happened, unless the clause looks ahead to it (possessiveDirection)
  // "postponed until Tuesday", "until 5 p.m. Tuesday": a weekday named as a deadline lies ahead, unless the
  // clause is in the past perfect ("Until Tuesday, officials had refused to comment")
  const clock = timeOfDayBefore(words, i);
  const deadline = DEADLINE_WORDS.has(words[i - 1 - clock]?.norm ?? '');
  // "by the Tuesday deadline", "set Friday as the deadline": the nearer one
  const named = !possessive && (words[i + 1]?.norm === 'deadline' || (words[i + 1]?.norm === 'as' && /^(the|a)$/.test(words[i + 2]?.norm ?? '') && words[i + 3]?.norm === 'deadline'));
  // "9% below the previous Friday", "the following Monday": counted from the day the story last named (focus.ts);
  // without one, from the reference, as "last Friday" and "next Monday"
  if ((prev === 'previous' || prev === 'preceding' || prev === 'following') && words[i - 2]?.norm === 'the' && !possessive) {
    const shift = prev === 'following' ? 1 : -1;
    return { ...base, first: i - 2, next: i + 1, value: null, granularity: 'day', relative: { type: 'weekday', n, direction: shift, strict: true }, anaphor: { kind: 'weekday', n, shift }, rule: 'weekday-anaphor' };
  }
  // "this coming Sunday", "the coming Sunday"
  const coming = prev === 'coming' && /^(this|the)$/.test(words[i - 2]?.norm ?? '');
  const direction = deadline && pastPerfectAround(words, i, i + 1) ? -1 : prev === 'next' || deadline || coming ? 1 : prev === 'last' ? -1
    : possessive ? possessiveDirection(words, i) : named ? 0 : directionBefore(words, i - clock, false, i + 1);
  const first = coming ? i - 2 : prev === 'last' || prev === 'next' || prev === 'this' ? i - 1 : i;
  return {
    ...base, first, next: i + 1, value: null, granularity: 'day', side: possessive ? 'noun' : 'before', ...(possessive ? { trimEnd: 2 } : {}),
    relative: { type: 'weekday', n, direction, strict: prev === 'last' || prev === 'next' }, rule: possessive ? 'weekday-possessive' : 'weekday',
  };
}

const DEADLINE_WORDS = new Set(['until', 'till']);
/** A day of a month then its month at words[k]: "3 March", "3rd March". */
function dayMonthFollows(words: readonly Word[], k: number): boolean {
  const day = dayAt(words, k);
  return day !== null && monthAt(words, day.next) !== null;
}
/** Parts of a day in the plural, which make a weekday before them a habit: "Tuesday nights". */
const PLURAL_DAY_PARTS = new Set(['mornings', 'afternoons', 'evenings', 'nights']);

/**
 * A weekday that names a habit, not a day: "each Saturday", "every other Monday", "on Tuesday nights",
 * "on Monday and Wednesday evenings". The schedule has no one date (TimeML gives it a SET).
 */
function recurring(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]?.norm ?? '';
  if (prev === 'each' || prev === 'every' || (prev === 'other' && words[i - 2]?.norm === 'every')) return true;
  // the weekday, or the weekdays joined to it by "and", "or" and commas, before a plural part of the day
  for (let k = i + 1; k < words.length; k += 2) {
    const n = words[k]!.norm;
    if (PLURAL_DAY_PARTS.has(n)) return true;
    if (n !== 'and' && n !== 'or' && n !== ',') return false;
    const after = words[k + 1]?.norm ?? '';
    if (after === 'and' || after === 'or') k++;
    if (!FULL_WEEKDAYS.has(words[k + 1]?.norm ?? '')) return false;
  }
  return false;
}
/** Words of a time of day before a weekday: "5 p.m. Tuesday", "5:30 p.m. Tuesday", "6 a.m. PST Friday", "noon Friday". Returns how many; the tense is read before them. */
function timeOfDayBefore(words: readonly Word[], i: number): number {
  let k = i - 1;
  if (/^([ECMP][SD]T|GMT|UTC)$/.test(words[k]?.text ?? '')) k--;
  if (!/^(a\.m\.?|p\.m\.?|noon|midnight)$/.test(words[k]?.norm ?? '')) return 0;
  k--;
  // "5:30" is three words: "5", a glued ":", a glued "30"
  if (/^\d{2}$/.test(words[k]?.text ?? '') && words[k]!.glued && words[k - 1]?.text === ':' && words[k - 1]!.glued) k -= 2;
  if (/^\d{1,2}$/.test(words[k]?.text ?? '')) k--;
  return i - 1 - k;
}

/** "yesterday", "later in the day", "last week", "three weeks ago", "two days after", "within the next two weeks". */
/** Words that can start a relative date; a number (digits or words) starts a counted one ("three weeks ago"). */
export const RELATIVE_STARTS: ReadonlySet<string> = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'later', 'earlier', 'year', 'last', 'this', 'next', 'within', 'in', 'a', 'an']);

export function relativeAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const w = words[i]!;
  const first = w.text.charCodeAt(0);
  const digit = first >= 48 && first <= 57;
  if (!digit && !RELATIVE_STARTS.has(w.norm) && !SMALL_NUMBERS.has(w.norm) && !TENS.has(w.norm) && !(w.norm.endsWith("'s") && RELATIVE_STARTS.has(w.norm.slice(0, -2)))) return null;
  const n = w.norm.replace(POSSESSIVE, '');
  const trim = n !== w.norm ? { trimEnd: 2, side: 'noun' as const } : {};
  const norms = (k: number) => words.slice(i, i + k).map((x) => x.norm).join(' ');
  const single = RELATIVE_WORDS.get(n);
  if (single !== undefined && isEra(words, i, n !== w.norm)) return null;
  if (single !== undefined) return { ...base, next: i + 1, value: null, granularity: 'day', ...trim, relative: { type: 'offset', n: single, direction: single > 0 ? 1 : -1 }, rule: 'relative-word' };
  if ((n === 'later' || n === 'earlier') && /^(later|earlier) (in the|that) day$/.test(norms(4))) {
    return { ...base, next: i + 4, value: null, granularity: 'day', side: 'after', relative: { type: 'offset', n: 0, direction: -1 }, rule: 'same-day' };
  }
  // "later in the month", "earlier in the year": the month or year the story last named ("In June … later in
  // the month"), or with none the reference's own; "earlier in the week": the reference's week
  const inThe = (n === 'later' || n === 'earlier') && words[i + 1]?.norm === 'in' && words[i + 2]?.norm === 'the' ? PERIODS.get(words[i + 3]?.norm ?? '') : undefined;
  if (inThe && inThe !== 'quarter' && !words[i + 4]?.joined && words[i + 4]?.norm !== 'of') {
    const relative: RelativeDate = { type: 'offset', n: 0, unit: inThe, direction: n === 'later' ? 1 : -1 };
    const anaphor = inThe === 'week' ? {} : { anaphor: { kind: 'same' as const, unit: inThe, shift: 0, orReference: true as const } };
    return { ...base, next: i + 4, value: null, granularity: inThe, relative, ...anaphor, rule: `same-${inThe}` };
  }
  // "the year-ago results", "year-earlier profit": that quarter (or year) a year before (focus.ts)
  if (n === 'year' && (words[i + 1]?.norm === 'ago' || words[i + 1]?.norm === 'earlier') && words[i + 1]!.joined) {
    const deictic = words[i + 1]!.norm === 'ago';
    return { ...base, next: i + 2, value: null, granularity: 'year', side: 'noun', relative: { type: 'offset', n: -1, unit: 'year', direction: -1 }, anaphor: { kind: 'year-ago', deictic }, rule: deictic ? 'year-ago' : 'year-earlier' };
  }
  // "last year’s general assembly": the period may carry a possessive, left out of the span.
  const periodWord = words[i + 1]?.norm ?? '';
  const period = PERIODS.get(periodWord.replace(POSSESSIVE, ''));
  // "within the next month to six weeks" is a range figure, not next week; "resigned last year to seek a seat" is last year.
  const toRange = words[i + 2]?.norm === 'to' && (parseNumberAt(words, i + 3) !== null || words[i + 3]?.norm === 'a');
  // "ABC's “This Week”": both words capitalised mid-sentence make a title, not a week
  const title = i > 0 && isCapitalised(w) && isCapitalised(words[i + 1]) && !/^[.!?:;]$/.test(words[i - 1]!.text);
  if (period && (n === 'last' || n === 'this' || n === 'next') && !toRange && !title && !words[i + 2]?.joined) {
    const k = n === 'last' ? -1 : n === 'next' ? 1 : 0;
    const granularity: DateGranularity = period;
    const possessive = POSSESSIVE.test(periodWord) ? { trimEnd: 2, side: 'noun' as const } : {};
    // "this quarter's loss" in an earnings report is the quarter it reports (focus.ts), else the current one
    if (period === 'quarter' && k === 0) return { ...base, next: i + 2, value: null, granularity: 'quarter', ...possessive, anaphor: { kind: 'quarter', current: true }, rule: 'this-quarter' };
    return { ...base, next: i + 2, value: null, granularity, ...possessive, relative: { type: 'offset', n: k, unit: period, direction: k > 0 ? 1 : -1 }, rule: `${n}-${period}` };
  }
  return countedOffset(words, i, base);
}

/**
 * "today's teenagers", "in today's fast cars", "the farms of tomorrow": an era, not a day; "USA Today",
 * "Radio Tarvo Tonight": a title, a capitalised word right after another mid-sentence, or alone in quote
 * marks (“Today”).
 */
function isEra(words: readonly Word[], i: number, possessive: boolean): boolean {
  const w = words[i]!;
  // "told Radio Dorvale’s “Today” on Monday": a capitalised word alone in quote marks is a title
  if (isCapitalised(w) && words[i - 1]?.kind === 'quote' && words[i + 1]?.kind === 'quote') return true;
  if (i > 0 && isCapitalised(w) && isCapitalised(words[i - 1]) && words[i - 1]!.kind === 'word' && i > 1 && !/^[.!?:;"“]$/.test(words[i - 2]!.text)) return true;
  if (possessive) {
    // skip adjectives: the noun is the first of the next three words that is an era's ("today's fast-changing world")
    for (let k = i + 1; k <= i + 3 && words[k]?.kind === 'word'; k++) if (ERA_NOUNS.has(words[k]!.norm)) return true;
    return false;
  }
  return words[i - 1]?.norm === 'of' && w.norm === 'tomorrow';
}

function countedOffset(words: readonly Word[], i: number, base: Base): RawDate | null {
  const opener = words[i]!.norm === 'within' || words[i]!.norm === 'in' ? i : -1;
  let k = opener >= 0 ? i + 1 : i;
  if (opener >= 0 && words[k]?.norm === 'the' && words[k + 1]?.norm === 'next') k += 2;
  const num = words[k]?.norm === 'a' ? { value: 1, next: k + 1 } : (() => { const p = parseNumberAt(words, k); return p && 'ok' in p ? p.ok : null; })();
  const unitWord = num ? words[num.next]?.norm ?? '' : '';
  const dur = DURATIONS.get(unitWord);
  if (!num || !dur || dur.unit === 'hours' || dur.unit === 'minutes' || dur.unit === 'seconds') return null;
  // "six weeks ago" is a week, not a day
  const weeks = /^(week|weeks|fortnight|fortnights)$/.test(unitWord);
  const unit = dur.unit === 'years' ? 'year' : dur.unit === 'months' ? 'month' : weeks ? 'week' : 'day';
  const amount = weeks ? (num.value * dur.factor) / 7 : num.value * dur.factor;
  // "a week or so ago": the hedge stays in the span
  const hedge = words[num.next + 1]?.norm === 'or' && words[num.next + 2]?.norm === 'so' && words[num.next + 3]?.norm === 'ago' ? 2 : 0;
  const after = words[num.next + 1 + hedge]?.norm ?? '';
  const granularity: DateGranularity = unit;
  if (opener >= 0 && (words[i + 1]?.norm === 'the' || words[i]!.norm === 'within') && after !== 'to') {
    return { ...base, next: num.next + 1, value: null, granularity, qualifier: 'by', relative: { type: 'offset', n: amount, unit, direction: 1 }, rule: 'within-next' };
  }
  // "the bonds will be redeemed in five years", "the lease expires in two months": that far ahead, when the
  // clause looks ahead and a verb, not a noun, takes it ("the first time in five years" is a span)
  if (opener >= 0) {
    if (!isVerbForm(words[i - 1]?.norm ?? '') || unit === 'day' || after === 'to' || after === 'or' || directionBefore(words, i) <= 0) return null;
    return { ...base, first: i + 1, next: num.next + 1, value: null, granularity, relative: { type: 'offset', n: amount, unit, direction: 1 }, rule: 'in-future' };
  }
  // "a year ago", "a year earlier": in an earnings report, that quarter a year before (focus.ts)
  if (unit === 'year' && amount === 1 && (after === 'ago' || after === 'earlier') && words[num.next]!.norm === 'year') {
    return { ...base, next: num.next + 2, value: null, granularity: 'year', relative: { type: 'offset', n: -1, unit: 'year', direction: -1 }, anaphor: { kind: 'year-ago', deictic: after === 'ago' }, rule: after === 'ago' ? 'ago' : 'year-earlier' };
  }
  if (after === 'ago') return { ...base, next: num.next + 2 + hedge, value: null, granularity, relative: { type: 'offset', n: -amount, unit, direction: -1 }, rule: 'ago' };
  // "On Oct. 3 the board met. Two days later, the mayor resigned": counted from the date the story last named
  // (focus.ts), and with none, dates nothing. Weeks count as days from that day; "two days later than
  // planned" is a comparison.
  if ((after === 'later' || after === 'earlier') && words[num.next + 2]?.norm !== 'than' && !words[num.next + 1]!.joined) {
    const shift = (after === 'later' ? 1 : -1) * (unit === 'week' ? amount * 7 : amount);
    const counted = unit === 'week' ? 'day' : unit;
    return {
      ...base, next: num.next + 2, value: null, granularity: counted, anaphor: { kind: 'same', unit: counted, shift },
      ...(counted === 'day' ? { told: shift } : {}), rule: after === 'later' ? 'counted-later' : 'counted-earlier',
    };
  }
  // "the biggest stoppage in 30 years after the union …": a span of time, not an offset from the story's day.
  if (after === 'after' && (unit === 'day' || unit === 'week') && !SPAN_OPENERS.has(words[k - 1]?.norm ?? '')) {
    // "occurred two days after X met Y": X is the story's day, so Y is that many days earlier; the anchor is loose, so allow a day.
    const days = -num.value * dur.factor;
    const out: RawDate = { ...base, next: num.next + 2, value: null, granularity: 'day', side: 'after', toleranceDays: 1, relative: { type: 'offset', n: days, direction: -1 }, rule: 'days-after' };
    // "On 3 March the board declared the result, a day after polls", "Police arrested him on Tuesday, a day
    // after the shooting": X is the day its sentence names (focus.ts); "In June, a week after the vote" names
    // no day to count from, and dates nothing
    const named = words.slice(0, i).some((x, j) => monthAt(words, j) !== null || /^\d{4}$/.test(x.text) || (isCapitalised(x) && FULL_WEEKDAYS.has(x.norm)));
    return named ? { ...out, anaphor: { kind: 'same', unit: 'day', shift: days } } : { ...out, fromClause: true };
  }
  return null;
}
