import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Text held in memory over all buckets (characters) before it goes to the buckets' files. */
const HOLD = 4 * 1024 * 1024;

/**
 * Text appended to numbered buckets and read back whole, one bucket at a time:
 * held in memory while small, then appended to a file per bucket in `dir`. A
 * bucket is gone once read.
 */
export class BucketFiles {
  private readonly pending: string[][];
  private readonly onDisk: boolean[];
  private held = 0;

  constructor(private readonly dir: string, count: number, private readonly hold = HOLD) {
    this.pending = Array.from({ length: count }, () => []);
    this.onDisk = new Array<boolean>(count).fill(false);
  }

  append(bucket: number, text: string): void {
    this.pending[bucket]!.push(text);
    this.held += text.length;
    if (this.held < this.hold) return;
    this.pending.forEach((list, b) => list.length > 0 && this.flush(b));
    this.held = 0;
  }

  /** Everything appended to `bucket`, in order; the bucket is emptied. */
  take(bucket: number): string {
    const tail = this.pending[bucket]!.join('');
    this.held -= tail.length;
    this.pending[bucket] = [];
    if (!this.onDisk[bucket]) return tail;
    const file = this.file(bucket);
    const head = readFileSync(file, 'utf8');
    rmSync(file, { force: true });
    this.onDisk[bucket] = false;
    return head + tail;
  }

  private flush(bucket: number): void {
    appendFileSync(this.file(bucket), this.pending[bucket]!.join(''), 'utf8');
    this.onDisk[bucket] = true;
    this.pending[bucket] = [];
  }

  private file(bucket: number): string {
    return join(this.dir, `bucket-${bucket}.txt`);
  }
}
