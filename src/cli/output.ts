import type { RunResult } from '../model/fact.js';
import { chunkRenderers, renderers, isFormatName, formatNames, needsSourceTexts, type RenderOptions, type StreamedResult } from '../render/index.js';
import { readSourceTexts } from './source-texts.js';
import { batches } from './write-atomic.js';
import { wantsColor, type CliIO } from './io.js';
import { fail, note } from './report.js';

export interface OutputOptions {
  format: string;
  out?: string;
  color?: boolean;
}

/**
 * The table is laid out for the terminal's width (100 columns when piped); the timeline, a list of
 * lines other tools read, wraps only on a terminal.
 */
export function renderOptionsFor(options: OutputOptions, io: CliIO): RenderOptions {
  const terminal = io.stdoutIsTTY && !options.out;
  const width = options.format === 'timeline' && !terminal ? Number.POSITIVE_INFINITY : Math.max(60, Math.min(io.columns ?? 100, 160));
  return { color: options.out ? false : wantsColor(io, options.color), width };
}

/** Everything besides the data that decides the output's bytes (for the run cache key). */
export function outputShape(options: OutputOptions, io: CliIO, referenceDate: string | null): string {
  const r = renderOptionsFor(options, io);
  return JSON.stringify([options.format, r.color, r.width, referenceDate]);
}

export function checkFormat(options: OutputOptions, io: CliIO): boolean {
  if (isFormatName(options.format)) return true;
  fail(io, `unknown format "${options.format}"; expected one of: ${formatNames.join(', ')}`);
  return false;
}

/** What a run hands the output besides the result. */
export interface WriteExtras {
  /** Receives every piece written (the run cache). */
  readonly tee?: (chunk: string) => void;
  /** Texts the run read that cannot be read again (stdin), by path. */
  readonly held?: ReadonlyMap<string, string>;
}

/**
 * Renders the result in the chosen format to stdout, or atomically to --out,
 * handing every piece to `tee` too. False when it could not.
 */
export async function writeResult(result: StreamedResult, options: OutputOptions, io: CliIO, extras: WriteExtras = {}): Promise<boolean> {
  if (!checkFormat(options, io)) return false;
  const format = options.format as keyof typeof renderers;
  const renderOptions = withTexts(renderOptionsFor(options, io), result, options, io, extras.held);
  const tee = extras.tee;
  const chunked = chunkRenderers[format];
  // Formats that lay out the whole table need every fact at once (the engine gives them an array).
  const pieces: Iterable<string> = chunked ? batches(chunked(result, renderOptions), 16 * 1024) : [renderers[format](result as RunResult, renderOptions)];
  return writeText(tee ? teed(pieces, tee) : pieces, options, io);
}

/** The articles' texts, for the formats that show them; a file changed since the run is named on stderr. */
function withTexts(base: RenderOptions, result: StreamedResult, options: OutputOptions, io: CliIO, held: ReadonlyMap<string, string> = new Map()): RenderOptions {
  if (!needsSourceTexts(options.format)) return base;
  const { texts, missing } = readSourceTexts(result.sources, io.cwd, held);
  for (const { path, why } of missing) {
    note(io, `${path} ${why === 'changed' ? 'changed since the run read it' : 'cannot be read from here'}; the report shows its facts without its text`);
  }
  return { ...base, texts };
}

/** Writes already-rendered output (possibly in pieces) to stdout or atomically to --out. */
export async function writeText(pieces: Iterable<string | Uint8Array>, options: OutputOptions, io: CliIO): Promise<boolean> {
  if (!options.out) {
    for (const piece of pieces) io.writeOut(piece);
    return true;
  }
  try {
    await io.writeFile(options.out, pieces);
    return true;
  } catch (err) {
    fail(io, (err as Error).message);
    return false;
  }
}

function* teed(pieces: Iterable<string>, tee: (chunk: string) => void): Generator<string> {
  for (const p of pieces) {
    tee(p);
    yield p;
  }
}

export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
