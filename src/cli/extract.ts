import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { SpillReader } from '../io/spill.js';
import { streamLayout } from '../render/layouts.js';
import type { EvidenceStream } from '../render/index.js';
import { fileDigests, loadDiagnosticsOrder, pendingSources, type LoadOptions, type PendingSource } from '../load/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceMentions } from '../model/extraction.js';
import { EXIT } from './exit-codes.js';
import type { CliIO } from './io.js';
import { fail, reportDiagnostics } from './report.js';
import { checkFormat, isIsoDay, outputShape, writeResult, writeText, type OutputOptions } from './output.js';
import { packageVersion } from './version.js';

export interface ExtractOptions extends OutputOptions {
  referenceDate?: string;
  quiet?: boolean;
  maxBytes?: number;
  jobs?: number;
  cache?: boolean;
  cacheDir?: string;
  mentionsOut?: string;
}

/** `summit-facts extract <inputs...>`: load, extract (cached, in workers), reconcile, render, write. */
export async function runExtract(inputs: readonly string[], options: ExtractOptions, io: CliIO): Promise<number> {
  if (options.referenceDate !== undefined && !isIsoDay(options.referenceDate)) {
    fail(io, `--reference-date must be a real day as YYYY-MM-DD, got "${options.referenceDate}"`);
    return EXIT.failure;
  }
  if (!checkFormat(options, io)) return EXIT.failure;
  const lap = stopwatch(io);
  const cacheDir = options.mentionsOut ? null : cacheDirOf(options, io);
  // Unchanged files since a clean run: answer from the run cache before reading a single article.
  const stamps = cacheDir ? await stampsOf(inputs, cacheDir, options, io) : null;
  const quick = stamps ? (await import('../io/run-cache.js')).outputByStamps(cacheDir!, stamps) : null;
  if (quick) return (await copyOut(quick, options, io)) ? EXIT.ok : EXIT.failure;
  const loadOptions = { cwd: io.cwd, readStdin: () => io.readStdin(), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) };
  const whole = cacheDir ? await openRunCache(cacheDir, inputs, loadOptions, options, io) : null;
  const hit = whole?.read();
  if (hit != null) {
    if (stamps) (await import('../io/run-cache.js')).linkStamps(cacheDir!, stamps, whole!.key);
    return (await writeText([hit], options, io)) ? EXIT.ok : EXIT.failure;
  }
  const found = await pendingSources(inputs, loadOptions);
  lap('find');
  let spillDir: string;
  try {
    spillDir = mkdtempSync(join(tmpdir(), 'summit-facts-'));
  } catch (err) {
    fail(io, `cannot create a working folder in ${tmpdir()} (${(err as Error).message}); set TMPDIR to a writable folder`);
    return EXIT.failure;
  }
  const reader = new SpillReader(spillDir);
  const forget = removedOnExit(spillDir);
  try {
    const extracted = await extractMentions(found.pending, spillDir, options, io);
    lap('read and extract');
    const loadDiagnostics = loadDiagnosticsOrder([...found.diagnostics, ...extracted.loadDiagnostics]);
    if (!options.quiet) reportDiagnostics(io, loadDiagnostics);
    if (extracted.refs.length + extracted.diagnostics.length === 0) {
      fail(io, 'no readable article to process');
      return EXIT.failure;
    }
    if (!options.quiet) reportDiagnostics(io, extracted.diagnostics);
    // Full mentions, read back from the spill files one source at a time, in source id order.
    const heads = extracted.refs.map((r) => JSON.parse(reader.read(r.head)) as SourceMentions);
    const refsOf = new Map(heads.map((h, i) => [h.source.id, extracted.refs[i]!]));
    const ids = [...refsOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const full = function* (): Generator<SourceMentions> {
      for (const id of ids) yield JSON.parse(reader.read(refsOf.get(id)!.full)) as SourceMentions;
    };
    if (options.mentionsOut && !(await writeShards(full(), options.mentionsOut, io))) return EXIT.failure;
    // Loaded lazily: the NLP lexicon costs ~0.4 s to import, which --help and --version never pay.
    const { reconcileCore } = await import('../reconcile/index.js');
    const { restoreSource, stringPool } = await import('../engine/slim.js');
    const { collectIfGrown } = await import('../engine/memory.js');
    let ticks = 0;
    const intern = stringPool();
    const tick = () => (++ticks & 255) === 0 && collectIfGrown(32);
    const core = reconcileCore(heads, [...loadDiagnostics, ...extracted.diagnostics], { referenceDate: options.referenceDate ?? null, tick }, (kind, head) => {
      tick();
      return restoreSource(kind, JSON.parse(reader.read(refsOf.get(head.source.id)![kind])), head.source.id, intern);
    });
    collectIfGrown();
    heads.length = 0; // only the decisions are needed now
    lap('reconcile');
    let result = core.result;
    let evidence: EvidenceStream | undefined;
    const layout = streamLayout(options.format);
    if (layout) {
      // One pass over the full mentions files every piece of evidence into its fact's bucket.
      const { EvidenceFiling } = await import('../engine/evidence-stream.js');
      const filing = new EvidenceFiling(result.facts, core.members, spillDir, layout);
      evidence = filing.stream(filing.fileHere(full()));
      lap('file evidence');
    } else {
      const { attachEvidence } = await import('../reconcile/members.js');
      result = { ...result, facts: attachEvidence(result.facts, full(), core.members) };
    }
    const failed = loadDiagnostics.some((d) => d.severity === 'error') || extracted.diagnostics.some((d) => d.severity === 'error');
    const cacheWriter = whole && !failed ? whole.writer() : null;
    const written = await writeResult(result, options, io, cacheWriter ? (chunk) => cacheWriter.write(chunk) : undefined, evidence);
    lap('render and write');
    if (written) {
      cacheWriter?.commit();
      if (cacheWriter && stamps && loadDiagnostics.length === 0) (await import('../io/run-cache.js')).linkStamps(cacheDir!, stamps, whole!.key);
    } else cacheWriter?.abort();
    if (!written) return EXIT.failure;
    return failed ? EXIT.failure : EXIT.ok;
  } finally {
    reader.close();
    forget();
  }
}

/**
 * The spill folder goes when the run ends, however it ends: normally, through an early
 * `process.exit`, or on Ctrl-C / SIGTERM (then the signal is raised again, so the exit
 * status still says what stopped the run). Returns the normal-path removal.
 */
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

/** SUMMIT_FACTS_TIMINGS=1 prints how long each phase took, and the memory in use after it, on stderr. */
function stopwatch(io: CliIO): (phase: string) => void {
  if (!io.env.SUMMIT_FACTS_TIMINGS) return () => undefined;
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    io.writeErr(`summit-facts: ${phase} ${Math.round(now - last)} ms (rss ${Math.round(rss / 2 ** 20)} MB, heap ${Math.round(heapUsed / 2 ** 20)} MB)\n`);
    last = now;
  };
}

async function extractMentions(pending: readonly PendingSource[], spillDir: string, options: ExtractOptions, io: CliIO) {
  const { extractAll } = await import('../engine/extract-all.js');
  const dir = cacheDirOf(options, io);
  const cache = dir ? await openMentionCache(dir) : null;
  const progress = !options.quiet && io.stderrIsTTY && pending.length >= 50;
  const result = await extractAll(pending, {
    jobs: options.jobs ?? availableParallelism(),
    spillDir,
    cache,
    onProgress: progress ? (done, total) => { if (done % 25 === 0 || done === total) io.writeErr(`\rsummit-facts: extracted ${done}/${total}`); } : undefined,
  });
  if (progress) io.writeErr('\n');
  return result;
}

/** The cache is on by default, in $XDG_CACHE_HOME/summit-facts or ~/.cache/summit-facts; off when no home is known. */
function cacheDirOf(options: ExtractOptions, io: CliIO): string | null {
  if (options.cache === false) return null;
  return options.cacheDir ?? (io.env.XDG_CACHE_HOME ? join(io.env.XDG_CACHE_HOME, 'summit-facts') : io.env.HOME ? join(io.env.HOME, '.cache', 'summit-facts') : null);
}

/** A cached output file to --out (a copy, atomically) or to stdout. */
async function copyOut(file: string, options: ExtractOptions, io: CliIO): Promise<boolean> {
  if (!options.out) return writeText([readFileSync(file)], options, io);
  try {
    await io.copyFile(file, options.out);
    return true;
  } catch (err) {
    fail(io, (err as Error).message);
    return false;
  }
}

async function stampsOf(inputs: readonly string[], dir: string, options: ExtractOptions, io: CliIO): Promise<string | null> {
  const { fileStamps } = await import('../load/index.js');
  const files = await fileStamps(inputs, io.cwd);
  if (!files) return null;
  const { stampsKey } = await import('../io/run-cache.js');
  return stampsKey(await toolFingerprint('run'), outputShape(options, io, options.referenceDate ?? null) + `\0${dir}`, files);
}

const fingerprints = new Map<string, string>();

/** Hashes the built code once per run and scope: the stamps key and the run key share it. */
async function toolFingerprint(scope: 'extraction' | 'run'): Promise<string> {
  const known = fingerprints.get(scope);
  if (known) return known;
  const { extractorFingerprint, EXTRACTION_DIRS, RUN_DIRS } = await import('../io/fingerprint.js');
  const fresh = extractorFingerprint(packageVersion(), scope === 'run' ? RUN_DIRS : EXTRACTION_DIRS);
  fingerprints.set(scope, fresh);
  return fresh;
}

async function openMentionCache(dir: string) {
  const { diskCache } = await import('../io/cache.js');
  const fingerprint = await toolFingerprint('extraction');
  return { dir, fingerprint, store: diskCache(dir, fingerprint) };
}

/** The content-keyed run cache: every file is read (not kept) for its hash; null when some input is unusual. */
async function openRunCache(dir: string, inputs: readonly string[], load: LoadOptions, options: ExtractOptions, io: CliIO) {
  const digests = await fileDigests(inputs, load);
  if (!digests) return null;
  const { runCache } = await import('../io/run-cache.js');
  const shape = outputShape(options, io, options.referenceDate ?? null);
  return runCache(dir, await toolFingerprint('run'), shape, digests);
}

async function writeShards(mentions: Iterable<SourceMentions>, dir: string, io: CliIO): Promise<boolean> {
  const { shardName, shardText } = await import('../io/shards.js');
  try {
    await mkdir(dir, { recursive: true });
    for (const m of mentions) await io.writeFile(join(dir, shardName(m.source.id)), shardText(m));
    return true;
  } catch (err) {
    fail(io, `cannot write mention shards to ${dir}: ${(err as Error).message}`);
    return false;
  }
}
