import type { Word } from '../figures/words.js';
import type { DateGranularity, RelativeDate } from '../../model/mention.js';
import type { RangeMark } from './ranges.js';

/** Where the dated event is written: before the date, after it ("two days after X"), or the noun it modifies ("Monday's summit"). */
export type EventSide = 'before' | 'after' | 'noun';

/**
 * Dates that take their value from an earlier date of the same story (see focus.ts):
 *   `quarter`  "the latest quarter", "the quarter": the quarter the story last named ("the 1988 period":
 *              that quarter of 1988; `needsFocus`: nothing without one; `current`: else the reference's own);
 *   `year-ago` "a year earlier", "the year-ago period": that quarter (or day) a year before;
 *   `same`     "that day", "later that year": the day, month or year last named, shifted by `shift`;
 *   `weekday`  "the previous Friday", "the following Monday": weekday `n` before (-1) or after (+1) the day last named;
 *   `clock`    "at about 4:15 a.m.": that time of the day its sentence or the story last named (see clock.ts).
 */
export type Anaphor =
  | { readonly kind: 'quarter'; readonly year?: number; readonly needsFocus?: boolean; readonly current?: boolean }
  | { readonly kind: 'year-ago'; readonly deictic: boolean }
  | { readonly kind: 'same'; readonly unit: 'day' | 'month' | 'year'; readonly shift: number; readonly orReference?: true }
  | { readonly kind: 'weekday'; readonly n: number; readonly shift: -1 | 1 }
  | { readonly kind: 'clock'; readonly time: string };

export interface RawDate {
  readonly first: number;
  readonly next: number;
  readonly value: string | null;
  readonly granularity: DateGranularity;
  readonly relative?: RelativeDate;
  readonly qualifier: 'on' | 'since' | 'by';
  readonly toleranceDays?: number;
  readonly side: EventSide;
  readonly rule: string;
  /** Characters of the last word left out of the span: the possessive of "Friday's" ("Friday"). */
  readonly trimEnd?: number;
  /** Characters of the first word left out of the span: the "1957-" of "1957-58" for its second year. */
  readonly trimStart?: number;
  readonly anaphor?: Anaphor;
  /** A full date written with its weekday: true when they agree ("Monday, August 18, 2025"). */
  readonly weekdayMatches?: boolean;
  /** A second date in the same words: the end year of "2009-2010". */
  readonly also?: RawDate;
  /** "The arrest came two days after the fire": counted from the clause before, whose day the sentence does not name. */
  readonly fromClause?: boolean;
  /** The zone of a clock time as written: "GMT", "EDT", or "local" for "local time" (see clock.ts). */
  readonly zone?: string;
  /** A lone clock time's day: the date it took its day from (see focus.ts), whose event it narrows. */
  readonly dayOf?: { readonly d: RawDate; readonly words: readonly Word[] };
  /**
   * "that day" 0, "later that day" 0, "the next day" 1, "the day before" -1: a day told as so many days from
   * the event the story told just before, which it keeps when the story named no day to count from
   * ("in March", then "the next day": see focus.ts) and which reconcile compares (dates-told.ts).
   */
  readonly told?: number;
  /** One year of a span of years ("from 1966 to 1969"): the span, and the words its shared event is read around (ranges.ts). */
  readonly range?: RangeMark;
}

export interface DateProblem { readonly code: string; readonly message: string; readonly start: number; readonly end: number; /** Word index after the bad date, so its parts are not read again. */ readonly skipTo: number }

export type Base = { first: number; qualifier: 'on' | 'since' | 'by'; side: EventSide };
