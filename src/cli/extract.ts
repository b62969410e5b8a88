import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileDigests, loadDiagnosticsOrder, pendingSources, type LoadOptions, type PendingSource } from '../load/index.js';
import type { SourceMentions } from '../model/extraction.js';
import { EXIT } from '../model/exit.js';
import type { CliIO } from './io.js';
import { fail, reportDiagnostics } from './report.js';
import { checkFormat, isIsoDay, outputShape, writeText, type OutputOptions } from './output.js';
import { reconcileSpilled, withSpillFolder } from './spilled.js';
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
  let found: Awaited<ReturnType<typeof pendingSources>> | null = await pendingSources(inputs, loadOptions);
  lap('find');
  const code = await withSpillFolder(io, async (spillDir) => {
    const extracted = await extractMentions(found!.pending, spillDir, options, io);
    const findDiagnostics = found!.diagnostics;
    found = null; // a closure per file: let them go
    lap('read and extract');
    const loadDiagnostics = loadDiagnosticsOrder([...findDiagnostics, ...extracted.loadDiagnostics]);
    if (!options.quiet) reportDiagnostics(io, loadDiagnostics);
    if (extracted.refs.length + extracted.diagnostics.length === 0) {
      fail(io, 'no readable article to process');
      return EXIT.failure;
    }
    if (!options.quiet) reportDiagnostics(io, extracted.diagnostics);
    const failed = loadDiagnostics.some((d) => d.severity === 'error') || extracted.diagnostics.some((d) => d.severity === 'error');
    const cacheWriter = whole && !failed ? whole.writer() : null;
    const mentionsOut = options.mentionsOut;
    const written = await reconcileSpilled({
      dir: spillDir,
      refs: extracted.refs,
      extra: [...loadDiagnostics, ...extracted.diagnostics],
      referenceDate: options.referenceDate ?? null,
      ...(mentionsOut ? { shards: (full: Iterable<SourceMentions>) => writeShards(full, mentionsOut, io) } : {}),
      ...(cacheWriter ? { tee: (chunk: string) => cacheWriter.write(chunk) } : {}),
      lap,
    }, options, io);
    if (written) {
      cacheWriter?.commit();
      if (cacheWriter && stamps && loadDiagnostics.length === 0) (await import('../io/run-cache.js')).linkStamps(cacheDir!, stamps, whole!.key);
    } else cacheWriter?.abort();
    if (!written) return EXIT.failure;
    return failed ? EXIT.failure : EXIT.ok;
  });
  return code ?? EXIT.failure;
}

/**
 * SUMMIT_FACTS_TIMINGS=1 prints how long each phase took, the CPU time the process spent in it
 * (all threads: more than the wall time when workers or the collector ran beside this thread),
 * and the memory in use after it, on stderr.
 */
function stopwatch(io: CliIO): (phase: string) => void {
  if (!io.env.SUMMIT_FACTS_TIMINGS) return () => undefined;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return (phase) => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    const ms = (n: number) => Math.round(n);
    io.writeErr(`summit-facts: ${phase} ${ms(now - last)} ms, cpu ${ms((cpu.user + cpu.system) / 1000)} ms ` +
      `(rss ${ms(rss / 2 ** 20)} MB, heap ${ms(heapUsed / 2 ** 20)} MB)\n`);
    last = now;
    lastCpu = process.cpuUsage();
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
