import { describe, expect, it } from 'vitest';
import { renderNdjson } from '../../src/render/ndjson.js';
import { renderJson } from '../../src/render/json.js';
import { reverseKeys, sampleResult } from './sample-result.js';

const options = { color: false, width: 100 };
const lines = (out: string) => out.slice(0, -1).split('\n').map((l) => JSON.parse(l) as { record: string } & Record<string, unknown>);

describe('ndjson renderer', () => {
  it('writes a header, then one typed line per fact, conflict and diagnostic, with a trailing newline', () => {
    const result = sampleResult();
    const out = renderNdjson(result, options);
    expect(out.endsWith('\n')).toBe(true);
    const records = lines(out);
    expect(records[0]).toMatchObject({ record: 'header', schemaVersion: 1 });
    expect(records.map((r) => r.record)).toEqual([
      'header', ...result.facts.map(() => 'fact'), ...result.conflicts.map(() => 'conflict'), ...result.diagnostics.map(() => 'diagnostic'),
    ]);
    expect(records.filter((r) => r.record === 'fact').map((r) => r.id)).toEqual(result.facts.map((f) => f.id));
    expect(result.conflicts.length * result.diagnostics.length).toBeGreaterThan(0);
  });

  it('rebuilds exactly what the json format gives, object for object, key order included', () => {
    const json = JSON.parse(renderJson(sampleResult(), options)) as Record<string, unknown>;
    const records = lines(renderNdjson(reverseKeys(sampleResult()), options));
    const strip = ({ record: _, ...rest }: { record: string }) => rest;
    const rebuilt = {
      schemaVersion: records[0]!.schemaVersion,
      sources: records[0]!.sources,
      facts: records.filter((r) => r.record === 'fact').map(strip),
      conflicts: records.filter((r) => r.record === 'conflict').map(strip),
      diagnostics: records.filter((r) => r.record === 'diagnostic').map(strip),
    };
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(json));
  });

  it('is only a header when there is nothing else', () => {
    expect(renderNdjson(sampleResult({ facts: [], conflicts: [], diagnostics: [] }), options)).toMatch(/^\{"record":"header","schemaVersion":1,"sources":\[.*\]\}\n$/);
  });
});
