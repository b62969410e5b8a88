import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cacheUsage, cleanCache, pruneCache } from '../../src/io/cache.js';
import { memoryIO } from '../support/memory-io.js';
import { removeScratch, scratchDir } from '../support/scratch.js';

afterAll(removeScratch);

/** A cache folder with `n` shard entries of 1 KB, the first the least recently used, plus things that are not ours. */
function cacheWith(n: number): string {
  const dir = scratchDir('sf-cache-');
  for (let i = 0; i < n; i++) {
    const key = String(i).padStart(2, '0').repeat(32);
    mkdirSync(join(dir, 'shards', key.slice(0, 2)), { recursive: true });
    const file = join(dir, 'shards', key.slice(0, 2), `${key}.ndjson`);
    writeFileSync(file, 'x'.repeat(1024));
    utimesSync(file, 1_000_000 + i, 1_000_000 + i);
  }
  writeFileSync(join(dir, 'notes.txt'), 'a user file in the cache folder: never touched');
  mkdirSync(join(dir, 'ab'), { recursive: true });
  writeFileSync(join(dir, 'ab', `${'ab'.repeat(32)}.json`), '{"format":1}'); // the old per-article format
  writeFileSync(join(dir, 'shards', '00', `${'00'.repeat(32)}.ndjson.999999999.tmp`), 'half'); // a killed run's temp file
  return dir;
}

const shardNames = (dir: string) => readdirSync(join(dir, 'shards'), { recursive: true }).map(String).filter((f) => f.endsWith('.ndjson')).map((f) => f.slice(3, 5)).sort();

describe('the cache has a size bound', () => {
  it('removes dead runs\' temp files, old-format entries, then the least recently used until under 90% of the bound', () => {
    const dir = cacheWith(10);
    pruneCache(dir, 6 * 1024);
    // 10 KB over a 6 KB bound: down to 5 entries (5.4 KB is the 90% mark), the oldest removed first.
    expect(shardNames(dir)).toEqual(['05', '06', '07', '08', '09']);
    expect(existsSync(join(dir, 'ab', `${'ab'.repeat(32)}.json`))).toBe(false);
    expect(readdirSync(join(dir, 'shards', '00'))).toEqual([]);
    expect(existsSync(join(dir, 'notes.txt'))).toBe(true);
  });

  it('leaves a cache within its bound as it is', () => {
    const dir = cacheWith(3);
    pruneCache(dir, 1024 * 1024);
    expect(shardNames(dir)).toEqual(['00', '01', '02']);
  });

  it('cleans everything it keeps and nothing else', () => {
    const dir = cacheWith(4);
    expect(cacheUsage(dir).files).toBe(6); // 4 entries, 1 temp file, 1 old entry
    cleanCache(dir);
    expect(readdirSync(dir).sort()).toEqual(['ab', 'notes.txt']);
    expect(cacheUsage(dir)).toEqual({ files: 0, bytes: 0 });
  });
});

describe('summit-facts cache', () => {
  it('shows where the cache is and what it holds, and cleans it', async () => {
    const dir = cacheWith(2);
    const io = memoryIO();
    expect(await main(['cache', '--cache-dir', dir], io)).toBe(0);
    expect(io.out()).toBe(`${dir}\n4 files, 0.0 MB of 512.0 MB\n`);
    const clean = memoryIO();
    expect(await main(['cache', 'clean', '--cache-dir', dir], clean)).toBe(0);
    expect(clean.out()).toMatch(new RegExp(`^removed 4 files \\(0\\.0 MB\\) from ${dir}\\n$`));
    expect(existsSync(join(dir, 'shards'))).toBe(false);
  });

  it('exits 2 on an unknown action, and when no cache folder is known', async () => {
    const io = memoryIO();
    expect(await main(['cache', 'purge', '--cache-dir', scratchDir('sf-cache-')], io)).toBe(2);
    expect(io.err()).toMatch(/unknown cache action "purge"/);
    const none = memoryIO({ env: {} });
    expect(await main(['cache'], none)).toBe(2);
    expect(none.err()).toMatch(/no cache folder/);
  });
});
