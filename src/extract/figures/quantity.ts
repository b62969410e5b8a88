import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, LETTER_CURRENCIES, currencyFromCode } from '../../lexicon/currencies.js';
import { FRACTIONS, SCALES, SMALL_NUMBERS, TENS } from '../../lexicon/numbers.js';
import { DURATIONS, MEASUREMENT_UNITS, METRE_FOLLOWERS, METRE_VERBS, PERCENT_WORDS, WEIGHT_VERBS } from '../../lexicon/units.js';
import { clean, parseNumberAt, type ParsedNumber } from './number.js';
import { QUALIFIER_WORDS } from './qualifiers.js';
import type { Word } from './words.js';

export type Measure = 'money' | 'percent' | 'duration' | 'age' | 'fraction' | 'measurement' | 'count';

/** A number with its unit, before hedges, ranges and subject are looked at. */
export interface Quantity {
  readonly first: number;
  readonly next: number;
  readonly value: number;
  readonly upper?: number;
  readonly unit: string;
  readonly measure: Measure;
  readonly number: ParsedNumber;
  /** The factor applied to reach the canonical unit (7 for weeks, 10 for decades). */
  readonly factor: number;
  readonly rule: string;
}

export type QuantityResult = { ok: Quantity } | { tooLong: Word } | null;

/** Currency written before the amount: "$", "US$", "€", "USD". Returns the code and the amount's word index. */
export function currencyPrefix(words: readonly Word[], i: number): { code: string; next: number } | null {
  const w = words[i];
  if (!w) return null;
  const sym = CURRENCY_SYMBOLS.get(w.text);
  if (sym) return { code: sym, next: i + 1 };
  const after = words[i + 1];
  // "US$5": letters glued to a dollar sign.
  if (after?.text === '$' && after.glued && DOLLAR_PREFIXES.has(w.norm.replace(/\./g, ''))) {
    return { code: DOLLAR_PREFIXES.get(w.norm.replace(/\./g, ''))!, next: i + 2 };
  }
  if (w.text.length === 3 && w.text === w.text.toUpperCase() && CURRENCY_CODES.has(w.norm) && /^\d/.test(after?.text ?? '')) {
    return { code: currencyFromCode(w.norm), next: i + 1 };
  }
  // "N18.6bn", "Rs 500 crore": letters of a currency, glued to the amount where a letter alone would be ambiguous.
  const letters = LETTER_CURRENCIES.get(w.text);
  if (letters && after?.kind === 'word' && /^\d/.test(after.text) && (after.glued || !letters.glued)) return { code: letters.code, next: i + 1 };
  return null;
}

/** Currency written after the amount: "1.3 trillion yen", "500 million euros", "90 billion U.S. dollars". */
function currencySuffix(words: readonly Word[], j: number): { code: string; next: number } | null {
  let k = j;
  if (words[k]?.norm === 'u.s.' || words[k]?.norm === 'us') k++;
  const w = words[k];
  if (!w) return null;
  const code = CURRENCY_WORDS.get(w.norm) ?? (CURRENCY_CODES.has(w.norm) && w.text === w.text.toUpperCase() ? currencyFromCode(w.norm) : undefined);
  return code ? { code, next: k + 1 } : null;
}

/** The measurement units by their first word, so most numbers cost one map lookup. */
const UNITS_BY_FIRST = new Map<string, Array<(typeof MEASUREMENT_UNITS)[number]>>();
for (const m of MEASUREMENT_UNITS) UNITS_BY_FIRST.set(m.words[0]!, [...(UNITS_BY_FIRST.get(m.words[0]!) ?? []), m]);

/** A unit of temperature or speed at words[k] ("°C", "degrees Celsius", "km/h"): its name and the word after it. */
function measurementUnit(words: readonly Word[], k: number): { unit: string; next: number } | null {
  const candidates = UNITS_BY_FIRST.get(words[k]?.norm ?? '');
  if (!candidates) return null;
  for (const m of candidates) {
    let n = 1;
    while (n < m.words.length && words[k + n]?.norm === m.words[n]) n++;
    if (n === m.words.length) return { unit: m.unit, next: k + n };
  }
  return null;
}

/** "a 200-pound man" (glued), "weighed 150 pounds": a weight. Elsewhere "pounds" after a number is money. */
function weightInPounds(words: readonly Word[], i: number, k: number): { unit: string; next: number } | null {
  const w = words[k];
  if (!w || (w.norm !== 'pound' && w.norm !== 'pounds')) return null;
  // "weighs about 210 pounds": the verb may stand before a hedge of one or two words.
  const weighed = [1, 2, 3].some((d) => WEIGHT_VERBS.has(words[i - d]?.norm ?? ''));
  return w.joined || weighed ? { unit: 'lb', next: k + 1 } : null;
}

/** "fell about 200m down": a glued "m" read as metres (see METRE_FOLLOWERS). */
export function metresGlued(words: readonly Word[], i: number): { value: number; next: number } | null {
  const m = words[i + 1];
  if (m === undefined || m.text !== 'm' || !m.glued) return null;
  const n = words[i]!;
  const after = words[i + 2];
  if (!/^\d[\d,.]*$/.test(n.text)) return null;
  if (after !== undefined && !METRE_FOLLOWERS.has(after.norm) && !(METRE_VERBS.has(wordBefore(words, i)) && !CURRENCY_WORDS.has(after.norm) && !CURRENCY_CODES.has(after.norm))) return null;
  const value = Number(n.text.replace(/,/g, ''));
  return Number.isFinite(value) ? { value, next: i + 2 } : null;
}

/** The word before the number, past a hedge: "slid about 300m" → "slid". */
function wordBefore(words: readonly Word[], i: number): string {
  let k = i - 1;
  while (k >= 0 && QUALIFIER_WORDS.has(words[k]!.norm)) k--;
  return words[k]?.norm ?? '';
}

/** "a week", "an hour", "one decade": the article is the number 1. */
function articleNumber(words: readonly Word[], i: number): ParsedNumber | null {
  const w = words[i];
  if (!w || !DURATIONS.has(words[i + 1]?.norm ?? '')) return null;
  // "a second protest", "a second term": the ordinal, before its noun
  if (words[i + 1]!.norm === 'second' && ordinalSecond(words[i + 2])) return null;
  if (['a', 'an', 'one'].includes(w.norm)) return { value: 1, first: i, next: i + 1, words: true, yearLike: false };
  // "within the next month to six weeks": a range whose lower end is the bare unit.
  if (w.norm === 'next' && words[i + 2]?.norm === 'to') return { value: 1, first: i + 1, next: i + 1, words: true, yearLike: false };
  return null;
}

/** The word after "a second" makes it an ordinal: a lower-case word that goes on no duration ("a second or two", "a second later"). */
function ordinalSecond(next: Word | undefined): boolean {
  return next !== undefined && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !AFTER_A_SECOND.has(next.norm);
}
const AFTER_A_SECOND = new Set(['or', 'and', 'but', 'later', 'earlier', 'ago', 'before', 'after', 'of', 'in', 'to', 'for', 'at', 'when', 'as',
  'longer', 'then', 'too', 'more', 'less', 'each', 'per', 'while', 'until', 'so', 'that', 'than']);

/**
 * "had a magnitude of 6.2", "the magnitude was 6.3", "magnitude was put at 6.3", "two quakes, measuring 6.8 and
 * 6.5", "magnitudes 6.8 and 6.5": the number is the magnitude's.
 */
function magnitudeOf(words: readonly Word[], first: number): boolean {
  const b1 = words[first - 1]?.norm ?? '';
  const b2 = words[first - 2]?.norm ?? '';
  if (quakeMeasured(words, first)) return true;
  if (magnitudesListed(words, first)) return true;
  const p = pairFirst(words, first);
  if (p >= 0 && words[p - 1]?.norm === 'magnitude') return true;
  if (b1 === 'of' && b2 === 'magnitude') return true;
  if ((b1 === 'was' || b1 === 'is') && b2 === 'magnitude') return true;
  return b1 === 'at' && /^(?:put|estimated|set)$/.test(b2) && /^(?:was|is)$/.test(words[first - 3]?.norm ?? '') && words[first - 4]?.norm === 'magnitude';
}

/**
 * "quakes of magnitudes 6.8 and 6.4": the plural unit before a pair names both numbers, of the quakes (the second
 * too: "magnitude 6.8 and 6.4 quakes" names the quakes after it).
 */
export function magnitudesListed(words: readonly Word[], first: number): boolean {
  if (words[first - 1]?.norm === 'magnitudes') return true;
  const p = pairFirst(words, first);
  return p >= 0 && words[p - 1]?.norm === 'magnitudes';
}

/** The first number of a pair "6.8 and 6.5" whose second stands at `first`, or -1. */
function pairFirst(words: readonly Word[], first: number): number {
  return words[first - 1]?.norm === 'and' && /^\d+\.\d+$/.test(words[first - 2]?.text ?? '') ? first - 2 : -1;
}

const QUAKES = new Set(['quake', 'quakes', 'earthquake', 'earthquakes', 'tremor', 'tremors', 'temblor', 'temblors', 'aftershock', 'aftershocks']);

/** "a quake measuring 6.1", "two tremors, measuring 6.8": "measuring" right before, a quake's noun a few words before it. */
function measuringQuake(words: readonly Word[], first: number): boolean {
  if (words[first - 1]?.norm !== 'measuring') return false;
  for (let k = first - 2; k >= Math.max(0, first - 5); k--) if (QUAKES.has(words[k]!.norm)) return true;
  return false;
}

/** A quake's magnitude given after "measuring", the second of a pair too ("measuring 6.8 and 6.5"): what shook is the quake. */
export function quakeMeasured(words: readonly Word[], first: number): boolean {
  if (measuringQuake(words, first)) return true;
  const p = pairFirst(words, first);
  return p >= 0 && measuringQuake(words, p);
}

/** Closes an apposition: "Ana Ruiz, 41, the firm's counsel", "said Tom Berg, 47." */
const APPOSITION_END = new Set([',', '.', ')', ';']);

/** "Ruiz, 41, said": a whole number in digits set off by commas right after a capitalised name is an age. */
function isAgeApposition(words: readonly Word[], i: number, num: ParsedNumber): boolean {
  if (num.words || num.upper !== undefined || !Number.isInteger(num.value) || num.value < 1 || num.value > 119) return false;
  const name = words[i - 2];
  if (words[i - 1]?.text !== ',' || !name || !/^\p{Lu}\p{Ll}/u.test(name.text)) return false;
  const after = words[num.next];
  return after === undefined || APPOSITION_END.has(after.text);
}

/**
 * Words a quantity can start with besides digits and currency marks: number words, and the "a",
 * "an", "one", "next" of "a million", "a week", "within the next month to six weeks". Every word of
 * every sentence is asked; most are answered by this set.
 */
const WORD_STARTS: ReadonlySet<string> = new Set([...SMALL_NUMBERS.keys(), ...TENS.keys(), ...SCALES.keys(), 'a', 'an', 'one', 'next', 'dozen']);

function mayStartQuantity(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  const c = w.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (WORD_STARTS.has(w.norm) || CURRENCY_SYMBOLS.has(w.text) || LETTER_CURRENCIES.has(w.text) || CURRENCY_CODES.has(w.norm)) return true;
  return words[i + 1]?.text === '$' || (c > 127 && /^\p{N}/u.test(w.text)); // "US$5"; digits of other scripts
}

/** The number at words[i] with its unit, or null. */
export function quantityAt(words: readonly Word[], i: number): QuantityResult {
  if (!mayStartQuantity(words, i)) return null;
  const cur = currencyPrefix(words, i);
  const metres = cur ? null : metresGlued(words, i);
  if (metres) return { ok: { first: i, number: { value: metres.value, first: i, next: i + 1, words: false, yearLike: false }, factor: 1, next: metres.next, value: metres.value, unit: 'm', measure: 'measurement', rule: 'measurement' } };
  const parsed = parseNumberAt(words, cur ? cur.next : i);
  if (parsed && 'tooLong' in parsed) return parsed;
  const num = parsed?.ok ?? (cur ? null : articleNumber(words, i));
  if (!num) return null;
  const base = { first: cur ? i : num.first, number: num, factor: 1, ...(num.upper !== undefined ? { upper: num.upper } : {}) };
  const j = num.next;
  if (cur) return { ok: { ...base, next: j, value: num.value, unit: cur.code, measure: 'money', rule: 'money-symbol' } };
  const nw = words[j];
  const n = nw?.norm ?? '';
  // "two-thirds", "three quarters", "one third"
  const frac = FRACTIONS.get(n);
  if (frac !== undefined && num.words && num.value <= 10 && (nw!.joined || n.endsWith('s') || num.value === 1)) {
    return { ok: { ...base, next: j + 1, value: clean(num.value * frac), unit: 'fraction', measure: 'fraction', rule: 'fraction-words' } };
  }
  // "two and a half years"
  let value = num.value;
  let k = j;
  if (n === 'and' && words[j + 1]?.norm === 'a' && words[j + 2]?.norm === 'half') {
    value = clean(value + 0.5);
    k = j + 3;
  }
  const kw = words[k];
  const kn = kw?.norm ?? '';
  if (PERCENT_WORDS.has(kn) || (kn === 'per' && words[k + 1]?.norm === 'cent')) {
    const points = kn === 'percentage' && words[k + 1]?.norm === 'points';
    const next = kn === 'per' || points ? k + 2 : k + 1;
    return { ok: { ...base, next, value, unit: points ? 'percentage points' : 'percent', measure: 'percent', rule: 'percent' } };
  }
  const measured = measurementUnit(words, k) ?? weightInPounds(words, i, k);
  if (measured) return { ok: { ...base, next: measured.next, value, unit: measured.unit, measure: 'measurement', rule: 'measurement' } };
  // "a magnitude 6.1 earthquake": the unit written before the number; "a magnitude of 6.2", "its
  // magnitude was 6.3" too (a magnitude is below ten, and written in digits).
  if (!num.words && value < 10 && (words[base.first - 1]?.norm === 'magnitude' || magnitudeOf(words, base.first))) return { ok: { ...base, next: j, value, unit: 'magnitude', measure: 'measurement', rule: 'measurement' } };
  const suffix = currencySuffix(words, k);
  if (suffix) return { ok: { ...base, next: suffix.next, value, unit: suffix.code, measure: 'money', rule: 'money-word' } };
  const dur = DURATIONS.get(kn);
  if (dur) {
    const scaled = { ...base, value: clean(value * dur.factor), unit: dur.unit, factor: dur.factor, ...(num.upper !== undefined ? { upper: clean(num.upper * dur.factor) } : {}) };
    // "16-year-old cousin", "2-1/2-year-old feud", "16 years old"
    if (words[k + 1]?.norm === 'old') return { ok: { ...scaled, next: k + 2, measure: 'age', rule: 'age' } };
    return { ok: { ...scaled, next: k + 1, measure: 'duration', rule: 'duration' } };
  }
  if (words[j - 1]?.norm === 'aged' || words[i - 1]?.norm === 'aged') {
    return { ok: { ...base, next: j, value, unit: 'years', measure: 'age', rule: 'age-aged' } };
  }
  if (isAgeApposition(words, i, num)) return { ok: { ...base, next: j, value, unit: 'years', measure: 'age', rule: 'age-apposition' } };
  return { ok: { ...base, next: j, value: num.value, unit: 'count', measure: 'count', rule: num.words ? 'count-words' : 'count-digits' } };
}
