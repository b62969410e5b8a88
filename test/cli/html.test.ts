import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writeResult } from '../../src/cli/output.js';
import { readSourceTexts } from '../../src/cli/source-texts.js';
import type { PageView } from '../../src/render/html/view.js';
import { sampleResult } from '../render/sample-result.js';
import { embeddedJson } from '../support/html-page.js';
import { memoryIO } from '../support/memory-io.js';
import { removeScratch, scratchDir } from '../support/scratch.js';

afterAll(removeScratch);

const viewOf = (page: string): PageView => embeddedJson<PageView>(page, 'view');

describe('extract --format html', () => {
  it('writes one page with each article’s text as read', async () => {
    const dir = scratchDir('summit-facts-html-');
    const io = memoryIO();
    expect(await main(['extract', 'fixtures/hostile-text', '--format', 'html', '--out', join(dir, 'report.html')], io)).toBe(0);
    const view = viewOf(io.files.get(join(dir, 'report.html'))!);
    expect(view.texts).toEqual(['a_portgazette.txt', 'b_eastcoastwire.txt'].map((f) => readFileSync(join('fixtures/hostile-text', f), 'utf8')));
    expect(io.err()).toBe('');
  });

  it('keeps the text read from standard input, which cannot be read twice', async () => {
    const text = '\ufeff“We will not sell the club,” said Maria Olsen, the chairwoman.\r\n';
    const io = memoryIO({ stdin: text });
    expect(await main(['extract', '-', '--format', 'html'], io)).toBe(0);
    expect(viewOf(io.out()).texts).toEqual([text]);
  });

  it('reads each text again only when its sha256 is the one the run read; stdin comes from what was held', () => {
    const dir = scratchDir('summit-facts-html-');
    const text = '“It was a long night,” said Ola Berg.\n';
    writeFileSync(join(dir, 'b.txt'), text);
    const info = (path: string, t: string) => ({ id: path, path, chars: t.length, sha256: createHash('sha256').update(t).digest('hex'), outlet: null });
    const sources = [info('b.txt', text), info('-', 'held'), info('gone.txt', 'x')];
    expect(readSourceTexts(sources, dir, new Map([['-', 'held']]))).toEqual({ texts: new Map([['b.txt', text], ['-', 'held']]), missing: [{ path: 'gone.txt', why: 'unreadable' }] });
    writeFileSync(join(dir, 'b.txt'), text.replace('long', 'short'));
    expect(readSourceTexts(sources, dir, new Map([['-', 'other']])).missing.map((m) => `${m.path} ${m.why}`)).toEqual(['b.txt changed', '- changed', 'gone.txt unreadable']);
  });

  it('says on stderr which article is shown without its text', async () => {
    const io = memoryIO();
    expect(await writeResult(sampleResult(), { format: 'html' }, io)).toBe(true);
    expect(io.err().trim().split('\n')).toEqual(sampleResult().sources.map((s) =>
      `summit-facts: note: ${s.path} cannot be read from here; the report shows its facts without its text`));
    expect(viewOf(io.out()).texts).toEqual([null, null, null]);
  });
});
