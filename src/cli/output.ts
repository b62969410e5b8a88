import type { RunResult } from '../model/fact.js';
import { chunkRenderers, renderers, isFormatName, formatNames } from '../render/index.js';
import { batches } from './write-atomic.js';
import { wantsColor, type CliIO } from './io.js';
import { fail } from './report.js';

export interface OutputOptions {
  format: string;
  out?: string;
  color?: boolean;
}

/** Renders the result in the chosen format to stdout, or atomically to --out. False when it could not. */
export async function writeResult(result: RunResult, options: OutputOptions, io: CliIO): Promise<boolean> {
  if (!isFormatName(options.format)) {
    fail(io, `unknown format "${options.format}"; expected one of: ${formatNames.join(', ')}`);
    return false;
  }
  const color = options.out ? false : wantsColor(io, options.color);
  const renderOptions = { color, width: Math.max(60, Math.min(io.columns ?? 100, 160)) };
  const chunked = chunkRenderers[options.format];
  const text = chunked ? chunked(result, renderOptions) : renderers[options.format](result, renderOptions);
  if (!options.out) {
    if (typeof text === 'string') io.writeOut(text);
    else for (const chunk of batches(text)) io.writeOut(chunk);
    return true;
  }
  try {
    await io.writeFile(options.out, text);
    return true;
  } catch (err) {
    fail(io, (err as Error).message);
    return false;
  }
}

export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
