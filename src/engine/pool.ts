import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Source } from '../model/source.js';
import type { StoredShard } from './store.js';
import type { WorkerSetup, WorkerTask } from './worker.js';

/** Batches in flight per worker: one running, one waiting, so a worker never idles on the main thread. */
const IN_FLIGHT = 2;
/**
 * Sources per message, and the text a batch may hold. One message and one reply per source (7,377 of
 * each on 10 MB) woke a thread each time, and a woken thread takes a core from a worker: in runs taken
 * in turn, batches of 16 ran 10 MB in 12.4–12.8 s against 13.1–13.4 s, and 50 MB in 60.7 s against 64.6 s.
 */
const BATCH = 16;
const BATCH_CHARS = 256 * 1024;

/**
 * A run of this many sources or more is large: it extracts in workers (extract-all.ts), and by
 * default on every core. Each worker's start-up (0.3–0.6 s, the lexicon) is then a small share.
 */
export const LARGE_RUN = 2_000;

/**
 * The default number of extraction threads. A run below LARGE_RUN sources: one per core beyond the
 * first, which reads files, serves the cache and collects results; on a 2-core machine that is one
 * thread, in-process, because this memory-bound work runs about 1.25x slower per thread while the
 * other core is busy, and 507 real articles ran no faster in two. A large run: one per core, since
 * this thread only reads files and collects results while the workers extract; on 2 cores four paired runs
 * measured 1.06–1.15x on 10 MB, and one 1.25x on 50 MB, over one worker.
 */
export function defaultJobs(cores = availableParallelism(), files = 0): number {
  return files >= LARGE_RUN ? Math.max(1, cores) : Math.max(1, cores - 1);
}

/** Threads for `files` files: what was asked (or the default), never more than the files or the cores. */
export function threadsFor(requested: number | undefined, files: number, cores = availableParallelism()): { threads: number; capped: string | null } {
  const wanted = requested ?? defaultJobs(cores, files);
  const threads = Math.max(1, Math.min(wanted, files, cores));
  if (requested === undefined || requested <= threads) return { threads, capped: null };
  const why = requested > cores ? `the ${cores} cores` : `the ${files} ${files === 1 ? 'file' : 'files'}`;
  return { threads, capped: `--jobs ${requested} is more than ${why}; using ${threads}` };
}

/**
 * The built worker beside this module; from the TypeScript sources (the test runner), the
 * worker's source run through scripts/ts-hooks.mjs, so a test never runs a stale build.
 */
function workerEntry(): { url: URL; execArgv?: string[] } {
  if (import.meta.url.endsWith('.js')) return { url: new URL('./worker.js', import.meta.url) };
  return { url: new URL('./worker.ts', import.meta.url), execArgv: ['--import', new URL('../../scripts/register-ts.mjs', import.meta.url).href] };
}

type Task = Extract<WorkerTask, { tasks: unknown }>['tasks'][number];
type Reply = { readonly replies: ReadonlyArray<{ i: number; shard?: StoredShard; error?: string }> };

/**
 * Up to `size` worker threads, started only when work is waiting and every running worker is
 * full: a run whose articles all come from the cache starts none. Worker k writes spill file k.
 */
export class Pool {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly exited: Array<Promise<void>> = [];
  private waiting: Array<() => void> = [];
  private inFlight = 0;
  private batch: Task[] = [];
  private batchChars = 0;
  private failure: Error | null = null;

  constructor(
    private readonly size: number,
    private readonly setup: Omit<WorkerSetup, 'file'>,
    private readonly finish: (i: number, shard: StoredShard | null, error?: string) => void,
  ) {}

  get started(): number {
    return this.workers.length;
  }

  /** Adds a source to the batch being gathered; a full batch goes to a worker (see `send`). */
  async submit(i: number, source: Source, key: string | null): Promise<void> {
    this.batch.push({ i, source, key });
    this.batchChars += source.text.length;
    if (this.batch.length >= BATCH || this.batchChars >= BATCH_CHARS) await this.send();
  }

  /** Hands the batch to the least busy worker, starting one if all are full, else waiting for room. */
  private async send(): Promise<void> {
    if (this.batch.length === 0) return;
    const tasks = this.batch;
    this.batch = [];
    this.batchChars = 0;
    for (;;) {
      if (this.failure) throw this.failure;
      let w = this.workers.reduce<Worker | null>((a, b) => (a === null || this.load.get(b)! < this.load.get(a)! ? b : a), null);
      if ((w === null || this.load.get(w)! >= IN_FLIGHT) && this.workers.length < this.size) w = this.start();
      if (w !== null && this.load.get(w)! < IN_FLIGHT) {
        this.load.set(w, this.load.get(w)! + 1);
        this.inFlight++;
        w.postMessage({ tasks } satisfies WorkerTask);
        return;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  async drain(): Promise<void> {
    await this.send();
    while (this.inFlight > 0) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Asks each worker to close its spill file and end; a worker that does not end soon is terminated. */
  async close(): Promise<void> {
    for (const w of this.workers) w.postMessage({ close: true } satisfies WorkerTask);
    await Promise.all(this.workers.map((w, k) => {
      const timer = setTimeout(() => void w.terminate(), 5000);
      return this.exited[k]!.finally(() => clearTimeout(timer));
    }));
  }

  private start(): Worker {
    const entry = workerEntry();
    const setup: WorkerSetup = { ...this.setup, file: this.workers.length + 1 };
    const w = new Worker(entry.url, { workerData: setup, ...(entry.execArgv ? { execArgv: entry.execArgv } : {}) });
    this.workers.push(w);
    this.load.set(w, 0);
    this.exited.push(new Promise((resolve) => w.once('exit', () => resolve())));
    w.on('message', (msg: Reply) => {
      this.load.set(w, this.load.get(w)! - 1);
      this.inFlight--;
      for (const r of msg.replies) this.finish(r.i, r.shard ?? null, r.error);
      this.wake();
    });
    w.on('error', (err) => {
      this.failure ??= err;
      this.wake();
    });
    return w;
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
