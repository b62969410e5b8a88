import { FULL_WEEKDAYS, WEEKDAYS } from '../../lexicon/calendar.js';
import { APPROXIMATE_MODIFIERS, DAY_PARTS, PART_OF_PHRASES, PREFIX_MODIFIERS } from '../../lexicon/time-words.js';
import { isCapitalised, type Word } from '../figures/words.js';
import { addDays, isoDay, mondayOf, parseIsoDay } from './resolve.js';
import { clockBefore } from './clock.js';
import type { RawDate } from './types.js';

/**
 * Words around a date that belong to its span without changing its value:
 *   before: "early December", "late last week", "mid-1996", "the end of 1990", "fiscal 1989",
 *           "nearly two weeks ago", "Monday, Oct. 26" (the weekday also picks the year)
 *   after:  "Wednesday night", "yesterday morning"
 * and a clock time that narrows a day, TIMEX3 "2025-08-19T08:00": "8 a.m. Thursday", "5:30 p.m. EST Friday",
 * "noon Friday". A part of the day stays in the span but not in the value: "Wednesday night" is the day, as
 * TimeBank mostly annotates it (its "Wednesday night" carries the day alone more often than "TNI").
 */

/** Hedges that belong to a counted offset: "nearly two weeks ago", "some 40 years ago". */
const OFFSET_HEDGES = new Set(['nearly', 'almost', 'about', 'some', 'roughly', 'around', 'more', 'just', 'barely', 'only']);
const DAY_RULES = new Set(['weekday', 'relative-word']);
/** Rules of a month's day, with or without its year ("Feb. 1", "February 1, 2009"). */
const MONTH_DAY_RULE = /^(?:month-day|day-month)/;

export function withModifiers(words: readonly Word[], d: RawDate): RawDate {
  let first = d.first;
  let next = d.next;
  let out: RawDate = d;
  // "Monday, Oct. 26", "Friday Oct. 13", "Monday, August 18, 2025"
  const comma = words[first - 1]?.text === ',' ? 1 : 0;
  const wd = words[first - 1 - comma];
  const weekday = wd && isCapitalised(wd) && FULL_WEEKDAYS.has(wd.norm) ? WEEKDAYS.get(wd.norm) : undefined;
  if (weekday !== undefined && d.granularity === 'day' && (d.relative?.type === 'monthday' || d.value !== null)) {
    first -= 1 + comma;
    if (d.relative) out = { ...out, relative: { ...d.relative, weekday } };
    else out = { ...out, weekdayMatches: parseIsoDay(d.value!)?.getUTCDay() === weekday };
  }
  // "early December", "mid-1996", "around Nov. 1", "later this year"; "the late 1970s"
  const before = words[first - 1]?.norm ?? '';
  const approximate = APPROXIMATE_MODIFIERS.has(before) && d.rule !== 'weekday' && d.rule !== 'weekday-possessive';
  if ((PREFIX_MODIFIERS.has(before) || approximate) && !words[first - 1]!.joined) {
    first--;
    if (d.granularity === 'decade' && words[first - 1]?.norm === 'the') first--;
  }
  // "the end of 1990", "the middle of October"
  const part = PART_OF_PHRASES.find((p) => p.every((x, k) => words[first - p.length + k]?.norm === x));
  if (part) first -= part.length;
  // "fiscal 1989"
  if (d.granularity === 'year' && words[first - 1]?.norm === 'fiscal') first--;
  // "nearly two weeks ago", "more than a year ago"
  if (d.rule === 'ago') {
    if (words[first - 1]?.norm === 'than' && OFFSET_HEDGES.has(words[first - 2]?.norm ?? '')) first -= 2;
    else if (OFFSET_HEDGES.has(words[first - 1]?.norm ?? '')) first--;
  }
  // "Wednesday night", "yesterday morning"; "8 a.m. Thursday"
  if (DAY_RULES.has(d.rule) && !d.trimEnd && DAY_PARTS.has(words[next]?.norm ?? '')) next++;
  // "4:15 a.m. March 10", "around 4:15 a.m. on March 10": a clock time before a month's day narrows it too.
  const onDay = words[first - 1]?.norm === 'on' ? 1 : 0;
  const clockDay = d.granularity === 'day' && (DAY_RULES.has(d.rule) || MONTH_DAY_RULE.test(d.rule)) && first === d.first;
  const clock = clockDay && (out.relative || out.value) ? clockBefore(words, first - onDay) : null;
  const zone = clock?.zone ? { zone: clock.zone } : {};
  if (clock && out.relative) (first = clock.first), (out = { ...out, relative: { ...out.relative, time: clock.time }, ...zone });
  else if (clock && out.value) (first = clock.first), (out = { ...out, value: `${out.value}T${clock.time}`, granularity: 'time', ...zone });
  if (d.granularity === 'day') {
    const around = dayAround(words, first, out);
    if (around) (first = around.first), (out = around.d);
    // "Easter week began": the week holding the holiday
    else if (d.relative && d.rule.startsWith('holiday') && words[next]?.norm === 'week' && !words[next]!.joined) {
      next++;
      out = { ...out, granularity: 'week', relative: { ...d.relative, unit: 'week' } };
    }
  }
  return first === d.first && next === d.next ? out : { ...out, first, next };
}

/**
 * Words before a day that move it or widen it: "the day before Tuesday's hearing" (−1), "the day after
 * March 3" (+1), "the week of May 12" (the week holding it).
 */
function dayAround(words: readonly Word[], first: number, d: RawDate): { first: number; d: RawDate } | null {
  const [a, b, c] = [words[first - 3]?.norm, words[first - 2]?.norm, words[first - 1]?.norm];
  if (a !== 'the') return null;
  if (b === 'day' && (c === 'before' || c === 'after')) {
    const shift = c === 'before' ? -1 : 1;
    // the span starts at "day", as TimeML marks it
    if (d.relative) return { first: first - 2, d: { ...d, relative: { ...d.relative, days: (d.relative.days ?? 0) + shift } } };
    const day = d.value ? parseIsoDay(d.value) : null;
    return day ? { first: first - 2, d: { ...d, value: addDays(day, shift).toISOString().slice(0, 10) } } : null;
  }
  if (b !== 'week' || c !== 'of') return null;
  if (d.relative && d.relative.type !== 'weekday' && d.relative.type !== 'offset') {
    return { first: first - 3, d: { ...d, granularity: 'week', relative: { ...d.relative, unit: 'week' } } };
  }
  const day = !d.relative && d.value ? parseIsoDay(d.value) : null;
  return day ? { first: first - 3, d: { ...d, granularity: 'week', value: isoDay(mondayOf(day)) } } : null;
}
