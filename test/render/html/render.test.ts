import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../../src/model/index.js';
import { renderers } from '../../../src/render/index.js';
import { CLIENT_SCRIPT } from '../../../src/render/html/client/index.js';
import type { PageView } from '../../../src/render/html/view.js';
import { ROOT, runOn } from '../../support/fixtures.js';
import { embeddedJson, embeddedText, withoutData } from '../../support/html-page.js';
import { dataBlocks } from '../../../src/render/html/embed.js';
import { evidence, quote, sampleResult, source, S0 } from '../sample-result.js';

const html = (result: RunResult, texts = new Map<string, string>()): string => renderers.html(result, { color: false, width: 100, texts });

/** The text inside the page's own `<script>` or `<style>`. */
function block(page: string, tag: 'script' | 'style'): string {
  const open = `<${tag}>`;
  const from = page.indexOf(open);
  expect(from).toBeGreaterThanOrEqual(0);
  return page.slice(from + open.length, page.indexOf(`</${tag}>`, from));
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');
const csp = (page: string): string => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)![1]!;

// Invented strings that would act if they reached the page as markup.
const HOSTILE = ['</script><script>alert(1)</script>', '"><img src=x onerror=alert(2)>', '<!--', '[link](javascript:alert(3))', '\u2028'];

describe('the html renderer', () => {
  let seeds: RunResult;
  let seedTexts: Map<string, string>;
  beforeAll(async () => {
    seeds = await runOn(['seeds']);
    seedTexts = new Map(seeds.sources.map((s) => [s.id, readFileSync(join(ROOT, s.path), 'utf8')]));
  });

  it('embeds the JSON contract once: it parses to exactly what --format json gives', () => {
    const page = html(seeds, seedTexts);
    expect(embeddedJson(page, 'result')).toEqual(JSON.parse(renderers.json(seeds, { color: false, width: 100 })));
    expect(page.split('"schemaVersion"').length).toBe(2);
  });

  it('embeds each article’s text exactly as read, and the seeds’ report stays under 300 KB', () => {
    const page = html(seeds, seedTexts);
    const view = embeddedJson<PageView>(page, 'view');
    expect(view.texts).toEqual(seeds.sources.map((s) => seedTexts.get(s.id)));
    expect(Buffer.byteLength(page)).toBeLessThan(300 * 1024);
  });

  it('leaves out a text whose length is not the one the run read (the file changed)', () => {
    const view = embeddedJson<PageView>(html(seeds, new Map([[seeds.sources[0]!.id, 'edited']])), 'view');
    expect(view.texts.every((t) => t === null)).toBe(true);
  });

  it('allows only its own script and style, by hash, and no network', () => {
    const page = html(sampleResult());
    const policy = csp(page);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src 'sha256-${sha256(block(page, 'script'))}'`);
    expect(policy).toContain(`style-src 'sha256-${sha256(block(page, 'style'))}'`);
    expect(policy).not.toMatch(/unsafe|https?:|data:|\*/);
    expect(block(page, 'script')).toBe(CLIENT_SCRIPT);
  });

  it('keeps every article string inside the JSON blocks, escaped so no tag can end or open there', () => {
    const bad = HOSTILE.join(' ');
    const text = `${bad} “${bad}” said ${bad}.`;
    const hostile = sampleResult({
      sources: [{ ...source(S0, bad), path: `${bad}.txt`, chars: text.length }],
      facts: [quote({ text: bad, speakerName: bad, evidence: [{ ...evidence(S0, text.indexOf('“') + 1, bad), speaker: null, speakerName: bad, speakerText: bad, speakerRule: bad, cue: 'said', confidence: 1, partial: false }] })],
      conflicts: [],
      diagnostics: [],
    });
    const page = html(hostile, new Map([[S0, text]]));
    const result = embeddedText(page, 'result');
    const view = embeddedText(page, 'view');
    for (const json of [result, view]) expect(json).not.toMatch(/[<>&\u2028]/);
    expect(embeddedJson<PageView>(page, 'view').texts).toEqual([text]);
    expect(JSON.parse(result)).toEqual(JSON.parse(renderers.json(hostile, { color: false, width: 100 })));
    const markup = withoutData(page);
    for (const s of HOSTILE) expect(markup).not.toContain(s);
    expect(markup.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<\/script/g)).toHaveLength(page.match(/<script/g)!.length);
  });

  it('cuts a large run’s JSON into blocks, never inside a surrogate pair, that join back exactly', () => {
    const json = JSON.stringify({ text: 'a\u{1F600}'.repeat(100_000) });
    const blocks = dataBlocks('result', json);
    expect(blocks.match(/<script/g)!.length).toBeGreaterThan(1);
    expect(embeddedText(blocks, 'result')).toBe(json);
    for (const part of blocks.split('\n')) expect(part).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('has a script that parses and never ends its own block', () => {
    expect(() => new Function(CLIENT_SCRIPT)).not.toThrow();
    expect(CLIENT_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });

  it('gives the same bytes for the same run', () => {
    expect(html(seeds, seedTexts)).toBe(html(structuredClone(seeds), new Map(seedTexts)));
  });
});
