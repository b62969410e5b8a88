import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes held in memory over all buckets before all of them go to the files. */
const HOLD = 4 * 1024 * 1024;
/** A bucket whose own pending bytes reach this goes to its file at once. */
const BUCKET_FLUSH = 32 * 1024;
/** Spare byte buffers kept for reuse, at most this many bytes in all. */
const SPARE = 4 * 1024 * 1024;
/** The smallest byte buffer a bucket is given; sizes are powers of two from here. */
const SMALLEST = 1024;

/** Bucket files kept open at once; beyond, the least recently written is closed (and reopened to append). */
const OPEN_FILES = 128;

const fileOf = (dir: string, bucket: number) => join(dir, `bucket-${bucket}.txt`);

/**
 * Text appended to numbered buckets, held in memory while small and then appended to
 * one file per bucket in `dir`. The cost stays linear in the text: a bucket is written
 * when it has enough to say, every bucket when the memory held is at its limit, through
 * a bounded set of open files. `takeBucket` reads a bucket back.
 *
 * Pending text is encoded at once into a byte buffer per bucket, outside the JS heap:
 * held as strings, every piece lived until its bucket was written, long enough to be
 * copied by the young-generation collector and promoted, and a large run spent most of
 * its filing time collecting them. Those buffers are reused once written: left to the
 * collector, buffers freed faster than it ran piled up outside the heap (50 MB at a large
 * run's peak).
 */
export class BucketWriter {
  private readonly pending: Array<Buffer | null>;
  private readonly used: Uint32Array;
  private readonly fds = new Map<number, number>();
  private held = 0;
  /** Written buffers by size, ready for reuse, and their bytes in all. */
  private readonly spare = new Map<number, Buffer[]>();
  private spareBytes = 0;

  constructor(private readonly dir: string, count: number, private readonly hold = HOLD) {
    this.pending = new Array<Buffer | null>(count).fill(null);
    this.used = new Uint32Array(count);
  }

  append(bucket: number, text: string): void {
    const at = this.used[bucket]!;
    let buffer = this.pending[bucket] ?? null;
    const most = text.length * 3; // UTF-8 bytes of a UTF-16 string, at most
    if (buffer === null || buffer.length - at < most) {
      const grown = this.take(Math.max(2 * (buffer?.length ?? 0), at + most));
      if (buffer) {
        buffer.copy(grown, 0, 0, at);
        this.give(buffer);
      }
      buffer = this.pending[bucket] = grown;
    }
    const n = buffer.write(text, at, 'utf8');
    this.used[bucket] = at + n;
    this.held += n;
    if (this.used[bucket]! >= Math.min(BUCKET_FLUSH, this.hold)) this.write(bucket);
    if (this.held >= this.hold) this.flush();
  }

  /** Everything appended so far goes to the files. */
  flush(): void {
    for (let b = 0; b < this.pending.length; b++) {
      if (this.used[b]! > 0) this.write(b);
    }
    this.held = 0;
  }

  /** Flushes and closes every file. */
  close(): void {
    this.flush();
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  private write(bucket: number): void {
    let fd = this.fds.get(bucket);
    if (fd === undefined) {
      if (this.fds.size >= OPEN_FILES) {
        const [oldest, oldFd] = this.fds.entries().next().value as [number, number];
        closeSync(oldFd);
        this.fds.delete(oldest);
      }
      fd = openSync(fileOf(this.dir, bucket), 'a');
    } else this.fds.delete(bucket);
    this.fds.set(bucket, fd); // most recently written last
    const bytes = this.pending[bucket]!;
    const length = this.used[bucket]!;
    for (let done = 0; done < length; ) done += writeSync(fd, bytes, done, length - done);
    this.held -= length;
    this.used[bucket] = 0;
    this.give(bytes);
    this.pending[bucket] = null; // what is held stays near `held`, however many buckets there are
  }

  /** A buffer of at least `size` bytes (a power of two), reused when one is spare. */
  private take(size: number): Buffer {
    let capacity = SMALLEST;
    while (capacity < size) capacity *= 2;
    const buffer = this.spare.get(capacity)?.pop();
    if (buffer) {
      this.spareBytes -= capacity;
      return buffer;
    }
    return Buffer.allocUnsafeSlow(capacity); // its own memory, never a slice of Node's shared pool
  }

  private give(buffer: Buffer): void {
    if (this.spareBytes + buffer.length > SPARE) return;
    const list = this.spare.get(buffer.length);
    if (list) list.push(buffer);
    else this.spare.set(buffer.length, [buffer]);
    this.spareBytes += buffer.length;
  }
}

/** Everything written to `bucket`, in order; its file is removed. */
export function takeBucket(dir: string, bucket: number): string {
  const file = fileOf(dir, bucket);
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  rmSync(file, { force: true });
  return text;
}
