import type { Named, QuoteContext } from './context.js';

/** What a rule concluded: who, through which cue words, how sure. `inherit` copies an earlier passage's speaker. */
export interface Verdict {
  readonly named: Named | null;
  readonly cue: readonly [number, number] | null; // token range of the cue words
  readonly confidence: number;
  readonly inherit?: number; // passage index
  /** A more precise rule name than the sieve row's ("participle-clause" within cue-before-quote). */
  readonly rule?: string;
}

export interface Rule {
  readonly name: string;
  readonly apply: (ctx: QuoteContext, index: number) => Verdict | null;
}
