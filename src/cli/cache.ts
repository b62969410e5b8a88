import { join } from 'node:path';
import { DEFAULT_CACHE_MAX_BYTES, type ShardCache } from '../io/cache.js';
import { EXIT } from '../model/exit.js';
import type { CliIO } from './io.js';
import { packageVersion } from './version.js';

export interface CacheOptions {
  cache?: boolean;
  cacheDir?: string;
  /** The cache's size bound in MB (--cache-max-mb). */
  cacheMaxMb?: number;
}

export interface CacheSettings {
  readonly dir: string;
  readonly maxBytes: number;
}

/** On by default, in $XDG_CACHE_HOME/summit-facts or ~/.cache/summit-facts; off with --no-cache or when no home is known. */
export function cacheSettings(options: CacheOptions, io: CliIO): CacheSettings | null {
  if (options.cache === false) return null;
  const dir = options.cacheDir ?? (io.env.XDG_CACHE_HOME ? join(io.env.XDG_CACHE_HOME, 'summit-facts') : io.env.HOME ? join(io.env.HOME, '.cache', 'summit-facts') : null);
  if (dir === null) return null;
  return { dir, maxBytes: options.cacheMaxMb !== undefined ? options.cacheMaxMb * 1024 * 1024 : DEFAULT_CACHE_MAX_BYTES };
}

const fingerprints = new Map<string, string>();

/** Hashes the code once per run and scope: what decides a shard ('extraction'), or a whole output ('run'). */
export async function toolFingerprint(scope: 'extraction' | 'run'): Promise<string> {
  const known = fingerprints.get(scope);
  if (known) return known;
  const { extractorFingerprint, EXTRACTION_DIRS, RUN_DIRS } = await import('../io/fingerprint.js');
  const fresh = extractorFingerprint(packageVersion(), scope === 'run' ? RUN_DIRS : EXTRACTION_DIRS);
  fingerprints.set(scope, fresh);
  return fresh;
}

export async function shardCache(settings: CacheSettings): Promise<ShardCache> {
  const { ShardCache } = await import('../io/cache.js');
  return new ShardCache(settings.dir, await toolFingerprint('extraction'));
}

/** After a run that wrote to the cache: back within its size bound (least recently used first). */
export async function pruneAfterRun(settings: CacheSettings): Promise<void> {
  const { pruneCache } = await import('../io/cache.js');
  try {
    pruneCache(settings.dir, settings.maxBytes);
  } catch {
    /* a cache that cannot be pruned now is pruned by a later run */
  }
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `summit-facts cache [clean]`: where the cache is and what it holds, or empty it. */
export async function runCacheCommand(action: string | undefined, options: CacheOptions, io: CliIO): Promise<number> {
  const settings = cacheSettings({ ...options, cache: true }, io);
  if (!settings) {
    io.writeErr('summit-facts: error: no cache folder: set --cache-dir, XDG_CACHE_HOME or HOME\n');
    return EXIT.failure;
  }
  const { cacheUsage, cleanCache } = await import('../io/cache.js');
  if (action === 'clean') {
    const removed = cleanCache(settings.dir);
    io.writeOut(`removed ${removed.files} ${removed.files === 1 ? 'file' : 'files'} (${mb(removed.bytes)}) from ${settings.dir}\n`);
    return EXIT.ok;
  }
  if (action !== undefined && action !== 'info') {
    io.writeErr(`summit-facts: error: unknown cache action "${action}"; expected clean or info\n`);
    return EXIT.failure;
  }
  const usage = cacheUsage(settings.dir);
  io.writeOut(`${settings.dir}\n${usage.files} ${usage.files === 1 ? 'file' : 'files'}, ${mb(usage.bytes)} of ${mb(settings.maxBytes)}\n`);
  return EXIT.ok;
}
