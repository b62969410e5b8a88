import type { SourceRefs } from '../engine/spill-mentions.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { EXIT } from '../model/exit.js';
import type { CliIO } from './io.js';
import { isIsoDay, type OutputOptions } from './output.js';
import { fail, reportDiagnostics } from './report.js';
import { reconcileSpilled, withSpillFolder } from './spilled.js';

export interface ReconcileOptions extends OutputOptions {
  referenceDate?: string;
}

/**
 * `summit-facts reconcile <shards...>`: the same fact table a single run gives, from mention
 * shards. Shards are read one at a time into a spill folder, then reconciled and written
 * exactly as `extract` does after extracting, so memory stays near the live data.
 */
export async function runReconcile(inputs: readonly string[], options: ReconcileOptions, io: CliIO): Promise<number> {
  if (options.referenceDate !== undefined && !isIsoDay(options.referenceDate)) {
    fail(io, `--reference-date must be a real day as YYYY-MM-DD, got "${options.referenceDate}"`);
    return EXIT.failure;
  }
  const { shardFiles, readShard } = await import('../io/shards.js');
  const { resolve } = await import('node:path');
  const found = shardFiles(inputs.map((i) => resolve(io.cwd, i)));
  const code = await withSpillFolder(io, async (dir) => {
    const { SpillWriter } = await import('../io/spill.js');
    const { spillMentions } = await import('../engine/spill-mentions.js');
    const spill = new SpillWriter(dir, 0);
    const refs: SourceRefs[] = [];
    const diagnostics: Diagnostic[] = [...found.diagnostics];
    try {
      for (const file of found.files) {
        const shard = readShard(file);
        if ('code' in shard) diagnostics.push(shard);
        else refs.push(spillMentions(shard, spill).refs);
      }
    } finally {
      spill.close();
    }
    reportDiagnostics(io, diagnostics);
    if (refs.length === 0) {
      fail(io, 'no mention shards found (write them with `summit-facts extract --mentions-out DIR`)');
      return EXIT.failure;
    }
    const written = await reconcileSpilled({ dir, refs, extra: [], referenceDate: options.referenceDate ?? null }, options, io);
    if (!written) return EXIT.failure;
    return diagnostics.length ? EXIT.failure : EXIT.ok;
  });
  return code ?? EXIT.failure;
}
