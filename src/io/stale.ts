import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files and folders a run leaves behind only when it is killed outright (SIGKILL, a power cut):
 * each carries the pid of the process that made it, and a later run removes those whose process
 * is gone. A pid that is alive (or reused) keeps its files: nothing of a running process is touched.
 */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

// `.report.json.4242.7.tmp` (an --out temp file), `<key>.ndjson.4242.tmp` (a cache entry).
const TEMP = /\.(\d+)(?:\.\d+)?\.tmp$/;

/** A temp file whose writer is no longer running. */
export function isStaleTemp(path: string): boolean {
  const m = TEMP.exec(path);
  return m !== null && !processAlive(Number(m[1]));
}

/** The prefix of a run's spill folder under the temporary folder; the pid follows. */
export const SPILL_PREFIX = 'summit-facts-run-';

/** Spill folders of runs that were killed: removed, quietly (another user's folder is left alone). */
export function removeStaleSpillFolders(tmp: string): void {
  let names: string[];
  try {
    names = readdirSync(tmp);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(SPILL_PREFIX)) continue;
    const pid = Number(name.slice(SPILL_PREFIX.length).split('-')[0]);
    if (processAlive(pid)) continue;
    try {
      rmSync(join(tmp, name), { recursive: true, force: true });
    } catch {
      /* not ours to remove */
    }
  }
}

/** `--out` temp files beside `target` left by killed runs (`.NAME.PID.N.tmp`). */
export function removeStaleTemps(dir: string, base: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${base}.`;
  for (const name of names) {
    if (name.startsWith(prefix) && isStaleTemp(name)) rmSync(join(dir, name), { force: true });
  }
}
