/**
 * Time words beyond the calendar: seasons, quarters and halves, words for the report's own present
 * (TIMEX3 PRESENT_REF and its past and future kin), parts of the day, and the modifiers that stay in
 * a date's span ("early December", "late last week"). Rows carry a rule name that flows into the output.
 */

/** Seasons in TIMEX3 order: spring, summer, fall, winter ("1998-SU"). Months 3–5, 6–8, 9–11, 12–2. */
export const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 0], ['summer', 1], ['fall', 2], ['autumn', 2], ['winter', 3],
]);
export const SEASON_CODES = ['SP', 'SU', 'FA', 'WI'] as const;

/** Ordinals that number a quarter or half ("third-quarter", "the 2nd quarter"). */
export const PERIOD_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
]);

/** Ordinal words that number a century ("the nineteenth century"); digits ("19th") are read as such. */
export const CENTURY_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
]);

/**
 * Decades named in words, all of the 20th century ("the nineties" 199); "the twenties" is left out, being
 * the 1920s or the 2020s.
 */
export const DECADE_WORDS: ReadonlyMap<string, string> = new Map([
  ['thirties', '193'], ['forties', '194'], ['fifties', '195'], ['sixties', '196'], ['seventies', '197'], ['eighties', '198'], ['nineties', '199'],
]);
/** Words that make "the nineties" a temperature: "highs in the nineties". */
export const TEMPERATURE_WORDS: ReadonlySet<string> = new Set(['degrees', 'temperature', 'temperatures', 'highs', 'lows', 'high', 'low', 'fahrenheit', 'celsius', 'heat']);

export type ReferenceValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

export interface ReferenceRow {
  /** Lower-cased words, in order. */
  readonly words: readonly string[];
  readonly value: ReferenceValue;
  readonly rule: string;
  /** The row applies only after one of these words ("in the future", not "the future of the port"). */
  readonly after?: ReadonlySet<string>;
  /** The row does not apply before one of these words ("the past four years" is a span of time). */
  readonly notBefore?: ReadonlySet<string>;
}

const IN_INTO = new Set(['in', 'into']);
/** What turns "the past" into a span of time: "the past four years", "the past decade". */
const SPAN_AFTER_PAST = new Set(['few', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'decade', 'decades', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'century', 'quarter', 'quarters']);

/** Units of a stretch of time told without a count: "the past few years", "the weeks ahead". */
const VAGUE_UNITS = ['days', 'weeks', 'months', 'quarters', 'years', 'decades'];

/**
 * Words that date an event to the report's present, past or future as a whole. Longest rows first.
 * Adjectives ("current", "future") are left out: "the current system" dates nothing.
 */
export const REFERENCE_PHRASES: readonly ReferenceRow[] = [
  // "Right now the ferry is idle"
  { words: ['right', 'now'], value: 'PRESENT_REF', rule: 'present-now' },
  // "the rebels now hold the port"
  { words: ['now'], value: 'PRESENT_REF', rule: 'present-now' },
  // "the mill currently employs 300"
  { words: ['currently'], value: 'PRESENT_REF', rule: 'present-currently' },
  // "these days the square is empty"
  { words: ['these', 'days'], value: 'PRESENT_REF', rule: 'present-these-days' },
  // "at present the line is closed"
  { words: ['at', 'present'], value: 'PRESENT_REF', rule: 'present-at-present' },
  { words: ['nowadays'], value: 'PRESENT_REF', rule: 'present-nowadays' },
  // "the mayor recently moved to Tarvo"
  { words: ['recently'], value: 'PAST_REF', rule: 'past-recently' },
  // "in recent years", "in recent weeks"
  { words: ['recent', 'years'], value: 'PAST_REF', rule: 'past-recent' },
  { words: ['recent', 'months'], value: 'PAST_REF', rule: 'past-recent' },
  { words: ['recent', 'weeks'], value: 'PAST_REF', rule: 'past-recent' },
  { words: ['recent', 'days'], value: 'PAST_REF', rule: 'past-recent' },
  // "the mill has flooded in the past", but not "the past four years"
  { words: ['the', 'past'], value: 'PAST_REF', rule: 'past-the-past', after: IN_INTO, notBefore: SPAN_AFTER_PAST },
  // "in the near future", "well into the future"
  { words: ['the', 'near', 'future'], value: 'FUTURE_REF', rule: 'future-the-future' },
  { words: ['the', 'future'], value: 'FUTURE_REF', rule: 'future-the-future', after: IN_INTO },
  // "in the coming months"
  { words: ['coming', 'months'], value: 'FUTURE_REF', rule: 'future-coming' },
  { words: ['coming', 'weeks'], value: 'FUTURE_REF', rule: 'future-coming' },
  { words: ['coming', 'years'], value: 'FUTURE_REF', rule: 'future-coming' },
  { words: ['coming', 'quarters'], value: 'FUTURE_REF', rule: 'future-coming' },
  // "over the past few years", "in the last several months": a stretch of the past no count bounds
  ...['past', 'last'].flatMap((w) => ['few', 'several'].flatMap((q) => VAGUE_UNITS.map((u) => ({ words: ['the', w, q, u], value: 'PAST_REF' as const, rule: 'past-vague' })))),
  // "in the months ahead", "in the years to come", "over the next few weeks"
  ...VAGUE_UNITS.map((u) => ({ words: ['the', u, 'ahead'], value: 'FUTURE_REF' as const, rule: 'future-ahead' })),
  ...VAGUE_UNITS.map((u) => ({ words: ['the', u, 'to', 'come'], value: 'FUTURE_REF' as const, rule: 'future-ahead' })),
  ...['few', 'several'].flatMap((q) => VAGUE_UNITS.map((u) => ({ words: ['the', 'next', q, u], value: 'FUTURE_REF' as const, rule: 'future-vague' }))),
];

/**
 * Nouns of an era, not a day: "today's teenagers", "in today's world", "tomorrow's leaders" speak of the present
 * or the future as a time of life, and date nothing ("today's session", "today's editions" do).
 */
export const ERA_NOUNS: ReadonlySet<string> = new Set(['world', 'youth', 'society', 'generation', 'generations', 'young', 'children',
  'kids', 'teenagers', 'families', 'parents', 'standards', 'culture', 'technology', 'economy', 'workplace', 'workforce', 'consumers',
  'students', 'leaders', 'computers', 'machines', 'cars', 'media', 'politics', 'climate', 'times', 'age', 'era']);

/** Parts of the day that stay in a weekday's span ("Wednesday night", "Friday morning"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight']);

/**
 * Words before a date that narrow it and belong to its span: "early December", "late last week",
 * "mid-1996", "earlier this month", "sometime next year", "around Nov. 1". The value stays the date's.
 */
export const PREFIX_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'earlier', 'later', 'sometime']);
/** "around Nov. 1", "around year end": kept before a calendar date, not a weekday ("get around Wednesday's ruling"). */
export const APPROXIMATE_MODIFIERS: ReadonlySet<string> = new Set(['around', 'about', 'approximately']);

/**
 * Phrases before a date that name a part of it and belong to its span: "the end of 1990",
 * "the beginning of October", "the middle of the month". Lower-cased words, longest first.
 */
export const PART_OF_PHRASES: ReadonlyArray<readonly string[]> = [
  ['the', 'end', 'of'], ['the', 'beginning', 'of'], ['the', 'start', 'of'], ['the', 'middle', 'of'],
];

/** Time zones as news writes them after a clock time ("07:37 GMT", "3 p.m. EDT"): never an actor. */
/** A zone written in capitals after a clock time: "GMT", "EDT" ("est" in lower case is a word). */
export const isZoneWord = (w: { readonly norm: string; readonly text: string } | undefined): boolean => w !== undefined && TIME_ZONES.has(w.norm) && /^[A-Z]+$/.test(w.text);

export const TIME_ZONES: ReadonlySet<string> = new Set(['gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'wet', 'msk', 'ist', 'jst', 'kst', 'hkt',
  'sgt', 'aest', 'aedt', 'acst', 'awst', 'nzst', 'nzdt', 'wib', 'wita', 'wit', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'akst', 'akdt', 'hst', 'et', 'pt', 'ct', 'mt']);

/** Words of a span of time, capitalised in a heading or a list ("Week 3", "YEAR"): never an actor on their own. */
export const TIME_UNIT_WORDS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'season', 'seasons']);
