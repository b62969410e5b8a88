/** One input article, exactly as read. Offsets everywhere point into `text`. */
export interface Source {
  /** Stable short id, derived from the file name (`000_41f1…` → `000_41f182e5ede7fa12`). */
  readonly id: string;
  /** Path as given on the command line (or `-` for stdin), with forward slashes. */
  readonly path: string;
  readonly text: string;
}

/** Metadata about a source that travels into the output. */
export interface SourceInfo {
  readonly id: string;
  readonly path: string;
  /** Length of the text in UTF-16 code units (what offsets count). */
  readonly chars: number;
  readonly sha256: string;
  /** The outlet credited in the text ("Source: Harbour Post"), or null. */
  readonly outlet: string | null;
}

/** Half-open UTF-16 range [start, end) into one source's text. */
export interface Span {
  readonly source: string;
  readonly start: number;
  readonly end: number;
}
