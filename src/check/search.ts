import type { Source } from '../model/source.js';
import { alignWords, wordsOf, type Alignment, type Word } from './words.js';

/** A source prepared for searching: its words with offsets, kept next to the text they point into. */
export interface Haystack {
  readonly source: Source;
  readonly words: readonly Word[];
  readonly list: readonly string[];
}

export function haystack(source: Source): Haystack {
  const words = wordsOf(source.text);
  return { source, words, list: words.map((w) => w.word) };
}

export interface Found {
  readonly hay: Haystack;
  readonly alignment: Alignment;
  /** Offsets of the aligned source words: [start, end). */
  readonly start: number;
  readonly end: number;
}

/** Closest wording of `words` in any source: least edit distance, ties to the first source (sorted by path). */
export function closest(words: readonly string[], hays: readonly Haystack[]): Found | null {
  let best: Found | null = null;
  for (const hay of hays) {
    if (hay.list.length === 0) continue;
    const alignment = alignWords(words, hay.list);
    if (best && alignment.distance >= best.alignment.distance) continue;
    best = found(hay, alignment);
    if (alignment.distance === 0) break;
  }
  return best;
}

/** Fragments further apart than this are not one passage: "We won … we lost" must not join two speeches. */
export const MAX_GAP_WORDS = 50;

/**
 * Ellipsis fragments, each found word for word, in order, in one source, at
 * most MAX_GAP_WORDS apart. Returns the match of each fragment, or null.
 */
export function findFragments(fragments: ReadonlyArray<readonly string[]>, hays: readonly Haystack[]): Found[] | null {
  for (const hay of hays) {
    const first = occurrences(fragments[0]!, hay.list, 0, hay.list.length);
    for (const at of first) {
      const spans: Array<[number, number]> = [[at, at + fragments[0]!.length]];
      for (const frag of fragments.slice(1)) {
        const prev = spans[spans.length - 1]![1];
        const next = occurrences(frag, hay.list, prev, Math.min(hay.list.length, prev + MAX_GAP_WORDS + frag.length))[0];
        if (next === undefined) break;
        spans.push([next, next + frag.length]);
      }
      if (spans.length === fragments.length) {
        return spans.map(([from, to], k) => found(hay, { distance: 0, from, to, ops: fragments[k]!.map((word) => ({ kind: 'same', word })) }));
      }
    }
  }
  return null;
}

/** Start indices where `needle` occurs in `list[from, to)`, in order. */
function occurrences(needle: readonly string[], list: readonly string[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i + needle.length <= to; i++) if (needle.every((w, k) => list[i + k] === w)) out.push(i);
  return out;
}

function found(hay: Haystack, alignment: Alignment): Found {
  const { from, to } = alignment;
  const start = from < to ? hay.words[from]!.start : (hay.words[from]?.start ?? hay.source.text.length);
  const end = from < to ? hay.words[to - 1]!.end : start;
  return { hay, alignment, start, end };
}
