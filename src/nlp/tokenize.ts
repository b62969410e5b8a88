import type { Token } from './types.js';
import { PLACE_NAME_NOUNS } from '../lexicon/places.js';

/**
 * One pass, one sticky regex with no nested quantifiers over overlapping
 * classes, so the cost is linear even on hostile input (a 5 MB line, 100,000
 * quote marks). Alternatives, in order:
 *   acronym with dots   "U.S."  "E.U."
 *   number              "38,000"  "2.5"  "3-1/2"
 *   word                "Okafor’s"  "three-way"  "O’Brien"
 *   quote mark          “ ” „ « » " ' ‘ ’ ‹ › ‚ ‟, '' (two apostrophes: the NYT's double mark) and `` (two
 *                       backticks, which open one in wire copy typed for typesetting)
 *   any other single non-space character
 * Corrections follow (see `wordEnd`): currency letters are cut off the amount they lead
 * ("N18.6bn" → "N" "18.6" "bn"), a decimal stays in a letter-led word ("K2.1bn", "v3.5": read
 * apart, ".1bn" made a bogus figure), and a name is cut off the participle it is glued to
 * ("Copenhagen-based" → "Copenhagen" "-" "based", "Morrow-who" → "Morrow" "-" "who"), so the name can be an actor of its own,
 * and a count glued to the noun of a place in a tally ("Dorvale province-12, Lampton city-4" → "province" "-" "12"),
 * so the noun closes the place's name.
 */
const TOKEN =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,/]\p{N}+)*(?:-\p{N}+(?:\/\p{N}+)?)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|''|``|["'“”„‟«»‘’‚‹›]|[^\s]/uy;

/**
 * Currency letters before an amount (lexicon/currencies.ts): "KSh2bn", "Tk300"; a lone "N", "R" or
 * "Sh" only before an amount with a separator or a scale, so "N95" or "R2" stay words.
 */
const CURRENCY_LETTERS = /(?:KSh|Ksh|USh|TSh|Rs|RM|Rp|Tk)(?=\p{N})|(?:Sh|R|N)(?=\p{N}+(?:[.,]\p{N}|(?:bn|mn|m|k|tn|trn|b)(?![\p{L}\p{N}])))/uy;
/** A decimal part glued after a letter-led word that ends in a digit. */
const DECIMAL_TAIL = /\.\p{N}[\p{L}\p{M}\p{N}]*/uy;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * "-based", "-born", "-led", "-backed", "-owned" after a capitalised name; also a function word that a
 * dash typed as a hyphen glued to it ("Ada Morrow-who had …", "Dorn State-it says", "Velmora-or Dorn-can"),
 * which is no part of the name.
 */
const NAME_PARTICIPLE = /^\p{Lu}[\p{L}\p{M}.'’]*[-‐](?:based|born|led|backed|owned|registered|headquartered|who|whose|which|that|it|its|or|and|but|not|can|will|would|has|had|is|was|the|he|she|they|we|his|her)$/u;

/** Where the word token text[i, stop) really ends, after the corrections above. */
function wordEnd(text: string, i: number, stop: number): number {
  let digits = false;
  let hyphen = -1;
  for (let k = i + 1; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) digits = true;
    else if (c === 45 || c === 0x2010) hyphen = k;
  }
  if (hyphen > 0 && !digits && NAME_PARTICIPLE.test(text.slice(i, stop))) return hyphen;
  if (!digits) return stop; // most words: no correction applies
  if (hyphen > i && /^[-‐]\p{N}+$/u.test(text.slice(hyphen, stop)) && PLACE_NAME_NOUNS.has(text.slice(i, hyphen))) return hyphen;
  CURRENCY_LETTERS.lastIndex = i;
  const currency = CURRENCY_LETTERS.exec(text);
  if (currency) return i + currency[0].length;
  let end = stop;
  while (isDigit(text.charCodeAt(end - 1)) && text.charCodeAt(end) === 46 /* . */) {
    DECIMAL_TAIL.lastIndex = end;
    const tail = DECIMAL_TAIL.exec(text);
    if (!tail) break;
    end += tail[0].length;
  }
  return end;
}

const QUOTE_MARKS = new Set(['"', "'", "''", '``', '“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‹', '›']);

/** Folds curly apostrophes and quote marks to ASCII and lower-cases, keeping length. */
export function foldForMatch(text: string): string {
  // Most tokens hold none of the characters folded: four regular-expression passes over each of them
  // allocated half of what tokenising does, so they run only when one of those characters is there.
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x60 || c === 0xa0 || c === 0xab || c === 0xb4 || c === 0xbb || (c >= 0x2007 && c <= 0x201f) || c === 0x202f) return fold(text);
  }
  return text.toLowerCase();
}

function fold(text: string): string {
  return text
    .replace(/[’‘‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();
}

export function isQuoteMark(ch: string): boolean {
  return QUOTE_MARKS.has(ch);
}

/** Tokens of text[start, end), offsets absolute. Whitespace is skipped. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Skip white space, including NBSP and the BOM, without the regex; invisible direction and joiner
    // marks (U+200C–U+200F, U+202A–U+202E, U+2060–U+2069) are not words either: "\u202a”We won”".
    if (c <= 32 || c === 0xa0 || c === 0xfeff || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069)) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    // test, not exec: the token's end is where the sticky match left lastIndex, and no match array is built
    let len = TOKEN.test(text) ? TOKEN.lastIndex - i : 1;
    // "'''" closing a quote inside a quote ("'no.''' he said") is a single mark, then the double one.
    if (len === 2 && c === 39 && text.charCodeAt(i + 2) === 39 && text.charCodeAt(i - 1) !== 39 && !/['\p{L}\p{N}]/u.test(text.charAt(i + 3))) len = 1;
    // A word (or anything longer than one character that starts like one): see `wordEnd`.
    if (len > 1 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0)) len = wordEnd(text, i, i + len) - i;
    if (i + len > end) len = end - i;
    // A lone high surrogate at `end` must not be split from its pair by the regex.
    const tokText = text.slice(i, i + len);
    const kind: Token['kind'] = /^[\p{L}\p{M}\p{N}]/u.test(tokText)
      ? 'word'
      : QUOTE_MARKS.has(tokText)
        ? 'quote'
        : 'punct';
    const glued = tokens.length > 0 && tokens[tokens.length - 1]!.end === i;
    tokens.push({ start: i, end: i + len, text: tokText, norm: foldForMatch(tokText), kind, glued, joined: false });
    i += len;
  }
  return tokens;
}
