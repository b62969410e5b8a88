import type { YearRange } from '../../model/mention.js';
import type { Word } from '../figures/words.js';
import type { EventSide, RawDate } from './types.js';

/**
 * Spans of years told in one breath: "from 1966 to 1969", "between 1966 and 1969", "1966 through 1969",
 * "1966 - 1969", "1966-69". TimeML marks each year as a date of its own, and so do we; but the two years
 * date one thing, so they share one event (the clause before the span, without its "spanning from … to")
 * and carry the span (`YearRange`): "Ned Holt played from 1968 to 1976" and another outlet's "Holt played
 * in 1972" then agree, and a year outside a span told as covering a whole set can be told apart
 * (reconcile/dates-spans.ts).
 */

/** Words that join the two years of a span: "1966 to 1969", "1966 through 1969", "1966 - 1969". */
const SPAN_LINKS = new Set(['to', 'through', 'thru', 'until', 'till', '-', '–', '—']);
/**
 * Verbs that say a span holds the whole of what it dates: "five arrests spanning 1958 to 1962", "fines ranging
 * from 2001 to 2004", "a record stretching from 1970 to 1975".
 */
const COVER_VERBS = new Set(['spanning', 'spanned', 'spans', 'span', 'ranging', 'ranged', 'ranges', 'stretching', 'stretched', 'stretches']);
/** Words before a span that make it hold all of the set: "all between 1966 and 1969", "every one from 1966 to 1969". */
const COVER_WORDS = new Set(['all']);

/** What a span adds to each of its years: the span, and the words the shared event is read around. */
export interface RangeMark {
  readonly range: YearRange;
  /** The span's words, from its cover verb or opener to its last year: its event stands before or after them. */
  readonly first: number;
  readonly next: number;
  /** Where the event stands: the last year's side ("the 1966 to 1969 seasons": the noun after it). */
  readonly side: EventSide;
}

const isPlainYear = (d: RawDate): boolean => d.granularity === 'year' && (d.rule === 'year' || d.rule === 'year-range') && d.value !== null && /^\d{4}$/.test(d.value);

/**
 * The span two dates of one sentence, `a` then `b`, make, or null: two plain years, the second later,
 * either the two halves of one "1966-69" or joined by a link word ("and" only after "between").
 */
export function yearRangeOf(words: readonly Word[], a: RawDate, b: RawDate): RangeMark | null {
  if (!isPlainYear(a) || !isPlainYear(b) || Number(b.value) <= Number(a.value)) return null;
  if (a.also !== b) {
    if (b.first !== a.next + 1) return null;
    const link = words[a.next]!.norm;
    const between = words[a.first - 1]?.norm === 'between';
    if (!(SPAN_LINKS.has(link) || (link === 'and' && between))) return null;
  }
  let first = ['from', 'between'].includes(words[a.first - 1]?.norm ?? '') ? a.first - 1 : a.first;
  const before = words[first - 1]?.norm ?? '';
  const covers = COVER_VERBS.has(before) || COVER_WORDS.has(before);
  if (covers) first--;
  // "three convictions, spanning 1966 to 1969", "two fines, all between 2001 and 2004": the set is the noun's before the comma
  if (covers && words[first - 1]?.text === ',') first--;
  return { range: { from: a.value!, to: b.value!, ...(covers ? { covers: true as const } : {}) }, first, next: b.next, side: b.side };
}
