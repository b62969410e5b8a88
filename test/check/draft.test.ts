import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyDraft } from '../../src/check/draft.js';
import type { Source } from '../../src/model/source.js';
import { runPipeline } from '../../src/pipeline.js';

const dir = 'fixtures/check-draft';
const read = (path: string, id: string): Source => ({ id, path, text: readFileSync(path, 'utf8') });
const sources = readdirSync(`${dir}/sources`).sort().map((f) => read(`${dir}/sources/${f}`, f.replace(/\.txt$/, '')));
const draft = read(`${dir}/draft.md`, 'draft');
const expected = JSON.parse(readFileSync(`${dir}/expected-verdicts.json`, 'utf8')) as { verdicts: Array<Record<string, unknown> & { line: number; verdict: string }> };

describe('verifyDraft on fixtures/check-draft', () => {
  const result = runPipeline(sources);
  const { verdicts, diagnostics } = verifyDraft(draft, sources, result);

  it('finds exactly the seven draft quotes, in order', () => {
    expect(verdicts.map((v) => v.line)).toEqual(expected.verdicts.map((v) => v.line));
  });

  it.each(expected.verdicts)('line $line: $verdict', (want) => {
    const got = verdicts.find((v) => v.line === want.line)!;
    expect(got.verdict).toBe(want.verdict);
    for (const key of ['normalisations', 'diff', 'negations', 'draftSpeaker', 'sourceSpeaker'] as const) {
      if (key in want) expect(got[key]).toEqual(want[key]);
    }
  });

  it('keeps draft positions true to the Markdown file', () => {
    for (const v of verdicts) {
      const line = draft.text.split('\n')[v.line - 1]!;
      expect(line.slice(v.column - 1).startsWith(v.text)).toBe(true);
    }
  });

  it('points found quotes at the source wording as written', () => {
    const ellipsis = verdicts.find((v) => v.verdict === 'ellipsis')!;
    expect(ellipsis.source).toMatchObject({ path: `${dir}/sources/b_islandtimes.txt`, line: 4 });
    expect(ellipsis.source!.text).toBe('Volunteers painted the gallery rail by hand over three summers');
  });

  it('reports one error per problem with a stable code, none for quotes that check out', () => {
    expect(diagnostics.map((d) => [d.line, d.code, d.severity])).toEqual([
      [13, 'draft/misquote', 'error'],
      [15, 'draft/negation-changed', 'error'],
      [17, 'draft/quote-not-found', 'error'],
      [19, 'draft/misattributed', 'error'],
    ]);
    expect(diagnostics[1]!.message).toContain('dropped "not"');
    expect(diagnostics[0]!.message).toContain('[-major-] {+huge+}');
    expect(diagnostics[3]!.message).toContain('attributed to Greta Holm but the source gives it to Ines Duarte (a_coastwire.txt:7:2)');
  });
});
