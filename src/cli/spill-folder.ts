import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStaleSpillFolders, SPILL_PREFIX } from '../io/stale.js';
import type { CliIO } from './io.js';
import { fail } from './report.js';

/**
 * A working folder for one run (under $TMPDIR, named after this process), removed when `body`
 * ends — or, if the run is cut short, on `process.exit`, Ctrl-C or SIGTERM. A run killed outright
 * (SIGKILL) cannot clean up: the next run removes folders whose process is gone. Null, with a
 * one-line message, when no folder can be made.
 */
export async function withSpillFolder<T>(io: CliIO, body: (dir: string) => Promise<T>): Promise<T | null> {
  let dir: string;
  try {
    removeStaleSpillFolders(tmpdir());
    dir = mkdtempSync(join(tmpdir(), `${SPILL_PREFIX}${process.pid}-`));
  } catch (err) {
    fail(io, `cannot create a working folder in ${tmpdir()} (${(err as Error).message}); set TMPDIR to a writable folder`);
    return null;
  }
  const forget = removedOnExit(dir);
  try {
    return await body(dir);
  } finally {
    forget();
  }
}

/** The folder goes however the run ends; a signal is raised again, so the exit status still says what stopped the run. */
function removedOnExit(dir: string): () => void {
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    process.kill(process.pid, signal);
  };
  process.once('exit', remove);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('exit', remove);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    remove();
  };
}
