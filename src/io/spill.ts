import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Where one record lies in a spill file: which file, byte offset, byte length. */
export interface SpillRef {
  readonly file: number;
  readonly offset: number;
  readonly length: number;
}

const fileName = (dir: string, file: number) => join(dir, `spill-${file}.ndjson`);

/**
 * An append-only file of records (one per source: its full mentions as JSON). Each
 * thread of the pool writes its own file, so no locking is needed; the refs it hands
 * back make the output independent of which thread wrote what. Records are read back
 * by position, so memory holds one record at a time, not the corpus.
 */
export class SpillWriter {
  private readonly fd: number;
  private position = 0;
  constructor(dir: string, readonly file: number) {
    this.fd = openSync(fileName(dir, file), 'w');
  }

  append(text: string): SpillRef {
    return this.appendAll([text])[0]!;
  }

  /** Several records in one write; their refs in the same order. */
  appendAll(texts: readonly string[]): SpillRef[] {
    const refs: SpillRef[] = [];
    let at = this.position;
    for (const t of texts) {
      const length = Buffer.byteLength(t, 'utf8');
      refs.push({ file: this.file, offset: at, length });
      at += length + 1;
    }
    const bytes = Buffer.from(`${texts.join('\n')}\n`, 'utf8');
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.position + done);
    this.position += bytes.length;
    return refs;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Reads records back by ref; files are opened once and closed by `close`. */
export class SpillReader {
  private readonly fds = new Map<number, number>();
  private buffer = Buffer.alloc(1 << 16);
  constructor(private readonly dir: string) {}

  read(ref: SpillRef): string {
    let fd = this.fds.get(ref.file);
    if (fd === undefined) {
      fd = openSync(fileName(this.dir, ref.file), 'r');
      this.fds.set(ref.file, fd);
    }
    if (this.buffer.length < ref.length) this.buffer = Buffer.alloc(Math.max(ref.length, this.buffer.length * 2));
    let done = 0;
    while (done < ref.length) {
      const n = readSync(fd, this.buffer, done, ref.length - done, ref.offset + done);
      if (n === 0) throw new Error(`spill file ${ref.file} ends early`);
      done += n;
    }
    return this.buffer.toString('utf8', 0, ref.length);
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}
