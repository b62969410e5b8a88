import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Text held in memory over all buckets (characters) before all of it goes to the files. */
const HOLD = 4 * 1024 * 1024;
/** A bucket whose own pending text reaches this goes to its file at once. */
const BUCKET_FLUSH = 32 * 1024;
/** Bucket files kept open at once; beyond, the least recently written is closed (and reopened to append). */
const OPEN_FILES = 128;

const fileOf = (dir: string, bucket: number) => join(dir, `bucket-${bucket}.txt`);

/**
 * Text appended to numbered buckets, held in memory while small and then appended to
 * one file per bucket in `dir`. The cost stays linear in the text: a bucket is written
 * when it has enough to say, every bucket when the memory held is at its limit, through
 * a bounded set of open files. `takeBucket` reads a bucket back.
 */
export class BucketWriter {
  private readonly pending: string[][];
  private readonly sizes: Uint32Array;
  private readonly fds = new Map<number, number>();
  private held = 0;

  constructor(private readonly dir: string, count: number, private readonly hold = HOLD) {
    this.pending = Array.from({ length: count }, () => []);
    this.sizes = new Uint32Array(count);
  }

  append(bucket: number, text: string): void {
    this.pending[bucket]!.push(text);
    this.sizes[bucket]! += text.length;
    this.held += text.length;
    if (this.sizes[bucket]! >= Math.min(BUCKET_FLUSH, this.hold)) this.write(bucket);
    if (this.held >= this.hold) this.flush();
  }

  /** Everything appended so far goes to the files, which are closed. */
  flush(): void {
    this.pending.forEach((list, b) => list.length > 0 && this.write(b));
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
    const bytes = Buffer.from(this.pending[bucket]!.join(''), 'utf8');
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    this.held -= this.sizes[bucket]!;
    this.pending[bucket] = [];
    this.sizes[bucket] = 0;
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
