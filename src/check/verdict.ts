import type { VerdictKind } from './types.js';
import { formatDiff, negationChanges, type Alignment } from './words.js';

/** What the closest source wording says about a draft quote that is not an exact word match. */
export interface Closeness {
  readonly verdict: Extract<VerdictKind, 'misquote' | 'negation' | 'not-found'>;
  readonly diff: string | null;
  /** Negations dropped or added, by name (`dropped "not"`). */
  readonly negations: readonly string[];
  /** Whether the closest wording is close enough to show. */
  readonly close: boolean;
}

/**
 * A changed negation is its own verdict, whatever else changed; otherwise a
 * few changed words (a quarter of the quote, at least one) are a misquote and
 * anything further is not found. A quote of one or two words is too short to
 * call a misquote: "great day" vs "good day" may be two different remarks.
 */
export function classifyCloseness(al: Alignment, words: number): Closeness {
  const limit = Math.max(1, Math.floor(words / 4));
  const close = al.distance <= Math.max(limit, Math.floor(words / 2));
  const diff = close ? formatDiff(al.ops) : null;
  const negations = negationChanges(al.ops);
  if (words >= 3 && al.distance <= limit && negations.length > 0) return { verdict: 'negation', diff, negations, close };
  if (words >= 3 && al.distance <= limit) return { verdict: 'misquote', diff, negations, close };
  return { verdict: 'not-found', diff, negations, close };
}

/** The draft attributes the quote to someone other than the sources (both known, names not the same). */
export function isMisattributed(draftSpeaker: string | null, sourceSpeaker: string | null, same: (a: string, b: string) => boolean): boolean {
  return draftSpeaker !== null && sourceSpeaker !== null && !same(draftSpeaker, sourceSpeaker);
}
