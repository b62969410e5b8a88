import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { diagnostic } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Source } from '../model/source.js';
import type { PendingSource } from '../load/index.js';
import { SpillWriter } from '../io/spill.js';
import { collectIfGrown } from './memory.js';
import type { Extracted, MentionStore, SourceRefs } from './spill-mentions.js';
import type { WorkerSetup } from './worker.js';

export interface ExtractAllOptions {
  /** Worker threads; 1 runs in this thread. */
  readonly jobs: number;
  /** Folder for the spill files (see spill-mentions.ts), removed by the caller. */
  readonly spillDir: string;
  /** The per-source cache: read here, written by whichever thread extracts. */
  readonly cache?: { readonly dir: string; readonly fingerprint: string; readonly store: MentionStore } | null;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ExtractAllResult {
  /** Where the records of every source that was read and extracted lie in the spill, in input order. */
  readonly refs: SourceRefs[];
  /** Files that could not be read (`load/…`) or extracted (`extract/failed`). */
  readonly loadDiagnostics: Diagnostic[];
  readonly diagnostics: Diagnostic[];
  readonly cached: number;
}

/** Below this many sources a pool costs more (each worker imports the NLP lexicon) than it saves. */
const MIN_FOR_POOL = 8;
/** Sources in flight per worker: one running, one waiting, so a worker never idles on this thread. */
const IN_FLIGHT = 2;

/**
 * Per-source extraction for many sources. This thread reads each file when a worker
 * is free for it and answers from the cache when it can; every source's records go to
 * spill files and only where they lie is kept here. Results are kept by input position,
 * so the output does not depend on --jobs.
 */
export async function extractAll(pending: readonly PendingSource[], options: ExtractAllOptions): Promise<ExtractAllResult> {
  const slots: Array<Extracted | null> = pending.map(() => null);
  const loadDiagnostics: Diagnostic[] = [];
  const diagnostics: Diagnostic[] = [];
  const paths: string[] = pending.map((p) => p.path);
  let cached = 0;
  let done = 0;
  const finish = (i: number, result: Extracted | null, error?: string) => {
    if (result) slots[i] = result;
    else diagnostics.push(diagnostic('extract/failed', `${paths[i]}: extraction failed (${error}); the file is left out`, { source: paths[i]! }));
    options.onProgress?.(++done, pending.length);
    collectIfGrown();
  };
  const here = new SpillWriter(options.spillDir, 0);
  const store = options.cache?.store ?? null;
  // The extractor (and the NLP lexicon, ~0.5 s) is loaded here only when this thread extracts.
  const { spillMentions } = await import('./spill-mentions.js');
  const worker = workerFile();
  const pool = options.jobs > 1 && pending.length >= MIN_FOR_POOL && worker !== null
    ? new Pool(worker, options.jobs, options.spillDir, options.cache ? { dir: options.cache.dir, fingerprint: options.cache.fingerprint } : null, finish)
    : null;
  try {
    for (let i = 0; i < pending.length; i++) {
      const loaded = await pending[i]!.load();
      if (!loaded.ok) {
        loadDiagnostics.push(loaded.diagnostic);
        options.onProgress?.(++done, pending.length);
        continue;
      }
      const source = loaded.source;
      const hit = store?.get(source) ?? null;
      if (hit) cached++;
      if (pool && !hit) {
        await pool.submit(i, source);
        continue;
      }
      try {
        finish(i, hit ? spillMentions(hit, here) : (await import('./task.js')).extractAndSpill(source, here, store));
      } catch (err) {
        finish(i, null, (err as Error)?.message ?? String(err));
      }
    }
    await pool?.drain();
  } finally {
    here.close();
    await pool?.close();
  }
  const refs = slots.filter((r): r is Extracted => r !== null).map((r) => r.refs);
  return { refs, loadDiagnostics, diagnostics, cached };
}

/** The compiled worker beside this module, or — when running from TypeScript sources in tests — the built one. */
function workerFile(): URL | null {
  for (const candidate of [new URL('./worker.js', import.meta.url), new URL('../../dist/engine/worker.js', import.meta.url)]) {
    if (existsSync(fileURLToPath(candidate))) return candidate;
  }
  return null;
}

type WorkerReply = { i: number; error?: string } & Partial<Extracted>;

/** `size` workers, each with its own spill file (1…size; this thread writes file 0). */
class Pool {
  private readonly workers: Worker[];
  private readonly load = new Map<Worker, number>();
  private waiting: Array<() => void> = [];
  private inFlight = 0;
  private failure: Error | null = null;
  private readonly exited = new Map<Worker, Promise<void>>();

  constructor(file: URL, size: number, spillDir: string, cache: WorkerSetup['cache'], finish: (i: number, r: Extracted | null, error?: string) => void) {
    this.workers = Array.from({ length: size }, (_, k) => new Worker(file, { workerData: { spillDir, file: k + 1, cache } satisfies WorkerSetup }));
    for (const w of this.workers) {
      this.load.set(w, 0);
      this.exited.set(w, new Promise((resolve) => w.once('exit', () => resolve())));
      w.on('message', (msg: WorkerReply) => {
        this.load.set(w, this.load.get(w)! - 1);
        this.inFlight--;
        finish(msg.i, msg.refs ? { refs: msg.refs } : null, msg.error);
        this.wake();
      });
      w.on('error', (err) => {
        this.failure ??= err;
        this.wake();
      });
    }
  }

  /** Hands `source` to the least busy worker, waiting while every worker is full. */
  async submit(i: number, source: Source): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const w = this.workers.reduce((a, b) => (this.load.get(b)! < this.load.get(a)! ? b : a));
      if (this.load.get(w)! < IN_FLIGHT) {
        this.load.set(w, this.load.get(w)! + 1);
        this.inFlight++;
        w.postMessage({ i, source });
        return;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  async drain(): Promise<void> {
    while (this.inFlight > 0) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Asks each worker to close its spill file and end; a worker that does not end soon is terminated. */
  async close(): Promise<void> {
    for (const w of this.workers) w.postMessage({ close: true });
    await Promise.all(this.workers.map((w) => {
      const timer = setTimeout(() => void w.terminate(), 5000);
      return this.exited.get(w)!.finally(() => clearTimeout(timer));
    }));
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
