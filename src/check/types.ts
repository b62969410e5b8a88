import type { Diagnostic, RelatedPlace } from '../model/diagnostic.js';

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
  /** Located by path (`source`), severities final, sorted. */
  readonly diagnostics: readonly Diagnostic[];
  readonly verdicts: readonly DraftVerdict[];
}

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
