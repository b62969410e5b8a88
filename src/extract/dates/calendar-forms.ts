import { DAY_PARTS } from '../../lexicon/time-words.js';
import { hasAnyTag } from '../../nlp/lexicon.js';
import { AMBIGUOUS_MONTHS, DAY_ORDINAL_WORDS, MONTHS, NAME_HEADS } from '../../lexicon/calendar.js';
import { SMALL_NUMBERS, TENS } from '../../lexicon/numbers.js';
import { isCapitalised, type Word } from '../figures/words.js';
import { dayOf } from './resolve.js';
import { monthTense } from './tense.js';
import type { Base, DateProblem, EventSide, RawDate } from './types.js';

/** Dates written with the calendar: "August 18, 2025", "18 August", "Aug. 2025", "June", "2025-08-18". */

const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const MONTH_CONTEXT = new Set(['in', 'since', 'by', 'until', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'from', 'during', 'through', 'before', 'after']);
/** "June last year", "January this year": the year word after a month gives its year. */
const YEAR_OFFSET_WORDS: ReadonlyMap<string, number> = new Map([['last', -1], ['this', 0], ['next', 1]]);

/**
 * A day of a month in words after its month: "March eighth", "June twenty-first". Not after a month word that
 * is also a verb or a name unless a date context comes before ("They march first", "May first …").
 */
function dayWordsAt(words: readonly Word[], i: number, monthIndex: number): { day: number; next: number } | null {
  const a = words[i]?.norm ?? '';
  const tens = a === 'twenty' ? 20 : a === 'thirty' ? 30 : 0;
  const unit = tens ? DAY_ORDINAL_WORDS.get(words[i + 1]?.norm ?? '') : undefined;
  const day = tens && unit !== undefined && unit < 10 && words[i + 1]!.joined ? { day: tens + unit, next: i + 2 } : DAY_ORDINAL_WORDS.has(a) ? { day: DAY_ORDINAL_WORDS.get(a)!, next: i + 1 } : null;
  if (!day || day.day > 31) return null;
  const prev = words[monthIndex - 1]?.norm ?? '';
  if (AMBIGUOUS_MONTHS.has(words[monthIndex]!.norm) && !MONTH_CONTEXT.has(prev) && prev !== ',' && prev !== 'on') return null;
  // "in March first-quarter sales", "May first-time buyers": a compound is no day
  return words[day.next]?.joined ? null : day;
}

/** Day number at words[i]: "18", "18th". Returns the day and the next index. */
export function dayAt(words: readonly Word[], i: number): { day: number; next: number } | null {
  const w = words[i];
  if (!w || !/^\d{1,2}$/.test(w.text)) return null;
  const suffix = words[i + 1];
  const next = suffix && suffix.glued && /^(st|nd|rd|th)$/.test(suffix.norm) ? i + 2 : i + 1;
  return { day: Number(w.text), next };
}

export function yearAt(words: readonly Word[], i: number): number | null {
  const w = words[i];
  return w && /^\d{4}$/.test(w.text) && Number(w.text) >= 1000 && Number(w.text) < 2200 ? Number(w.text) : null;
}

/**
 * A year written in words: "nineteen ninety-six", "nineteen seventy-nine" (broadcast transcripts), and
 * "two thousand" ("by the year two thousand"). Returns the year and the next index.
 */
export function spokenYearAt(words: readonly Word[], i: number): { year: number; next: number } | null {
  const a = words[i]?.norm ?? '';
  if ((a === 'two' && words[i + 1]?.norm === 'thousand')) return words[i - 1]?.norm === 'year' ? { year: 2000, next: i + 2 } : null;
  const century = a === 'nineteen' || a === 'eighteen' ? SMALL_NUMBERS.get(a)! : a === 'twenty' ? 20 : null;
  if (century === null) return null;
  const tens = TENS.get(words[i + 1]?.norm ?? '');
  if (tens === undefined) return null;
  const unit = SMALL_NUMBERS.get(words[i + 2]?.norm ?? '');
  const units = words[i + 2]?.joined && unit !== undefined && unit > 0 && unit < 10 ? unit : 0;
  return { year: century * 100 + tens + units, next: units ? i + 3 : i + 2 };
}

/** A month name at words[i] ("August", "Aug.", "AUGUST"); skips the abbreviation's period. */
export function monthAt(words: readonly Word[], i: number): { month: number; next: number } | null {
  const w = words[i];
  if (!w || w.kind !== 'word' || !isCapitalised(w)) return null;
  const month = MONTHS.get(w.norm.replace(/'s$/, ''));
  if (month === undefined) return null;
  // "Tue., May. 14, 2024": a full name written with the period of the abbreviations around it, before its day
  const dot = words[i + 1]?.text === '.' && words[i + 1]!.glued && (MONTH_ABBREVIATIONS.has(w.norm) || /^\d{1,2}$/.test(words[i + 2]?.text ?? ''));
  return { month, next: dot ? i + 2 : i + 1 };
}

export function invalid(words: readonly Word[], a: number, b: number): DateProblem {
  const text = words.slice(a, b).map((x) => x.text).join(' ');
  return { code: 'date/invalid', message: `Impossible calendar date "${text}" ignored`, start: words[a]!.start, end: words[b - 1]!.end, skipTo: b };
}

/** "2025-08-18" */
export function isoDateAt(words: readonly Word[], i: number, base: Base, problems: DateProblem[]): RawDate | null {
  const w = words[i]!;
  if (!/^\d{4}-\d{2}$/.test(w.text) || !words[i + 1]?.joined || !/^\d{2}$/.test(words[i + 1]!.text)) return null;
  const [y, m] = w.text.split('-').map(Number) as [number, number];
  const value = dayOf(y, m, Number(words[i + 1]!.text));
  if (!value) problems.push(invalid(words, i, i + 2));
  return value ? { ...base, next: i + 2, value, granularity: 'day', rule: 'iso-date' } : null;
}

/**
 * "23/10/2016", "11/27/2016": a day, a month and a full year in figures, as banners and datelines write
 * them. The order is known only when one number cannot be a month; "3/4/2012" may be either, and is
 * no date.
 */
export function numericDateAt(words: readonly Word[], i: number, base: Base, problems: DateProblem[]): RawDate | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})$/.exec(words[i]!.text);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const order = a > 12 && b <= 12 ? [b, a] : b > 12 && a <= 12 ? [a, b] : a === b ? [a, b] : null;
  if (!order) return null;
  const value = dayOf(year, order[0]!, order[1]!);
  if (!value) problems.push(invalid(words, i, i + 1));
  return value ? { ...base, next: i + 1, value, granularity: 'day', rule: 'numeric-date' } : null;
}

/** A day and month with or without a year; without one it is relative ("August 18"). */
function withDay(words: readonly Word[], i: number, month: number, day: number, year: number | null, next: number, base: Base, problems: DateProblem[], rule: string, yearEnd?: number): RawDate | null {
  if (year !== null) {
    const value = dayOf(year, month, day);
    if (!value) problems.push(invalid(words, i, next));
    return value ? withSecondDay(words, { ...base, next, value, granularity: 'day', rule: `${rule}-year` }, month, year, yearEnd) : null;
  }
  if (!dayOf(2024, month, day)) {
    problems.push(invalid(words, i, next));
    return null;
  }
  // "on 22 May last year", "on March 3 this year"
  const offset = YEAR_OFFSET_WORDS.get(words[next]?.norm ?? '');
  if (offset !== undefined && words[next + 1]?.norm === 'year') {
    return { ...base, next: next + 2, value: null, granularity: 'day', relative: { type: 'monthday', n: month, day, direction: -1, sameYear: true, ...(offset ? { years: offset } : {}) }, rule: `${rule}-year-offset` };
  }
  const date: RawDate = { ...base, next, value: null, granularity: 'day', relative: { type: 'monthday', n: month, day, ...monthTense(words, i, next) }, rule };
  return withSecondDay(words, date, month, null);
}

/**
 * "on April 24 and 25": a second day of the same month after "and" or "or" is its own date, with the
 * first's year or direction. Not when a unit or a month follows it ("April 24 and 25 people").
 */
function withSecondDay(words: readonly Word[], d: RawDate, month: number, year: number | null, yearEnd?: number): RawDate {
  const second = secondDayAfter(words, d.first, d.next);
  if (!second || second.day > 31 || (words[second.next]?.kind === 'word' && !/^(to|in|at|of|for)$/.test(words[second.next]!.norm))) return d;
  // "April 24 and 25, 2025": the year after the second day is both days', and in the second's span
  return withAlsoDay(d, { first: second.at, next: yearEnd ?? second.next, trimStart: 0 }, month, year, second.day);
}

/** The date `d` with another day of its month, at `span`, as its `also`: the year's, or `d`'s direction. */
function withAlsoDay(d: RawDate, span: { first: number; next: number; trimStart: number }, month: number, year: number | null, day: number): RawDate {
  const base = { ...span, qualifier: d.qualifier, side: d.side, rule: d.rule };
  if (year !== null) {
    const value = dayOf(year, month, day);
    return value ? { ...d, also: { ...base, value, granularity: 'day' } } : d;
  }
  if (!dayOf(2024, month, day) || !d.relative) return d;
  return { ...d, also: { ...base, value: null, granularity: 'day', relative: { ...d.relative, day } } };
}

/**
 * A second day of the same month after a first that ends at words[next]: "April 24 and 25", "April 24 or 25",
 * "April 24–25" (a dash joins them), "from April 24 to 26"; where it stands (`at`), its day and the next index.
 */
function secondDayAfter(words: readonly Word[], first: number, next: number): { at: number; day: number; next: number } | null {
  const link = words[next];
  if (!link) return null;
  const at = link.joined && /^\d{1,2}$/.test(link.text) ? next
    : link.norm === 'and' || link.norm === 'or' || (RANGE_TO.has(link.norm) && words[first - 1]?.norm === 'from') ? next + 1 : -1;
  const day = at < 0 ? null : dayAt(words, at);
  return day ? { at, ...day } : null;
}
const RANGE_TO = new Set(['to', 'through', 'until', 'till']);

/** "April 24 and 25, 2025": the year after a second day, and where it ends; null when none follows. */
function yearAfterSecondDay(words: readonly Word[], first: number, next: number): { year: number; next: number } | null {
  const second = secondDayAfter(words, first, next);
  if (!second) return null;
  const comma = words[second.next]?.text === ',' ? 1 : 0;
  const year = yearAt(words, second.next + comma);
  return year === null ? null : { year, next: second.next + comma + 1 };
}

/**
 * "April 24-25", "24-25 April": two days of a month in one word. The first keeps the month and what
 * follows; the second is the second number alone. Null when the word is no such pair.
 */
function dayPairIn(w: Word | undefined): { day: number; second: number; cut: number } | null {
  const m = w ? /^(\d{1,2})[-‐‑–](\d{1,2})$/.exec(w.text) : null;
  if (!m) return null;
  const day = Number(m[1]);
  const second = Number(m[2]);
  return day >= 1 && second > day && second <= 31 ? { day, second, cut: m[1]!.length + 1 } : null;
}

/** The date `d`, with the second day of a pair word (dayPairIn) at words[at] as its `also`. */
function withPairDay(d: RawDate | null, at: number, pair: { second: number; cut: number }, month: number, year: number | null): RawDate | null {
  return d && withAlsoDay(d, { first: at, next: at + 1, trimStart: pair.cut }, month, year, pair.second);
}

/** "18 August 2025", "18 August", "the 18th of August", "18-19 August", "18 and 19 August" */
export function dayMonthAt(words: readonly Word[], i: number, base: Base, problems: DateProblem[]): RawDate | null {
  const day = dayAt(words, i);
  // "on the 15th of May": an ordinal day, "of", the month
  const of = day && day.next === i + 2 && words[day.next]?.norm === 'of' ? 1 : 0;
  const month = day ? monthAt(words, day.next + of) : null;
  if (!day || !month) return dayFirstPairAt(words, i, base, problems);
  const year = yearAt(words, month.next);
  return withDay(words, i, month.month, day.day, year, year !== null ? month.next + 1 : month.next, base, problems, 'day-month');
}

/**
 * "18-19 August", "18–19 August", "18 and 19 August", "from 18 to 20 August": the first day of a pair whose
 * month comes after the second. In one word ("18-19") the second is its `also`; else the second is read
 * on its own, with its month, and the first takes that month and year.
 */
function dayFirstPairAt(words: readonly Word[], i: number, base: Base, problems: DateProblem[]): RawDate | null {
  const pair = dayPairIn(words[i]);
  if (pair) {
    const month = monthAt(words, i + 1);
    if (!month) return null;
    const year = yearAt(words, month.next);
    const first = withDay(words, i, month.month, pair.day, year, year !== null ? month.next + 1 : month.next, base, problems, 'day-month');
    return withPairDay(first, i, pair, month.month, year);
  }
  const day = dayAt(words, i);
  const second = day ? secondDayAfter(words, i, day.next) : null;
  const month = second ? monthAt(words, second.next) : null;
  if (!day || !second || !month || second.day <= day.day) return null;
  // the first day takes the month and year (or the direction) the second is read with
  const whole = dayMonthAt(words, second.at, { ...base, first: second.at }, []);
  if (!whole) return null;
  const value = whole.value !== null ? `${whole.value.slice(0, 8)}${String(day.day).padStart(2, '0')}` : null;
  if (value !== null && !dayOf(Number(value.slice(0, 4)), month.month, day.day)) return null;
  const relative = whole.relative ? { relative: { ...whole.relative, day: day.day } } : {};
  return { ...base, first: i, next: day.next, value, granularity: 'day', ...relative, rule: whole.rule };
}

/** "August 18, 2025", "Aug. 18 2025", "August 18", "August 2025", "June last year", "in June". */
export function monthDateAt(words: readonly Word[], i: number, base: Base, problems: DateProblem[]): RawDate | null {
  const m = monthAt(words, i);
  if (!m) return null;
  const possessive = words[i]!.norm.endsWith("'s");
  const pair = possessive ? null : dayPairIn(words[m.next]);
  if (pair) {
    const comma = words[m.next + 1]?.text === ',' ? 1 : 0;
    const year = yearAt(words, m.next + 1 + comma);
    // "April 24-25": the first is "April 24"; "April 24-25, 2025": the whole, its year and all
    const first = withDay(words, i, m.month, pair.day, year, year !== null ? m.next + 2 + comma : m.next + 1, base, problems, 'month-day');
    const trimmed = first && year === null ? { ...first, trimEnd: words[m.next]!.text.length - pair.cut + 1 } : first;
    return withPairDay(trimmed, m.next, pair, m.month, year);
  }
  const day = possessive ? null : dayAt(words, m.next) ?? dayWordsAt(words, m.next, i);
  if (day) {
    const comma = words[day.next]?.text === ',' ? 1 : 0;
    const year = yearAt(words, day.next + comma);
    if (year === null) {
      const tail = yearAfterSecondDay(words, i, day.next);
      if (tail) return withDay(words, i, m.month, day.day, tail.year, day.next, base, problems, 'month-day', tail.next);
    }
    return withDay(words, i, m.month, day.day, year, year !== null ? day.next + comma + 1 : day.next, base, problems, 'month-day');
  }
  const mm = String(m.month).padStart(2, '0');
  // "January of 1997", "August 2025"
  const ofYear = !possessive && words[m.next]?.norm === 'of' && yearAt(words, m.next + 1) !== null ? m.next + 1 : m.next;
  const year = possessive ? null : yearAt(words, ofYear);
  if (year !== null) return { ...base, next: ofYear + 1, value: `${year}-${mm}`, granularity: 'month', side: nounSide(words, ofYear + 1), rule: 'month-year' };
  const spoken = possessive ? null : spokenYearAt(words, m.next);
  if (spoken) return { ...base, next: spoken.next, value: `${spoken.year}-${mm}`, granularity: 'month', side: nounSide(words, spoken.next), rule: 'month-year' };
  const prev = words[i - 1]?.norm ?? '';
  const offset = YEAR_OFFSET_WORDS.get(words[m.next]?.norm ?? '');
  if (!possessive && offset !== undefined && words[m.next + 1]?.norm === 'year') {
    return { ...base, next: m.next + 2, value: null, granularity: 'month', relative: { type: 'month', n: m.month, direction: -1, sameYear: true, ...(offset ? { years: offset } : {}) }, side: nounSide(words, m.next + 2), rule: 'month-year-offset' };
  }
  // "the March accession", "a May election": after a determiner, before a noun, the month is a time ("the May government" a name)
  const attribute = (prev === 'the' || prev === 'a') && words[m.next]?.kind === 'word' && !isCapitalised(words[m.next]) && nounSide(words, m.next) === 'noun'
    && !NAME_HEADS.has(words[m.next]!.norm);
  if (AMBIGUOUS_MONTHS.has(words[i]!.norm) && !MONTH_CONTEXT.has(prev) && !attribute) return null;
  const strict = prev === 'last' || prev === 'next';
  const tense = prev === 'next' ? { direction: 1 as const } : prev === 'last' ? { direction: -1 as const } : monthTense(words, i, m.next);
  const first = strict || prev === 'this' ? i - 1 : i;
  return {
    ...base, first, next: m.next, value: null, granularity: 'month', ...(possessive ? { trimEnd: 2 } : {}),
    relative: { type: 'month', n: m.month, ...tense, ...(strict ? { strict } : {}), ...(prev === 'this' ? { sameYear: true } : {}) },
    side: possessive ? 'noun' : nounSide(words, m.next), rule: 'month',
  };
}

/** "Monday's summit", "a February cabinet meeting": the date modifies the noun after it. */
export function nounSide(words: readonly Word[], next: number): EventSide {
  const w = words[next];
  return w && w.kind === 'word' && !/^\d/.test(w.text) && isNoun(w) ? 'noun' : 'before';
}

/**
 * "the May 4, 2023, flood", "a Friday board meeting", "the 2016 election": a date between an
 * article and a noun dates that noun, not the clause around it ("charged him over the May 4
 * flood" says nothing of when he was charged). AP style sets a full date's year off with commas.
 * Parts of the day are the date's own ("the Tuesday night raid" dates the raid, "a Tuesday morning"
 * dates nothing else).
 */
export function attributive(words: readonly Word[], first: number, next: number): boolean {
  const article = words[first - 1]?.norm;
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  const k = nounAfter(words, next);
  const norm = words[k]?.norm ?? '';
  return nounSide(words, k) === 'noun' && !DAY_PARTS.has(norm) && !hasAnyTag(norm, NOT_ATTRIBUTED);
}

/** Where the noun a date may modify stands: right after it, or after the comma AP style sets after a full date's year. */
export function nounAfter(words: readonly Word[], next: number): number {
  return words[next]?.text === ',' && /^\d{4}$/.test(words[next - 1]?.text ?? '') ? next + 1 : next;
}

/** Words after a date that start no noun it could date: "on a Tuesday morning off the cape", "the 1990s saw". */
const NOT_ATTRIBUTED = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'PastTense', 'Copula', 'Modal', 'Auxiliary'];

const NOT_NOUN = new Set(['when', 'which', 'that', 'and', 'or', 'but', 'as', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'after', 'before', 'while', 'where', 'who', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'of', 'is', 'was', 'were', 'are', 'had', 'has', 'have', 'would', 'will', 'said', 'says', 'told']);
function isNoun(w: Word): boolean {
  return !NOT_NOUN.has(w.norm) && !w.norm.endsWith('ed') && !w.norm.endsWith('ly');
}
