import { parentPort, workerData } from 'node:worker_threads';
import { diskCache } from '../io/cache.js';
import { SpillWriter } from '../io/spill.js';
import type { Source } from '../model/source.js';
import { collectIfGrown } from './memory.js';
import { extractAndSpill } from './task.js';

/** Set by the pool: this worker's spill file, and the cache to write to (null: none). */
export interface WorkerSetup {
  readonly spillDir: string;
  readonly file: number;
  readonly cache: { readonly dir: string; readonly fingerprint: string } | null;
}

const setup = workerData as WorkerSetup;
const spill = new SpillWriter(setup.spillDir, setup.file);
const store = setup.cache ? diskCache(setup.cache.dir, setup.cache.fingerprint) : null;

/** A pool worker: one source in, where its records were spilled out. A failure is reported, never thrown across. */
parentPort?.on('message', (msg: { i: number; source: Source } | { close: true }) => {
  if ('close' in msg) {
    spill.close();
    parentPort!.close();
    return;
  }
  try {
    parentPort!.postMessage({ i: msg.i, ...extractAndSpill(msg.source, spill, store) });
    collectIfGrown(32, 0); // one worker per core: each keeps its heap small
  } catch (err) {
    parentPort!.postMessage({ i: msg.i, error: (err as Error)?.message ?? String(err) });
  }
});
