import { AMBIGUOUS_MONTHS, FULL_WEEKDAYS, MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { CURRENCY_SYMBOLS } from '../../lexicon/currencies.js';
import { DURATIONS, SPAN_OPENERS } from '../../lexicon/units.js';
import type { DateGranularity, RelativeDate } from '../../model/mention.js';
import { parseNumberAt } from '../figures/number.js';
import { isCapitalised, type Word } from '../figures/words.js';
import { dayOf } from './resolve.js';
import { directionBefore } from './tense.js';

/** Where the dated event is written: before the date, after it ("two days after X"), or the noun it modifies ("Monday's summit"). */
export type EventSide = 'before' | 'after' | 'noun';

export interface RawDate {
  readonly first: number;
  readonly next: number;
  readonly value: string | null;
  readonly granularity: DateGranularity;
  readonly relative?: RelativeDate;
  readonly qualifier: 'on' | 'since' | 'by';
  readonly toleranceDays?: number;
  readonly side: EventSide;
  readonly rule: string;
}

export interface DateProblem { readonly code: string; readonly message: string; readonly start: number; readonly end: number; /** Word index after the bad date, so its parts are not read again. */ readonly skipTo: number }

const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const MONTH_CONTEXT = new Set(['in', 'since', 'by', 'until', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'from', 'during', 'through', 'before', 'after']);
const RELATIVE_WORDS: ReadonlyMap<string, number> = new Map([['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1]]);
const PERIODS: ReadonlyMap<string, 'week' | 'month' | 'year'> = new Map([['week', 'week'], ['month', 'month'], ['year', 'year']]);

/** Day number at words[i]: "18", "18th". Returns the day and the next index. */
function dayAt(words: readonly Word[], i: number): { day: number; next: number } | null {
  const w = words[i];
  if (!w || !/^\d{1,2}$/.test(w.text)) return null;
  const suffix = words[i + 1];
  const next = suffix && suffix.glued && /^(st|nd|rd|th)$/.test(suffix.norm) ? i + 2 : i + 1;
  return { day: Number(w.text), next };
}

function yearAt(words: readonly Word[], i: number): number | null {
  const w = words[i];
  return w && /^\d{4}$/.test(w.text) && Number(w.text) >= 1000 && Number(w.text) < 2200 ? Number(w.text) : null;
}

/** A month name at words[i] ("August", "Aug.", "AUGUST"); skips the abbreviation's period. */
function monthAt(words: readonly Word[], i: number): { month: number; next: number } | null {
  const w = words[i];
  if (!w || w.kind !== 'word' || !isCapitalised(w)) return null;
  const month = MONTHS.get(w.norm);
  if (month === undefined) return null;
  const dot = words[i + 1]?.text === '.' && words[i + 1]!.glued && MONTH_ABBREVIATIONS.has(w.norm);
  return { month, next: dot ? i + 2 : i + 1 };
}

function qualifierBefore(words: readonly Word[], i: number): 'on' | 'since' | 'by' {
  const n = words[i - 1]?.norm;
  return n === 'since' ? 'since' : n === 'by' || n === 'until' ? 'by' : 'on';
}

/** The date at words[i], or null. `problems` collects impossible dates. */
export function dateAt(words: readonly Word[], i: number, problems: DateProblem[]): RawDate | null {
  const w = words[i]!;
  const q = qualifierBefore(words, i);
  const base = { first: i, qualifier: q, side: 'before' as EventSide };
  // "2025-08-18"
  if (/^\d{4}-\d{2}$/.test(w.text) && words[i + 1]?.joined && /^\d{2}$/.test(words[i + 1]!.text)) {
    const [y, m] = w.text.split('-').map(Number) as [number, number];
    const value = dayOf(y, m, Number(words[i + 1]!.text));
    if (!value) problems.push(invalid(words, i, i + 2));
    return value ? { ...base, next: i + 2, value, granularity: 'day', rule: 'iso-date' } : null;
  }
  const month = monthAt(words, i);
  if (month) return monthDate(words, i, month, base, problems);
  const day = dayAt(words, i);
  const monthAfter = day ? monthAt(words, day.next) : null;
  if (day && monthAfter) {
    // "18 August 2025", "18 August"
    const year = yearAt(words, monthAfter.next);
    return withDay(words, i, monthAfter.month, day.day, year, year !== null ? monthAfter.next + 1 : monthAfter.next, base, problems, 'day-month');
  }
  const year = parseNumberAt(words, i);
  if (year && 'ok' in year && year.ok.yearLike && !DURATIONS.has(words[year.ok.next]?.norm ?? '') && !CURRENCY_SYMBOLS.has(words[i - 1]?.text ?? '') && !yearOfName(words, i)) {
    return { ...base, next: i + 1, value: w.text, granularity: 'year', side: nounSide(words, i + 1), rule: 'year' };
  }
  return weekdayAt(words, i, base) ?? relativeAt(words, i, base);
}

/** Words that put a year after them in time: "In 2019", "Since 1994", "By 2030". */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'of', 'from', 'to', 'before', 'after', 'during', 'for',
  'around', 'through', 'circa', 'early', 'late', 'mid', 'between', 'and', 'or', 'as', 'at', 'on', 'spring', 'summer', 'autumn',
  'fall', 'winter',
  // determiners, capitalised at the start of a sentence: "The 2019 sale"
  'the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'every', 'each', 'last', 'next']);

/** "FC Norden 1911", "Hannover 96", "Paris 2024": digits right after a capitalised name belong to the name. */
function yearOfName(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  return prev !== undefined && prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && !YEAR_PREPOSITIONS.has(prev.norm);
}

function invalid(words: readonly Word[], a: number, b: number): DateProblem {
  const text = words.slice(a, b).map((x) => x.text).join(' ');
  return { code: 'date/invalid', message: `Impossible calendar date "${text}" ignored`, start: words[a]!.start, end: words[b - 1]!.end, skipTo: b };
}

function withDay(words: readonly Word[], i: number, month: number, day: number, year: number | null, next: number, base: Base, problems: DateProblem[], rule: string): RawDate | null {
  if (year !== null) {
    const value = dayOf(year, month, day);
    if (!value) problems.push(invalid(words, i, next));
    return value ? { ...base, next, value, granularity: 'day', rule: `${rule}-year` } : null;
  }
  if (!dayOf(2024, month, day)) {
    problems.push(invalid(words, i, next));
    return null;
  }
  return { ...base, next, value: null, granularity: 'day', relative: { type: 'monthday', n: month, day, direction: directionBefore(words, i) }, rule };
}

type Base = { first: number; qualifier: 'on' | 'since' | 'by'; side: EventSide };

function monthDate(words: readonly Word[], i: number, m: { month: number; next: number }, base: Base, problems: DateProblem[]): RawDate | null {
  const day = dayAt(words, m.next);
  if (day) {
    // "August 18, 2025", "Aug. 18 2025", "August 18"
    const comma = words[day.next]?.text === ',' ? 1 : 0;
    const year = yearAt(words, day.next + comma);
    return withDay(words, i, m.month, day.day, year, year !== null ? day.next + comma + 1 : day.next, base, problems, 'month-day');
  }
  const year = yearAt(words, m.next);
  if (year !== null) return { ...base, next: m.next + 1, value: `${year}-${String(m.month).padStart(2, '0')}`, granularity: 'month', side: nounSide(words, m.next + 1), rule: 'month-year' };
  const prev = words[i - 1]?.norm ?? '';
  if (AMBIGUOUS_MONTHS.has(words[i]!.norm) && !MONTH_CONTEXT.has(prev)) return null;
  const direction = prev === 'next' ? 1 : prev === 'last' ? -1 : directionBefore(words, i);
  return { ...base, next: m.next, value: null, granularity: 'month', relative: { type: 'month', n: m.month, direction, strict: prev === 'last' || prev === 'next' }, side: nounSide(words, m.next), rule: 'month' };
}

/** "Monday's summit", "a February cabinet meeting": the date modifies the noun after it. */
function nounSide(words: readonly Word[], next: number): EventSide {
  const w = words[next];
  return w && w.kind === 'word' && !/^\d/.test(w.text) && isCapitalisedOrNoun(w) ? 'noun' : 'before';
}

const NOT_NOUN = new Set(['when', 'which', 'that', 'and', 'or', 'but', 'as', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'after', 'before', 'while', 'where', 'who', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'of', 'is', 'was', 'were', 'are', 'had', 'has', 'have', 'would', 'will', 'said', 'says', 'told']);
function isCapitalisedOrNoun(w: Word): boolean {
  return !NOT_NOUN.has(w.norm) && !w.norm.endsWith('ed') && !w.norm.endsWith('ly');
}

function weekdayAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const w = words[i]!;
  const possessive = w.norm.endsWith("'s");
  const name = possessive ? w.norm.slice(0, -2) : w.norm;
  const n = WEEKDAYS.get(name);
  if (n === undefined || !FULL_WEEKDAYS.has(name) || !isCapitalised(w)) return null;
  // "Monday, August 18, 2025": the full date that follows wins.
  if (words[i + 1]?.text === ',' && monthAt(words, i + 2)) return null;
  const prev = words[i - 1]?.norm ?? '';
  const direction = prev === 'next' ? 1 : prev === 'last' ? -1 : directionBefore(words, i);
  const first = prev === 'last' || prev === 'next' || prev === 'this' ? i - 1 : i;
  return { ...base, first, next: i + 1, value: null, granularity: 'day', side: possessive ? 'noun' : 'before', relative: { type: 'weekday', n, direction, strict: prev === 'last' || prev === 'next' }, rule: possessive ? 'weekday-possessive' : 'weekday' };
}

/** "yesterday", "later in the day", "last week", "three weeks ago", "two days after", "within the next two weeks". */
function relativeAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const n = words[i]!.norm;
  const norms = (k: number) => words.slice(i, i + k).map((x) => x.norm).join(' ');
  const single = RELATIVE_WORDS.get(n);
  if (single !== undefined) return { ...base, next: i + 1, value: null, granularity: 'day', relative: { type: 'offset', n: single, direction: single > 0 ? 1 : -1 }, rule: 'relative-word' };
  if ((n === 'later' || n === 'earlier') && /^(later|earlier) (in the|that) day$/.test(norms(4))) {
    return { ...base, next: i + 4, value: null, granularity: 'day', side: 'after', relative: { type: 'offset', n: 0, direction: -1 }, rule: 'same-day' };
  }
  // "last year’s general assembly": the period may carry a possessive.
  const period = PERIODS.get((words[i + 1]?.norm ?? '').replace(/'s$/, ''));
  // "within the next week to 10 days" is a range figure, not next week.
  if (period && (n === 'last' || n === 'this' || n === 'next') && words[i + 2]?.norm !== 'to') {
    const k = n === 'last' ? -1 : n === 'next' ? 1 : 0;
    const granularity = period === 'week' ? 'week' : period;
    return { ...base, next: i + 2, value: null, granularity, relative: { type: 'offset', n: k, unit: period, direction: k > 0 ? 1 : -1 }, rule: `${n}-${period}` };
  }
  return countedOffset(words, i, base);
}

function countedOffset(words: readonly Word[], i: number, base: Base): RawDate | null {
  const opener = words[i]!.norm === 'within' || words[i]!.norm === 'in' ? i : -1;
  let k = opener >= 0 ? i + 1 : i;
  if (opener >= 0 && words[k]?.norm === 'the' && words[k + 1]?.norm === 'next') k += 2;
  const num = words[k]?.norm === 'a' ? { value: 1, next: k + 1 } : (() => { const p = parseNumberAt(words, k); return p && 'ok' in p ? p.ok : null; })();
  const dur = num ? DURATIONS.get(words[num.next]?.norm ?? '') : undefined;
  if (!num || !dur || dur.unit === 'hours' || dur.unit === 'minutes' || dur.unit === 'seconds') return null;
  const unit = dur.unit === 'years' ? 'year' : dur.unit === 'months' ? 'month' : 'day';
  const amount = num.value * dur.factor;
  const after = words[num.next + 1]?.norm ?? '';
  const granularity: DateGranularity = unit === 'day' ? 'day' : unit;
  if (opener >= 0 && (words[i + 1]?.norm === 'the' || words[i]!.norm === 'within') && after !== 'to') {
    return { ...base, next: num.next + 1, value: null, granularity, qualifier: 'by', relative: { type: 'offset', n: amount, unit, direction: 1 }, rule: 'within-next' };
  }
  if (opener >= 0) return null;
  if (after === 'ago') return { ...base, next: num.next + 2, value: null, granularity, relative: { type: 'offset', n: -amount, unit, direction: -1 }, rule: 'ago' };
  // "the biggest stoppage in 30 years after the union …": a span of time, not an offset from the story's day.
  if (after === 'after' && !SPAN_OPENERS.has(words[k - 1]?.norm ?? '')) {
    // "occurred two days after X met Y": X is the story's day, so Y is that many days earlier; the anchor is loose, so allow a day.
    return { ...base, next: num.next + 2, value: null, granularity, side: 'after', toleranceDays: 1, relative: { type: 'offset', n: -amount, unit, direction: -1 }, rule: 'days-after' };
  }
  return null;
}
