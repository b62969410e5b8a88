import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Where one record lies in a spill file: which file, byte offset, byte length. */
export interface SpillRef {
  readonly file: number;
  readonly offset: number;
  readonly length: number;
}

const fileName = (dir: string, file: number) => join(dir, `spill-${file}.ndjson`);

/** Bytes a writer gathers before one system call writes them. */
const WRITE_BATCH = 1 << 20;

/**
 * An append-only file of records (one per source: its shard, see io/shard.ts). Each
 * thread of the pool writes its own file, so no locking is needed; the refs it hands
 * back make the output independent of which thread wrote what. Records are read back
 * by position, so memory holds one record at a time, not the corpus.
 */
export class SpillWriter {
  private readonly fd: number;
  /** Bytes handed to the file so far (written or waiting in `pending`): the next record's offset. */
  private position = 0;
  /** Records not yet written: a source's records are small, and one system call per record cost a worker 0.2 s in 10 MB. */
  private readonly pending = Buffer.allocUnsafe(WRITE_BATCH);
  private used = 0;
  constructor(dir: string, readonly file: number) {
    this.fd = openSync(fileName(dir, file), 'w');
  }

  append(text: string): SpillRef {
    return this.appendAll([text])[0]!;
  }

  /** Several records, each ended by a newline; their refs in the same order. */
  appendAll(texts: readonly string[]): SpillRef[] {
    const refs: SpillRef[] = [];
    for (const t of texts) {
      const length = Buffer.byteLength(t, 'utf8');
      refs.push({ file: this.file, offset: this.position, length });
      if (this.room(length + 1)) {
        this.used += this.pending.write(t, this.used, 'utf8');
        this.pending[this.used++] = 10;
      } else {
        this.write(Buffer.from(`${t}\n`, 'utf8'));
      }
      this.position += length + 1;
    }
    return refs;
  }

  /** Bytes as they are (a shard: it ends its own lines), with no separator. */
  appendBytes(bytes: Uint8Array): SpillRef {
    const ref = { file: this.file, offset: this.position, length: bytes.length };
    if (this.room(bytes.length)) {
      this.pending.set(bytes, this.used);
      this.used += bytes.length;
    } else {
      this.write(bytes);
    }
    this.position += bytes.length;
    return ref;
  }

  /** Writes what is waiting and closes the file: a record can be read back after this or `flush`. */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  /** Writes the records that are waiting. */
  flush(): void {
    if (this.used === 0) return;
    this.write(this.pending.subarray(0, this.used));
    this.used = 0;
  }

  /** Whether `n` more bytes can wait in `pending`, writing what waits first when they do not fit beside it. */
  private room(n: number): boolean {
    if (n > WRITE_BATCH - this.used) this.flush();
    return n <= WRITE_BATCH;
  }

  /** Bytes after everything written so far (the file is only ever appended to, in order). */
  private write(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
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
