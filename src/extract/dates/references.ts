import { REFERENCE_PHRASES, type ReferenceValue } from '../../lexicon/time-words.js';
import type { DateGranularity } from '../../model/mention.js';
import type { Word } from '../figures/words.js';
import type { Base, RawDate } from './types.js';

/** "now", "currently", "recently", "in the future": the report's present, past or future (lexicon/time-words.ts). */

const GRANULARITY: Record<ReferenceValue, DateGranularity> = { PRESENT_REF: 'present', PAST_REF: 'past', FUTURE_REF: 'future' };

/** After these, "now" is part of a span or a deadline, not the present: "from now", "until now", "by now" are kept; "a week from now" is an offset. */
const NOT_AFTER_NOW = new Set(['from']);

export const REFERENCE_STARTS: ReadonlySet<string> = new Set(REFERENCE_PHRASES.map((r) => r.words[0]!));
const BY_FIRST = new Map<string, Array<(typeof REFERENCE_PHRASES)[number]>>();
for (const row of REFERENCE_PHRASES) BY_FIRST.set(row.words[0]!, [...(BY_FIRST.get(row.words[0]!) ?? []), row]);

export function referenceAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const rows = BY_FIRST.get(words[i]!.norm);
  if (!rows) return null;
  for (const row of rows) {
    if (!row.words.every((x, k) => words[i + k]?.norm === x)) continue;
    const next = i + row.words.length;
    if (row.after && !row.after.has(words[i - 1]?.norm ?? '')) continue;
    if (row.notBefore?.has(words[next]?.norm ?? '') || /^\d/.test(words[next]?.text ?? '') && row.notBefore) continue;
    if (row.words[0] === 'now' && NOT_AFTER_NOW.has(words[i - 1]?.norm ?? '')) continue;
    // "now-defunct", "recently-built": a hyphenated modifier still dates; a glued word ("nowhere") is not these words
    return { ...base, next, value: row.value, granularity: GRANULARITY[row.value], rule: row.rule };
  }
  return null;
}
