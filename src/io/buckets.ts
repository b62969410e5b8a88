import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Text held in memory over all buckets (characters) before it goes to the buckets' files. */
const HOLD = 1024 * 1024;

const fileOf = (dir: string, writer: string, bucket: number) => join(dir, `bucket-${writer}-${bucket}.txt`);

/**
 * Text appended to numbered buckets by one writer (a thread), held in memory while
 * small and then appended to one file per bucket in `dir`. Several writers may fill
 * the same buckets side by side; `takeBucket` reads a bucket back across writers.
 */
export class BucketWriter {
  private readonly pending: string[][];
  private held = 0;

  constructor(private readonly dir: string, private readonly writer: string, count: number, private readonly hold = HOLD) {
    this.pending = Array.from({ length: count }, () => []);
  }

  append(bucket: number, text: string): void {
    this.pending[bucket]!.push(text);
    this.held += text.length;
    if (this.held >= this.hold) this.flush();
  }

  /** Everything appended so far goes to the files. */
  flush(): void {
    this.pending.forEach((list, b) => {
      if (list.length === 0) return;
      appendFileSync(fileOf(this.dir, this.writer, b), list.join(''), 'utf8');
      this.pending[b] = [];
    });
    this.held = 0;
  }
}

/** Bucket `bucket` as the `writers` wrote it, one writer after the other; its files are removed. */
export function takeBucket(dir: string, writers: readonly string[], bucket: number): string {
  let text = '';
  for (const w of writers) {
    const file = fileOf(dir, w, bucket);
    if (!existsSync(file)) continue;
    text += readFileSync(file, 'utf8');
    rmSync(file, { force: true });
  }
  return text;
}
