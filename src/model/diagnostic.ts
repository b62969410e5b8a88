export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found while loading or extracting. Stages report by `code`; only
 * `check/` decides the final severity, but each report carries a default.
 */
export interface Diagnostic {
  /** Stable code, e.g. `load/not-utf8`, `quote/unclosed`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Source id, or the path for files that never became a source. */
  readonly source: string | null;
  readonly start?: number;
  readonly end?: number;
  /** 1-based; filled in when a span is known. */
  readonly line?: number;
  readonly column?: number;
  /** A second location the message refers to ("also quoted at …"). */
  readonly related?: readonly RelatedLocation[];
}

export interface RelatedLocation {
  readonly source: string;
  readonly path?: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
}
