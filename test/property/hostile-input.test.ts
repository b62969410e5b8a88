import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { renderers } from '../../src/render/index.js';
import type { Source } from '../../src/model/source.js';
import { embeddedJson, withoutData } from '../support/html-page.js';

// Text that looks like news where it matters: quote marks, capitals, numbers, months, line breaks.
const PIECES = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', ' said ', ' told reporters: ', 'He', 'She', 'Ana Ruiz', 'Mayor', ' the ', ',', '.', '\n', '\r\n', '\u00a0', '$', '€90 billion', 'about ', '3-1/2', 'February 30', 'on Monday', '2024', ' and ', 'NATO', 'O’Brien', 'x'];
const newsy = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(newsy, fc.string({ unit: 'binary', maxLength: 300 }));

function check(texts: string[]): void {
  const sources: Source[] = texts.map((text, i) => ({ id: `s${i}`, path: `s${i}.txt`, text }));
  const result = runPipeline(sources, { referenceDate: '2024-03-14' });
  for (const fact of result.facts) {
    for (const e of fact.evidence) {
      const text = sources.find((s) => s.id === e.source)!.text;
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
    }
  }
  const json = renderers.json(result, { color: false, width: 100 });
  expect(() => JSON.parse(json)).not.toThrow();
  for (const name of ['table', 'markdown', 'ndjson', 'timeline'] as const) expect(typeof renderers[name](result, { color: false, width: 80 })).toBe('string');
  // The html page: whatever the articles hold, its only script is its own and its data parses back.
  const page = renderers.html(result, { color: false, width: 80, texts: new Map(sources.map((s) => [s.id, s.text])) });
  expect(withoutData(page).match(/<script/g)).toHaveLength(1);
  expect(embeddedJson<{ texts: string[] }>(page, 'view').texts).toEqual(texts);
}

describe('hostile input', () => {
  it('never throws, every evidence span round-trips, the JSON is valid (arbitrary Unicode)', () => {
    fc.assert(fc.property(fc.array(anyText, { minLength: 1, maxLength: 3 }), (texts) => check(texts)), { numRuns: 300, seed: 20261123 });
  });

  it('survives unbalanced and deeply nested quotes', () => {
    check(['“'.repeat(5000) + 'word' + '”'.repeat(4000), '«„‘"'.repeat(3000), '" \' " \''.repeat(4000)]);
  });

  it('survives a file of only capitalised words and one very long line', () => {
    check(['Alpha Beta Gamma Delta '.repeat(5000), ('The mayor said “we will rebuild” on Monday and spent $5 million. ').repeat(3000)]);
  });
});
