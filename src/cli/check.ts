import path from 'node:path';
import { isIgnored } from '../check/config.js';
import { applySeverities, exitCode, tally } from '../check/policy.js';
import type { DraftVerdict } from '../check/types.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { loadSources } from '../load/index.js';
import { checkFormatNames, checkRenderers, isCheckFormat } from '../render/check/index.js';
import { EXIT } from '../model/exit.js';
import { wantsColor, type CliIO } from './io.js';
import { fail, reportDiagnostics } from './report.js';
import { cacheSettings, pruneAfterRun, shardCache } from './cache.js';
import { withSpillFolder } from './spill-folder.js';
import { isIsoDay } from './output.js';
import { pathForIgnore, readConfig, readExpect } from './check-files.js';

export interface CheckOptions {
  against?: string[];
  expect?: string;
  config?: string;
  format: string;
  maxWarnings?: number;
  referenceDate?: string;
  color?: boolean;
  out?: string;
  quiet?: boolean;
}

/**
 * `summit-facts check <sources...>`: consistency across sources.
 * `summit-facts check <drafts...> --against <sources...>`: every draft quote against the sources.
 * Exit code: 0 no errors, 1 errors (or warnings over --max-warnings), 2 could not run.
 */
export async function runCheck(inputs: readonly string[], options: CheckOptions, io: CliIO): Promise<number> {
  if (!isCheckFormat(options.format)) return usage(io, `unknown format "${options.format}"; expected one of: ${checkFormatNames.join(', ')}`);
  if (options.referenceDate !== undefined && !isIsoDay(options.referenceDate)) return usage(io, `--reference-date must be a real day as YYYY-MM-DD, got "${options.referenceDate}"`);
  const configFile = await readConfig(io, options.config);
  if (typeof configFile === 'string') return usage(io, configFile);
  const config = configFile.config;
  const expected = options.expect === undefined ? null : await readExpect(io, options.expect);
  if (typeof expected === 'string') return usage(io, expected);

  const drafting = options.against !== undefined;
  const loadOptions = { cwd: io.cwd, readStdin: () => io.readStdin() };
  const loaded = await loadSources(drafting ? options.against! : inputs, loadOptions);
  const drafts = drafting ? await loadSources(inputs, loadOptions) : { sources: [], diagnostics: [] };
  const loadProblems = [...loaded.diagnostics, ...drafts.diagnostics];
  // -q hides warnings and notes, never the reason for exit code 2.
  reportDiagnostics(io, options.quiet ? loadProblems.filter((d) => d.severity === 'error') : loadProblems);
  const sources = loaded.sources.filter((s) => !isIgnored(pathForIgnore(io, configFile.dir, s.path), config.ignore));
  if (sources.length === 0) return usage(io, 'no readable source article to check');
  if (drafting && drafts.sources.length === 0) return usage(io, 'no readable draft to check');

  const result = await withSpillFolder(io, async (spillDir) => {
    // Loaded lazily, like extract: the NLP library costs ~0.4 s to import, which --help never pays.
    const { extractRun, runResult } = await import('../engine/run.js');
    const settings = cacheSettings({}, io);
    const pending = sources.map((source) => ({ path: source.path, load: async () => ({ ok: true as const, source }) }));
    const run = await extractRun(pending, loaded.diagnostics, { spillDir, cache: settings ? await shardCache(settings) : null, speechVerbs: config.speechVerbs });
    const out = await runResult(run, { referenceDate: options.referenceDate ?? null, evidence: 'memory' });
    if (settings) await pruneAfterRun(settings);
    return out;
  });
  if (result === null) return EXIT.failure;
  const found: Diagnostic[] = [];
  const verdicts: DraftVerdict[] = [];
  if (drafting) {
    const { verifyDraft } = await import('../check/draft.js');
    for (const d of drafts.sources) {
      const v = verifyDraft(d, sources, result, config.aliases, config.speechVerbs);
      verdicts.push(...v.verdicts);
      found.push(...v.diagnostics);
    }
  } else {
    const { consistencyDiagnostics } = await import('../check/consistency.js');
    const { stageDiagnostics } = await import('../check/stages.js');
    found.push(...consistencyDiagnostics(result, config.aliases), ...stageDiagnostics(result.diagnostics, result.sources));
  }
  if (expected) {
    const { checkExpectations } = await import('../check/expect.js');
    found.push(...checkExpectations(expected.list, result, expected.file, config.aliases));
  }

  const diagnostics = applySeverities(found, config.severity);
  const files = [...new Set([...sources.map((s) => s.path), ...drafts.sources.map((s) => s.path), ...(expected ? [expected.file.path] : [])])].sort();
  const color = options.out ? false : wantsColor(io, options.color);
  const text = checkRenderers[options.format]({ files, diagnostics, verdicts }, { color });
  if (options.out) {
    try {
      await io.writeFile(path.resolve(io.cwd, options.out), text);
    } catch (err) {
      fail(io, (err as Error).message);
      return EXIT.failure;
    }
  } else {
    io.writeOut(text);
  }
  if (loadProblems.some((d) => d.severity === 'error')) return EXIT.failure;
  const counts = tally(diagnostics);
  const code = exitCode(counts, options.maxWarnings);
  if (code !== EXIT.ok && counts.errors === 0) fail(io, `${counts.warnings} ${counts.warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${options.maxWarnings}`);
  return code;
}

function usage(io: CliIO, message: string): number {
  fail(io, message);
  return EXIT.failure;
}
