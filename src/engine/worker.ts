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

export type WorkerTask = { readonly tasks: ReadonlyArray<{ readonly i: number; readonly source: Source; readonly key: string | null }> } | { readonly close: true };

const setup = workerData as WorkerSetup;
const spill = new SpillWriter(setup.spillDir, setup.file);
const cache = cacheOf(setup);

/** A pool worker: a batch of sources in, where each shard was spilled out. A failure is reported per source, never thrown across. */
parentPort?.on('message', (msg: WorkerTask) => {
  if ('close' in msg) {
    spill.close();
    parentPort!.close();
    return;
  }
  const replies = msg.tasks.map((t) => {
    try {
      const shard = extractShard(t.source, t.key, spill, cache, setup.speechVerbs);
      collectIfGrown(32, 0); // one worker per core: each keeps its heap small
      return { i: t.i, shard };
    } catch (err) {
      return { i: t.i, error: (err as Error)?.message ?? String(err) };
    }
  });
  parentPort!.postMessage({ replies });
});
