import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceFiling } from '../../src/engine/evidence-stream.js';
import { headOf, restoreSource, slimMentions, stringPool } from '../../src/engine/slim.js';
import { extractSource } from '../../src/extract/index.js';
import { loadSources } from '../../src/load/index.js';
import { MENTION_KINDS, type SourceMentions } from '../../src/model/extraction.js';
import { reconcile, reconcileCore } from '../../src/reconcile/index.js';
import { attachEvidence } from '../../src/reconcile/members.js';
import { PRETTY, renderJson, renderJsonChunks } from '../../src/render/json.js';
import { COMPACT, renderNdjson, renderNdjsonChunks } from '../../src/render/ndjson.js';
import { defaultRenderOptions } from '../../src/render/types.js';
import { ROOT } from '../support/fixtures.js';

const INPUTS = ['seeds', 'fixtures/same-event-port-strike', 'fixtures/quote-styles', 'fixtures/messy-text', 'fixtures/same-event-election-count/sources', 'fixtures/same-event-court-ruling/sources'];
const OPTIONS = { referenceDate: '2025-08-18' };

async function mentions(): Promise<SourceMentions[]> {
  const loaded = await loadSources(INPUTS, { cwd: ROOT });
  return loaded.sources.map(extractSource);
}

/** What the CLI does with a spill: slim lists through JSON, restored, one kind at a time. */
function viaSlim(all: readonly SourceMentions[]) {
  const byId = new Map(all.map((m) => [m.source.id, JSON.parse(JSON.stringify(slimMentions(m))) as SourceMentions]));
  const intern = stringPool();
  return reconcileCore(all.map((m) => JSON.parse(JSON.stringify(headOf(m))) as SourceMentions), [], OPTIONS, (kind, head) =>
    restoreSource(kind, byId.get(head.source.id)![kind], head.source.id, intern));
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('streaming reconcile and render', () => {
  it('decides from slim mentions exactly what it decides from full ones', async () => {
    const all = await mentions();
    const full = reconcileCore(all, [], OPTIONS);
    const slim = viaSlim(all);
    expect(slim.result).toEqual(full.result);
    expect(slim.members).toEqual(full.members);
    // and the heads really are empty of mentions: the test would pass vacuously otherwise
    for (const kind of MENTION_KINDS) expect(headOf(all[0]!)[kind]).toEqual([]);
    expect(all.some((m) => m.quotes.length > 0 && m.figures.length > 0)).toBe(true);
  });

  it('gives facts the same evidence, attached afterwards, as a one-shot reconcile', async () => {
    const all = await mentions();
    const whole = reconcile(all, [], OPTIONS);
    const core = viaSlim(all);
    const sorted = [...all].sort((a, b) => (a.source.id < b.source.id ? -1 : 1));
    expect(attachEvidence(core.result.facts, sorted, core.members)).toEqual(whole.facts);
    expect(whole.facts.some((f) => f.evidence.length > 5)).toBe(true);
  });

  it('streams evidence through many small buckets, spilled to files, into byte-identical JSON and NDJSON', async () => {
    const all = await mentions();
    const whole = reconcile(all, [], OPTIONS);
    const core = viaSlim(all);
    const sorted = [...all].sort((a, b) => (a.source.id < b.source.id ? -1 : 1));
    const dir = mkdtempSync(join(tmpdir(), 'summit-facts-stream-'));
    dirs.push(dir);
    // 7 mentions per bucket and 2 KB held in memory: dozens of buckets, flushed to disk many times.
    const filing = new EvidenceFiling(core.result.facts, core.members, dir, PRETTY, 7, 2048);
    filing.file(sorted);
    expect(readdirSync(dir).length).toBeGreaterThan(10);
    const json = [...renderJsonChunks(core.result, defaultRenderOptions, filing.stream())].join('');
    expect(json).toBe(renderJson(whole, defaultRenderOptions));
    expect(readdirSync(dir)).toEqual([]); // every bucket read back and removed
    const compact = new EvidenceFiling(core.result.facts, core.members, dir, COMPACT, 50);
    compact.file(sorted);
    const ndjson = [...renderNdjsonChunks(core.result, defaultRenderOptions, compact.stream())].join('');
    expect(ndjson).toBe(renderNdjson(whole, defaultRenderOptions));
  });
});
