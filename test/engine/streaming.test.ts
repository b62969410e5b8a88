import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { EvidenceFiling } from '../../src/engine/evidence-stream.js';
import { MentionStore, spillShard } from '../../src/engine/store.js';
import { extractSource } from '../../src/extract/index.js';
import { encodeShard } from '../../src/io/shard.js';
import { SpillWriter } from '../../src/io/spill.js';
import { loadSources } from '../../src/load/index.js';
import { MENTION_KINDS, type SourceMentions } from '../../src/model/extraction.js';
import { inMemory, reconcile, reconcileAll } from '../../src/reconcile/index.js';
import { attachEvidence } from '../../src/reconcile/members.js';
import { renderJson, renderJsonChunks } from '../../src/render/json.js';
import { renderNdjson, renderNdjsonChunks } from '../../src/render/ndjson.js';
import { defaultRenderOptions } from '../../src/render/types.js';
import { ROOT } from '../support/fixtures.js';
import { removeScratch, scratchDir } from '../support/scratch.js';

const INPUTS = ['seeds', 'fixtures/same-event-port-strike', 'fixtures/quote-styles', 'fixtures/messy-text', 'fixtures/same-event-election-count', 'fixtures/same-event-court-ruling'];
const OPTIONS = { referenceDate: '2025-08-18' };

afterAll(removeScratch);
const tmp = () => scratchDir('summit-facts-stream-');

async function mentions(): Promise<SourceMentions[]> {
  const loaded = await loadSources(INPUTS, { cwd: ROOT });
  return loaded.sources.map((s) => extractSource(s));
}

/** What a run does: every source as a shard in the spill, read back through the store (slim, one kind at a time). */
function stored(all: readonly SourceMentions[], dir: string): MentionStore {
  const store = new MentionStore(dir);
  const spill = new SpillWriter(dir, 0);
  // In reverse order: the store reads in source-id order whatever order shards arrive in.
  for (const m of [...all].reverse()) {
    const { bytes, sections } = encodeShard(m);
    store.add(spillShard(spill, m.source.id, bytes, sections, m.actors, m.quotes));
  }
  spill.close();
  return store;
}

describe('the mention store and streaming evidence', () => {
  it('decides from the store (slim mentions, read one kind at a time) exactly what it decides from full ones in memory', async () => {
    const all = await mentions();
    const full = reconcile(inMemory(all), OPTIONS);
    const store = stored(all, tmp());
    const set = store.mentionSet();
    const slim = reconcile(set, OPTIONS);
    expect(slim.result).toEqual(full.result);
    expect(slim.members).toEqual(full.members);
    // and the heads really are empty of mentions, the kinds really slim: the test would pass vacuously otherwise
    for (const kind of MENTION_KINDS) expect(set.heads[0]![kind]).toEqual([]);
    expect(set.kind('actors').flat().every((a) => a.occurrences.length === 1)).toBe(true);
    expect(all.some((m) => m.actors.some((a) => a.occurrences.length > 1))).toBe(true);
    expect(all.some((m) => m.quotes.length > 0 && m.figures.length > 0)).toBe(true);
    store.close();
  });

  it('calls the pace hook through every stage, and decides the same with it as without', async () => {
    const all = await mentions();
    let calls = 0;
    const paced = reconcile(inMemory(all), { ...OPTIONS, pace: () => void calls++ });
    // one call per mention or cluster in each stage's loops: far more than the sources
    expect(calls).toBeGreaterThan(all.length * 4);
    expect(paced.result).toEqual(reconcile(inMemory(all), OPTIONS).result);
  });

  it('gives back every source whole, and the same evidence attached afterwards as a one-shot reconcile', async () => {
    const all = await mentions();
    const whole = reconcileAll(all, [], OPTIONS);
    const store = stored(all, tmp());
    const sorted = [...all].sort((a, b) => (a.source.id < b.source.id ? -1 : 1));
    expect([...store.full()]).toEqual(sorted);
    const core = reconcile(store.mentionSet(), OPTIONS);
    expect(attachEvidence(core.result.facts, store.full(), core.members)).toEqual(whole.facts);
    expect(whole.facts.some((f) => f.evidence.length > 5)).toBe(true);
    store.close();
  });

  it('streams evidence through many small buckets, spilled to files, into byte-identical JSON and NDJSON', async () => {
    const all = await mentions();
    const whole = reconcileAll(all, [], OPTIONS);
    const dir = tmp();
    const store = stored(all, dir);
    const core = reconcile(store.mentionSet(), OPTIONS);
    const spillFiles = readdirSync(dir).length;
    // 7 mentions per bucket and 2 KB held in memory: dozens of buckets, flushed to disk many times.
    const filing = new EvidenceFiling(core.result.facts, core.members, dir, 7, 2048);
    filing.file(store.full());
    expect(readdirSync(dir).length - spillFiles).toBeGreaterThan(10);
    const json = [...renderJsonChunks({ ...core.result, facts: filing.facts() }, defaultRenderOptions)].join('');
    expect(json).toBe(renderJson(whole, defaultRenderOptions));
    expect(readdirSync(dir).length).toBe(spillFiles); // every bucket read back and removed
    const compact = new EvidenceFiling(core.result.facts, core.members, dir, 50);
    compact.file(store.full());
    const ndjson = [...renderNdjsonChunks({ ...core.result, facts: compact.facts() }, defaultRenderOptions)].join('');
    expect(ndjson).toBe(renderNdjson(whole, defaultRenderOptions));
    store.close();
  });
});
