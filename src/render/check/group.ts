import type { CheckReport } from '../../check/types.js';
import type { Diagnostic } from '../../model/diagnostic.js';

/** Diagnostics per file, files in report order (diagnostics are already sorted); problems with no file come first under ''. */
export function byFile(report: CheckReport): Array<[string, Diagnostic[]]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const key = d.source ?? '';
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(d);
  }
  return [...groups];
}

/** `path:line:column`, or just the path for whole-file problems. */
export function location(d: Diagnostic): string {
  const path = d.source ?? 'summit-facts';
  return d.line ? `${path}:${d.line}:${d.column ?? 0}` : path;
}
