import type { Diagnostic } from './model/diagnostic.js';
import type { RunResult } from './model/fact.js';
import type { Source } from './model/source.js';
import { extractSource, type ExtractOptions } from './extract/index.js';
import { reconcile, type ReconcileOptions } from './reconcile/index.js';

/** The whole run on strings, no I/O: what tests and the CLI share. */
export function runPipeline(sources: readonly Source[], options: ReconcileOptions & ExtractOptions = {}, loadDiagnostics: readonly Diagnostic[] = []): RunResult {
  return reconcile(sources.map((s) => extractSource(s, options)), loadDiagnostics, options);
}
