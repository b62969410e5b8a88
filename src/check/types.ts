/** What `check` reports: its own diagnostics (severity decided here, not by the stages). */
export type CheckSeverity = 'error' | 'warning';

/** A second place the message refers to: "also quoted at 004_x.txt:11:40 as …". */
export interface RelatedPlace {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

export interface CheckDiagnostic {
  /** Stable code from codes.ts, e.g. `quote/variant-wording`. */
  readonly code: string;
  readonly severity: CheckSeverity;
  readonly message: string;
  /** File the problem is in (source, draft or expectations file), or null when it has none. */
  readonly path: string | null;
  /** 1-based; 0 when the problem concerns a whole file. */
  readonly line: number;
  readonly column: number;
  readonly related: readonly RelatedPlace[];
}

/** How a draft quote compares with the sources (see draft.ts). */
export type VerdictKind = 'verbatim' | 'normalised' | 'ellipsis' | 'misquote' | 'negation' | 'not-found' | 'misattributed';

export interface DraftVerdict {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  /** The draft's words between the marks. */
  readonly text: string;
  readonly verdict: VerdictKind;
  /** Normalisations needed for `normalised` ("quote marks", "case", …); empty otherwise. */
  readonly normalisations: readonly string[];
  /** Word diff from the source to the draft, `[-major-] {+notable+}`, when the words differ. */
  readonly diff: string | null;
  /** Negations the draft dropped or added, by name (`dropped "not"`); empty otherwise. */
  readonly negations: readonly string[];
  readonly draftSpeaker: string | null;
  readonly sourceSpeaker: string | null;
  /** Where the (closest) source wording is, or null when nothing is close. */
  readonly source: RelatedPlace | null;
}

/** Everything one `check` run found, ready for a renderer. */
export interface CheckReport {
  /** Every file looked at, sorted; each gets a JUnit suite even when clean. */
  readonly files: readonly string[];
  readonly diagnostics: readonly CheckDiagnostic[];
  readonly verdicts: readonly DraftVerdict[];
}

/** Deterministic order: path, line, column, code, message. */
export function compareDiagnostics(a: CheckDiagnostic, b: CheckDiagnostic): number {
  return cmp(a.path ?? '', b.path ?? '') || a.line - b.line || a.column - b.column || cmp(a.code, b.code) || cmp(a.message, b.message);
}

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
