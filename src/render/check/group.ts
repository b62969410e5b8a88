import type { CheckDiagnostic, CheckReport } from '../../check/types.js';

/** Diagnostics per file, files in report order (diagnostics are already sorted); problems with no file come first under ''. */
export function byFile(report: CheckReport): Array<[string, CheckDiagnostic[]]> {
  const groups = new Map<string, CheckDiagnostic[]>();
  for (const d of report.diagnostics) {
    const key = d.path ?? '';
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(d);
  }
  return [...groups];
}

/** `path:line:column`, or just the path for whole-file problems. */
export function location(d: CheckDiagnostic): string {
  const path = d.path ?? 'summit-facts';
  return d.line > 0 ? `${path}:${d.line}:${d.column}` : path;
}
