import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A memory ceiling for a batch run. V8 sizes its heap for interactive programs: with a
 * limit of several GB it lets garbage pile up long after the live data stopped growing,
 * and a run that keeps 50 MB alive can sit at 500 MB. Between units of work (a source,
 * a reconcile stage, a bucket of evidence) the pipeline calls `collectIfGrown`: when the
 * heap is over a budget and has grown past `slack` MB above what was alive after the last
 * collection, a full collection runs then — its cost is the live data, not the garbage.
 * Without `gc` (it is exposed through a V8 flag) the call does nothing.
 */
let gc: (() => void) | null | undefined;
let floor = 0;
/** Below this much heap (MB) nothing is forced by default: V8's own schedule is cheaper, and the run is well inside its memory target. */
const BUDGET = 160;
/**
 * Past a large live set, the heap may grow by this fraction of it before a collection is forced.
 * 50 MB peaked 3 MB lower at 0.15 than at 0.25 and ran no slower; a collection costs about the live set.
 */
const GROWTH = 0.15;

function collector(): (() => void) | null {
  if (gc !== undefined) return gc;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  } catch {
    gc = null;
  }
  return gc;
}

export function collectIfGrown(slack = 64, budget = BUDGET): void {
  const used = getHeapStatistics().used_heap_size;
  // The slack grows with the live data: a full collection costs about the live size, so
  // collecting every `slack` MB of a large live set would make the run quadratic.
  if (used < Math.max(floor + Math.max(slack * 2 ** 20, floor * GROWTH), budget * 2 ** 20)) return;
  collectNow();
}

/**
 * A full collection now, between two phases of a large run: what the phase just ended left behind
 * is let go before the next one builds its own (one collection costs about the live data).
 */
export function collectNow(): void {
  const run = collector();
  if (!run) return;
  run();
  floor = getHeapStatistics().used_heap_size;
}

/**
 * `collectIfGrown` for a long loop: checks the heap once every `every` calls (reading the heap
 * statistics costs more than a step of most loops). Reconciliation calls it between mentions.
 */
export function pacer(every = 256, slack = 32): () => void {
  let n = 0;
  return () => {
    if (++n % every === 0) collectIfGrown(slack);
  };
}
