import { describe, expect, it } from 'vitest';
import { renderNdjson } from '../../src/render/ndjson.js';
import { renderJson } from '../../src/render/json.js';
import { reverseKeys, sampleResult } from './sample-result.js';

const options = { color: false, width: 100 };

describe('ndjson renderer', () => {
  it('writes one parseable line per fact, in order, with a trailing newline', () => {
    const result = sampleResult();
    const out = renderNdjson(result, options);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(result.facts.length);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(result.facts.map((f) => f.id));
  });

  it('uses the same object shape and key order as the json format', () => {
    const lines = renderNdjson(reverseKeys(sampleResult()), options).trimEnd().split('\n');
    const facts = JSON.parse(renderJson(sampleResult(), options)).facts as object[];
    expect(lines).toEqual(facts.map((f) => JSON.stringify(f)));
  });

  it('is empty when there are no facts', () => {
    expect(renderNdjson(sampleResult({ facts: [] }), options)).toBe('');
  });
});
