import { createHash } from 'node:crypto';
import { diagnostic } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PendingSource } from '../load/index.js';
import type { ShardCache } from '../io/cache.js';
import { SpillWriter } from '../io/spill.js';
import { collectIfGrown } from './memory.js';
import { LARGE_RUN, Pool, threadsFor } from './pool.js';
import { MentionStore, spillShard, type StoredShard } from './store.js';
import { parseSection, SECTIONS } from '../io/shard.js';
import type { CachedShard } from '../io/cache.js';

export interface ExtractAllOptions {
  /** Threads asked for (--jobs); capped by the files and the cores; default: pool.ts `defaultJobs`. */
  readonly jobs?: number;
  /** Folder for the spill files, removed by the caller. */
  readonly spillDir: string;
  /** Shards between runs: read here, written by whichever thread extracts. */
  readonly cache: ShardCache | null;
  /** House speech verbs (`check --config`); they change what is extracted, so they are part of the cache key. */
  readonly speechVerbs?: readonly string[];
  readonly onProgress?: (done: number, total: number) => void;
  /** One-line notes for the user (`--jobs` capped). */
  readonly onNote?: (message: string) => void;
}

export interface ExtractAllResult {
  /** Every source that was read and extracted. */
  readonly store: MentionStore;
  /** Files that could not be read (`load/…`) or extracted (`extract/failed`). */
  readonly diagnostics: readonly Diagnostic[];
  readonly cached: number;
  /** Worker threads started (0: everything ran in this thread). */
  readonly threads: number;
}

/** Below this many sources a pool costs more (each worker imports the NLP library) than it saves. */
const MIN_FOR_POOL = 8;
/**
 * Per-source extraction into the run's mention store. This thread reads each file when there is
 * room for it and answers from the cache when it can; the rest is extracted here or, with more
 * than one thread, in a pool. Shards are kept by source id, so the output does not depend on
 * --jobs or on which thread finished first.
 */
export async function extractAll(pending: readonly PendingSource[], options: ExtractAllOptions): Promise<ExtractAllResult> {
  const store = new MentionStore(options.spillDir);
  const diagnostics: Diagnostic[] = [];
  const speechVerbs = options.speechVerbs ?? [];
  let cached = 0;
  let done = 0;
  const finish = (i: number, shard: StoredShard | null, error?: string) => {
    if (shard) store.add(shard);
    else diagnostics.push(diagnostic('extract/failed', `${pending[i]!.path}: extraction failed (${error}); the file is left out`, { source: pending[i]!.path }));
    options.onProgress?.(++done, pending.length);
    collectIfGrown();
  };
  const { threads, capped } = threadsFor(options.jobs, pending.length);
  if (capped) options.onNote?.(capped);
  const cache = options.cache;
  const setup = { spillDir: options.spillDir, cache: cache ? { dir: cache.dir, fingerprint: cache.fingerprint } : null, speechVerbs };
  // A large run (pool.ts LARGE_RUN) extracts in workers even with --jobs 1: a worker's heap (the lexicon,
  // the garbage of extraction) is given back when it ends, before reconciliation builds the facts, and
  // this thread reads the files meanwhile (50 MB peaked 12–18 MB lower and ran no slower). A small run
  // stays here: 507 real articles ran 0.3–0.6 s slower with a worker's start-up.
  const pooled = threads > 1 ? pending.length >= MIN_FOR_POOL : pending.length >= LARGE_RUN;
  const pool = pooled ? new Pool(threads, setup, finish) : null;
  const here = new SpillWriter(options.spillDir, 0);
  // The extractor (and the NLP library, 0.4 s) is loaded in this thread only when this thread extracts.
  let task: typeof import('./task.js') | null = null;
  try {
    for (let i = 0; i < pending.length; i++) {
      const loaded = await pending[i]!.load();
      if (!loaded.ok) {
        diagnostics.push(loaded.diagnostic);
        options.onProgress?.(++done, pending.length);
        continue;
      }
      const source = loaded.source;
      const sha256 = cache ? createHash('sha256').update(source.text, 'utf8').digest('hex') : '';
      const key = cache ? cache.key(source, sha256) : null;
      const hit = cache && key ? cache.get(key, source, sha256) : null;
      if (hit) {
        cached++;
        finish(i, spillCached(here, source.id, hit));
      } else if (pool) {
        await pool.submit(i, source, key);
      } else {
        try {
          task ??= await import('./task.js');
          finish(i, task.extractShard(source, key, here, cache, speechVerbs));
        } catch (err) {
          finish(i, null, (err as Error)?.message ?? String(err));
        }
      }
    }
    await pool?.drain();
  } finally {
    here.close();
    await pool?.close();
  }
  return { store, diagnostics, cached, threads: pool?.started ?? 0 };
}

/** A cached shard into the spill, with its slim lists made from its actor and quote sections. */
function spillCached(spill: SpillWriter, id: string, hit: CachedShard): StoredShard {
  const section = <T>(k: number): T[] => parseSection<T>(hit.bytes.toString('utf8', hit.sections[k]!, hit.sections[k + 1]!), SECTIONS[k]![1]);
  return spillShard(spill, id, hit.bytes, hit.sections, section(0), section(1));
}
