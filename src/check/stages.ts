import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceInfo } from '../model/source.js';
import { defaultSeverity } from './codes.js';
import type { CheckDiagnostic } from './types.js';

/**
 * Problems the extraction stages reported, as check diagnostics. Load problems
 * are left out (the CLI prints them and they decide exit code 2), and so is
 * `quote/unattributed`, which consistency.ts derives from the facts with the
 * other sources' speaker attached. `info` notes stay notes.
 */
export function stageDiagnostics(diagnostics: readonly Diagnostic[], sources: readonly SourceInfo[]): CheckDiagnostic[] {
  const paths = new Map(sources.map((s) => [s.id, s.path]));
  return diagnostics
    .filter((d) => !d.code.startsWith('load/') && d.code !== 'quote/unattributed' && d.severity !== 'info')
    .map((d) => ({
      code: d.code,
      severity: defaultSeverity(d.code, d.severity === 'error' ? 'error' : 'warning'),
      message: d.message,
      path: d.source === null ? null : (paths.get(d.source) ?? d.source),
      line: d.line ?? 0,
      column: d.column ?? 0,
      related: (d.related ?? []).map((r) => ({ path: r.path ?? paths.get(r.source) ?? r.source, line: r.line, column: r.column, text: r.text })),
    }));
}
