import { MONTHS } from '../../lexicon/calendar.js';
import { SCALES } from '../../lexicon/numbers.js';
import { DATE_OFFSET_WORDS, SPAN_OPENERS } from '../../lexicon/units.js';
import { QUALIFIER_WORDS } from './qualifiers.js';
import { oneEarlierOffence } from './priors.js';
import { casualtyAfter } from './subject.js';
import type { Quantity } from './quantity.js';
import { isCapitalised, type Word } from './words.js';

/**
 * Numbers that are not figures. Each row: a rule name, an example, a test.
 * Only unit-less counts and durations are filtered; money and percentages
 * are figures wherever they stand.
 */
/** ("her twelve children", "his dozen shots" are counts another outlet may give otherwise: a possessive stays.) */
const DETERMINERS = new Set(['the', 'all', 'both', 'these', 'those']);
const TIME_WORDS = new Set(['a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'et', 'bst', 'cet', 'o\'clock']);
/** Words that leave a scale word without a number: "several hundred", "a few thousand", "many million". */
const VAGUE = new Set(['several', 'few', 'many', 'numerous', 'countless']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const WINDOW_OPENERS = new Set(['within', 'next', 'past', 'last', 'coming']);

/** Per-sentence facts the filters need, computed once (keeps scanning linear). */
export interface SentenceContext { readonly allCaps: boolean }

/** "Feb." before a day: the full stop of a month's abbreviation. */
const monthDot = (w: readonly Word[], k: number): boolean => w[k]?.text === '.' && w[k]!.glued && MONTHS.has(w[k - 1]?.norm ?? '');

type Filter = (words: readonly Word[], q: Quantity, ctx: SentenceContext) => boolean;

const COUNT_FILTERS: ReadonlyArray<{ rule: string; test: Filter }> = [
  // "annexed in 2014": years are dates.
  { rule: 'year', test: (_w, q) => q.number.yearLike },
  // "August 18", "18 Aug", "Feb. 6": day numbers are dates.
  { rule: 'day-of-month', test: (w, q) => MONTHS.has(w[q.first - 1]?.norm ?? '') || MONTHS.has(w[q.next]?.norm ?? '') || monthDot(w, q.first - 1) },
  // "at 3 p.m.", "10:30", and the minutes of "11:27 IST" or "09:41 hrs"
  { rule: 'time-of-day', test: (w, q) => TIME_WORDS.has(w[q.next]?.norm ?? '') || (w[q.next]?.text === ':' && w[q.next]!.glued) || (w[q.first - 1]?.text === ':' && w[q.first]!.glued && /^\d/.test(w[q.first - 2]?.text ?? '')) },
  // "COVID-19", "three-way talks": glued by a hyphen to a word.
  { rule: 'hyphen-compound', test: (w, q) => w[q.first]!.joined || (w[q.next]?.joined ?? false) },
  // "the Group of Seven": a capitalised number word inside a sentence.
  { rule: 'name-word', test: (w, q, c) => q.number.words && isCapitalised(w[q.first]) && q.first > 0 && !c.allCaps },
  // "Boeing 737", "Article 5": digits right after a capitalised word (not a hedge: "Lisbon - About 2,300 residents").
  { rule: 'name-number', test: (w, q) => !q.number.words && q.first > 1 && isCapitalised(w[q.first - 1]) && !MONTHS.has(w[q.first - 1]!.norm) && !QUALIFIER_WORDS.has(w[q.first - 1]!.norm) },
  // "one of the most watched", "one side or the other" (but "killed one person" is a toll)
  // ("one prior conviction" counts one earlier offence: see priors.ts.)
  { rule: 'pronoun-one', test: (w, q) => q.number.words && q.value === 1 && !tollOfOne(w, q) && !oneEarlierOffence(w, q.next) },
  // "the two sides", "all three presidents": known things, not reported quantities.
  { rule: 'determiner', test: (w, q) => q.number.words && DETERMINERS.has(w[q.first - 1]?.norm ?? '') },
  // "two of them"
  // ("a score of homes" counts what follows.)
  { rule: 'partitive', test: (w, q) => q.number.words && w[q.next]?.norm === 'of' && q.number.loose === undefined },
  // "No. 5"
  { rule: 'number-sign', test: (w, q) => w[q.first - 1]?.norm === 'no' },
  // "14th in the table", "the 3rd round": an ordinal in digits is a rank, not an amount.
  { rule: 'ordinal-digits', test: (w, q) => !q.number.words && ORDINAL_SUFFIXES.has(w[q.next]?.norm ?? '') && w[q.next]!.glued },
  // "the 50+1 rule": numbers joined by a plus sign name something.
  { rule: 'plus-formula', test: (w, q) => (w[q.next]?.text === '+' && w[q.next]!.glued) || (w[q.first - 1]?.text === '+' && w[q.first]!.glued && /^\d/.test(w[q.first - 2]?.text ?? '')) },
  // "one in every 400 drivers", "1 in 300": the odds of a ratio, no count of anyone.
  { rule: 'ratio', test: (w, q) => isRatioPart(w, q.first, q.next, q.value) },
  // "several hundred strikers", "a few thousand fans": no number is given, as in "thousands of people".
  { rule: 'vague-scale', test: (w, q) => q.number.words && q.next - q.first === 1 && SCALES.has(w[q.first]!.norm) && VAGUE.has(w[q.first - 1]?.norm ?? '') },
  // "a .41 caliber revolver", "a 9 mm pistol" aside: a calibre names a gun's bore, no count of anything.
  { rule: 'calibre', test: (w, q) => !q.number.words && ((w[q.first - 1]?.text === '.' && w[q.first]!.glued && !/\d$/.test(w[q.first - 2]?.text ?? '')) || CALIBRES.has(w[q.next]?.norm ?? '')) },
  // "at 218 West 14th St.", "outside 12 Pell Street": the number of a house on a street.
  { rule: 'street-number', test: (w, q) => !q.number.words && streetAfter(w, q.next) },
  // "the 88ers", "a 66ers fan": digits glued to letters that make no unit name a team or a thing.
  { rule: 'glued-letters', test: (w, q) => !q.number.words && (w[q.next]?.glued ?? false) && w[q.next]!.kind === 'word' && /^\p{Ll}+$/u.test(w[q.next]!.text) && !ORDINAL_SUFFIXES.has(w[q.next]!.norm) },
  // "dialed 911", "called 999": a telephone number, no count.
  { rule: 'phone-number', test: (w, q) => !q.number.words && (DIAL_VERBS.has(w[q.first - 1]?.norm ?? '') || (CALL_VERBS.has(w[q.first - 1]?.norm ?? '') && EMERGENCY_NUMBERS.has(w[q.first]!.text))) },
];

const CALIBRES = new Set(['caliber', 'calibre']);
/** Words that close a street's name: "Pell Street", "14th St.", "Mill Ave.". */
const STREET_WORDS = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive', 'terrace', 'parkway', 'highway']);
const COMPASS = new Set(['east', 'west', 'north', 'south', 'e', 'w', 'n', 's']);
const DIAL_VERBS = new Set(['dial', 'dials', 'dialed', 'dialled', 'dialing', 'dialling']);
const CALL_VERBS = new Set(['call', 'calls', 'called', 'calling', 'phoned', 'phone', 'texted', 'text']);
/** Emergency numbers, which news gives after "called" as after "dialed". */
const EMERGENCY_NUMBERS = new Set(['911', '999', '112', '000']);

/**
 * A street's name right after a number: up to three capitalised words or ordinals ("West 14th", "Pell") and
 * a street word ("St.", "Avenue"), itself capitalised.
 */
function streetAfter(w: readonly Word[], next: number): boolean {
  let k = next;
  if (COMPASS.has(w[k]?.norm ?? '') && isCapitalised(w[k])) k++;
  for (let n = 0; n < 3; n++) {
    // a word of the name: an ordinal ("14th", a number and its suffix) or a capitalised word
    if (/^\d+$/.test(w[k]?.text ?? '') && ORDINAL_SUFFIXES.has(w[k + 1]?.norm ?? '')) k += 2;
    else if (isCapitalised(w[k]) && !STREET_WORDS.has(w[k]!.norm)) k++;
    else return false;
    if (isCapitalised(w[k]) && STREET_WORDS.has(w[k]!.norm)) return true;
  }
  return false;
}

/**
 * "are 6-11 this season", "a 3-1 win", "won 78-70": a record or a score in one word, no range of a count.
 * A range counts what follows it ("8-12 people").
 */
export function isScore(words: readonly Word[], q: Quantity): boolean {
  if (q.next - q.first !== 1 || !/^\d{1,3}[-–]\d{1,3}$/.test(words[q.first]!.text)) return false;
  const next = words[q.next];
  return next === undefined || next.kind !== 'word' || SCORE_NEXT.has(next.norm);
}
const SCORE_NEXT = new Set(['record', 'win', 'wins', 'victory', 'loss', 'losses', 'defeat', 'lead', 'score', 'scoreline', 'mark', 'start', 'overall',
  'this', 'last', 'in', 'on', 'at', 'against', 'with', 'for', 'and', 'to', 'over', 'after', 'before', 'since', 'when', 'as', 'but', 'or']);

/** Durations that are dates: "two days after", "three weeks ago", "within the next two weeks". */
function isDateDuration(words: readonly Word[], q: Quantity): boolean {
  const b1 = words[q.first - 1]?.norm ?? '';
  const after = words[q.next]?.norm ?? '';
  // "in 30 years after the union …" measures a span; "two days after" dates.
  if (DATE_OFFSET_WORDS.has(after)) return !(SPAN_OPENERS.has(b1) && (after === 'after' || after === 'before'));
  return WINDOW_OPENERS.has(b1) && words[q.next]?.norm !== 'to';
}

export function isAllCaps(words: readonly Word[]): boolean {
  // Word by word, stopping at the first with a small letter (most sentences: the first word), not by
  // joining every word of every sentence into one string first.
  let letters = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w.text)) continue;
    if (w.text !== w.text.toUpperCase()) return false;
    letters += w.text.length;
  }
  return letters > 3;
}

/** The name of the rule that says this quantity is not a figure, or null. */
export function notAFigure(words: readonly Word[], q: Quantity, ctx: SentenceContext): string | null {
  if (q.measure === 'duration' && q.upper === undefined && isDateDuration(words, q)) return 'date-offset';
  // "a zero-day exploit", "zero-hour contracts": a term, no span of nothing
  if (q.measure === 'duration' && q.value === 0) return 'zero-duration';
  if (q.measure !== 'count') return null;
  for (const f of COUNT_FILTERS) if (f.test(words, q, ctx)) return f.rule;
  return null;
}

/**
 * "killed one person", "one person died", "one person was injured": a toll of one, which outlets give as
 * they give any other toll. "one person familiar with the talks" is no count.
 */
function tollOfOne(w: readonly Word[], q: Quantity): boolean {
  if (w[q.next]?.norm !== 'person') return false;
  return TOLL_VERBS.has(w[q.first - 1]?.norm ?? '') || casualtyAfter(w, q.next + 1) !== null;
}

/** Verbs whose object is a toll: "killed one person", "killing one person". */
const TOLL_VERBS = new Set(['killed', 'killing', 'kills', 'injured', 'injuring', 'injures', 'wounded', 'wounding', 'wounds']);

/** "1 in 300", "one in every 400": either number of the odds. */
function isRatioPart(w: readonly Word[], first: number, next: number, value: number): boolean {
  const one = (k: number) => /^(?:one|1)$/.test(w[k]?.norm ?? '');
  if (value === 1 && w[next]?.norm === 'in' && /^\d|^(?:every|a)$/.test(w[next + 1]?.norm ?? '')) return true;
  return (w[first - 1]?.norm === 'in' && one(first - 2)) || (w[first - 1]?.norm === 'every' && w[first - 2]?.norm === 'in' && one(first - 3));
}
