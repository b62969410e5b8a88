import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../support/memory-io.js';
import { ROOT as ROOT_DIR } from '../support/fixtures.js';
import { removeScratch, scratchDir } from '../support/scratch.js';

afterAll(removeScratch);

const tmp = () => scratchDir('summit-facts-engine-');
const INPUTS = ['seeds', 'fixtures/same-event-port-strike', 'fixtures/quote-styles', 'fixtures/messy-text'];

async function json(args: string[]): Promise<string> {
  const io = memoryIO({ disk: true });
  const code = await main(['extract', ...INPUTS, '--format', 'json', '--reference-date', '2025-08-18', ...args], io);
  expect(code, io.err()).toBe(0);
  return io.out();
}

describe('engine: jobs, cache, shards', () => {
  it('gives byte-identical output whatever --jobs is', async () => {
    const one = await json(['--jobs', '1', '--no-cache']);
    expect(await json(['--jobs', '2', '--no-cache'])).toBe(one);
  });

  it('serves a warm cache with identical output, and never an entry that was edited', async () => {
    const dir = tmp();
    const cold = await json(['--cache-dir', dir, '--jobs', '1']);
    const files = readdirSync(dir, { recursive: true }).map(String);
    const perArticle = files.filter((f) => f.endsWith('.ndjson'));
    const runs = files.filter((f) => f.endsWith('.out'));
    expect(perArticle.length).toBe(11);
    expect(runs.length).toBe(1);
    expect(await json(['--cache-dir', dir, '--jobs', '1'])).toBe(cold);
    // The whole-run entry altered by one byte, its time stamp put back: it fails its checksum and is not served.
    const run = join(dir, runs[0]!);
    const { mtime } = statSync(run);
    const bytes = readFileSync(run);
    bytes[100] = bytes[100] === 65 ? 66 : 65;
    writeFileSync(run, bytes);
    utimesSync(run, mtime, mtime);
    // Every per-article entry edited and still valid JSON: a name changed, or a line cut off.
    for (const [n, f] of perArticle.entries()) {
      const text = readFileSync(join(dir, f), 'utf8');
      const lines = text.split('\n');
      const edited = n % 2 ? text.replace(/"name":"([^"]*)"/, '"name":"Friedrich Marx"') : `${lines.slice(0, -3).join('\n')}\n`;
      expect(edited).not.toBe(text);
      writeFileSync(join(dir, f), edited);
    }
    expect(await json(['--cache-dir', dir, '--jobs', '1'])).toBe(cold);
  });

  it('writes --mentions-out shards that are the cache entries, byte for byte', async () => {
    const dir = tmp();
    const shards = tmp();
    await json(['--cache-dir', dir, '--mentions-out', shards]);
    const cached = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ndjson')).map((f) => readFileSync(join(dir, f), 'utf8')).sort();
    const written = readdirSync(shards).map((f) => readFileSync(join(shards, f), 'utf8')).sort();
    expect(written).toHaveLength(11);
    expect(written).toEqual(cached);
  });

  it('merges mention shards into the same fact table a single run gives', async () => {
    const shards = tmp();
    const single = await json(['--no-cache', '--mentions-out', shards]);
    expect(readdirSync(shards).filter((f) => f.endsWith('.mentions.ndjson'))).toHaveLength(11);
    const io = memoryIO();
    expect(await main(['reconcile', shards, '--format', 'json', '--reference-date', '2025-08-18'], io)).toBe(0);
    const merged = JSON.parse(io.out());
    const whole = JSON.parse(single);
    expect(merged.facts).toEqual(whole.facts);
    expect(merged.conflicts).toEqual(whole.conflicts);
    expect(merged.sources).toEqual(whole.sources);
    const first = readFileSync(join(shards, readdirSync(shards).sort()[0]!), 'utf8').split('\n')[0]!;
    expect(JSON.parse(first).record).toBe('source');
  });

  it('reports a shard folder with nothing in it', async () => {
    const io = memoryIO();
    expect(await main(['reconcile', tmp()], io)).toBe(2);
    expect(io.err()).toMatch(/no mention shards found/);
  });
});

describe('run cache by file stamps', () => {
  it('never serves a stale table after an article changes', async () => {
    const { cpSync, appendFileSync } = await import('node:fs');
    const work = tmp();
    cpSync(join(ROOT_DIR, 'fixtures', 'quote-styles'), join(work, 'articles'), { recursive: true });
    const cache = tmp();
    const run = async () => {
      const io = memoryIO({ cwd: work });
      expect(await main(['extract', 'articles', '--format', 'json', '--cache-dir', cache], io)).toBe(0);
      return io.out();
    };
    const first = await run();
    expect(await run()).toBe(first); // served from the cache
    appendFileSync(join(work, 'articles', 'lindenau_takeover.txt'), '\n“We will be back next season,” said coach Ivo Brandt.\n');
    const third = await run();
    expect(third).not.toBe(first);
    expect(third).toContain('We will be back next season');
  });
});
