import type { Span } from './source.js';
import type { CaseStep } from '../lexicon/offences.js';

/**
 * Mentions are what per-source extraction produces. They never refer to other
 * sources, so extraction can run anywhere (worker, other machine) and be merged
 * later by `reconcile`. Every mention is plain JSON.
 */

export type ActorKind = 'person' | 'organization' | 'place';

/** One place where an actor is named in a source. */
export interface ActorOccurrence extends Span {
  /** The words as written at this place (`text === fileText.slice(start, end)`). */
  readonly text: string;
  /** Which rule found it, e.g. `title-name`, `compromise-person`, `surname-link`. */
  readonly rule: string;
}

/** An actor as known inside one source: a chain of full name, surname, title + surname. */
export interface ActorMention {
  /** Local id, unique inside the source: `a1`, `a2`, … in order of first occurrence. */
  readonly local: string;
  readonly kind: ActorKind;
  /** Best full name in this source ("Amara Okafor"). */
  readonly name: string;
  /** Every other surface form used for it in this source ("Okafor"). */
  readonly aliases: readonly string[];
  /** Titles and roles kept with the name ("German Chancellor"). */
  readonly roles: readonly string[];
  /** The first place each distinct form of the name appears ("Anna de Vries", then "de Vries"). */
  readonly occurrences: readonly ActorOccurrence[];
  /** How many times the actor is named in the source, all forms together. */
  readonly count: number;
  /** "Ms", "Mr": how the source addresses a person (used to resolve "she"/"he"), not a role. */
  readonly honorific?: string;
  /**
   * The rule that gave the actor its kind (`lexicon-person`, `title-name`, `repeated-name`, …): reconcile
   * trusts a kind read from the words over one guessed from how often a name recurs.
   */
  readonly kindRule?: string;
  /**
   * An actor described rather than named: what it is and the named place, organisation or people that
   * ties it down. A place ("a Dorvale treatment facility": `facility|dorvale`) or a person ("a Dorvale
   * man": `person:man|dorvale`, "Velmorans": `person:velmorans`). Such actors meet only the same
   * description in other sources, never a named actor.
   */
  readonly described?: string;
}

export interface SpeakerAttribution {
  /** Local actor id of the speaker, when the speaker is a named actor. */
  readonly actor: string | null;
  /** The speaker's name as resolved ("Amara Okafor"), or the anonymous description ("a senior official"). */
  readonly name: string | null;
  /** The words naming the speaker at this quote ("he", "Okafor", "a senior official"). */
  readonly text: string | null;
  readonly span: Span | null;
  /** The cue word(s) that attribute it ("said", "told reporters", "according to"). */
  readonly cue: string | null;
  /** Name of the sieve rule that decided. */
  readonly rule: string;
  /** 0..1 */
  readonly confidence: number;
  readonly anonymous: boolean;
}

/** One contiguous quoted passage (the words inside the marks). */
export interface QuoteMention extends Span {
  readonly text: string;
  /** True when the passage is a fragment woven into the reporter's sentence. */
  readonly partial: boolean;
  readonly speaker: SpeakerAttribution;
  /** Rule that found the passage (`paired-marks`, `continued-paragraph`, …). */
  readonly rule: string;
  /** Index of the first passage of the same utterance (split quotes, continued paragraphs), or null. */
  readonly continues: number | null;
}

export interface FigureMention extends Span {
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  /** As written: about, roughly, more than, at least, nearly, up to, exact. */
  readonly qualifier: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly subject: string | null;
  readonly rule: string;
  /** What kind of quantity: money, percent, duration, age, fraction, count. */
  readonly measure?: FigureMeasure;
  /**
   * Surnames (lower case) of the people the figure's sentence names: "Ruiz rushed for 404 yards" and
   * "Alder has 498 rushing yards" speak of two players' yards, so they are no conflict.
   */
  readonly people?: readonly string[];
  /**
   * `total` when the sentence gives a running or overall total ("so far", "in all", "the death toll");
   * `increment` when the figure counts an addition ("two extra life sentences", "three more victims");
   * `past` when the sentence is dated by a year ("in 2004 a tsunami killed 170,000"): another event than the story's;
   * `part` when the figure counts some of a group ("40 of the injured were flown out");
   * `remaining` when it counts those still in a state ("nine miners remain trapped");
   * `period` when it counts over a stated period ("fined three times since March"), `current` when that
   * period is the season or year the story is told in ("has missed six games this season");
   * `local` when it counts in a place told as a part of a larger area ("six hurt in Kell, the capital of Varo district");
   * `threshold` when a share is a condition a rule sets ("valid only if more than 40 percent of voters take part").
   */
  readonly scope?: 'total' | 'increment' | 'past' | 'part' | 'period' | 'current' | 'prediction' | 'remaining' | 'local' | 'threshold';
  /**
   * Ages the figure's sentence gives ("the 41-year-old fell 90 metres"): two falls of a 41- and a
   * 29-year-old are two people's, even when no name is given.
   */
  readonly ages?: readonly number[];
  /** Places (lower case) named after a count in its clause: "12 homes were wrecked in Dorn" → ["dorn"]. */
  readonly places?: readonly string[];
  /** Days or rounds a count's sentence names: "arrested 14 people on Monday" → ["monday"], "in the runoff" → ["round 2"]. */
  readonly days?: readonly string[];
  /**
   * Of a jury's deliberation told in hours or days: which of the trial's deliberations its sentence tells of
   * (`guilt`, `penalty`), or `apart` when it tells of another stretch or leaves that open (see extract/figures/stage.ts).
   */
  readonly stage?: 'guilt' | 'penalty' | 'apart';
  /** How many figures of this unit the sentence gives, when three or more: a line of statistics says little of which is which. */
  readonly crowd?: number;
  /** The sentence sums up a toll, a bare count of dead and one of hurt: "Six people died and nine were hurt". */
  readonly summary?: true;
  /**
   * A total the sentence tells as its parts ("8 were seriously injured and 40 slightly", rule `count-parts`):
   * the spans of the parts summed, each with its exact text. The mention's own span runs from the first to the last.
   */
  readonly parts?: readonly FigurePart[];
  /**
   * The lower-case words of the sentence of a count of one plain noun, space-separated ("the school gym, where 420
   * pupils sat an exam" → "exam gym sat school"): a count written as a compound elsewhere ("a 380-pupil school")
   * counts the same things when what it qualifies is among them (see reconcile/figures-conflicts-holders.ts).
   */
  readonly setting?: string;
  /**
   * One of two values of one measure given as a pair "A and B" for two things of one kind ("two quakes
   * measuring 6.8 and 6.5", "6.8 and 6.4 magnitude quakes"): its place in the pair (1 or 2) and the other value.
   */
  readonly pair?: { readonly n: 1 | 2; readonly other: number };
  /**
   * A count of someone's earlier offences, told as a number ("four prior DUI convictions") or derived from the rank
   * of the offence at hand ("this is her third OWI": two earlier, rule `ordinal-prior`): the offence's content keys
   * ('' when none is named; every name of drunk driving is "dui") and the step of the case counted.
   */
  readonly priors?: Priors;
  /**
   * People sent on an errand ("Dorvale sent eleven inspectors to oversee the vote"): who sent them and what for (see
   * extract/figures/mission.ts). Two such counts of one sender and one errand are one quantity, whatever each
   * calls the people.
   */
  readonly mission?: Mission;
}

/** Who sent a count of people (a name, lower case, spelling folded) and the errand's family ("monitor", "help:rescue"). */
export interface Mission { readonly sender: string; readonly purpose: string }

/** What a count of earlier offences counts (see extract/figures/priors.ts). */
export interface Priors { readonly offence: string; readonly step: CaseStep }

/** One part of a total told as its parts: a span of the source and its exact text. */
export interface FigurePart { readonly start: number; readonly end: number; readonly text: string }

export type FigureMeasure = 'money' | 'percent' | 'duration' | 'age' | 'fraction' | 'measurement' | 'count';

/**
 * How precise a date is. Values are TIMEX3 strings: `day` "2025-08-18", `week` (its Monday) "2025-08-18",
 * `month` "2025-08", `quarter` "2025-Q3", `half` "2025-H2", `season` "2025-SU" (SP, SU, FA, WI),
 * `year` "2025", `decade` "198" (the 1980s), `century` "19" (the 20th century), `weekend` "2025-W33-WE"
 * (Saturday and Sunday of that ISO week); `time` a day and its clock time, "2025-08-18T08:00" ("8 a.m.
 * Monday"; TIMEX3 also writes parts of the day, "2025-08-18TNI", which reconcile and the renderers read);
 * `present` "PRESENT_REF" ("now", "currently"), `past` "PAST_REF" ("recently"), `future` "FUTURE_REF"
 * ("in the future"). `relative`: not resolved.
 */
export type DateGranularity = 'time' | 'day' | 'weekend' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century'
  | 'present' | 'past' | 'future' | 'relative' | 'unknown';

/** Why a full date was taken as the source's own report date, the anchor of its relative dates. */
export type AnchorReason = 'dateline' | 'weekday-date' | 'lead-date';

export interface DateMention extends Span {
  readonly text: string;
  /** A TIMEX3 value (see DateGranularity), or null when it cannot be resolved without the reference date. */
  readonly value: string | null;
  readonly granularity: DateGranularity;
  /** What happened then, taken from the words around the date. */
  readonly event: string | null;
  /** Every word of the event when `event` shows only its head and tail ("Ana Ruiz … the clinic"): what events are compared by. */
  readonly eventWhole?: string;
  readonly rule: string;
  /** A date that needs the reference date to resolve ("on Friday"); resolution happens in reconcile. */
  readonly relative?: RelativeDate;
  /** How the date bounds the event: `on` (default), `since` ("since March 2019"), `by` ("within the next two weeks"). */
  readonly qualifier?: 'on' | 'since' | 'by';
  /** Days of slack when matching other sources: 1 for counts off an unstated anchor ("two days after"). */
  readonly toleranceDays?: number;
  /** Set on the one mention that is the source's report date, with the reason (see extract/dates/anchor.ts). */
  readonly anchor?: AnchorReason;
  /**
   * For "X came two days after Y" with no day named in its sentence: the words of X ("His arrest came"). The date
   * counts from the story's report day unless the source dates X elsewhere (see reconcile/dates.ts).
   */
  readonly countsFrom?: string;
  /**
   * For a clock time that names no day ("at about 4:15 a.m."): the event of the date it took its day from
   * ("Lena Holt was detained early Sunday"), the event the time is of (see extract/dates/clock.ts).
   */
  readonly dayOf?: string;
  /**
   * "that day" (0), "the next day" (1), "the day before" (-1): a day told as so many `days` from the event told
   * just before it, with the words that tell both: its own sentence `before` and `after` the date, and the
   * sentence before (`previous`). Kept whether or not the day has a calendar value (see reconcile/dates-told.ts).
   */
  readonly told?: { readonly days: number; readonly before: string; readonly after: string; readonly previous: string };
  /** Inside a quoted passage ("open the dam today," they shouted): counted from when the words were spoken. */
  readonly quoted?: true;
  /**
   * The zone a clock time was told in, as written: "GMT", "EDT", or "local" for "local time" (see
   * extract/dates/clock.ts). The value keeps the clock as written; reconcile compares instants by the zone.
   */
  readonly zone?: string;
  /**
   * One end of a span of years told in one breath ("from 1966 to 1969", "between 1966 and 1969", "1966-69"):
   * both years, `covers` when the words say the span holds the whole set dated ("three convictions spanning
   * 1966 to 1969", "all between 1966 and 1969"; see extract/dates/ranges.ts). Each year keeps its own mention.
   */
  readonly range?: YearRange;
}

export interface YearRange { readonly from: string; readonly to: string; readonly covers?: true }

/** A date expressed relative to the story's reference date. */
export interface RelativeDate {
  /**
   * `weekday`: a named day; `offset`: `n` units (default days) from the reference; `month`: a month with no
   * year; `monthday`: month `n`, day `day`, no year ("August 18"); `quarter`, `half`, `season`: the
   * numbered period `n` with no year ("the third quarter": 3, "the second half": 2, "last fall": 2, seasons
   * counted from spring = 0); `latest-quarter`: the last quarter completed before the reference ("the
   * latest quarter" in an earnings report); `holiday`: the first `weekday` on or after day `day` of month `n`
   * (Thanksgiving: n=11, day=22, weekday=4); `easter`: Easter Sunday (with `days`: Good Friday −2);
   * `weekend`: a Saturday and Sunday ("over the weekend"), TIMEX3 "2025-W33-WE".
   */
  readonly type: 'weekday' | 'offset' | 'month' | 'monthday' | 'quarter' | 'half' | 'season' | 'latest-quarter' | 'holiday' | 'easter' | 'weekend';
  /** weekday 0=Sunday..6, or offset in units, or month 1..12, or the period's number. */
  readonly n: number;
  /** Unit of an offset: "last week" is n=-1 unit=week; defaults to day. On a day that is no offset, `week`: the week holding it ("the week of May 12", "Easter week"). */
  readonly unit?: 'day' | 'week' | 'month' | 'quarter' | 'year';
  /** Day of month for `monthday`. */
  readonly day?: number;
  /** `last Friday`, `last June`, `last fall`: strictly before the reference, not on it. */
  readonly strict?: boolean;
  /**
   * Direction implied by tense: -1 past (default for news), +1 future, 0 no tense either way, for a
   * month or a day of a month: the nearest one ("payable Dec. 7" in late October is this December).
   */
  readonly direction: -1 | 0 | 1;
  /**
   * With direction 0, a deadline or a limit ("by Nov. 8" in a past clause, "loans through January", "the Tuesday
   * deadline"): the nearer of the two up to half a year ahead, instead of two months.
   */
  readonly wide?: boolean;
  /** The period in the reference's own year, whichever side: "this September", "this summer", "this year's third quarter". */
  readonly sameYear?: boolean;
  /** Years added once resolved: "last year's third quarter" (with sameYear) and "a year earlier" after a quarter: -1. */
  readonly years?: number;
  /** Months added once resolved, to a month: "In October, … The following month": +1. */
  readonly months?: number;
  /** Days added once resolved: "the day before Monday's hearing": -1. */
  readonly days?: number;
  /** The weekday written with a day of a month ("Monday, Oct. 26"), 0=Sunday: the year is one where they agree; a holiday's weekday. */
  readonly weekday?: number;
  /**
   * The clock time a resolved day carries, as TIMEX3 writes it after the "T": "08:00" ("8 a.m. Thursday"). The
   * value becomes "2025-08-19T08:00", granularity `time`.
   */
  readonly time?: string;
}
