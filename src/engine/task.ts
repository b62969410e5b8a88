import { extractSource } from '../extract/index.js';
import type { Source } from '../model/source.js';
import type { SpillWriter } from '../io/spill.js';
import { encodeShard } from '../io/shard.js';
import { ShardCache } from '../io/cache.js';
import { spillShard, type StoredShard } from './store.js';

/** What extraction needs besides the source: the cache to fill (and this source's key in it), house speech verbs. */
export interface TaskSetup {
  readonly cache: { readonly dir: string; readonly fingerprint: string } | null;
  readonly speechVerbs: readonly string[];
}

/** One source, start to end, in whichever thread runs it: extract, encode as a shard, spill it, cache it. */
export function extractShard(source: Source, key: string | null, spill: SpillWriter, cache: ShardCache | null, speechVerbs: readonly string[]): StoredShard {
  const mentions = extractSource(source, { speechVerbs });
  const { bytes, sections } = encodeShard(mentions);
  if (cache && key) cache.put(key, bytes);
  return spillShard(spill, source.id, bytes, sections, mentions.actors, mentions.quotes);
}

export const cacheOf = (setup: TaskSetup): ShardCache | null => (setup.cache ? new ShardCache(setup.cache.dir, setup.cache.fingerprint) : null);
