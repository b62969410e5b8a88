import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { loadSources, sourceInfo } from '../load/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceMentions } from '../model/extraction.js';
import type { Source } from '../model/source.js';
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
  const loaded = await loadSources(inputs, { cwd: io.cwd, readStdin: () => io.readStdin(), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) });
  if (!options.quiet) reportDiagnostics(io, loaded.diagnostics);
  if (loaded.sources.length === 0) {
    fail(io, 'no readable article to process');
    return EXIT.failure;
  }
  lap('load');
  const loadFailed = loaded.diagnostics.some((d: Diagnostic) => d.severity === 'error');
  const whole = cacheDir ? await openRunCache(cacheDir, loaded.sources, options, io) : null;
  const hit = whole?.read();
  const clean = loaded.diagnostics.length === 0;
  const link = async () => {
    if (whole && stamps && clean) (await import('../io/run-cache.js')).linkStamps(cacheDir!, stamps, whole.key);
  };
  if (hit != null) {
    await link();
    return (await writeText([hit], options, io)) ? (loadFailed ? EXIT.failure : EXIT.ok) : EXIT.failure;
  }

  const extracted = await extractMentions(loaded.sources, options, io);
  lap('extract');
  if (!options.quiet) reportDiagnostics(io, extracted.diagnostics);
  if (options.mentionsOut && !(await writeShards(extracted.mentions, options.mentionsOut, io))) return EXIT.failure;
  // Loaded lazily: the NLP lexicon costs ~0.4 s to import, which --help and --version never pay.
  const { reconcile } = await import('../reconcile/index.js');
  const result = reconcile(extracted.mentions, [...loaded.diagnostics, ...extracted.diagnostics], { referenceDate: options.referenceDate ?? null });
  extracted.mentions.length = 0; // let the mentions go before rendering: only the result is needed now
  lap('reconcile');
  const failed = loadFailed || extracted.diagnostics.some((d) => d.severity === 'error');
  const cacheWriter = whole && !failed ? whole.writer() : null;
  const written = await writeResult(result, options, io, cacheWriter ? (chunk) => cacheWriter.write(chunk) : undefined);
  lap('render and write');
  if (written) {
    cacheWriter?.commit();
    if (cacheWriter) await link();
  } else cacheWriter?.abort();
  if (!written) return EXIT.failure;
  return failed ? EXIT.failure : EXIT.ok;
}

/** SUMMIT_FACTS_TIMINGS=1 prints how long each phase took, on stderr. */
function stopwatch(io: CliIO): (phase: string) => void {
  if (!io.env.SUMMIT_FACTS_TIMINGS) return () => undefined;
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    io.writeErr(`summit-facts: ${phase} ${Math.round(now - last)} ms\n`);
    last = now;
  };
}

async function extractMentions(sources: readonly Source[], options: ExtractOptions, io: CliIO) {
  const { extractAll } = await import('../engine/extract-all.js');
  const dir = cacheDirOf(options, io);
  const store = dir ? await openMentionCache(dir) : null;
  const progress = !options.quiet && io.stderrIsTTY && sources.length >= 50;
  const result = await extractAll(sources, {
    jobs: options.jobs ?? availableParallelism(),
    store,
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
  return diskCache(dir, await toolFingerprint('extraction'));
}

async function openRunCache(dir: string, sources: readonly Source[], options: ExtractOptions, io: CliIO) {
  const { runCache } = await import('../io/run-cache.js');
  const shape = outputShape(options, io, options.referenceDate ?? null);
  return runCache(dir, await toolFingerprint('run'), shape, sources.map((s) => sourceInfo(s, null)));
}

async function writeShards(mentions: readonly SourceMentions[], dir: string, io: CliIO): Promise<boolean> {
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
