import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExpectations, parseExpectations } from '../../src/check/expect.js';
import { runPipeline } from '../../src/pipeline.js';

describe('parseExpectations', () => {
  const bad = [
    { json: 'nope', reason: /^not valid JSON/ },
    { json: '{"quote": []}', reason: /^expected an object with a "quotes" array$/ },
    { json: '{"quotes": [], "extra": 1}', reason: /^unknown key "extra"/ },
    { json: '{"quotes": [{"text": "We sail"}]}', reason: /^quotes\[0\] must be \{"text": string, "speaker": string\}$/ },
    { json: '{"quotes": [{"text": "…", "speaker": "Ann Lee"}]}', reason: /^quotes\[0\]\.text has no words$/ },
  ];
  it.each(bad)('refuses $json', ({ json, reason }) => {
    expect(parseExpectations(json)).toMatch(reason);
  });
});

describe('checkExpectations against fixtures/check-agree', () => {
  const dir = 'fixtures/check-agree';
  const sources = readdirSync(dir).sort().map((f) => ({ id: f.replace(/\.txt$/, ''), path: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, 'utf8') }));
  const result = runPipeline(sources);
  const file = { path: 'fixtures/check-expect/expect.json', text: readFileSync('fixtures/check-expect/expect.json', 'utf8') };

  it('catches the deliberately wrong attribution and only that one', () => {
    const list = parseExpectations(file.text);
    if (typeof list === 'string') throw new Error(list);
    const out = checkExpectations(list, result, file);
    expect(out.map((d) => [d.code, d.source, d.line])).toEqual([['expect/wrong-speaker', file.path, 4]]);
    expect(out[0]!.message).toContain('attributed to Helena Marsh, the sources give Tomas Brandt');
  });

  it('accepts a spelling variant of the speaker and any run of the quote\'s words', () => {
    const out = checkExpectations([{ text: 'listened to the people', speaker: 'Tomás Brandt' }], result, { path: 'e.json', text: '' });
    expect(out).toEqual([]);
  });

  it('reports a quote no source has', () => {
    const out = checkExpectations([{ text: 'We will build it twice', speaker: 'Helena Marsh' }], result, { path: 'e.json', text: '' });
    expect(out.map((d) => d.code)).toEqual(['expect/missing']);
  });

  it('applies configured aliases', () => {
    const out = checkExpectations([{ text: 'We listened to the people', speaker: 'T. B. Brandtová' }], result, { path: 'e.json', text: '' }, { 'Tomas Brandt': ['T. B. Brandtová'] });
    expect(out).toEqual([]);
  });
});
