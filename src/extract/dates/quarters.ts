import { PERIOD_ORDINALS } from '../../lexicon/time-words.js';
import type { Word } from '../figures/words.js';
import { periodValue } from './resolve.js';
import { directionBefore } from './tense.js';
import type { Anaphor, Base, RawDate } from './types.js';
import { monthAt, nounSide, yearAt } from './calendar-forms.js';

/**
 * Quarters and halves of a year, as earnings reports write them:
 *   "third-quarter profit", "the fourth quarter"         the numbered quarter, its year from the reference
 *   "the 1988 second quarter", "the third quarter of 1990" with its year
 *   "this year's third quarter", "last year's quarter"  the year counted from the reference
 *   "the year-ago quarter", "the year-earlier period"    the story's quarter, a year before (focus.ts)
 *   "the latest quarter", "the quarter", "the 1989 period" the story's quarter (focus.ts)
 *   "the first half of 1990", "first-half sales"        halves
 */

const DETERMINERS = new Set(['the', 'its', 'their', 'this', 'that']);
/** Words before "quarter" or "period" that point at the story's own quarter. */
const FOCUS_WORDS = new Set(['latest', 'current', 'same', 'comparable', 'corresponding', 'recent', 'just-ended']);
/** "the year-ago quarter", "the year-earlier period" */
const YEAR_AGO = new Set(['ago', 'earlier']);
/** Before a bare "the quarter": it is a time ("for the quarter"), not a subject ("The quarter was terrible"). */
const TIME_PREPOSITIONS = new Set(['in', 'for', 'during', 'of', 'through', 'from', 'over', 'since', 'by', 'until', 'to', 'than']);

interface Head {
  /** Index after the determiner and year words. */
  readonly at: number;
  /** An explicit year ("the 1988 second quarter"). */
  readonly year?: number;
  /** Years counted from the reference ("last year's", with sameYear). */
  readonly years?: number;
  readonly yearAgo?: boolean;
  readonly focus?: boolean;
}

/** The words before the ordinal: "the", "its", "1988", "this year's", "year-ago", "latest", "fiscal". */
function headAt(words: readonly Word[], i: number): Head {
  let at = i;
  const head: { year?: number; years?: number; yearAgo?: boolean; focus?: boolean } = {};
  for (let guard = 0; guard < 4; guard++) {
    const n = words[at]?.norm ?? '';
    const year = yearAt(words, at);
    if (year !== null) (head.year = year), at++;
    else if ((n === 'this' || n === 'last' || n === 'next') && words[at + 1]?.norm === "year's") (head.years = n === 'last' ? -1 : n === 'next' ? 1 : 0), (at += 2);
    else if (n === 'year' && YEAR_AGO.has(words[at + 1]?.norm ?? '') && words[at + 1]!.joined) (head.yearAgo = true), (at += 2);
    else if (FOCUS_WORDS.has(n)) (head.focus = true), at++;
    else if (n === 'fiscal' || n === 'flat' || n === 'calendar' || (at === i && DETERMINERS.has(n))) at++;
    else break;
  }
  return { at, ...head };
}

/** "of 1990", "of this year", "of last year", "of the year": the year after a period. */
function ofYear(words: readonly Word[], at: number): { next: number; year?: number; years?: number } | null {
  if (words[at]?.norm !== 'of') return null;
  const year = yearAt(words, at + 1);
  if (year !== null) return { next: at + 2, year };
  const n = words[at + 1]?.norm ?? '';
  if ((n === 'this' || n === 'last' || n === 'next') && words[at + 2]?.norm === 'year') return { next: at + 3, years: n === 'last' ? -1 : n === 'next' ? 1 : 0 };
  if (n === 'the' && words[at + 2]?.norm === 'year') return { next: at + 3, years: 0 };
  return null;
}

/** "the quarter a year ago", "the corresponding period last year" */
function yearAgoAfter(words: readonly Word[], at: number): number | null {
  const [a, b, c] = [words[at]?.norm, words[at + 1]?.norm, words[at + 2]?.norm];
  if (a === 'a' && b === 'year' && (c === 'ago' || c === 'earlier')) return at + 3;
  if (a === 'last' && b === 'year') return at + 2;
  return null;
}

/**
 * Halves written another way: "the last half", "the latter half", "the first two quarters" (H1), "the last
 * two quarters" (H2). Returns the half and the index of its period word.
 */
function halfWordsAt(words: readonly Word[], at: number): { n: number; at: number } | null {
  const [a, b, c] = [words[at]?.norm, words[at + 1]?.norm, words[at + 2]?.norm];
  if ((a === 'latter' || a === 'last') && b === 'half') return { n: 2, at: at + 1 };
  if ((a === 'first' || a === 'last') && b === 'two' && c === 'quarters') return { n: a === 'first' ? 1 : 2, at: at + 2 };
  return null;
}

/** "ended Sept. 30", "ending June 30": the quarter (1–4) closing in a quarter's last month, else null. */
function closingQuarter(words: readonly Word[], at: number): number | null {
  if (!/^(ended|ending)$/.test(words[at]?.norm ?? '')) return null;
  const month = monthAt(words, at + 1)?.month;
  return month !== undefined && month % 3 === 0 ? month / 3 : null;
}

/** Words a quarter or half can start with ("the", "its", "fiscal", "third", "latest", "year-ago"). */
export const QUARTER_STARTS: ReadonlySet<string> = new Set([...DETERMINERS, ...FOCUS_WORDS, ...PERIOD_ORDINALS.keys(), 'fiscal', 'flat', 'calendar', 'last', 'next', 'year', 'latter']);

/** A period word within the next few words, or no quarter starts here: most words cost these few lookups. */
const PERIOD_WORDS = new Set(['quarter', "quarter's", 'quarters', 'half', 'period']);
const HEAD_WORDS = 5;

export function quarterAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  let k = i;
  const end = Math.min(words.length, i + HEAD_WORDS + 1);
  while (k < end && !PERIOD_WORDS.has(words[k]!.norm)) k++;
  if (k === end) return null;
  const head = headAt(words, i);
  let at = head.at;
  const halfOf = halfWordsAt(words, at);
  const ordinal = halfOf?.n ?? PERIOD_ORDINALS.get(words[at]?.norm ?? '');
  if (halfOf) at = halfOf.at;
  else if (ordinal !== undefined) at++;
  // "the third quarter's results": the possessive stays out of the span
  const possessive = /'s$/.test(words[at]?.norm ?? '');
  const unit = (words[at]?.norm ?? '').replace(/'s$/, '');
  const kind = halfOf ? 'half' : unit === 'quarter' ? 'quarter' : unit === 'half' && (ordinal === 1 || ordinal === 2) ? 'half' : unit === 'period' && ordinal === undefined ? 'period' : null;
  if (kind === null) return null;
  // "quarter-to-quarter", "a quarter-century"
  if (words[at + 1]?.joined) return null;
  const bare = ordinal === undefined && head.year === undefined && head.years === undefined && !head.yearAgo && !head.focus;
  // "for the quarter", "the quarter ended Sept. 30" are times; "The quarter was terrible" is a subject, "a quarter of" a share.
  if (bare && (head.at !== i + 1 || words[i]!.norm !== 'the' || !(TIME_PREPOSITIONS.has(words[i - 1]?.norm ?? '') || /^end/.test(words[at + 1]?.norm ?? '')))) return null;
  let next = at + 1;
  const of = possessive ? null : ofYear(words, next);
  if (of) next = of.next;
  const after = possessive ? null : yearAgoAfter(words, next);
  if (after !== null) next = after;
  const year = of?.year ?? head.year;
  const years = of?.years ?? head.years;
  // "its third-quarter loss": a hyphenated period is an adjective, its determiner belongs to the noun
  const first = words[at]!.joined && DETERMINERS.has(words[i]!.norm) ? i + 1 : i;
  const out = { ...base, first, next, side: possessive ? 'noun' as const : nounSide(words, next), rule: kind, ...(possessive && next === at + 1 ? { trimEnd: 2 } : {}) };
  if (kind === 'half') {
    // "the first half" alone may be a match's: a half needs its year, or to modify a noun ("first-half sales")
    if (year !== undefined) return { ...out, value: periodValue('half', year, ordinal!), granularity: 'half' };
    if (years !== undefined) return { ...out, value: null, granularity: 'half', relative: { type: 'half', n: ordinal!, direction: -1, sameYear: true, ...(years ? { years } : {}) } };
    return words[at]!.joined && out.side === 'noun' ? { ...out, value: null, granularity: 'half', relative: { type: 'half', n: ordinal!, direction: directionBefore(words, i) } } : null;
  }
  const shift = head.yearAgo || after !== null ? -1 : 0;
  if (ordinal !== undefined) {
    if (year !== undefined && !head.yearAgo) return { ...out, value: periodValue('quarter', year, ordinal), granularity: 'quarter' };
    if (years !== undefined) return { ...out, value: null, granularity: 'quarter', relative: { type: 'quarter', n: ordinal, direction: -1, sameYear: true, ...(years + shift ? { years: years + shift } : {}) } };
    return { ...out, value: null, granularity: 'quarter', relative: { type: 'quarter', n: ordinal, direction: directionBefore(words, i), ...(shift ? { years: shift } : {}) } };
  }
  // "the quarter ended Sept. 30": the calendar quarter closing that month, whatever a fiscal year calls it
  const closing = kind === 'quarter' && !shift && year === undefined && years === undefined ? closingQuarter(words, next) : null;
  if (closing !== null) return { ...out, value: null, granularity: 'quarter', relative: { type: 'quarter', n: closing, direction: -1 } };
  // No number: the story's own quarter ("the latest quarter"), or that quarter a year before.
  // "sales in the current quarter" is the quarter under way, not the one the story reports
  if (kind === 'quarter' && words[head.at - 1]?.norm === 'current' && !shift && year === undefined && years === undefined) {
    return { ...out, value: null, granularity: 'quarter', relative: { type: 'offset', n: 0, unit: 'quarter', direction: -1 } };
  }
  const anaphor: Anaphor = shift || years === -1 ? { kind: 'year-ago', deictic: false }
    : { kind: 'quarter', ...(year !== undefined ? { year } : {}), ...(kind === 'period' ? { needsFocus: true } : {}) };
  return { ...out, value: null, granularity: 'quarter', anaphor };
}
