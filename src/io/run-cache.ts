import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceInfo } from '../model/source.js';

/** Whole-run outputs kept; older ones are removed. */
const KEEP = 4;

/**
 * The output of a whole run, keyed by the tool's fingerprint, the options that
 * shape the output and every source's id, path and content hash. A CI re-run
 * over unchanged articles then costs a read of the articles and a copy.
 * (Per-article results are cached separately, for runs where some articles changed.)
 * On disk: `<key>.out` (the output, byte for byte) and `<key>.sum` (its sha256).
 */
export interface RunCache {
  readonly key: string;
  /** The cached output, verified against its checksum; null when missing or altered. */
  read(): Buffer | null;
  /** Collects the output as it is written; `commit` makes it visible, `abort` drops it. */
  writer(): { write(chunk: string): void; commit(): void; abort(): void };
}

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
export function outputByStamps(dir: string, stamps: string): Buffer | null {
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
      try {
        const data = readFileSync(file);
        if (createHash('sha256').update(data).digest('hex') !== readFileSync(sum, 'latin1').trim()) return null;
        const now = new Date();
        utimesSync(file, now, now); // recently used: the cache's size bound removes it last
        return data;
      } catch {
        return null;
      }
    },
    writer() {
      const tmp = `${file}.${process.pid}.tmp`;
      let fd: number | null = null;
      const digest = createHash('sha256');
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
