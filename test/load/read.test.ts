import type { Stats } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ReadFs, readCandidate } from '../../src/load/read.js';

// Tests run as root, where chmod 000 does not stop reads: simulate the fs errors instead.
function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}
const regular = { isFile: () => true, size: 10 } as unknown as Stats;

describe('readCandidate with simulated fs failures', () => {
  it.each([
    { name: 'stat EACCES', fs: { stat: async () => { throw fsError('EACCES'); }, readFile: async () => Buffer.from('x') }, code: 'load/unreadable', message: 'a/x.txt: cannot be read (permission denied)' },
    { name: 'read EACCES', fs: { stat: async () => regular, readFile: async () => { throw fsError('EACCES'); } }, code: 'load/unreadable', message: 'a/x.txt: cannot be read (permission denied)' },
    { name: 'read EIO', fs: { stat: async () => regular, readFile: async () => { throw fsError('EIO'); } }, code: 'load/unreadable', message: 'a/x.txt: cannot be read (input/output error)' },
    { name: 'vanished between stat and read', fs: { stat: async () => regular, readFile: async () => { throw fsError('ENOENT'); } }, code: 'load/not-found', message: 'a/x.txt: no such file or directory' },
    { name: 'grew past the limit after stat', fs: { stat: async () => regular, readFile: async () => Buffer.alloc(200, 0x41) }, code: 'load/too-large', message: 'a/x.txt: file is too large for one article (200 bytes, limit 100 bytes); split it into articles, or raise the limit with --max-bytes (about 75 MB of memory per MB of text)' },
  ] satisfies Array<{ name: string; fs: ReadFs; code: string; message: string }>)('$name', async ({ fs, code, message }) => {
    const got = await readCandidate('/abs/a/x.txt', 'a/x.txt', 100, fs);
    expect(got).toEqual({ ok: false, diagnostic: { code, severity: 'error', message, source: 'a/x.txt' } });
  });

  it('never reads a file whose stat says it is not regular', async () => {
    let reads = 0;
    const fifo = { isFile: () => false, isDirectory: () => false, isFIFO: () => true } as unknown as Stats;
    const got = await readCandidate('/abs/p.txt', 'p.txt', 100, { stat: async () => fifo, readFile: async () => { reads++; return Buffer.from('x'); } });
    expect(reads).toBe(0);
    expect(got.ok ? null : got.diagnostic.message).toBe('p.txt: not a regular file (a FIFO); only regular files are read');
  });
});
