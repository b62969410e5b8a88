import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { wantsColor } from '../../src/cli/io.js';
import { memoryIO } from '../support/memory-io.js';
import { ROOT } from '../support/fixtures.js';
import { removeScratch, scratchDir } from '../support/scratch.js';

afterAll(removeScratch);

const ANSI = /\u001b\[/;

function tempDir(): string {
  return scratchDir('summit-facts-cli-');
}

describe('summit-facts extract', () => {
  it('prints the table on the seeds with no colour when not a TTY', async () => {
    const io = memoryIO();
    expect(await main(['extract', 'seeds'], io)).toBe(0);
    expect(io.out()).toContain('Quotes');
    expect(io.out()).toContain('Volodymyr');
    expect(io.out()).not.toMatch(ANSI);
    expect(io.err()).toBe('');
  });

  it('colours on a TTY but not under NO_COLOR', async () => {
    const tty = memoryIO({ tty: true });
    await main(['extract', 'fixtures/quote-styles'], tty);
    expect(tty.out()).toMatch(ANSI);
    const noColor = memoryIO({ tty: true, env: { NO_COLOR: '1' } });
    await main(['extract', 'fixtures/quote-styles'], noColor);
    expect(noColor.out()).not.toMatch(ANSI);
  });

  it.each([
    { env: { FORCE_COLOR: '0' }, tty: true, color: false },
    { env: { FORCE_COLOR: 'false' }, tty: true, color: false },
    { env: { FORCE_COLOR: '1' }, tty: false, color: true },
    { env: { FORCE_COLOR: '1', NO_COLOR: '1' }, tty: true, color: true },
    { env: { NO_COLOR: '' }, tty: true, color: true },
    { env: { TERM: 'dumb' }, tty: true, color: false },
  ])('follows chalk and NO_COLOR: $env on a tty: $tty → colour $color', ({ env, tty, color }) => {
    expect(wantsColor(memoryIO({ env, tty }), undefined)).toBe(color);
    expect(wantsColor(memoryIO({ env, tty }), !color)).toBe(!color); // --color / --no-color first
  });

  it('-q hides warnings, never the reason for exit code 2', async () => {
    const io = memoryIO();
    expect(await main(['extract', 'seeds', 'no-such-file.txt', '-q', '--format', 'json'], io)).toBe(2);
    expect(io.err()).toBe('summit-facts: error: no-such-file.txt: no such file or directory\n');
  });

  it('has one error prefix, commander\'s own errors included, and one Examples block in the help', async () => {
    const bad = memoryIO();
    expect(await main(['extract', 'seeds', '--bogus'], bad)).toBe(2);
    expect(bad.err()).toMatch(/^summit-facts: error: unknown option '--bogus'\n/);
    const help = memoryIO();
    expect(await main(['--help'], help)).toBe(0);
    expect(help.out().match(/^Examples:/gm)).toHaveLength(1);
    expect(help.out()).toMatch(/summit-facts check seeds\//);
  });

  it('refuses a 20 MB article by default with a reason and a way out, and still reads the others', async () => {
    const dir = scratchDir('sf-big-');
    writeFileSync(join(dir, 'a.txt'), 'Ana Duarte said the ferry was sold.\n');
    const big = join(dir, 'archive.txt');
    writeFileSync(big, '');
    truncateSync(big, 20 * 1024 * 1024); // sparse: refused on its size, never read
    const io = memoryIO();
    expect(await main(['extract', dir, '--format', 'json', '--no-cache'], io)).toBe(2);
    expect(io.err()).toMatch(/archive\.txt: file is too large for one article \(20\.0 MiB, limit 6\.0 MiB\); split it into articles, or raise the limit with --max-bytes/);
    expect(JSON.parse(io.out()).sources).toHaveLength(1);
  });

  it('wraps the timeline only on a terminal', async () => {
    const piped = memoryIO();
    await main(['extract', 'seeds', '--format', 'timeline', '--reference-date', '2025-08-18'], piped);
    expect(Math.max(...piped.out().split('\n').map((l) => l.length))).toBeGreaterThan(100);
    const tty = memoryIO({ tty: true, env: { NO_COLOR: '1' } });
    await main(['extract', 'seeds', '--format', 'timeline', '--reference-date', '2025-08-18'], tty);
    expect(Math.max(...tty.out().split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('explains, at a terminal, that - reads an article piped in', () => {
    // `script` gives the CLI a terminal as its standard input.
    const r = spawnSync('script', ['-qec', `${process.execPath} --import ./scripts/register-ts.mjs scripts/summit-facts-dev.mjs extract -`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toMatch(/stdin: cannot be read \(standard input is a terminal, not an article: pipe one in, e\.g\. cat article\.txt \| summit-facts extract -\)/);
    expect(r.status).toBe(2);
  });

  it('emits the JSON contract', async () => {
    const io = memoryIO();
    expect(await main(['extract', 'seeds', '--format', 'json'], io)).toBe(0);
    const r = JSON.parse(io.out());
    expect(r.schemaVersion).toBe(1);
    expect(r.sources).toHaveLength(5);
    expect(Object.keys(r.sources[0])).toEqual(['id', 'path', 'chars', 'sha256', 'outlet']);
    const zel = r.facts.filter((f: { type: string; name?: string }) => f.type === 'actor' && /Zelensk/.test(f.name ?? ''));
    expect(zel).toHaveLength(1);
    expect(r.conflicts.some((c: { type: string; message: string }) => c.type === 'quote-wording' && /notable/.test(c.message) && /major/.test(c.message))).toBe(true);
  });

  it('reads stdin for -', async () => {
    const io = memoryIO({ stdin: '“We will not sell the club,” said Maria Olsen, the chairwoman.\n' });
    expect(await main(['extract', '-', '--format', 'ndjson'], io)).toBe(0);
    const facts = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(facts.find((f) => f.type === 'quote').speakerName).toBe('Maria Olsen');
  });

  it('reports bad files one line each, names them, and still processes the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), '“The bridge will open in May,” said Mayor Lena Ortiz.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 cr\xe8me said Ren\xe9', 'latin1'));
    const io = memoryIO({ cwd: dir });
    const code = await main(['extract', '.', 'missing.txt', '--format', 'json'], io);
    expect(code).toBe(2);
    const lines = io.err().trim().split('\n');
    expect(lines.some((l) => /empty\.txt/.test(l) && /empty/.test(l))).toBe(true);
    expect(lines.some((l) => /binary\.txt/.test(l) && /binary/.test(l))).toBe(true);
    expect(lines.some((l) => /latin1\.txt/.test(l) && /UTF-8/.test(l))).toBe(true);
    expect(lines.some((l) => /missing\.txt/.test(l) && /no such file/.test(l))).toBe(true);
    expect(io.err()).not.toMatch(/\n\s+at /); // no stack trace
    const r = JSON.parse(io.out());
    expect(r.sources.map((s: { id: string }) => s.id)).toEqual(['good']);
    expect(r.facts.find((f: { type: string }) => f.type === 'quote').speakerName).toBe('Lena Ortiz');
  });

  it('exits 2 with one message when nothing is readable', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty-dir'));
    const io = memoryIO({ cwd: dir });
    expect(await main(['extract', 'empty-dir'], io)).toBe(2);
    expect(io.err()).toMatch(/empty-dir: folder contains no \.txt files/);
    expect(await main(['extract', 'nothing/*.txt'], memoryIO({ cwd: dir }))).toBe(2);
  });

  it('writes --out atomically and leaves no file when it cannot write', async () => {
    const dir = tempDir();
    const io = memoryIO();
    expect(await main(['extract', 'fixtures/quote-styles', '--format', 'markdown', '--out', join(dir, 'facts.md')], io)).toBe(0);
    expect(io.files.get(join(dir, 'facts.md'))).toContain('| ');
    expect(io.out()).toBe('');
    const bad = memoryIO(); // the real atomic writer is tested in write-atomic.test.ts
    expect(await main(['extract', 'seeds', '--out', join(dir, 'no/such/dir/x.json')], { ...bad, writeFile: async () => { throw new Error('cannot write x.json: the folder does not exist'); } })).toBe(2);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('rejects bad options with exit 2', async () => {
    expect(await main(['extract', 'seeds', '--format', 'yaml'], memoryIO())).toBe(2);
    const io = memoryIO();
    expect(await main(['extract', 'seeds', '--reference-date', '2025-02-30'], io)).toBe(2);
    expect(io.err()).toMatch(/reference-date/);
  });

  it('prints help with examples and the version', async () => {
    const help = memoryIO();
    expect(await main(['--help'], help)).toBe(0);
    expect(help.out()).toMatch(/Examples:/);
    expect(help.out()).toMatch(/Exit codes/);
    const version = memoryIO();
    expect(await main(['--version'], version)).toBe(0);
    expect(version.out().trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('summit-facts extract: its working folder', () => {
  it('says so in one line, exit 2, when no temporary folder can be made', async () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = join(tmpdir(), 'summit-facts-no-such-folder', 'deeper');
    try {
      const io = memoryIO();
      expect(await main(['extract', 'seeds', '--no-cache', '--format', 'json'], io)).toBe(2);
      expect(io.err()).toMatch(/^summit-facts: error: cannot create a working folder in .*set TMPDIR to a writable folder\n$/);
      expect(io.out()).toBe('');
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('leaves nothing behind in the temporary folder', async () => {
    const saved = process.env.TMPDIR;
    const tmp = scratchDir('summit-facts-tmpdir-');
    process.env.TMPDIR = tmp;
    try {
      const io = memoryIO();
      expect(await main(['extract', 'seeds', 'fixtures/quote-styles', '--no-cache', '--format', 'json', '--jobs', '2'], io)).toBe(0);
      const { readdirSync } = await import('node:fs');
      expect(readdirSync(tmp)).toEqual([]);
      expect(JSON.parse(io.out()).facts.length).toBeGreaterThan(10);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
