import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-atomic.js';
import { removeScratch, scratchDir } from '../support/scratch.js';
import { runModule, srcUrl } from '../support/child.js';

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

  it('creates missing parent folders (reports/ for a JUnit file, as ESLint does)', async () => {
    const target = path.join(dir, 'reports', 'ci', 'out.xml');
    await writeFileAtomic(target, '<x/>');
    expect(fs.readFileSync(target, 'utf8')).toBe('<x/>');
    expect(fs.readdirSync(path.join(dir, 'reports', 'ci'))).toEqual(['out.xml']);
  });

  it('throws a clear error when a parent is a file, and creates nothing', async () => {
    fs.writeFileSync(path.join(dir, 'plain'), 'x');
    const target = path.join(dir, 'plain', 'out.json');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(`cannot write ${target}: `);
    expect(fs.readdirSync(dir)).toEqual(['plain']);
  });

  it('writes through a symlink: the file it points to is replaced, the link stays', async () => {
    fs.mkdirSync(path.join(dir, 'real'));
    fs.writeFileSync(path.join(dir, 'real', 'facts.json'), 'old');
    fs.symlinkSync(path.join('real', 'facts.json'), path.join(dir, 'link.json'));
    await writeFileAtomic(path.join(dir, 'link.json'), 'new');
    expect(fs.lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'real', 'facts.json'), 'utf8')).toBe('new');
    expect(fs.readdirSync(path.join(dir, 'real'))).toEqual(['facts.json']);
    // A link to a file that does not exist yet: the file is created where the link points.
    fs.symlinkSync('later.json', path.join(dir, 'dangling.json'));
    await writeFileAtomic(path.join(dir, 'dangling.json'), 'made');
    expect(fs.lstatSync(path.join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'later.json'), 'utf8')).toBe('made');
  });

  it('removes temp files that killed runs left beside the target, and only those', async () => {
    const target = path.join(dir, 'facts.json');
    const dead = path.join(dir, '.facts.json.999999999.1.tmp'); // no such pid
    const alive = path.join(dir, `.facts.json.${process.pid}.77.tmp`);
    fs.writeFileSync(dead, 'half');
    fs.writeFileSync(alive, 'in progress');
    await writeFileAtomic(target, 'x');
    expect(fs.readdirSync(dir).sort()).toEqual([`.facts.json.${process.pid}.77.tmp`, 'facts.json']);
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
  it('writes through a symlink to /dev/stdout, and keeps the link', () => {
    const link = path.join(dir, 'out.json');
    fs.symlinkSync('/dev/stdout', link);
    const r = runModule(`const { writeFileAtomic } = await import(${JSON.stringify(srcUrl('cli/write-atomic.ts'))});
await writeFileAtomic(${JSON.stringify(link)}, 'through the link\\n');`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('through the link\n');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe('/dev/stdout');
  });

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
