import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceInfo } from '../model/source.js';

/**
 * Problems the extraction stages reported, located by path for `check`. Load problems are
 * left out (the CLI prints them and they decide exit code 2), and so is `quote/unattributed`,
 * which consistency.ts derives from the facts with the other sources' speaker attached.
 * Severities are settled afterwards, from the config and the code table (policy.ts).
 */
export function stageDiagnostics(diagnostics: readonly Diagnostic[], sources: readonly SourceInfo[]): Diagnostic[] {
  const paths = new Map(sources.map((s) => [s.id, s.path]));
  return diagnostics
    .filter((d) => !d.code.startsWith('load/') && d.code !== 'quote/unattributed')
    .map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      source: d.source === null ? null : (paths.get(d.source) ?? d.source),
      line: d.line ?? 0,
      column: d.column ?? 0,
      related: d.related ?? [],
    }));
}
