import { isBoundary, type Word } from '../figures/words.js';

/**
 * Future markers in the clause before a date: "will meet on Friday", "is
 * expected to vote in June", "scheduled for Tuesday", "would be posted by Friday".
 * Anything else reads as past, the default tense of news.
 */
const FUTURE = new Set(['will', 'shall', 'scheduled', 'expected', 'plans', 'planned', 'due', 'upcoming', 'set',
  // "results would be posted by Friday", "has promised to publish by 8 March": a deadline still ahead
  'would', 'promised', 'pledged', 'vowed', 'intends', 'aims', 'hopes', 'deadline']);
const WINDOW = 10;

export function directionBefore(words: readonly Word[], at: number): -1 | 1 {
  for (let j = at - 1; j >= 0 && at - j <= WINDOW && !isBoundary(words[j]); j--) {
    const n = words[j]!.norm;
    if (FUTURE.has(n) || n.endsWith("'ll")) return 1;
    if (n === 'to' && words[j - 1]?.norm === 'going') return 1;
  }
  return -1;
}
