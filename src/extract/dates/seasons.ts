import { SEASONS } from '../../lexicon/time-words.js';
import { isCapitalised, type Word } from '../figures/words.js';
import { spokenYearAt, yearAt } from './calendar-forms.js';
import { periodValue } from './resolve.js';
import { directionBefore } from './tense.js';
import type { Base, RawDate } from './types.js';

/**
 * Seasons: "last fall", "this summer", "this past spring", "the winter of 1994", "summer 2019",
 * "in the summer". "fall" is also a verb and a noun ("prices fall", "the fall of the regime"), and
 * "Summer" a name: a season needs a word that makes it one.
 */

/** Words right before a season that make it one: "last fall", "early summer". */
const SEASON_OPENERS = new Set(['last', 'this', 'next', 'past', 'early', 'late', 'mid']);
/** Prepositions that make "the summer" and a bare "summer" a time: "in the summer", "since spring", "well into the spring". */
const SEASON_PREPOSITIONS = new Set(['in', 'into', 'during', 'since', 'by', 'until', 'over', 'through', 'throughout', 'for']);

export function seasonAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const the = words[i]!.norm === 'the' ? 1 : 0;
  const at = i + the;
  const w = words[at];
  const n = w ? SEASONS.get(w.norm) : undefined;
  if (!w || n === undefined || (isCapitalised(w) && at > 0 && !isCapitalised(words[at - 1]))) return null;
  const prev = words[i - 1]?.norm ?? '';
  const year = yearAt(words, at + 1) ?? (words[at + 1]?.norm === 'of' ? yearAt(words, at + 2) ?? spokenYearAt(words, at + 2)?.year ?? null : null);
  const yearEnd = year === null ? at + 1 : words[at + 1]?.norm === 'of' ? (spokenYearAt(words, at + 2)?.next ?? at + 3) : at + 2;
  if (year !== null) return { ...base, first: i, next: yearEnd, value: periodValue('season', year, n), granularity: 'season', rule: 'season-year' };
  // "the fall of the regime": a season followed by "of" names no time
  if (words[at + 1]?.norm === 'of') return null;
  const opener = the ? '' : prev;
  const made = SEASON_OPENERS.has(opener) || (SEASON_PREPOSITIONS.has(prev) && (the === 1 || w.norm !== 'fall'));
  if (!made) return null;
  const first = opener === 'last' || opener === 'this' || opener === 'next' ? i - 1 : i;
  // "this past spring"
  const past = opener === 'past' && words[i - 2]?.norm === 'this';
  const start = past ? i - 2 : first;
  const relative = opener === 'last' || past ? { type: 'season' as const, n, direction: -1 as const, strict: true }
    : opener === 'next' ? { type: 'season' as const, n, direction: 1 as const, strict: true }
      : opener === 'this' ? { type: 'season' as const, n, direction: -1 as const, sameYear: true }
        : { type: 'season' as const, n, direction: directionBefore(words, i) };
  return { ...base, first: start, next: at + 1, value: null, granularity: 'season', relative, rule: 'season' };
}
