import type { ActorKind, AnchorReason, DateGranularity } from './mention.js';
import type { Diagnostic } from './diagnostic.js';
import type { SourceInfo } from './source.js';

/** A span of text that proves a fact. `text === fileText.slice(start, end)`. */
export interface Evidence {
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** 1-based line and column (column counts UTF-16 code units, like offsets). */
  readonly line: number;
  readonly column: number;
  readonly text: string;
  readonly rule: string;
  /** A figure derived from parts (rule `count-parts`): where each part stands, with its exact text. */
  readonly parts?: ReadonlyArray<{ readonly start: number; readonly end: number; readonly line: number; readonly column: number; readonly text: string }>;
}

export interface QuoteEvidence extends Evidence {
  /** Words naming the speaker in this source ("he", "Okafor"), or null. */
  readonly speakerText: string | null;
  /** Canonical actor fact id of the speaker in this source, or null. */
  readonly speaker: string | null;
  readonly speakerName: string | null;
  readonly speakerRule: string;
  readonly cue: string | null;
  readonly confidence: number;
  readonly partial: boolean;
}

interface FactBase {
  readonly id: string;
  readonly sources: readonly string[];
  /** `agreed` (2+ sources, no conflict), `single-source`, or `conflict`. */
  readonly status: FactStatus;
  /** Ids of the conflicts this fact takes part in (empty when none). */
  readonly conflicts: readonly string[];
}

export type FactStatus = 'agreed' | 'single-source' | 'conflict';

export interface ActorFact extends FactBase {
  readonly type: 'actor';
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  /** Times the actor is named across all sources (evidence keeps one span per form per source). */
  readonly mentions: number;
  readonly evidence: readonly Evidence[];
  /**
   * Present (true) for a place or person described rather than named: "a Dorvale treatment facility",
   * "42 km west of Virel", "a Dorvale man", "Vexel executives".
   */
  readonly described?: true;
}

export interface QuoteFact extends FactBase {
  readonly type: 'quote';
  /** Canonical wording, no marks. */
  readonly text: string;
  readonly speaker: string | null;
  readonly speakerName: string | null;
  /** True when every source quotes it as a fragment of a reporter's sentence. */
  readonly partial: boolean;
  readonly evidence: readonly QuoteEvidence[];
}

export interface FigureFact extends FactBase {
  readonly type: 'figure';
  readonly value: number;
  readonly unit: string;
  readonly qualifier: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly subject: string | null;
  /** money, percent, duration, age, fraction, measurement (temperature, speed), count (see FigureMention). */
  readonly measure: string | null;
  readonly evidence: readonly Evidence[];
}

export interface DateFact extends FactBase {
  readonly type: 'date';
  /** A TIMEX3 value (see DateGranularity in mention.ts), or null when it has no calendar value. */
  readonly value: string | null;
  readonly granularity: DateGranularity;
  /**
   * The zone the clock time of the value was told in, as written ("GMT", "EDT"), or "local" for "local time";
   * absent with none. The value keeps the clock as told: "…T02:52" with "EDT" is 06:52 UTC.
   */
  readonly zone?: string;
  readonly event: string | null;
  /** The date as first written ("on Friday"), kept when the value cannot be resolved. */
  readonly surface: string;
  /** `since` / `by` when the date bounds the event; `on` otherwise. */
  readonly qualifier: string;
  /** What relative dates were resolved against: `reference-date`, a source id, or null (none relative / unresolved). */
  readonly anchoredBy: string | null;
  /**
   * With no full date in any source: the date counted from the report day (value null),
   * `{to: "report-day", days: -3, weekday: "Friday"}`; or `weeks`, `months`, `years`.
   */
  readonly relative?: ReportDayOffset;
  /** For each source whose relative dates this fact holds: what they were counted from, and why. */
  readonly anchors?: readonly DateAnchor[];
  readonly evidence: readonly Evidence[];
}

export interface ReportDayOffset {
  readonly to: 'report-day';
  readonly days?: number;
  readonly weeks?: number;
  readonly months?: number;
  readonly years?: number;
  /** The weekday of a day-precise offset, when the report day's weekday is known ("Friday"). */
  readonly weekday?: string;
  /** The clock time on that day, as a TIMEX3 value writes it after the "T": "08:00" ("8 a.m. Friday"). */
  readonly time?: string;
}

/** `reference-date`; a source's own report date (`dateline`, `weekday-date`, `lead-date`); `borrowed` from another source; `report-day`. */
export type DateAnchorReason = 'reference-date' | AnchorReason | 'borrowed' | 'report-day';

export interface DateAnchor {
  readonly source: string;
  /** The report date counted from, or null in `report-day` mode. */
  readonly date: string | null;
  readonly reason: DateAnchorReason;
  /** The source whose date (`borrowed`) or report weekday (`report-day`) was used. */
  readonly from?: string;
}

export type Fact = ActorFact | QuoteFact | FigureFact | DateFact;
export type FactType = Fact['type'];

export type ConflictType = 'quote-wording' | 'quote-speaker' | 'figure' | 'date';

export interface Conflict {
  readonly id: string;
  readonly type: ConflictType;
  readonly facts: readonly string[];
  readonly sources: readonly string[];
  readonly message: string;
  /** Why the facts were judged to be about one thing: the rule and what they share. */
  readonly reason?: ConflictReason;
  /** Per-source detail: which source has which words, speaker, value. */
  readonly details: readonly ConflictDetail[];
}

/**
 * `rule`: `same-quantity` (figures: one quantity of one subject), `one-utterance` (quote-wording),
 * `one-utterance-transcribed` (quote-wording: one person's utterance written down in other words),
 * `one-quote-two-speakers` (quote-speaker), `same-dated-event` (dates). `shared`: the subject, event
 * or speaker both sides share, so a reader can judge the conflict at a glance.
 */
export interface ConflictReason {
  readonly rule: string;
  readonly shared: string;
}

export interface ConflictDetail {
  readonly source: string;
  readonly fact: string;
  readonly value: string;
  readonly evidence: { readonly start: number; readonly end: number; readonly line: number; readonly column: number };
}

export interface RunResult {
  readonly schemaVersion: 1;
  readonly sources: readonly SourceInfo[];
  readonly facts: readonly Fact[];
  readonly conflicts: readonly Conflict[];
  readonly diagnostics: readonly Diagnostic[];
}
