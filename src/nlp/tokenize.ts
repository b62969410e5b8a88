import type { Token } from './types.js';

/**
 * One pass, one sticky regex with no nested quantifiers over overlapping
 * classes, so the cost is linear even on hostile input (a 5 MB line, 100,000
 * quote marks). Alternatives, in order:
 *   acronym with dots   "U.S."  "E.U."
 *   currency letters    "KSh" of "KSh2bn", "Tk" of "Tk300"; "N" of "N18.6bn" and "R" of "R1,500" only
 *                       before an amount with a separator or a scale, so "N95" or "R2" stay words
 *                       (lexicon/currencies.ts)
 *   number              "38,000"  "2.5"  "3-1/2"
 *   word                "Okafor’s"  "three-way"  "O’Brien"  "K2.1bn" (a decimal after a letter-led word
 *                       stays in it: read apart, ".1bn" made a bogus figure)
 *   quote mark          “ ” „ « » " ' ‘ ’ ‹ › ‚ ‟
 *   any other single non-space character
 */
const TOKEN =
  /(?:\p{L}\.){2,}|(?:KSh|Ksh|USh|TSh|Rs|RM|Rp|Tk)(?=\p{N})|(?:Sh|R|N)(?=\p{N}+(?:[.,]\p{N}|(?:bn|mn|m|k|tn|trn|b)(?![\p{L}\p{N}])))|\p{N}+(?:[.,/]\p{N}+)*(?:-\p{N}+(?:\/\p{N}+)?)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?<=\p{N})\.\p{N}[\p{L}\p{M}\p{N}]*)*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|["'“”„‟«»‘’‚‹›]|[^\s]/uy;

const QUOTE_MARKS = new Set(['"', "'", '“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‹', '›']);

/** Folds curly apostrophes and quote marks to ASCII and lower-cases, keeping length. */
export function foldForMatch(text: string): string {
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
    // Skip white space, including NBSP and the BOM, without the regex.
    if (c <= 32 || c === 0xa0 || c === 0xfeff || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200b)) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    let len = m ? m[0].length : 1;
    if (i + len > end) len = end - i;
    // A lone high surrogate at `end` must not be split from its pair by the regex.
    const tokText = text.slice(i, i + len);
    const kind: Token['kind'] = /^[\p{L}\p{M}\p{N}]/u.test(tokText)
      ? 'word'
      : QUOTE_MARKS.has(tokText)
        ? 'quote'
        : 'punct';
    tokens.push({ start: i, end: i + len, text: tokText, norm: foldForMatch(tokText), kind });
    i += len;
  }
  return tokens;
}
