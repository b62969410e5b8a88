import { DOZEN, MAX_EXACT_DIGITS, SCALE_ABBREVIATIONS, SCALES, SMALL_NUMBERS, TENS } from '../../lexicon/numbers.js';
import type { Word } from './words.js';

/** A number phrase found at some word: "38,000", "2.5 billion", "a million", "twenty-five", "3-1/2". */
export interface ParsedNumber {
  readonly value: number;
  /** Word index range [first, next). */
  readonly first: number;
  readonly next: number;
  /** Written (partly) in words: "seven", "a million". */
  readonly words: boolean;
  /** A plain 4-digit integer that reads like a year ("2014"). */
  readonly yearLike: boolean;
  /** A range written in one token: "10-15". */
  readonly upper?: number;
  /**
   * A round word that gives no exact count: "a dozen", "two dozen", "a score of" (a dozen shots may be 11
   * or 13). ("dozens", "scores of", like "hundreds", give no number: they are no figure.)
   */
  readonly loose?: true;
}

export type NumberResult = { ok: ParsedNumber } | { tooLong: Word } | null;

/** Removes float noise: 1.1 * 1e12 → 1100000000000, not …0002. */
export function clean(x: number): number {
  return Number(x.toPrecision(15));
}

interface Digits { value: number; upper?: number; plain: boolean }

/**
 * One digit token. Checked by length before any regex, so a 40-digit or 5 MB
 * digit run is refused in constant time per character.
 *   "38,000"  "2.5"  "3-1/2" (3.5)  "10-15" (range)  "1/2"
 */
export function parseDigits(text: string): Digits | 'too-long' | null {
  const digitCount = text.replace(/\D/g, '').length;
  if (digitCount > MAX_EXACT_DIGITS) return 'too-long';
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return { value: Number(text.replace(/,/g, '')), plain: false };
  if (/^\d+$/.test(text)) return { value: Number(text), plain: true };
  if (/^\d+\.\d+$/.test(text)) return { value: Number(text), plain: false };
  let m = /^(\d+)-(\d+)\/(\d+)$/.exec(text);
  if (m) {
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return c > 0 && b < c ? { value: clean(a + b / c), plain: false } : null;
  }
  m = /^(\d+)\/(\d+)$/.exec(text);
  if (m) {
    const [b, c] = [Number(m[1]), Number(m[2])];
    return c > 0 && c <= 10 && b < c ? { value: clean(b / c), plain: false } : null;
  }
  m = /^(\d+)-(\d+)$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a < b ? { value: a, upper: b, plain: false } : null;
  }
  return null;
}

/** Scale after the number: a word ("2.5 billion") or a glued abbreviation ("€500m", "£2.5bn"). */
function scaleAt(words: readonly Word[], i: number): number | null {
  const w = words[i];
  if (!w || w.kind !== 'word') return null;
  const word = SCALES.get(w.norm);
  if (word !== undefined && w.norm !== 'hundred') return word;
  const abbr = SCALE_ABBREVIATIONS.get(w.norm);
  if (abbr !== undefined && (w.glued || w.norm.length > 1) && !w.joined) return abbr;
  return null;
}

/**
 * Parses the number phrase starting at words[i]. Word numbers are summed the
 * usual way ("two hundred and fifty thousand" → 250000); "a"/"an" count as one
 * only before a scale ("a million", "a dozen").
 */
export function parseNumberAt(words: readonly Word[], i: number): NumberResult {
  const w = words[i];
  if (!w || w.kind !== 'word') return null;
  if (/^\d/.test(w.text)) {
    const d = parseDigits(w.text);
    if (d === 'too-long') return { tooLong: w };
    if (d === null) return null;
    let value = d.value;
    let upper = d.upper;
    let next = i + 1;
    if (d.plain && w.text.length <= 3) ({ value, next } = spaceGrouped(words, i));
    const scale = scaleAt(words, next);
    if (scale !== null) {
      value = clean(value * scale);
      if (upper !== undefined) upper = clean(upper * scale);
      next++;
    }
    const yearLike = d.plain && scale === null && w.text.length === 4 && value >= 1000 && value < 2200;
    return { ok: { value, first: i, next, words: false, yearLike, ...(upper !== undefined ? { upper } : {}) } };
  }
  return parseWordNumber(words, i);
}

/**
 * Thousands split by a single space, as many European outlets write them:
 * "11 000 hectares", "1 200 000 people". Each group after the first has
 * exactly three digits and sits one character after the previous one; at
 * most four groups follow (15 digits), so a long digit run costs constant time.
 */
function spaceGrouped(words: readonly Word[], i: number): { value: number; next: number } {
  let text = words[i]!.text;
  let j = i + 1;
  for (let g = words[j]; g && j - i <= 4 && g.kind === 'word' && /^\d{3}$/.test(g.text) && !g.joined && g.start - words[j - 1]!.end === 1; g = words[++j]) text += g.text;
  if (j > i + 1) return { value: Number(text), next: j };
  // "3, 000ft", "1, 050 metres": a comma and a stray space inside a number. A group opening with a zero
  // is no second number of a list ("rooms 3, 500" may be two).
  for (let g = words[j + 1]; words[j]?.text === ',' && words[j]!.glued && g && g.kind === 'word' && /^0\d{2}$/.test(g.text) && g.start - words[j]!.end === 1 && j - i <= 8; g = words[(j += 2) + 1]) text += g.text;
  return { value: Number(text), next: j };
}

/** Possessives before a bare "dozen": "her dozen cartridges", "their dozen hostages". */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** "a score of people" (20); not "a score of 3-1" or "a score of seven", a game's result. */
function scoreOfAt(words: readonly Word[], i: number): NumberResult {
  if (!/^an?$/.test(words[i]!.norm) || words[i + 1]?.norm !== 'score' || words[i + 2]?.norm !== 'of') return null;
  const after = words[i + 3];
  if (!after || after.kind !== 'word' || /^\d/.test(after.text) || isNumberWord(after.norm) || /^(?:zero|nil|just|only|about|around|some|nearly|almost|more|less|over|under)$/.test(after.norm)) return null;
  return { ok: { value: 20, first: i, next: i + 2, words: true, yearLike: false, loose: true } };
}

function parseWordNumber(words: readonly Word[], i: number): NumberResult {
  const score = scoreOfAt(words, i);
  if (score) return score;
  // "her dozen cartridges": a bare "dozen" after a possessive is one dozen.
  if (words[i]!.norm === DOZEN && POSSESSIVES.has(words[i - 1]?.norm ?? '')) return { ok: { value: 12, first: i, next: i + 1, words: true, yearLike: false, loose: true } };
  let dozen = false;
  let total = 0;
  let current = 0;
  let seen = false;
  let last: 'small' | 'tens' | 'hundred' | 'scale' | 'a' | null = null;
  let j = i;
  for (; j < words.length; j++) {
    const n = words[j]!.norm;
    const small = SMALL_NUMBERS.get(n);
    const tens = TENS.get(n);
    const scale = SCALES.get(n);
    if (small !== undefined && last !== 'small' && last !== 'a' && !(last === 'tens' && small >= 10)) {
      current += small;
      last = 'small';
    } else if (tens !== undefined && (last === null || last === 'hundred' || last === 'scale')) {
      current += tens;
      last = 'tens';
    } else if (n === 'hundred' && last !== 'hundred' && last !== 'scale') {
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (scale !== undefined && last !== 'scale') {
      total += (current || 1) * scale;
      current = 0;
      last = 'scale';
    } else if (n === DOZEN && (last === 'a' || last === 'small')) {
      current = (current || 1) * 12;
      last = 'scale';
      dozen = true;
    } else if ((n === 'a' || n === 'an') && last === null) {
      const after = words[j + 1]?.norm ?? '';
      if (!SCALES.has(after) && after !== DOZEN) return null;
      current = 1;
      last = 'a';
      continue;
    } else if (n === 'and' && (last === 'hundred' || last === 'scale') && isNumberWord(words[j + 1]?.norm)) {
      continue;
    } else break;
    seen = true;
  }
  if (!seen) return null;
  // "a dozen", "two dozen": a round number, no count ("a dozen rounds" may be 11 of them).
  return { ok: { value: clean(total + current), first: i, next: j, words: true, yearLike: false, ...(dozen ? { loose: true as const } : {}) } };
}

function isNumberWord(n: string | undefined): boolean {
  return n !== undefined && (SMALL_NUMBERS.has(n) || TENS.has(n));
}
