import type { Word } from '../figures/words.js';
import { directionBefore } from './tense.js';
import type { Base, RawDate } from './types.js';

/**
 * Weekends, TIMEX3 "2025-W33-WE": "over the weekend", "this weekend", "last weekend", "next weekend",
 * "the past weekend", "this past weekend", "the coming weekend", "the weekend's rally". A bare "the weekend" needs a word that
 * makes it a time ("over the weekend"), not a subject ("The weekend was quiet").
 */

/** Words before "the weekend" that make it a time. */
const PREPOSITIONS = new Set(['over', 'during', 'on', 'at', 'for', 'of', 'through', 'throughout', 'by', 'until', 'since', 'before', 'after', 'into', 'across']);

/** Openers and their direction: strict ones leave out the weekend the reference falls in ("last weekend" said on a Sunday). */
const OPENERS: ReadonlyMap<string, { direction: -1 | 1; strict: boolean } | null> = new Map([
  ['last', { direction: -1, strict: true }], ['past', { direction: -1, strict: false }],
  ['next', { direction: 1, strict: true }], ['coming', { direction: 1, strict: false }],
  ['this', null], ['the', null],
]);

export const WEEKEND_STARTS: ReadonlySet<string> = new Set(['the', 'this', 'last', 'next']);

export function weekendAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const a = words[i]!.norm;
  if (!WEEKEND_STARTS.has(a)) return null;
  // "the past weekend", "the coming weekend", "this past weekend", "this coming weekend"
  const inner = (a === 'the' || a === 'this') && (words[i + 1]?.norm === 'past' || words[i + 1]?.norm === 'coming') ? words[i + 1]!.norm : null;
  const at = inner ? i + 2 : i + 1;
  const w = words[at];
  const possessive = w?.norm === "weekend's";
  if (!w || (w.norm !== 'weekend' && !possessive) || words[at + 1]?.joined) return null;
  if (a === 'the' && !inner && !possessive && !PREPOSITIONS.has(words[i - 1]?.norm ?? '')) return null;
  const opener = OPENERS.get(inner ?? a);
  const direction = opener ? opener.direction : possessive ? -1 : directionBefore(words, i, true, at + 1);
  return {
    ...base, next: at + 1, value: null, granularity: 'weekend', ...(possessive ? { trimEnd: 2, side: 'noun' as const } : {}),
    relative: { type: 'weekend', n: 0, direction, ...(opener?.strict ? { strict: true } : {}) }, rule: 'weekend',
  };
}
