import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSources, sourceInfo } from '../../src/load/index.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-load-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function put(rel: string, content: string | Uint8Array): string {
  const abs = path.join(dir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  return abs;
}
const load = (inputs: string[], extra: { maxBytes?: number; readStdin?: () => Promise<Buffer> } = {}) =>
  loadSources(inputs, { cwd: dir, ...extra });
const codes = (r: Awaited<ReturnType<typeof load>>) => r.diagnostics.map((d) => [d.source, d.code]);

const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('finding inputs', () => {
  it('walks folders recursively, .txt only, sorted by path, dot-entries skipped', async () => {
    put('in/b.txt', 'B text');
    put('in/a/z.txt', 'Z text');
    put('in/a/readme.md', 'not an article');
    put('in/C.TXT', 'C text');
    put('in/.hidden/h.txt', 'hidden');
    const r = await load(['in']);
    expect(r.sources.map((s) => [s.id, s.path])).toEqual([
      ['C', 'in/C.TXT'], ['z', 'in/a/z.txt'], ['b', 'in/b.txt'],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('skips node_modules in folder walks and globs, unless it is named', async () => {
    put('proj/articles/a.txt', 'A text');
    put('proj/node_modules/pkg/LICENSE.txt', 'MIT License');
    put('proj/.git/info.txt', 'git');
    expect((await load(['proj'])).sources.map((s) => s.path)).toEqual(['proj/articles/a.txt']);
    expect((await load(['proj/**/*.txt'])).sources.map((s) => s.path)).toEqual(['proj/articles/a.txt']);
    expect((await load(['proj/node_modules'])).sources.map((s) => s.path)).toEqual(['proj/node_modules/pkg/LICENSE.txt']);
    expect((await load(['proj/node_modules/**/*.txt'])).sources.map((s) => s.path)).toEqual(['proj/node_modules/pkg/LICENSE.txt']);
  });

  it('expands globs, and reports a glob that matches nothing', async () => {
    put('in/one.txt', 'One');
    put('in/two.txt', 'Two');
    put('in/three.md', 'Three');
    const r = await load(['in/*.txt', 'in/*.docx']);
    expect(r.sources.map((s) => s.path)).toEqual(['in/one.txt', 'in/two.txt']);
    expect(r.diagnostics).toEqual([
      { code: 'load/no-match', severity: 'error', message: 'in/*.docx: the pattern matched no files', source: 'in/*.docx' },
    ]);
  });

  it('reports a missing path and a folder without .txt files', async () => {
    put('empty-dir/notes.md', 'x');
    const r = await load(['nope.txt', 'empty-dir']);
    expect(r.diagnostics).toEqual([
      { code: 'load/no-text-files', severity: 'error', message: 'empty-dir: folder contains no .txt files', source: 'empty-dir' },
      { code: 'load/not-found', severity: 'error', message: 'nope.txt: no such file or directory', source: 'nope.txt' },
    ]);
  });

  it('loads the same file once however it is named', async () => {
    const abs = put('in/a.txt', 'Alpha');
    fs.symlinkSync(abs, path.join(dir, 'link.txt'));
    const r = await load(['in/a.txt', './in/a.txt', abs, 'in', 'in/*.txt', 'link.txt']);
    expect(r.sources.map((s) => s.path)).toEqual(['in/a.txt']);
    expect(r.diagnostics).toEqual([]);
  });

  it('matches a linked file through a glob, under the link path', async () => {
    put('real/a.txt', 'Alpha');
    fs.mkdirSync(path.join(dir, 'links'));
    fs.symlinkSync('../real/a.txt', path.join(dir, 'links/l.txt'));
    const r = await load(['links/*.txt']);
    expect(r.sources).toEqual([{ id: 'l', path: 'links/l.txt', text: 'Alpha' }]);
  });

  it('gives files with the same base name their paths as ids', async () => {
    put('x/report.txt', 'One');
    put('y/report.txt', 'Two');
    put('y/other.txt', 'Three');
    const r = await load(['.']);
    expect(r.sources.map((s) => s.id)).toEqual(['x/report', 'other', 'y/report']);
  });

  it('shows paths outside cwd as absolute, forward slashes', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-out-'));
    try {
      fs.writeFileSync(path.join(outside, 'far.txt'), 'Far away');
      const r = await load([path.join(outside, 'far.txt')]);
      expect(r.sources.map((s) => [s.id, s.path])).toEqual([['far', path.join(outside, 'far.txt').split(path.sep).join('/')]]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('reading text exactly as readFileSync does', () => {
  it.each([
    { name: 'UTF-8 BOM kept', bytes: Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Hello')]) },
    { name: 'CRLF kept', bytes: Buffer.from('Line one\r\nLine two\r\n') },
    { name: 'NBSP and curly quotes kept', bytes: Buffer.from('\u201CFine,\u201D she said at 5\u00A0pm. \u2018ok\u2019 "x"') },
  ])('$name', async ({ bytes }) => {
    const abs = put('a.txt', bytes);
    const r = await load(['a.txt']);
    expect(r.sources).toEqual([{ id: 'a', path: 'a.txt', text: fs.readFileSync(abs, 'utf8') }]);
    const info = sourceInfo(r.sources[0]!, 'Example Wire');
    expect(info).toEqual({
      id: 'a', path: 'a.txt', chars: fs.readFileSync(abs, 'utf8').length,
      sha256: createHash('sha256').update(fs.readFileSync(abs)).digest('hex'), outlet: 'Example Wire',
    });
  });
});

describe('bad input is reported per file, never thrown', () => {
  it.each([
    { name: 'zero bytes', bytes: Buffer.alloc(0), code: 'load/empty', severity: 'warning', message: 'bad.txt: file is empty (0 bytes); nothing to extract' },
    { name: 'whitespace only', bytes: Buffer.from('  \n\r\n\t\n'), code: 'load/empty', severity: 'warning', message: 'bad.txt: file contains only whitespace; nothing to extract' },
    { name: 'binary', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), code: 'load/binary', severity: 'error', message: 'bad.txt: looks like a binary file (NUL byte at offset 8), not text; skipped' },
    { name: 'UTF-16 LE with BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The council met.', 'utf16le')]), code: 'load/not-utf8', severity: 'error', message: 'bad.txt: not UTF-8, looks like UTF-16 (little-endian byte order mark FF FE); re-save the file as UTF-8' },
    { name: 'Latin-1', bytes: Buffer.from('The caf\u00E9 reopened.', 'latin1'), code: 'load/not-utf8', severity: 'error', message: 'bad.txt: not valid UTF-8 (invalid byte 0xE9 at offset 7); it looks like Latin-1 (ISO-8859-1 / Windows-1252); re-save the file as UTF-8' },
  ])('$name → $code', async ({ bytes, code, severity, message }) => {
    put('good.txt', 'The bridge reopened on Monday.');
    put('bad.txt', bytes);
    const r = await load(['good.txt', 'bad.txt']);
    expect(r.sources.map((s) => s.id)).toEqual(['good']);
    expect(r.diagnostics).toEqual([{ code, severity, message, source: 'bad.txt' }]);
  });

  it('refuses a file over maxBytes', async () => {
    put('big.txt', 'x'.repeat(101));
    put('small.txt', 'x'.repeat(100));
    const r = await load(['.'], { maxBytes: 100 });
    expect(r.sources.map((s) => s.id)).toEqual(['small']);
    expect(r.diagnostics).toEqual([{
      code: 'load/too-large', severity: 'error', source: 'big.txt',
      message: 'big.txt: file is too large for one article (101 bytes, limit 100 bytes); split it into articles, or raise the limit with --max-bytes (about 75 MB of memory per MB of text)',
    }]);
  });

  it('reports a symlink loop and keeps the other files', async () => {
    put('in/ok.txt', 'Fine');
    fs.symlinkSync('loop.txt', path.join(dir, 'in/loop.txt'));
    fs.symlinkSync('.', path.join(dir, 'in/again')); // folder loop: walked once, not forever
    const r = await load(['in', 'in/loop.txt']);
    expect(r.sources.map((s) => s.path)).toEqual(['in/ok.txt']);
    expect(r.diagnostics).toEqual([{ code: 'load/unreadable', severity: 'error', source: 'in/loop.txt', message: 'in/loop.txt: cannot be read (symbolic link loop)' }]);
  });

  it('survives a folder link loop under a recursive glob, each file once', async () => {
    put('in/sub/deep.txt', 'Deep');
    fs.symlinkSync('..', path.join(dir, 'in/sub/up'));
    fs.symlinkSync('.', path.join(dir, 'in/sub/here'));
    const r = await load(['in/**/*.txt']);
    expect(r.sources.map((s) => s.path)).toEqual(['in/sub/deep.txt']);
    expect(r.diagnostics).toEqual([]);
  });

  it.skipIf(!hasMkfifo)('reports a FIFO without opening it (no hang)', async () => {
    put('ok.txt', 'Fine');
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const r = await load(['.', 'pipe.txt']);
    expect(r.sources.map((s) => s.id)).toEqual(['ok']);
    expect(r.diagnostics).toEqual([{ code: 'load/not-a-file', severity: 'error', source: 'pipe.txt', message: 'pipe.txt: not a regular file (a FIFO); only regular files are read' }]);
  });

  it('never reads a folder named x.txt: globs skip it, a walk goes inside', async () => {
    // A folder named x.txt is walked like any folder, never read as a file.
    put('x.txt/inner.txt', 'Inner');
    const r = await load(['*.txt', 'x.txt']);
    expect(r.sources.map((s) => s.path)).toEqual(['x.txt/inner.txt']);
    expect(codes(r)).toEqual([['*.txt', 'load/no-match']]);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file (chmod 000; skipped as root)', async () => {
    put('ok.txt', 'Fine');
    fs.chmodSync(put('locked.txt', 'Secret'), 0o000);
    const r = await load(['.']);
    expect(r.sources.map((s) => s.id)).toEqual(['ok']);
    expect(r.diagnostics).toEqual([{ code: 'load/unreadable', severity: 'error', source: 'locked.txt', message: 'locked.txt: cannot be read (permission denied)' }]);
  });
});

describe('stdin', () => {
  it('reads - through the injected reader, once, with id stdin', async () => {
    let calls = 0;
    const readStdin = async () => {
      calls++;
      return Buffer.from('Piped \u201Cnews\u201D\r\n');
    };
    put('a.txt', 'File');
    const r = await load(['-', 'a.txt', '-'], { readStdin });
    expect(calls).toBe(1);
    expect(r.sources).toEqual([
      { id: 'stdin', path: '-', text: 'Piped \u201Cnews\u201D\r\n' },
      { id: 'a', path: 'a.txt', text: 'File' },
    ]);
  });

  it.each([
    { name: 'empty', bytes: Buffer.alloc(0), code: 'load/empty' },
    { name: 'too large', bytes: Buffer.alloc(50, 0x41), code: 'load/too-large' },
    { name: 'reader fails', bytes: null, code: 'load/unreadable' },
  ])('reports bad stdin: $name', async ({ bytes, code }) => {
    const readStdin = async () => {
      if (bytes === null) throw Object.assign(new Error('EIO'), { code: 'EIO' });
      return bytes;
    };
    const r = await load(['-'], { readStdin, maxBytes: 10 });
    expect(r.sources).toEqual([]);
    expect(codes(r)).toEqual([['-', code]]);
    expect(r.diagnostics[0]!.message).toMatch(/^stdin: /);
  });
});

describe('the sample seeds', () => {
  it('load as five sources with file-name ids and the exact file text', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const r = await loadSources(['seeds'], { cwd: root });
    const names = fs.readdirSync(path.join(root, 'seeds')).filter((n) => n.endsWith('.txt')).sort();
    expect(r.diagnostics).toEqual([]);
    expect(r.sources.map((s) => s.path)).toEqual(names.map((n) => `seeds/${n}`));
    expect(r.sources.map((s) => s.id)).toEqual(names.map((n) => n.slice(0, -4)));
    for (const s of r.sources) expect(s.text).toBe(fs.readFileSync(path.join(root, s.path), 'utf8'));
  });
});
