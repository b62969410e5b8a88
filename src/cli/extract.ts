import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { EXIT } from '../model/exit.js';
import type { Run } from '../engine/run.js';
import type { MentionStore } from '../engine/store.js';
import type { LoadOptions } from '../load/index.js';
import { cacheSettings, pruneAfterRun, shardCache, type CacheOptions, type CacheSettings } from './cache.js';
import type { CliIO } from './io.js';
import { isStreamed, needsSourceTexts } from '../render/index.js';
import { fail, note, reportDiagnostics } from './report.js';
import { checkFormat, isIsoDay, outputShape, writeResult, writeText, type OutputOptions } from './output.js';
import { withSpillFolder } from './spill-folder.js';
import { stopwatch } from './stopwatch.js';

export interface ExtractOptions extends OutputOptions, CacheOptions {
  referenceDate?: string;
  quiet?: boolean;
  maxBytes?: number;
  jobs?: number;
  mentionsOut?: string;
}

/** `summit-facts extract <inputs...>`: options → the engine → the chosen format, on stdout or --out. */
export async function runExtract(inputs: readonly string[], options: ExtractOptions, io: CliIO): Promise<number> {
  if (options.referenceDate !== undefined && !isIsoDay(options.referenceDate)) {
    fail(io, `--reference-date must be a real day as YYYY-MM-DD, got "${options.referenceDate}"`);
    return EXIT.failure;
  }
  if (!checkFormat(options, io)) return EXIT.failure;
  const lap = stopwatch(io);
  const referenceDate = options.referenceDate ?? null;
  // Standard input is read once; formats that show the articles (html) need its text again at the end.
  const held = new Map<string, string>();
  const readStdin = async (): Promise<Buffer> => {
    const bytes = await io.readStdin();
    if (needsSourceTexts(options.format)) held.set('-', bytes.toString('utf8'));
    return bytes;
  };
  const load = { cwd: io.cwd, readStdin, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) };
  const settings = cacheSettings(options, io);
  // Shards must be written from a real run, so --mentions-out never takes a cached output.
  const { outputCache } = await import('./output-cache.js');
  const whole = settings && !options.mentionsOut ? await outputCache(inputs, settings, outputShape(options, io, referenceDate), load) : null;
  if (whole?.hit) return (await writeText(whole.hit.chunks(), options, io)) ? EXIT.ok : EXIT.failure;

  const code = await withSpillFolder(io, async (spillDir) => {
    const { runResult } = await import('../engine/run.js');
    const run = await findAndExtract(inputs, load, spillDir, settings, options, io, lap);
    lap('read and extract');
    // -q hides warnings and progress, never the reason for exit code 2.
    reportDiagnostics(io, options.quiet ? run.problems.filter((d) => d.severity === 'error') : run.problems);
    if (run.store.size === 0) {
      fail(io, 'no readable article to process');
      return EXIT.failure;
    }
    if (options.mentionsOut && !(await writeShards(run.store, options.mentionsOut, io))) return EXIT.failure;
    const result = await runResult(run, { referenceDate, evidence: isStreamed(options.format) ? 'stream' : 'memory', lap });
    const failed = run.problems.some((d) => d.severity === 'error');
    const recorder = failed ? null : (whole?.recorder() ?? null);
    const written = await writeResult(result, options, io, { held, ...(recorder ? { tee: (chunk: string) => recorder.write(chunk) } : {}) });
    lap('render and write');
    if (written) recorder?.commit(run.problems.length === 0);
    else recorder?.abort();
    if (settings) await pruneAfterRun(settings);
    if (!written) return EXIT.failure;
    return failed ? EXIT.failure : EXIT.ok;
  });
  return code ?? EXIT.failure;
}

/**
 * The inputs found and every source extracted into the run's store. A function of its own so that the
 * list of sources to read (each one's paths, id and reader: 30 MB for 36,849 files) goes when extraction
 * ends: a local of `runExtract` would live in its frame through reconciling and writing.
 */
async function findAndExtract(inputs: readonly string[], load: LoadOptions, spillDir: string, settings: CacheSettings | null, options: ExtractOptions, io: CliIO, lap: (phase: string) => void): Promise<Run> {
  const { pendingSources } = await import('../load/index.js');
  const { extractRun } = await import('../engine/run.js');
  const found = await pendingSources(inputs, load);
  lap('find');
  const progress = !options.quiet && io.stderrIsTTY && found.pending.length >= 50;
  const run = await extractRun(found.pending, found.diagnostics, {
    spillDir,
    jobs: options.jobs,
    cache: settings ? await shardCache(settings) : null,
    onNote: (message) => !options.quiet && note(io, message),
    onProgress: progress ? (done, total) => { if (done % 25 === 0 || done === total) io.writeErr(`\rsummit-facts: extracted ${done}/${total}`); } : undefined,
  });
  if (progress) io.writeErr('\n');
  return run;
}

/** --mentions-out: each source's shard, the same bytes the cache keeps, as `<id>.mentions.ndjson`. */
async function writeShards(store: MentionStore, dir: string, io: CliIO): Promise<boolean> {
  const { shardName } = await import('../io/shard.js');
  try {
    await mkdir(dir, { recursive: true });
    for (const { id, bytes } of store.shardBytes()) await io.writeFile(join(dir, shardName(id)), [bytes]);
    return true;
  } catch (err) {
    fail(io, `cannot write mention shards to ${dir}: ${(err as Error).message}`);
    return false;
  }
}
