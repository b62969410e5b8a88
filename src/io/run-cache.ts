import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceInfo } from '../model/source.js';

/** Whole-run outputs kept; older ones are removed. */
const KEEP = 4;

/**
 * The output of a whole run, keyed by the tool's fingerprint, the options that
 * shape the output and every source's id, path and content hash. A CI re-run
 * over unchanged articles then costs a read of the articles and a copy.
 * (Per-article results are cached separately, for runs where some articles changed.)
 */
export interface RunCache {
  /** The key of this entry: what a stamps pointer (below) refers to. */
  readonly key: string;
  /** The cached output's bytes, never decoded: they are written out as they are. */
  read(): Buffer | null;
  /** Collects the output as it is written; `commit` makes it visible, `abort` drops it. */
  writer(): { write(chunk: string): void; commit(): void; abort(): void };
}

export function runCache(dir: string, fingerprint: string, shape: string, sources: readonly SourceInfo[]): RunCache {
  const hash = createHash('sha256').update(`run\0${fingerprint}\0${shape}\0`);
  for (const s of sources) hash.update(`${s.id}\0${s.path}\0${s.sha256}\n`);
  return entry(dir, hash.digest('hex'));
}

/**
 * Before reading any article: file stamps (path, size, modification time, inode) point at the
 * content-keyed entry of the run that last saw exactly these files — the way `make` and ESLint's
 * metadata cache decide. A fresh checkout changes every stamp, so CI falls back to content keys.
 */
export function stampsKey(fingerprint: string, shape: string, stamps: readonly string[]): string {
  const hash = createHash('sha256').update(`stamps\0${fingerprint}\0${shape}\0`);
  for (const s of stamps) hash.update(`${s}\n`);
  return hash.digest('hex');
}

export function runCacheByStamps(dir: string, stamps: string): RunCache | null {
  try {
    const key = readFileSync(join(dir, 'runs', `${stamps}.ptr`), 'latin1').trim();
    return /^[0-9a-f]{64}$/.test(key) ? entry(dir, key) : null;
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
  return {
    key,
    read() {
      try {
        // The entry ends with a line holding the sha256 of what precedes it: a truncated or
        // altered file fails the check and is ignored, never served.
        const data = readFileSync(file);
        const cut = data.lastIndexOf(10, data.length - 2) + 1;
        const body = data.subarray(0, cut);
        const expected = data.subarray(cut).toString('latin1').trim();
        return createHash('sha256').update(body).digest('hex') === expected ? body : null;
      } catch {
        return null;
      }
    },
    writer() {
      const tmp = `${file}.${process.pid}.tmp`;
      let fd: number | null = null;
      const digest = createHash('sha256');
      let endsWithNewline = true;
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
            if (chunk.length > 0) endsWithNewline = chunk.endsWith('\n');
          } catch {
            drop();
          }
        },
        commit() {
          if (fd === null) return;
          if (!endsWithNewline) return drop(); // the checksum line needs the output to end a line
          writeSync(fd, `${digest.digest('hex')}\n`);
          closeSync(fd);
          fd = null;
          try {
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

function prune(runs: string): void {
  const entries = readdirSync(runs)
    .filter((f) => f.endsWith('.out') || f.endsWith('.ptr'))
    .map((f) => ({ f, t: statSync(join(runs, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t || (a.f < b.f ? -1 : 1));
  for (const { f } of entries.slice(KEEP)) unlinkSync(join(runs, f));
}
