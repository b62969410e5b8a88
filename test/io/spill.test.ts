import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BucketWriter, takeBucket } from '../../src/io/buckets.js';
import { SpillReader, SpillWriter } from '../../src/io/spill.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'summit-facts-spill-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('spill files', () => {
  it('reads back every record by ref, whichever writer wrote it, multi-byte text included', () => {
    const dir = tmp();
    const a = new SpillWriter(dir, 0);
    const b = new SpillWriter(dir, 1);
    const texts = ['{"q":"“Wir schaffen das”"}', '', 'x'.repeat(100_000), 'naïve — 東京 🚢'];
    const refs = [a.append(texts[0]!), ...b.appendAll([texts[1]!, texts[2]!]), a.append(texts[3]!)];
    a.close();
    b.close();
    const reader = new SpillReader(dir);
    expect(refs.map((r) => reader.read(r))).toEqual(texts);
    expect(reader.read(refs[3]!)).toBe(texts[3]); // read again, out of order
    reader.close();
    expect(refs[1]!.file).toBe(1);
  });

  it('reads records across its read-ahead window, larger than it, backwards, and appended after a read', () => {
    const dir = tmp();
    const w = new SpillWriter(dir, 0);
    // Records of uneven sizes, some larger than the 1 MB window, with multi-byte text at the edges.
    const texts = Array.from({ length: 60 }, (_, i) => `é${'ab'.repeat((i * 37_111) % 700_000)}${i}🚢`);
    const refs = w.appendAll(texts.slice(0, 50));
    w.flush(); // a record is read back once written, not while it waits in the writer
    const reader = new SpillReader(dir);
    expect(refs.map((r) => reader.read(r))).toEqual(texts.slice(0, 50));
    const order = [...refs.keys()].reverse();
    expect(order.map((i) => reader.read(refs[i]!))).toEqual(order.map((i) => texts[i]));
    // Appended after the window was filled at the end of the file: read afresh, not from the stale window.
    const more = w.appendAll(texts.slice(50));
    w.close();
    expect(more.map((r) => reader.read(r))).toEqual(texts.slice(50));
    reader.close();
  });

  it('fails loudly on a ref past the end of its file', () => {
    const dir = tmp();
    const w = new SpillWriter(dir, 0);
    const ref = w.append('short');
    w.close();
    const reader = new SpillReader(dir);
    expect(() => reader.read({ ...ref, length: ref.length + 10 })).toThrow(/ends early/);
    reader.close();
  });
});

describe('bucket files', () => {
  it('gives back what each bucket was given, in order, from memory and from disk alike', () => {
    const dir = tmp();
    const writer = new BucketWriter(dir, 3, 10);
    const want: string[][] = [[], [], []];
    for (let i = 0; i < 80; i++) {
      const text = `r${i};`;
      writer.append(i % 3, text);
      want[i % 3]!.push(text);
    }
    writer.close();
    expect([0, 1, 2].map((b) => takeBucket(dir, b))).toEqual(want.map((w) => w.join('')));
    expect(takeBucket(dir, 1)).toBe(''); // a bucket is gone once read
  });

  it('reuses written buffers without carrying their old bytes into another bucket', () => {
    const dir = tmp();
    // Texts of every size from a few bytes to past the flush size, multi-byte among them, over many
    // buckets and a small hold: buffers are written, given back and taken again all the time.
    const writer = new BucketWriter(dir, 7, 50_000);
    const want: string[][] = Array.from({ length: 7 }, () => []);
    for (let i = 0; i < 2_000; i++) {
      const text = `${i}:${(i % 5 === 0 ? 'é東' : 'ab').repeat((i * 37) % 900)};`;
      writer.append((i * 3) % 7, text);
      want[(i * 3) % 7]!.push(text);
    }
    writer.close();
    expect(Array.from({ length: 7 }, (_, b) => takeBucket(dir, b))).toEqual(want.map((w) => w.join('')));
  });
});
