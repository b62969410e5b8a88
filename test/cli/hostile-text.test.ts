import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../support/memory-io.js';

// fixtures/hostile-text: articles that hold escape sequences, a bidi override, <script> and Markdown.
const DIR = 'fixtures/hostile-text';
// What must never reach a terminal raw: C0 controls but tab and newline, DEL, C1, bidi controls.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('untrusted article text', () => {
  it.each(['table', 'timeline', 'markdown'])('extract --format %s shows control characters as escapes', async (format) => {
    const { code, out, err } = await run(['extract', DIR, '--format', format, '--no-color']);
    expect(code).toBe(0);
    expect(out).not.toMatch(UNSAFE);
    expect(err).not.toMatch(UNSAFE);
  });

  it('the table names the escape it hides, so a reader sees what the article holds', async () => {
    const { out } = await run(['extract', DIR, '--no-color']);
    expect(out).toContain('\\x1b[2J\\x1b[31mfor forty years');
    expect(out).toContain('\\u202eboard\\u202c');
  });

  it('markdown escapes HTML and its own specials: no tag, no link, no emphasis', async () => {
    const { out } = await run(['extract', DIR, '--format', 'markdown']);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(\'ferry\')&lt;/script&gt;');
    expect(out).toContain('\\*our\\* \\_history\\_ for \\[scrap\\](javascript:alert(1))');
  });

  it.each(['pretty', 'github', 'junit'])('check --format %s shows control characters as escapes', async (format) => {
    const { code, out } = await run(['check', DIR, '--format', format, '--no-color']);
    expect(code).toBe(1); // forty vs fifty years: the article text reaches the messages
    expect(out).toMatch(/forty years/);
    expect(out).not.toMatch(UNSAFE);
  });

  it('JSON keeps the text exactly as read, escapes and all', async () => {
    const { out } = await run(['extract', DIR, '--format', 'json']);
    const result = JSON.parse(out) as { sources: Array<{ id: string; path: string }>; facts: Array<{ evidence: Array<{ source: string; start: number; end: number; text: string }> }> };
    const texts = new Map(result.sources.map((s) => [s.id, readFileSync(s.path, 'utf8')]));
    const spans = result.facts.flatMap((f) => f.evidence);
    expect(spans.some((e) => e.text.includes('\u001b[2J'))).toBe(true);
    for (const e of spans) expect(texts.get(e.source)!.slice(e.start, e.end)).toBe(e.text);
  });
});
