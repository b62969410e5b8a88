import { resolve } from 'node:path';
import { EXIT } from '../model/exit.js';
import type { CliIO } from './io.js';
import { isStreamed } from '../render/index.js';
import { isIsoDay, writeResult, type OutputOptions } from './output.js';
import { fail, reportDiagnostics } from './report.js';
import { withSpillFolder } from './spill-folder.js';

export interface ReconcileOptions extends OutputOptions {
  referenceDate?: string;
}

/**
 * `summit-facts reconcile <shards...>`: the same fact table a single run gives, from mention
 * shards; the engine reads them into its store and goes on exactly as `extract` does.
 */
export async function runReconcile(inputs: readonly string[], options: ReconcileOptions, io: CliIO): Promise<number> {
  if (options.referenceDate !== undefined && !isIsoDay(options.referenceDate)) {
    fail(io, `--reference-date must be a real day as YYYY-MM-DD, got "${options.referenceDate}"`);
    return EXIT.failure;
  }
  const { shardFiles } = await import('../io/shard.js');
  const { runResult, shardRun } = await import('../engine/run.js');
  const found = shardFiles(inputs.map((i) => resolve(io.cwd, i)));
  const code = await withSpillFolder(io, async (dir) => {
    const run = shardRun(found.files, found.diagnostics, dir);
    reportDiagnostics(io, run.problems);
    if (run.store.size === 0) {
      fail(io, 'no mention shards found (write them with `summit-facts extract --mentions-out DIR`)');
      return EXIT.failure;
    }
    const result = await runResult(run, { referenceDate: options.referenceDate ?? null, evidence: isStreamed(options.format) ? 'stream' : 'memory' });
    if (!(await writeResult(result, options, io))) return EXIT.failure;
    return run.problems.length > 0 ? EXIT.failure : EXIT.ok;
  });
  return code ?? EXIT.failure;
}
