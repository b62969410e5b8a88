import { loadSources } from '../load/index.js';
import { renderers, isFormatName, formatNames } from '../render/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { EXIT } from './exit-codes.js';
import { wantsColor, type CliIO } from './io.js';
import { fail, reportDiagnostics } from './report.js';

export interface ExtractOptions {
  format: string;
  out?: string;
  referenceDate?: string;
  color?: boolean;
  quiet?: boolean;
  maxBytes?: number;
}

/** `summit-facts extract <inputs...>`: load, run the pipeline, render, write. Returns the exit code. */
export async function runExtract(inputs: readonly string[], options: ExtractOptions, io: CliIO): Promise<number> {
  if (!isFormatName(options.format)) {
    fail(io, `unknown format "${options.format}"; expected one of: ${formatNames.join(', ')}`);
    return EXIT.failure;
  }
  if (options.referenceDate !== undefined && !isIsoDay(options.referenceDate)) {
    fail(io, `--reference-date must be a real day as YYYY-MM-DD, got "${options.referenceDate}"`);
    return EXIT.failure;
  }
  const loaded = await loadSources(inputs, { cwd: io.cwd, readStdin: () => io.readStdin(), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) });
  if (!options.quiet) reportDiagnostics(io, loaded.diagnostics);
  const unreadable = loaded.diagnostics.some((d: Diagnostic) => d.severity === 'error');
  if (loaded.sources.length === 0) {
    fail(io, 'no readable article to process');
    return EXIT.failure;
  }
  if (!options.quiet && io.stderrIsTTY && loaded.sources.length >= 50) io.writeErr(`summit-facts: extracting ${loaded.sources.length} articles…\n`);
  // Loaded lazily: the NLP library costs ~0.4 s to import, which --help and --version never pay.
  const { runPipeline } = await import('../pipeline.js');
  const result = runPipeline(loaded.sources, { referenceDate: options.referenceDate ?? null }, loaded.diagnostics);
  const text = renderers[options.format](result, { color: options.out ? false : wantsColor(io, options.color), width: Math.max(60, Math.min(io.columns ?? 100, 160)) });
  if (options.out) {
    try {
      await io.writeFile(options.out, text);
    } catch (err) {
      fail(io, (err as Error).message);
      return EXIT.failure;
    }
  } else {
    io.writeOut(text);
  }
  return unreadable ? EXIT.failure : EXIT.ok;
}

function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
