import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../model/source.js';
import { digestHolds, readHead, sectionsOf, SHARD_FORMAT, type Sections } from './shard.js';
import { isStaleTemp } from './stale.js';

/** The cache's size bound when none is given: enough for a few large corpora and their outputs. */
export const DEFAULT_CACHE_MAX_BYTES = 512 * 1024 * 1024;

/** A verified shard from the cache: its bytes and where its sections lie. */
export interface CachedShard {
  readonly bytes: Buffer;
  readonly sections: Sections;
}

/**
 * Per-article mentions between runs: each source's shard (io/shard.ts), at
 * `<dir>/shards/<key[0..2]>/<key>.ndjson`, the key a hash of the rules' fingerprint and the
 * source's id, path and content. A shard is served only when its digest matches its bytes and
 * its head matches the source read now; anything else (edited, cut short, foreign) is ignored
 * and rebuilt. A cache is never trusted over the text.
 */
export class ShardCache {
  private usable = true;
  constructor(readonly dir: string, readonly fingerprint: string) {}

  key(source: Source, sha256: string): string {
    return createHash('sha256').update(`shard\0${SHARD_FORMAT}\0${this.fingerprint}\0${source.id}\0${source.path}\0${sha256}`).digest('hex');
  }

  private file(key: string): string {
    return join(this.dir, 'shards', key.slice(0, 2), `${key}.ndjson`);
  }

  get(key: string, source: Source, sha256: string): CachedShard | null {
    const file = this.file(key);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return null;
    }
    try {
      if (!digestHolds(bytes)) return null;
      const head = readHead(bytes);
      const s = head.source;
      if (head.format !== SHARD_FORMAT || s.id !== source.id || s.path !== source.path || s.sha256 !== sha256 || s.chars !== source.text.length) return null;
      const sections = sectionsOf(bytes);
      if (!sections) return null;
      touch(file); // recently used: pruned last
      return { bytes, sections };
    } catch {
      return null;
    }
  }

  /** Stores a shard (temp file + rename); a read-only or full disk turns the cache off for this run, silently. */
  put(key: string, bytes: Uint8Array): void {
    if (!this.usable) return;
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(this.dir, 'shards', key.slice(0, 2)), { recursive: true });
      writeFileSync(tmp, bytes);
      renameSync(tmp, file);
    } catch {
      this.usable = false;
      rmSync(tmp, { force: true });
    }
  }
}

function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    /* a read-only cache still serves */
  }
}

/** The files this tool keeps in a cache folder; anything else there is never touched. */
function* cacheFiles(dir: string): Generator<{ path: string; size: number; time: number }> {
  for (const area of ['shards', 'runs']) {
    const root = join(dir, area);
    let entries;
    try {
      entries = readdirSync(root, { withFileTypes: true, recursive: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (!e.isFile()) continue;
      const path = join(e.parentPath, e.name);
      try {
        const st = statSync(path);
        yield { path, size: st.size, time: st.mtimeMs };
      } catch {
        /* gone meanwhile */
      }
    }
  }
  // Entries of the earlier per-article format (<dir>/<2 hex>/<64 hex>.json): never read again.
  for (const sub of safeList(dir)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    for (const name of safeList(join(dir, sub))) {
      if (!/^[0-9a-f]{64}\.json(\.\d+\.tmp)?$/.test(name)) continue;
      const path = join(dir, sub, name);
      yield { path, size: 0, time: 0 };
    }
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export interface CacheUsage {
  readonly files: number;
  readonly bytes: number;
}

/** How many files and bytes the cache holds. */
export function cacheUsage(dir: string): CacheUsage {
  let files = 0;
  let bytes = 0;
  for (const f of cacheFiles(dir)) {
    files++;
    bytes += f.size;
  }
  return { files, bytes };
}

/**
 * Keeps the cache within `maxBytes`: temp files of runs that died and entries of the old format
 * go first, then the least recently used entries until the cache is at 90% of the bound.
 */
export function pruneCache(dir: string, maxBytes: number): CacheUsage {
  const live: Array<{ path: string; size: number; time: number }> = [];
  let total = 0;
  let removed = { files: 0, bytes: 0 };
  const drop = (f: { path: string; size: number }) => {
    rmSync(f.path, { force: true });
    removed = { files: removed.files + 1, bytes: removed.bytes + f.size };
  };
  for (const f of cacheFiles(dir)) {
    if (f.path.endsWith('.json') || (f.path.endsWith('.tmp') && isStaleTemp(f.path))) drop(f);
    else {
      live.push(f);
      total += f.size;
    }
  }
  if (total > maxBytes) {
    live.sort((a, b) => a.time - b.time || (a.path < b.path ? -1 : 1));
    for (const f of live) {
      if (total <= maxBytes * 0.9) break;
      if (f.path.endsWith('.tmp')) continue; // a run writing now
      drop(f);
      total -= f.size;
    }
  }
  return removed;
}

/** Removes everything this tool keeps in the cache folder (`summit-facts cache clean`). */
export function cleanCache(dir: string): CacheUsage {
  const usage = cacheUsage(dir);
  for (const area of ['shards', 'runs']) rmSync(join(dir, area), { recursive: true, force: true });
  for (const f of cacheFiles(dir)) unlinkSync(f.path);
  return usage;
}
