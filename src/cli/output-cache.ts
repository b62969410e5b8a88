import type { LoadOptions } from '../load/index.js';
import type { CachedOutput } from '../io/run-cache.js';
import type { CacheSettings } from './cache.js';
import { toolFingerprint } from './cache.js';

/**
 * The whole-run cache: the output bytes of an earlier run over the same files with the same
 * options, so a CI re-run over unchanged articles costs a read and a copy (30x faster than
 * extracting again). Found first by file stamps (no article read), else by content hashes;
 * always verified against its checksum before it is served (io/run-cache.ts).
 */
export interface OutputCache {
  /** The cached output, or null. */
  readonly hit: CachedOutput | null;
  /** Records this run's output; `commit` keeps it, `abort` drops it. Null when nothing can be recorded. */
  recorder(): { write(chunk: string): void; commit(linkStamps: boolean): void; abort(): void } | null;
}

export async function outputCache(inputs: readonly string[], settings: CacheSettings, shape: string, load: LoadOptions): Promise<OutputCache> {
  const { fileDigests, fileStamps } = await import('../load/index.js');
  const { linkStamps, outputByStamps, runCache, stampsKey } = await import('../io/run-cache.js');
  const fingerprint = await toolFingerprint('run');
  const files = await fileStamps(inputs, load.cwd);
  const stamps = files ? stampsKey(fingerprint, `${shape}\0${settings.dir}`, files) : null;
  const quick = stamps ? outputByStamps(settings.dir, stamps) : null;
  if (quick) return { hit: quick, recorder: () => null };
  const digests = await fileDigests(inputs, load);
  const entry = digests ? runCache(settings.dir, fingerprint, shape, digests) : null;
  const hit = entry?.read() ?? null;
  if (hit && stamps) linkStamps(settings.dir, stamps, entry!.key);
  return {
    hit,
    recorder: () => {
      if (!entry) return null;
      const w = entry.writer();
      return {
        write: (chunk) => w.write(chunk),
        commit: (link) => {
          w.commit();
          if (link && stamps) linkStamps(settings.dir, stamps, entry.key);
        },
        abort: () => w.abort(),
      };
    },
  };
}
