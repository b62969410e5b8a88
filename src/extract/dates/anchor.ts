import type { AnchorReason, DateMention } from '../../model/mention.js';
import { isBoundary, type Word } from '../figures/words.js';
import { directionBefore } from './tense.js';
import type { RawDate } from './types.js';

/**
 * A source's report date, the anchor of its relative dates, in this order of trust:
 *   `dateline`     a full date in a heading, byline or credit line, or opening a paragraph
 *                  ("OSLO, March 13, 2024 –", "Published: 13 March 2024")
 *   `weekday-date` a full date written with its own weekday, at the top of the story ("on Wednesday, March 13, 2024")
 *   `lead-date`    a full date in the lead (the first two sentences of the body), in the past tense
 * Never a date in a birth, expiry, deadline or future clause: "born on May 3, 1931", "the permit
 * expires on June 1, 2030", "by March 1, 2024", "will vote on May 5, 2024".
 * Without one, reconcile counts relative dates from the report day (reconcile/dates-anchor.ts).
 */

/** Words in a date's clause that make it no report date. */
const NOT_REPORT = new Set(['born', 'birth', 'birthday', 'expire', 'expires', 'expired', 'expiring', 'expiry', 'expiration',
  'valid', 'deadline', 'due', 'until', 'till', 'by', 'before', 'since', 'from', 'through', 'runs', 'ends', 'lapses', 'dated']);
const CLAUSE_WORDS = 8;
/** How many sentences of the body make the lead. */
const LEAD_SENTENCES = 2;
/** A dateline opens its paragraph: the date is among its first words. */
const DATELINE_WORDS = 8;

function inExcludedClause(words: readonly Word[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= CLAUSE_WORDS && !isBoundary(words[j]); j--) if (NOT_REPORT.has(words[j]!.norm)) return true;
  return directionBefore(words, first) > 0;
}

export interface SentencePlace {
  readonly words: readonly Word[];
  /** The sentence is in a heading, byline or credit paragraph. */
  readonly banner: boolean;
  /** Index of the sentence among the body's sentences (headings and credits not counted). */
  readonly bodyIndex: number;
  /** The sentence opens its paragraph. */
  readonly opensParagraph: boolean;
  /** The sentence is at the top of the story (first three paragraphs): a fact box further down is no dateline. */
  readonly top: boolean;
}

/** Why this date could be the source's report date, or null. */
export function anchorCandidate(d: RawDate & { weekdayMatches?: boolean }, at: SentencePlace): AnchorReason | null {
  // ("9:40 p.m. March 12, 2024" over a story: a time is on its day.)
  if (d.value === null || (d.granularity !== 'day' && d.granularity !== 'time') || d.relative || d.qualifier !== 'on' || inExcludedClause(at.words, d.first)) return null;
  if (at.top && (at.banner || (at.opensParagraph && d.first < DATELINE_WORDS && !hasVerbBefore(at.words, d.first)))) return 'dateline';
  // deeper in the story a date with its weekday is an event's ("shot on Sunday, April 8, 2012")
  if (d.weekdayMatches && at.top) return 'weekday-date';
  if (!at.banner && at.bodyIndex < LEAD_SENTENCES && directionBefore(at.words, d.first) < 0) return 'lead-date';
  return null;
}

/** A dateline is a place and a date, not a clause: "OSLO, March 13, 2024 –" has no verb before the date. */
function hasVerbBefore(words: readonly Word[], first: number): boolean {
  for (let j = 0; j < first; j++) if (words[j]!.kind === 'word' && /^(was|were|is|are|had|has|said|says|on|in)$/.test(words[j]!.norm)) return true;
  return false;
}

const TRUST: Record<AnchorReason, number> = { dateline: 0, 'weekday-date': 1, 'lead-date': 2 };

/**
 * Marks the source's anchor among its dates (sorted by offset): the most trusted candidate, the first
 * of its kind. `candidates` maps a date's index to its reason.
 */
export function markAnchor(dates: readonly DateMention[], candidates: ReadonlyMap<number, AnchorReason>): { dates: DateMention[]; anchorDate: string | null } {
  let best = -1;
  for (const [k, reason] of [...candidates].sort((a, b) => a[0] - b[0])) {
    if (best < 0 || TRUST[reason] < TRUST[candidates.get(best)!]) best = k;
  }
  if (best < 0) return { dates: [...dates], anchorDate: null };
  return { dates: dates.map((d, k) => (k === best ? { ...d, anchor: candidates.get(best)! } : d)), anchorDate: dates[best]!.value?.slice(0, 10) ?? null };
}
