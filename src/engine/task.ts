import { extractSource } from '../extract/index.js';
import type { Source } from '../model/source.js';
import type { SpillWriter } from '../io/spill.js';
import { spillMentions, type Extracted, type MentionStore } from './spill-mentions.js';

/** One source, start to end, in whichever thread runs it: extract, cache, spill. */
export function extractAndSpill(source: Source, spill: SpillWriter, store: MentionStore | null): Extracted {
  const mentions = extractSource(source);
  store?.set(source, mentions);
  return spillMentions(mentions, spill);
}
