import { readFileSync } from 'node:fs';
import { diagnostic } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RunResult } from '../model/fact.js';
import { loadDiagnosticsOrder, type PendingSource } from '../load/index.js';
import { encodeShard, parseShard } from '../io/shard.js';
import { SpillWriter } from '../io/spill.js';
import type { StreamedResult } from '../render/types.js';
import { extractAll, type ExtractAllOptions } from './extract-all.js';
import { collectIfGrown, collectNow, pacer } from './memory.js';
import { MentionStore, spillShard } from './store.js';

/** Sources above which one full collection runs between reconciling and filing evidence. */
const COLLECT_AFTER_RECONCILE = 1_000;

/**
 * The one engine behind `extract`, `check` and `reconcile`: sources (or shards) into a mention
 * store, then reconciled into facts with their evidence. What each command does besides is
 * parse its options and render.
 */
export interface Run {
  readonly store: MentionStore;
  /** Inputs that could not be used (`load/…`, `extract/failed`, `shard/invalid`), in the one order. */
  readonly problems: readonly Diagnostic[];
  /** Sources answered from the cache, and worker threads started. */
  readonly cached: number;
  readonly threads: number;
}

/** Reads and extracts every source into a store in `options.spillDir` (see extract-all.ts). */
export async function extractRun(pending: readonly PendingSource[], found: readonly Diagnostic[], options: ExtractAllOptions): Promise<Run> {
  const r = await extractAll(pending, options);
  return { store: r.store, problems: loadDiagnosticsOrder([...found, ...r.diagnostics]), cached: r.cached, threads: r.threads };
}

/** Mention shards written by `extract --mentions-out` (any machine, format 1 or 2), checked, into a store. */
export function shardRun(files: readonly string[], found: readonly Diagnostic[], spillDir: string): Run {
  const store = new MentionStore(spillDir);
  const problems: Diagnostic[] = [...found];
  const spill = new SpillWriter(spillDir, 0);
  try {
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (err) {
        problems.push(diagnostic('load/unreadable', `${file}: cannot be read (${(err as Error).message})`, { source: file }));
        continue;
      }
      const shard = parseShard(bytes, file);
      if ('code' in shard) {
        problems.push(shard);
        continue;
      }
      // Written again in the canonical form, so its sections can be read one kind at a time.
      const { bytes: canonical, sections } = encodeShard(shard);
      store.add(spillShard(spill, shard.source.id, canonical, sections, shard.actors, shard.quotes));
      collectIfGrown();
    }
  } finally {
    spill.close();
  }
  return { store, problems: loadDiagnosticsOrder(problems), cached: 0, threads: 0 };
}

export interface ResultOptions {
  readonly referenceDate: string | null;
  /**
   * `memory`: every fact with its evidence, in memory (check, and the table, markdown and
   * timeline formats). `stream`: facts handed out one at a time with evidence read back from
   * disk (json and ndjson, so a large run never holds it all); iterate them once.
   */
  readonly evidence: 'memory' | 'stream';
  readonly lap?: (phase: string) => void;
}

export async function runResult(run: Run, options: ResultOptions & { evidence: 'memory' }): Promise<RunResult>;
export async function runResult(run: Run, options: ResultOptions): Promise<StreamedResult>;
/** Reconciles the store, with the run's problems among the diagnostics. */
export async function runResult(run: Run, options: ResultOptions): Promise<StreamedResult> {
  const lap = options.lap ?? (() => undefined);
  // Loaded lazily: --help and --version need none of it.
  const { reconcile, withDiagnostics } = await import('../reconcile/index.js');
  const { result, members } = reconcile(run.store.mentionSet(), { referenceDate: options.referenceDate, pace: pacer() });
  // The reconciled facts are the run's largest live data; its stages' garbage goes before evidence is
  // filed beside them (a few hundred ms on 50 MB; nothing forced on a small run).
  if (run.store.size > COLLECT_AFTER_RECONCILE) collectNow();
  lap('reconcile');
  const whole = withDiagnostics(result, run.problems);
  if (options.evidence === 'memory') {
    const { attachEvidence } = await import('../reconcile/members.js');
    return { ...whole, facts: attachEvidence(whole.facts, run.store.full(), members) };
  }
  const { EvidenceFiling } = await import('./evidence-stream.js');
  const filing = new EvidenceFiling(whole.facts, members, run.store.dir);
  filing.file(run.store.full());
  lap('file evidence');
  return { ...whole, facts: filing.facts() };
}
