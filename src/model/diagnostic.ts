export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem, reported by a stage with a stable code (`load/not-utf8`, `quote/unclosed`) and a
 * place; its severity comes from the code table (model/codes.ts) and, in `check`, the config.
 * One type for every command: `extract` writes them into the JSON, `check` prints them.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Source id; or the path, for a file that never became a source and for everything `check` reports. */
  readonly source: string | null;
  readonly start?: number;
  readonly end?: number;
  /** 1-based; filled in when a span is known (0 or absent: the whole file). */
  readonly line?: number;
  readonly column?: number;
  /** Other places the message refers to ("also quoted at …"). */
  readonly related?: readonly RelatedPlace[];
}

export interface RelatedPlace {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

/** The one order of diagnostics everywhere: file, line, column, code, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return cmp(a.source ?? '', b.source ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || cmp(a.code, b.code) || cmp(a.message, b.message);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
