import { CURRENCY_SYMBOLS } from '../../lexicon/currencies.js';
import { CENTURY_ORDINALS, DECADE_WORDS, isZoneWord, TEMPERATURE_WORDS } from '../../lexicon/time-words.js';
import { DURATIONS, MEASUREMENT_UNITS } from '../../lexicon/units.js';
import { parseNumberAt } from '../figures/number.js';
import { isCapitalised, type Word } from '../figures/words.js';
import { nounSide, spokenYearAt } from './calendar-forms.js';
import type { Base, RawDate } from './types.js';

/** Years: "in 2019", "the 2009-2010 season" (two dates), "1957-58", "the 1980s", "the '80s", "nineteen ninety-six". */

/** Words that put a year after them in time: "In 2019", "Since 1994", "By 2030". */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'of', 'from', 'to', 'before', 'after', 'during', 'for',
  'around', 'through', 'circa', 'early', 'late', 'mid', 'between', 'and', 'or', 'as', 'at', 'on', 'spring', 'summer', 'autumn',
  'fall', 'winter', 'fiscal',
  // determiners, capitalised at the start of a sentence: "The 2019 sale"
  'the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'every', 'each', 'last', 'next']);

/** "FC Norden 1911", "Hannover 96", "Paris 2024": digits right after a capitalised name belong to the name. */
function yearOfName(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  // "Tarvo's 1989 profit": a possessive name owns a dated thing; "Berg's 2009 Volvo" is a model year
  const possessive = prev !== undefined && /'s$/.test(prev.norm) && !isCapitalised(words[i + 1]);
  return prev !== undefined && prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && !YEAR_PREPOSITIONS.has(prev.norm) && !possessive;
}

const isYear = (n: number): boolean => n >= 1000 && n < 2200;

/** Words that can start a year: digits, an apostrophe ("’80s"), a spoken century. */
export const SPOKEN_STARTS: ReadonlySet<string> = new Set(['nineteen', 'eighteen', 'twenty', 'two', ...CENTURY_ORDINALS.keys(), ...DECADE_WORDS.keys()]);

export function yearDateAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const w = words[i]!;
  const first = w.text.charCodeAt(0);
  if (!(first >= 48 && first <= 57) && w.kind !== 'quote' && !SPOKEN_STARTS.has(w.norm)) return null;
  if (CENTURY_ORDINALS.has(w.norm)) return centuryAt(words, i, base);
  if (DECADE_WORDS.has(w.norm)) return decadeWordsAt(words, i, base);
  if (CURRENCY_SYMBOLS.has(words[i - 1]?.text ?? '')) return null;
  // a year in words is never part of a name: "Oslo nineteen ninety-four" in a transcript is the year
  if (yearOfName(words, i)) return SPOKEN_STARTS.has(w.norm) ? spokenAt(words, i, base) : null;
  return rangeAt(words, i, base) ?? decadeAt(words, i, base) ?? centuryAt(words, i, base) ?? spokenAt(words, i, base) ?? plainYearAt(words, i, w, base);
}

/** "the 20th century", "an 11th-century temple", "the twentieth century" (TIMEX3 "19", "10"). */
export function centuryAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const w = words[i]!;
  const digits = /^\d{1,2}$/.test(w.text) && /^(st|nd|rd|th)$/.test(words[i + 1]?.norm ?? '') && words[i + 1]!.glued ? Number(w.text) : null;
  const n = digits ?? CENTURY_ORDINALS.get(w.norm) ?? null;
  const at = digits !== null ? i + 2 : i + 1;
  if (n === null || n < 1 || n > 21 || !/^century('s)?$/.test(words[at]?.norm ?? '')) return null;
  return { ...base, next: at + 1, value: String(n - 1).padStart(2, '0'), granularity: 'century', side: nounSide(words, at + 1), rule: 'century' };
}

function plainYearAt(words: readonly Word[], i: number, w: Word, base: Base): RawDate | null {
  const year = parseNumberAt(words, i);
  if (!year || !('ok' in year) || !year.ok.yearLike || DURATIONS.has(words[year.ok.next]?.norm ?? '') || countNotYear(words, i, year.ok.next)) return null;
  return { ...base, next: i + 1, value: w.text, granularity: 'year', side: nounSide(words, i + 1), rule: 'year' };
}

/** Words after a number that measure it: "1240 yards", "1500 metres" (never "in 2008"). */
const MEASURE_WORDS: ReadonlySet<string> = new Set(MEASUREMENT_UNITS.filter((u) => u.words.length === 1).map((u) => u.words[0]!));

/**
 * A four-digit number that is no year: a clock time ("5 p.m. (1600 GMT)", "at 0600 hours"), a measure
 * ("1240 yards"), a count after a comparison ("more than 1700 homes").
 */
function countNotYear(words: readonly Word[], i: number, next: number): boolean {
  const after = words[next];
  if (after && (isZoneWord(after) || after.norm === 'hours' || after.norm === 'hrs' || MEASURE_WORDS.has(after.norm))) return true;
  return words[i - 1]?.norm === 'than' && ['more', 'less', 'fewer'].includes(words[i - 2]?.norm ?? '');
}

/**
 * "2009-2010", "1957-58": two years, each its own date (a range of years is no count). The second
 * keeps only its own digits in the span ("58"), and takes the century of the first.
 */
function rangeAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const m = /^(\d{4})[-–](\d{2}|\d{4})$/.exec(words[i]!.text);
  if (!m || DURATIONS.has(words[i + 1]?.norm ?? '')) return null;
  const a = Number(m[1]);
  const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
  if (!isYear(a) || !isYear(b) || b <= a || b - a > 50) return null;
  const side = nounSide(words, i + 1);
  const len = words[i]!.text.length;
  const end: RawDate = { ...base, next: i + 1, value: String(b), granularity: 'year', side, rule: 'year-range', trimStart: len - m[2]!.length };
  return { ...base, next: i + 1, value: String(a), granularity: 'year', side, rule: 'year-range', trimEnd: len - 4, also: end };
}

/** "the 1980s", "the mid-1990s", "the '80s" (TIMEX3 "198"). */
function decadeAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const w = words[i]!;
  const full = /^(1[0-9]|20)(\d)0'?s$/.exec(w.text);
  if (full) return { ...base, next: i + 1, value: `${full[1]}${full[2]}`, granularity: 'decade', side: nounSide(words, i + 1), rule: 'decade' };
  // "1980s" read as "1980" and a glued "s"
  const split = /^(1[0-9]|20)(\d)0$/.exec(w.text);
  if (split && words[i + 1]?.norm === 's' && words[i + 1]!.glued) {
    return { ...base, next: i + 2, value: `${split[1]}${split[2]}`, granularity: 'decade', side: nounSide(words, i + 2), rule: 'decade' };
  }
  // "the '80s": an apostrophe, two digits, a glued "s"
  if (w.kind === 'quote' && /^\d0$/.test(words[i + 1]?.text ?? '') && words[i + 1]!.glued && words[i + 2]?.norm === 's' && words[i + 2]!.glued) {
    return { ...base, next: i + 3, value: `19${words[i + 1]!.text[0]}`, granularity: 'decade', side: nounSide(words, i + 3), rule: 'decade' };
  }
  return null;
}

/** "in the nineties", "the sixties generation": after "the", never beside a temperature ("highs in the nineties"). */
function decadeWordsAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const value = DECADE_WORDS.get(words[i]!.norm);
  if (value === undefined || words[i - 1]?.norm !== 'the' || words.some((x) => TEMPERATURE_WORDS.has(x.norm))) return null;
  return { ...base, first: i - 1, next: i + 1, value, granularity: 'decade', side: nounSide(words, i + 1), rule: 'decade-words' };
}

/** "in nineteen ninety-six", "by the year two thousand" */
function spokenAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const spoken = spokenYearAt(words, i);
  if (!spoken) return null;
  // "the year two thousand": the words "the year" belong to the date
  const first = words[i - 1]?.norm === 'year' && words[i - 2]?.norm === 'the' ? i - 2 : i;
  return { ...base, first, next: spoken.next, value: String(spoken.year), granularity: 'year', side: nounSide(words, spoken.next), rule: 'spoken-year' };
}
