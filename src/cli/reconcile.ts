import { EXIT } from './exit-codes.js';
import type { CliIO } from './io.js';
import { isIsoDay, writeResult, type OutputOptions } from './output.js';
import { fail, reportDiagnostics } from './report.js';

export interface ReconcileOptions extends OutputOptions {
  referenceDate?: string;
}

/** `summit-facts reconcile <shards...>`: the same fact table a single run gives, from mention shards. */
export async function runReconcile(inputs: readonly string[], options: ReconcileOptions, io: CliIO): Promise<number> {
  if (options.referenceDate !== undefined && !isIsoDay(options.referenceDate)) {
    fail(io, `--reference-date must be a real day as YYYY-MM-DD, got "${options.referenceDate}"`);
    return EXIT.failure;
  }
  const { readShards } = await import('../io/shards.js');
  const { resolve } = await import('node:path');
  const shards = readShards(inputs.map((i) => resolve(io.cwd, i)));
  reportDiagnostics(io, shards.diagnostics);
  if (shards.mentions.length === 0) {
    fail(io, 'no mention shards found (write them with `summit-facts extract --mentions-out DIR`)');
    return EXIT.failure;
  }
  const { reconcile } = await import('../reconcile/index.js');
  const result = reconcile(shards.mentions, [], { referenceDate: options.referenceDate ?? null });
  if (!(await writeResult(result, options, io))) return EXIT.failure;
  return shards.diagnostics.length ? EXIT.failure : EXIT.ok;
}
