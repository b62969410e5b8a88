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
 * An append-only file of records (one per source: its shard, see io/shard.ts). Each
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

  /** Bytes as they are (a shard: it ends its own lines), with no separator. */
  appendBytes(bytes: Uint8Array): SpillRef {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.position + done);
    const ref = { file: this.file, offset: this.position, length: bytes.length };
    this.position += bytes.length;
    return ref;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Bytes read ahead per spill file: one system call serves the records of the next megabyte. */
const WINDOW = 1 << 20;

interface Window {
  readonly fd: number;
  buffer: Buffer;
  /** File offset of buffer[0], and how many bytes of the buffer are valid. */
  start: number;
  filled: number;
}

/**
 * Reads records back by ref; files are opened once and closed by `close`. Each pass of the
 * pipeline (heads, one kind of slim mention, full mentions) reads records in about the order
 * they were written, so each file keeps a window of the bytes from the last record asked for:
 * one 1 MB read serves the next records instead of one system call each (30,000 calls on a
 * 10 MB run, half a second in a virtual machine).
 */
export class SpillReader {
  private readonly windows = new Map<number, Window>();
  constructor(private readonly dir: string) {}

  read(ref: SpillRef): string {
    const [buffer, at] = this.locate(ref);
    return buffer.toString('utf8', at, at + ref.length);
  }

  /** The record's bytes, copied out of the window. */
  readBytes(ref: SpillRef): Buffer {
    const [buffer, at] = this.locate(ref);
    return Buffer.from(buffer.subarray(at, at + ref.length));
  }

  private locate(ref: SpillRef): [Buffer, number] {
    const w = this.window(ref.file);
    if (ref.offset < w.start || ref.offset + ref.length > w.start + w.filled) this.fill(w, ref);
    return [w.buffer, ref.offset - w.start];
  }

  close(): void {
    for (const w of this.windows.values()) closeSync(w.fd);
    this.windows.clear();
  }

  private window(file: number): Window {
    let w = this.windows.get(file);
    if (!w) {
      w = { fd: openSync(fileName(this.dir, file), 'r'), buffer: Buffer.alloc(WINDOW), start: 0, filled: 0 };
      this.windows.set(file, w);
    }
    return w;
  }

  /** Reads from `ref.offset` on: the whole record, and as much after it as the window holds. */
  private fill(w: Window, ref: SpillRef): void {
    if (w.buffer.length < ref.length) w.buffer = Buffer.alloc(ref.length);
    w.start = ref.offset;
    w.filled = 0;
    while (w.filled < w.buffer.length) {
      const n = readSync(w.fd, w.buffer, w.filled, w.buffer.length - w.filled, w.start + w.filled);
      if (n === 0) break;
      w.filled += n;
    }
    if (w.filled < ref.length) throw new Error(`spill file ${ref.file} ends early`);
  }
}
