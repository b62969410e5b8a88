import type { QuoteEvidence } from '../../model/fact.js';

/** Half-open offsets into a source. */
export type Range = readonly [number, number];

/** How far from a quote its cue and speaker are looked for: a long attribution sentence fits. */
const WINDOW = 300;

const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Where the cue (“said”, “told reporters”) and the words naming the speaker (“he”, “Okafor”) of a
 * quote stand in its source. Evidence keeps them as words, not offsets, so they are found again:
 * the cue as the closest whole-word occurrence outside the quote (before it when the rule says the
 * attribution came first: `Okafor said: “…”`), then the speaker as the closest occurrence to that
 * cue (`“…,” he said` / `“…,” said Okafor`). Null where the words are not near the quote.
 */
export function cueRanges(text: string, e: QuoteEvidence): { speaker: Range | null; cue: Range | null } {
  const before = /before/.test(e.speakerRule);
  const cue = e.cue ? nearest(text, e.cue, [e.start, e.end], before, []) : null;
  const anchor: Range = cue ?? [e.start, e.end];
  const speaker = e.speakerText ? nearest(text, e.speakerText, anchor, before, [[e.start, e.end]]) : null;
  return { speaker, cue };
}

/**
 * The whole-word, case-insensitive occurrence of `words` closest to `anchor` (outside it and
 * outside `exclude`) within WINDOW characters; ties go after the anchor unless `preferBefore`.
 */
function nearest(text: string, words: string, anchor: Range, preferBefore: boolean, exclude: readonly Range[]): Range | null {
  const needle = words.toLowerCase();
  if (needle.trim() === '') return null;
  const from = Math.max(0, anchor[0] - WINDOW - needle.length);
  const to = Math.min(text.length, anchor[1] + WINDOW + needle.length);
  const hay = text.slice(from, to).toLowerCase();
  let best: Range | null = null;
  let bestScore = Infinity;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const start = from + at;
    const end = start + needle.length;
    if (!wholeWord(text, start, end) || overlaps([start, end], anchor) || exclude.some((x) => overlaps([start, end], x))) continue;
    const after = start >= anchor[1];
    const distance = after ? start - anchor[1] : anchor[0] - end;
    // Half a character decides ties between equal distances on both sides.
    const score = distance + (after === preferBefore ? 0.5 : 0);
    if (distance <= WINDOW && score < bestScore) {
      best = [start, end];
      bestScore = score;
    }
  }
  return best;
}

const overlaps = (a: Range, b: Range): boolean => a[0] < b[1] && b[0] < a[1];

function wholeWord(text: string, start: number, end: number): boolean {
  return !WORDISH.test(text.charAt(start - 1)) && !WORDISH.test(text.charAt(end));
}
