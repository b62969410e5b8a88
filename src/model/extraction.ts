import type { Diagnostic } from './diagnostic.js';
import type { ActorMention, DateMention, FigureMention, QuoteMention } from './mention.js';
import type { SourceInfo } from './source.js';

/**
 * Everything extraction learned about one source. Plain JSON: this is the
 * record that crosses worker threads, the cache and `--mentions-out` shards.
 */
export interface SourceMentions {
  readonly source: SourceInfo;
  /** Line starts of the text, so evidence line/column can be derived without the text. */
  readonly lineStarts: readonly number[];
  readonly actors: readonly ActorMention[];
  readonly quotes: readonly QuoteMention[];
  readonly figures: readonly FigureMention[];
  readonly dates: readonly DateMention[];
  readonly diagnostics: readonly Diagnostic[];
  /** A full date stated in the text that can anchor relative dates ("August 18, 2025"), or null. */
  readonly anchorDate: string | null;
}

/** The four lists of mentions; reconciliation takes them one kind at a time. */
export const MENTION_KINDS = ['actors', 'quotes', 'figures', 'dates'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];
