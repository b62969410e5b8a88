import type { Diagnostic } from './model/diagnostic.js';
import type { RunResult } from './model/fact.js';
import type { Source } from './model/source.js';
import { extractSource, type ExtractOptions } from './extract/index.js';
import { reconcileAll, type ReconcileOptions } from './reconcile/index.js';

/**
 * The whole run on strings, in memory and in one thread: extract each source, reconcile, attach
 * the evidence. The engine (engine/run.ts) gives byte-identical results on files, in bounded
 * memory; tests hold the two to that.
 */
export function runPipeline(sources: readonly Source[], options: ReconcileOptions & ExtractOptions = {}, loadDiagnostics: readonly Diagnostic[] = []): RunResult {
  return reconcileAll(sources.map((s) => extractSource(s, options)), loadDiagnostics, options);
}
