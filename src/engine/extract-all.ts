import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceMentions } from '../model/extraction.js';
import type { Source } from '../model/source.js';

/** Where per-source results may be kept between runs (see io/cache.ts); null = no cache. */
export interface MentionStore {
  get(source: Source): SourceMentions | null;
  set(source: Source, mentions: SourceMentions): void;
}

export interface ExtractAllOptions {
  /** Worker threads; 1 runs in this thread. */
  readonly jobs: number;
  readonly store?: MentionStore | null;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ExtractAllResult {
  readonly mentions: SourceMentions[];
  readonly diagnostics: Diagnostic[];
  readonly cached: number;
}

/** Below this many uncached sources a pool costs more (each worker imports the NLP lexicon) than it saves. */
const MIN_FOR_POOL = 8;

/**
 * Per-source extraction for many sources: cached results first, the rest in a
 * pool of worker threads (or in this thread). Results come back in input order,
 * so the output does not depend on --jobs.
 */
export async function extractAll(sources: readonly Source[], options: ExtractAllOptions): Promise<ExtractAllResult> {
  const results: Array<SourceMentions | null> = sources.map((s) => options.store?.get(s) ?? null);
  const cached = results.filter(Boolean).length;
  const todo = sources.map((_, i) => i).filter((i) => results[i] === null);
  const diagnostics: Diagnostic[] = [];
  let done = cached;
  const finish = (i: number, mentions: SourceMentions | null, error?: string) => {
    const source = sources[i]!;
    if (mentions) {
      results[i] = mentions;
      options.store?.set(source, mentions);
    } else {
      diagnostics.push({ code: 'extract/failed', severity: 'error', source: source.path, message: `${source.path}: extraction failed (${error}); the file is left out` });
    }
    options.onProgress?.(++done, sources.length);
  };
  const worker = workerFile();
  if (options.jobs <= 1 || todo.length < MIN_FOR_POOL || worker === null) {
    const { extractSource } = await import('../extract/index.js');
    for (const i of todo) {
      try {
        finish(i, extractSource(sources[i]!));
      } catch (err) {
        finish(i, null, (err as Error)?.message ?? String(err));
      }
    }
  } else {
    const { extractSource } = await import('../extract/index.js');
    await runPool(worker, sources, todo, Math.min(options.jobs, todo.length), finish, extractSource);
  }
  return { mentions: results.filter((m): m is SourceMentions => m !== null), diagnostics, cached };
}

/** The compiled worker beside this module, or — when running from TypeScript sources in tests — the built one. */
function workerFile(): URL | null {
  for (const candidate of [new URL('./worker.js', import.meta.url), new URL('../../dist/engine/worker.js', import.meta.url)]) {
    if (existsSync(fileURLToPath(candidate))) return candidate;
  }
  return null;
}

/**
 * `size` threads extract: size - 1 workers and this thread, which needs no copy of
 * its own results (on two cores, one worker plus this thread beats two workers).
 * Each worker keeps two sources in flight so it never waits for this thread.
 */
function runPool(
  file: URL,
  sources: readonly Source[],
  todo: readonly number[],
  size: number,
  finish: (i: number, m: SourceMentions | null, error?: string) => void,
  extractHere: (source: Source) => SourceMentions,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let pending = todo.length;
    const workers = Array.from({ length: size - 1 }, () => new Worker(file));
    const feed = (w: Worker) => {
      if (next < todo.length) {
        const i = todo[next++]!;
        w.postMessage({ i, source: sources[i] });
      }
    };
    const stop = () => Promise.all(workers.map((w) => w.terminate())).then(() => resolve(), reject);
    for (const w of workers) {
      w.on('message', (msg: { i: number; mentions?: SourceMentions; error?: string }) => {
        finish(msg.i, msg.mentions ?? null, msg.error);
        if (--pending === 0) void stop();
        else feed(w);
      });
      w.on('error', (err) => {
        void Promise.all(workers.map((x) => x.terminate())).finally(() => reject(err));
      });
      feed(w);
      feed(w);
    }
    const helpHere = () => {
      if (next >= todo.length) return;
      const i = todo[next++]!;
      try {
        finish(i, extractHere(sources[i]!));
      } catch (err) {
        finish(i, null, (err as Error)?.message ?? String(err));
      }
      if (--pending === 0) void stop();
      else setImmediate(helpHere); // let worker results in between
    };
    setImmediate(helpHere);
  });
}
