import { REFERENCE_PHRASES, type ReferenceValue } from '../../lexicon/time-words.js';
import type { DateGranularity } from '../../model/mention.js';
import type { Word } from '../figures/words.js';
import type { Base, RawDate } from './types.js';

/** "now", "currently", "recently", "in the future": the report's present, past or future (lexicon/time-words.ts). */

const GRANULARITY: Record<ReferenceValue, DateGranularity> = { PRESENT_REF: 'present', PAST_REF: 'past', FUTURE_REF: 'future' };

/** After these, "now" is part of a span or a deadline, not the present: "from now", "until now", "by now" are kept; "a week from now" is an offset. */
const NOT_AFTER_NOW = new Set(['from']);

export function referenceAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  for (const row of REFERENCE_PHRASES) {
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
