import { parentPort, workerData } from 'node:worker_threads';
import { SpillWriter } from '../io/spill.js';
import type { Source } from '../model/source.js';
import { collectIfGrown } from './memory.js';
import { cacheOf, extractShard, type TaskSetup } from './task.js';

/** Set by the pool: this worker's spill file, and what every task shares. */
export interface WorkerSetup extends TaskSetup {
  readonly spillDir: string;
  readonly file: number;
}

export type WorkerTask = { readonly i: number; readonly source: Source; readonly key: string | null } | { readonly close: true };

const setup = workerData as WorkerSetup;
const spill = new SpillWriter(setup.spillDir, setup.file);
const cache = cacheOf(setup);

/** A pool worker: one source in, where its shard was spilled out. A failure is reported, never thrown across. */
parentPort?.on('message', (msg: WorkerTask) => {
  if ('close' in msg) {
    spill.close();
    parentPort!.close();
    return;
  }
  try {
    parentPort!.postMessage({ i: msg.i, shard: extractShard(msg.source, msg.key, spill, cache, setup.speechVerbs) });
    collectIfGrown(32, 0); // one worker per core: each keeps its heap small
  } catch (err) {
    parentPort!.postMessage({ i: msg.i, error: (err as Error)?.message ?? String(err) });
  }
});
