import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceRefs } from '../engine/spill-mentions.js';
import { SpillReader } from '../io/spill.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceMentions } from '../model/extraction.js';
import type { RunResult } from '../model/fact.js';
import type { Members } from '../reconcile/members.js';
import type { EvidenceStream } from '../render/index.js';
import { streamLayout } from '../render/layouts.js';
import type { CliIO } from './io.js';
import { writeResult, type OutputOptions } from './output.js';
import { fail } from './report.js';

/**
 * A spill folder for one run (under $TMPDIR), removed when `body` ends — or, if the run is
 * cut short, on `process.exit`, Ctrl-C or SIGTERM. Null, with a one-line message, when no
 * folder can be made.
 */
export async function withSpillFolder<T>(io: CliIO, body: (dir: string) => Promise<T>): Promise<T | null> {
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'summit-facts-'));
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

/** The spill folder goes however the run ends; a signal is raised again, so the exit status still says what stopped the run. */
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

export interface SpilledRun {
  readonly dir: string;
  /** Where each source's records lie (see engine/spill-mentions.ts). */
  readonly refs: readonly SourceRefs[];
  /** Diagnostics that go into the output besides each source's own. */
  readonly extra: readonly Diagnostic[];
  readonly referenceDate: string | null;
  /** Writes --mentions-out shards from the full mentions, before reconciling; false when it could not. */
  readonly shards?: (full: Iterable<SourceMentions>) => Promise<boolean>;
  readonly tee?: (chunk: string) => void;
  readonly lap?: (phase: string) => void;
}

/**
 * From spilled sources to the written table, with memory near the live data: heads are
 * read back, reconciliation reads one kind of slim mention at a time, and for the JSON
 * formats the evidence is filed in buckets and streamed (other formats get it attached to
 * the facts). False when the shards or the output could not be written (the reason is on stderr).
 */
export async function reconcileSpilled(run: SpilledRun, options: OutputOptions, io: CliIO): Promise<boolean> {
  const lap = run.lap ?? (() => undefined);
  const reader = new SpillReader(run.dir);
  try {
    const heads = run.refs.map((r) => JSON.parse(reader.read(r.head)) as SourceMentions);
    const refsOf = new Map(heads.map((h, i) => [h.source.id, run.refs[i]!]));
    const ids = [...refsOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // Full mentions, read back one source at a time, in source id order.
    const full = function* (): Generator<SourceMentions> {
      for (const id of ids) yield JSON.parse(reader.read(refsOf.get(id)!.full)) as SourceMentions;
    };
    if (run.shards && !(await run.shards(full()))) return false;
    // Loaded lazily: nothing here needs the NLP lexicon, but --help and --version need none of it.
    const { reconcileCore } = await import('../reconcile/index.js');
    const { restoreSource, stringPool } = await import('../engine/slim.js');
    const { collectIfGrown } = await import('../engine/memory.js');
    let ticks = 0;
    const intern = stringPool();
    const tick = () => (++ticks & 63) === 0 && collectIfGrown(32);
    let { result, members } = reconcileCore(heads, run.extra, { referenceDate: run.referenceDate, tick }, (kind, head) => {
      tick();
      return restoreSource(kind, JSON.parse(reader.read(refsOf.get(head.source.id)![kind])), head.source.id, intern);
    }) as { result: RunResult; members: Members | null };
    collectIfGrown();
    heads.length = 0; // only the decisions are needed now
    lap('reconcile');
    let evidence: EvidenceStream | undefined;
    const layout = streamLayout(options.format);
    if (layout) {
      // One pass over the full mentions files every piece of evidence into its fact's bucket.
      const { EvidenceFiling } = await import('../engine/evidence-stream.js');
      const filing = new EvidenceFiling(result.facts, members!, run.dir, layout);
      members = null;
      filing.file(full());
      evidence = filing.stream();
      refsOf.clear(); // the spill is not read again
      lap('file evidence');
    } else {
      const { attachEvidence } = await import('../reconcile/members.js');
      result = { ...result, facts: attachEvidence(result.facts, full(), members!) };
    }
    // Every 64 pieces written (about 1 MB), a chance to collect what rendering left behind.
    let pieces = 0;
    const tee = (chunk: string) => {
      run.tee?.(chunk);
      if ((++pieces & 63) === 0) collectIfGrown(32);
    };
    const written = await writeResult(result, options, io, tee, evidence);
    lap('render and write');
    return written;
  } finally {
    reader.close();
  }
}
