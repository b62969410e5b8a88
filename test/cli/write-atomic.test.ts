import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-atomic.js';
import { removeScratch, scratchDir } from '../support/scratch.js';

afterAll(removeScratch);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-write-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes UTF-8 content and leaves no temp file', async () => {
    const target = path.join(dir, 'facts.json');
    await writeFileAtomic(target, '{"quote":"\u201Cyes\u201D"}\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('{"quote":"\u201Cyes\u201D"}\n');
    expect(fs.readdirSync(dir)).toEqual(['facts.json']);
  });

  it('replaces an existing file whole, keeping its permission bits', async () => {
    const target = path.join(dir, 'out.md');
    fs.writeFileSync(target, 'old content that is longer than the new one');
    fs.chmodSync(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['out.md']);
  });

  it('writes twice in a row to the same target', async () => {
    const target = path.join(dir, 'a.txt');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(fs.readFileSync(target, 'utf8')).toBe('two');
    expect(fs.readdirSync(dir)).toEqual(['a.txt']);
  });

  it('throws a clear error when the folder is missing, and creates nothing', async () => {
    const target = path.join(dir, 'missing', 'out.json');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(`cannot write ${target}: the folder does not exist`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('throws when the target is a folder, removes its temp file, leaves the folder alone', async () => {
    const target = path.join(dir, 'taken');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep.txt'), 'kept');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(/^cannot write .*taken: /);
    expect(fs.readdirSync(dir)).toEqual(['taken']);
    expect(fs.readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });
});

describe('writeFileAtomic with chunks', () => {
  it('writes an iterable of chunks exactly, in order', async () => {
    const target = path.join(scratchDir('wa-chunks-'), 'out.json');
    const chunks = Array.from({ length: 5000 }, (_, i) => `{"n":${i},"t":"é…"}\n`);
    await writeFileAtomic(target, chunks);
    expect(fs.readFileSync(target, 'utf8')).toBe(chunks.join(''));
  });
});

describe('writeFileAtomic to a device or a FIFO', () => {
  it('writes into a FIFO instead of replacing it with a file', async () => {
    const { execFileSync } = await import('node:child_process');
    const fifo = path.join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const received = new Promise<string>((resolve, reject) => {
      let text = '';
      fs.createReadStream(fifo, 'utf8').on('data', (d) => (text += d)).on('end', () => resolve(text)).on('error', reject);
    });
    await writeFileAtomic(fifo, ['{"a":', '1}\n']);
    expect(await received).toBe('{"a":1}\n');
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
  });
});
