import { MENTION_KINDS as KINDS, type MentionKind as Kind, type SourceMentions } from '../model/extraction.js';
import type { Source } from '../model/source.js';
import type { SpillRef, SpillWriter } from '../io/spill.js';
import { headOf, slimMentions } from './slim.js';

/** Where per-source results may be kept between runs (see io/cache.ts). */
export interface MentionStore {
  get(source: Source): SourceMentions | null;
  set(source: Source, mentions: SourceMentions): void;
}

/** Where a source's records lie in the spill: its head, its full mentions, and the slim list of each kind. */
export type SourceRefs = { readonly head: SpillRef; readonly full: SpillRef } & { readonly [K in Kind]: SpillRef };

/** What a thread hands back for one source: where its records were spilled (a message this small costs nothing to pass). */
export interface Extracted {
  readonly refs: SourceRefs;
}

/** A source's head, full mentions and slim lists to the spill (also for mentions the cache already had). */
export function spillMentions(mentions: SourceMentions, spill: SpillWriter): Extracted {
  const slim = slimMentions(mentions);
  const [head, full, actors, quotes, figures, dates] = spill.appendAll([JSON.stringify(headOf(mentions)), JSON.stringify(mentions), ...KINDS.map((k) => JSON.stringify(slim[k]))]);
  return { refs: { head: head!, full: full!, actors: actors!, quotes: quotes!, figures: figures!, dates: dates! } };
}
