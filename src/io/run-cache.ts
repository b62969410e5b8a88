import { createHash } from 'node:crypto';
import { closeSync, futimesSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceInfo } from '../model/source.js';

/** Whole-run outputs kept; older ones are removed. */
const KEEP = 4;

/**
 * The output of a whole run, keyed by the tool's fingerprint, the options that
 * shape the output and every source's id, path and content hash. A CI re-run
 * over unchanged articles then costs a read of the articles and a copy.
 * (Per-article results are cached separately, for runs where some articles changed.)
 * On disk: `<key>.out` (the output, byte for byte) and `<key>.sum` (its SHA-1: a check against an entry
 * edited, cut short or replaced, not against an adversary, who could as well edit the articles; SHA-1
 * reads 80 MB in 45 ms here, SHA-256 in 160, and the warm run is all reading).
 */
export interface RunCache {
  readonly key: string;
  /** The cached output, verified against its checksum; null when missing or altered. */
  read(): CachedOutput | null;
  /** Collects the output as it is written; `commit` makes it visible, `abort` drops it. */
  writer(): { write(chunk: string): void; commit(): void; abort(): void };
}

/**
 * A verified cache entry, handed out in 1 MB pieces: one 80 MB buffer costs more to allocate than
 * to read. The pieces come from the file that was verified (its descriptor is held open, so an entry
 * replaced or pruned meanwhile does not change them); once.
 */
export interface CachedOutput {
  readonly size: number;
  chunks(): Generator<Buffer>;
}

const CHUNK = 1 << 20;
const DIGEST = 'sha1';

export function runCache(dir: string, fingerprint: string, shape: string, sources: ReadonlyArray<Pick<SourceInfo, 'id' | 'path' | 'sha256'>>): RunCache {
  const hash = createHash('sha256').update(`run\0${fingerprint}\0${shape}\0`);
  for (const s of sources) hash.update(`${s.id}\0${s.path}\0${s.sha256}\n`);
  return entry(dir, hash.digest('hex'));
}

/**
 * Before reading any article: file stamps (path, size, modification time, inode) point at the
 * content-keyed entry of the run that last saw exactly these files — the way `make` and ESLint's
 * metadata cache decide. The entry is still verified against its checksum before it is served.
 * A fresh checkout changes every stamp, so CI falls back to content keys.
 */
export function stampsKey(fingerprint: string, shape: string, stamps: readonly string[]): string {
  const hash = createHash('sha256').update(`stamps\0${fingerprint}\0${shape}\0`);
  for (const s of stamps) hash.update(`${s}\n`);
  return hash.digest('hex');
}

/**
 * The output a stamps pointer leads to, read and verified against its checksum (an entry that
 * was edited, cut short or replaced is not served); null when there is none.
 */
export function outputByStamps(dir: string, stamps: string): CachedOutput | null {
  try {
    const [key] = readFileSync(join(dir, 'runs', `${stamps}.ptr`), 'latin1').trim().split(' ');
    if (!key || !/^[0-9a-f]{64}$/.test(key)) return null;
    return entry(dir, key).read();
  } catch {
    return null;
  }
}

export function linkStamps(dir: string, stamps: string, key: string): void {
  const file = join(dir, 'runs', `${stamps}.ptr`);
  try {
    writeFileSync(`${file}.${process.pid}.tmp`, key);
    renameSync(`${file}.${process.pid}.tmp`, file);
  } catch {
    /* the pointer is an optimisation; without it the content key still works */
  }
}

function entry(dir: string, key: string): RunCache {
  const runs = join(dir, 'runs');
  const file = join(runs, `${key}.out`);
  const sum = join(runs, `${key}.sum`);
  return {
    key,
    read() {
      let fd: number | null = null;
      try {
        fd = openSync(file, 'r');
        const digest = createHash(DIGEST);
        const buffer = Buffer.allocUnsafe(CHUNK);
        let size = 0;
        for (let n: number; (n = readSync(fd, buffer, 0, CHUNK, size)) > 0; size += n) digest.update(buffer.subarray(0, n));
        if (digest.digest('hex') !== readFileSync(sum, 'latin1').trim()) throw new Error('checksum');
        const now = new Date();
        futimesSync(fd, now, now); // recently used: the cache's size bound removes it last
        const held = fd;
        fd = null;
        return { size, chunks: () => pieces(held, size) };
      } catch {
        if (fd !== null) closeSync(fd);
        return null;
      }
    },
    writer() {
      const tmp = `${file}.${process.pid}.tmp`;
      let fd: number | null = null;
      const digest = createHash(DIGEST);
      try {
        mkdirSync(runs, { recursive: true });
        fd = openSync(tmp, 'w');
      } catch {
        fd = null; // no cache this time; the run itself is unaffected
      }
      const drop = () => {
        if (fd !== null) closeSync(fd);
        fd = null;
        try {
          unlinkSync(tmp);
        } catch {
          /* already gone */
        }
      };
      return {
        write(chunk) {
          if (fd === null) return;
          try {
            writeSync(fd, chunk);
            digest.update(chunk);
          } catch {
            drop();
          }
        },
        commit() {
          if (fd === null) return;
          closeSync(fd);
          fd = null;
          try {
            writeFileSync(`${sum}.${process.pid}.tmp`, digest.digest('hex'));
            renameSync(`${sum}.${process.pid}.tmp`, sum);
            renameSync(tmp, file);
            prune(runs);
          } catch {
            drop();
          }
        },
        abort: drop,
      };
    },
  };
}

function* pieces(fd: number, size: number): Generator<Buffer> {
  try {
    for (let at = 0; at < size; ) {
      const piece = Buffer.allocUnsafe(Math.min(CHUNK, size - at));
      const n = readSync(fd, piece, 0, piece.length, at);
      if (n <= 0) throw new Error('cache entry changed while it was read');
      yield n === piece.length ? piece : piece.subarray(0, n);
      at += n;
    }
  } finally {
    closeSync(fd);
  }
}

function prune(runs: string): void {
  const entries = readdirSync(runs)
    .filter((f) => f.endsWith('.out'))
    .map((f) => ({ f, t: statSync(join(runs, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t || (a.f < b.f ? -1 : 1));
  for (const { f } of entries.slice(KEEP)) {
    for (const ext of ['.out', '.sum']) {
      try {
        unlinkSync(join(runs, f.replace(/\.out$/, ext)));
      } catch {
        /* already gone */
      }
    }
  }
}
