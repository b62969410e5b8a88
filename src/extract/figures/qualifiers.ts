import { clean } from './number.js';
import type { Word } from './words.js';

/** How a hedge turns a value into an interval. */
export type Bound = 'exact' | 'approx' | 'below-near' | 'lower' | 'upper' | 'loose';

/**
 * Hedges written before a figure, longest first so "no more than" wins over
 * "more than". Each row: words, the qualifier as written, the interval kind.
 */
const QUALIFIERS: ReadonlyArray<{ words: readonly string[]; bound: Bound }> = [
  { words: ['no', 'more', 'than'], bound: 'upper' }, // "no more than 50 people"
  { words: ['no', 'fewer', 'than'], bound: 'lower' }, // "no fewer than 12 ships"
  { words: ['as', 'many', 'as'], bound: 'upper' }, // "as many as 300 troops"
  { words: ['as', 'much', 'as'], bound: 'upper' }, // "as much as $5 billion"
  { words: ['in', 'excess', 'of'], bound: 'lower' }, // "in excess of 1,000"
  { words: ['upwards', 'of'], bound: 'lower' }, // "upwards of 200"
  { words: ['more', 'than'], bound: 'lower' }, // "more than 40,000 casualties"
  { words: ['greater', 'than'], bound: 'lower' },
  { words: ['fewer', 'than'], bound: 'upper' }, // "fewer than 20 votes"
  { words: ['less', 'than'], bound: 'upper' },
  { words: ['at', 'least'], bound: 'lower' }, // "at least 12 flood deaths"
  { words: ['at', 'most'], bound: 'upper' },
  { words: ['up', 'to'], bound: 'upper' }, // "up to 40%"
  { words: ['just', 'over'], bound: 'lower' },
  { words: ['well', 'over'], bound: 'lower' },
  { words: ['just', 'under'], bound: 'below-near' },
  { words: ['close', 'to'], bound: 'approx' }, // "close to 3,000"
  { words: ['an', 'estimated'], bound: 'approx' }, // "an estimated 38,000"
  { words: ['nearly'], bound: 'below-near' }, // "nearly two hours"
  { words: ['almost'], bound: 'below-near' },
  { words: ['about'], bound: 'approx' }, // "about $90 billion"
  { words: ['around'], bound: 'approx' },
  { words: ['roughly'], bound: 'approx' }, // "roughly $90 billion"
  { words: ['approximately'], bound: 'approx' },
  { words: ['some'], bound: 'approx' }, // "some 5,000 people"
  { words: ['estimated'], bound: 'approx' },
  { words: ['over'], bound: 'lower' }, // "over 200 people"
  { words: ['above'], bound: 'lower' },
  { words: ['under'], bound: 'upper' },
  { words: ['below'], bound: 'upper' },
];

/** Every word of a hedge: "About 2,300" opens with one, capitalised, and is no name with a number. */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(QUALIFIERS.flatMap((q) => q.words));


export interface Qualifier {
  readonly text: string;
  readonly bound: Bound;
  /** Index of the qualifier's first word (== the figure's first word when exact). */
  readonly first: number;
}

/** The hedge that ends right before words[at], or `exact`. */
export function qualifierBefore(words: readonly Word[], at: number): Qualifier {
  for (const row of QUALIFIERS) {
    const first = at - row.words.length;
    if (first < 0) continue;
    if (row.words.every((w, k) => words[first + k]!.norm === w)) {
      return { text: row.words.join(' '), bound: row.bound, first };
    }
  }
  return { text: 'exact', bound: 'exact', first: at };
}

/** Relative slack of approximate hedges: "about 90" covers 81..99. */
export const APPROX_SLACK = 0.1;
/**
 * Relative slack of a round word with no hedge written: "a dozen" covers 9.6..14.4, "a score" 16..24. Reporters
 * use them for a count near the round one, never to say it is exact.
 */
export const LOOSE_SLACK = 0.2;

/**
 * A share written to the hundredth of a point ("some 71.36 percent", "about 61.27%") is read off a count: a
 * hedge on it spares the last digits, not a tenth of the value (79.6..97.3 would hold any turnout another
 * outlet gives). It reaches one point either way.
 */
export const PRECISE_SHARE_SLACK = 1;

/** The share at words[first] is written with two decimals or more. */
export function preciseShare(unit: string, words: readonly Word[], first: number): boolean {
  return unit === 'percent' && /^\d+\.\d{2,}$/.test(words[first]?.text ?? '');
}

/** The interval a hedge implies. Open ends are null. `slack`: an absolute reach of approximate hedges, instead of a tenth. */
export function intervalOf(value: number, bound: Bound, slack?: number): { min: number | null; max: number | null } {
  switch (bound) {
    case 'exact':
      return { min: value, max: value };
    case 'approx':
      if (slack !== undefined) return { min: clean(value - slack), max: clean(value + slack) };
      return { min: clean(value * (1 - APPROX_SLACK)), max: clean(value * (1 + APPROX_SLACK)) };
    case 'below-near':
      if (slack !== undefined) return { min: clean(value - slack), max: value };
      return { min: clean(value * (1 - APPROX_SLACK)), max: value };
    case 'lower':
      return { min: value, max: null };
    case 'upper':
      return { min: null, max: value };
    case 'loose':
      return { min: clean(value * (1 - LOOSE_SLACK)), max: clean(value * (1 + LOOSE_SLACK)) };
  }
}
