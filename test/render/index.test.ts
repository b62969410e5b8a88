import { describe, expect, it } from 'vitest';
import { formatNames, renderers } from '../../src/render/index.js';
import type { RunResult } from '../../src/model/index.js';
import { sampleResult } from './sample-result.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('renderer registry', () => {
  it('lists every format, table first', () => {
    expect(formatNames).toEqual(['table', 'json', 'ndjson', 'markdown', 'timeline', 'html']);
  });

  it.each(['table', 'json', 'ndjson', 'markdown', 'timeline', 'html'] as const)('%s is pure: same output twice, input untouched', (name) => {
    const input: RunResult = deepFreeze(sampleResult());
    const out = renderers[name](input, { color: false, width: 100 });
    expect(out.length).toBeGreaterThan(0);
    expect(out.endsWith('\n')).toBe(true);
    expect(renderers[name](input, { color: false, width: 100 })).toBe(out);
    expect(input).toEqual(sampleResult());
  });
});
