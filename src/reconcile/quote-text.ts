import { foldForMatch } from '../nlp/tokenize.js';

/**
 * The comparable form of a quote: quote marks and apostrophes folded, case and
 * spacing ignored, punctuation dropped — "We love them." and "we love them" match.
 */
export function quoteWords(text: string): string[] {
  return foldForMatch(text)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/(^| )'+|'+( |$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Best alignment of the shorter word list `a` anywhere inside `b` (semi-global
 * edit distance over words). Returns the distance and the substituted word pairs.
 */
export function alignInside(a: readonly string[], b: readonly string[]): { distance: number; changes: Array<[string, string]> } {
  const n = a.length;
  const m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array<number>(m + 1).fill(i));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      d[i]![j] = Math.min(sub, d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
    }
  }
  // Ties prefer an alignment that ends on a (changed) word over one that drops it:
  // "line of defense" in "line of defence because" is a substitution, not a deletion.
  let bestJ = 0;
  for (let j = 1; j <= m; j++) {
    const here = d[n]![j]!;
    const best = d[n]![bestJ]!;
    const diagonal = n > 0 && here === d[n - 1]![j - 1]! + (a[n - 1] === b[j - 1] ? 0 : 1);
    if (here < best || (here === best && diagonal && !(bestJ > 0 && a[n - 1] === b[bestJ - 1]))) bestJ = j;
  }
  const changes: Array<[string, string]> = [];
  let i = n;
  let j = bestJ;
  while (i > 0 && j > 0) {
    const here = d[i]![j]!;
    if (here === d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      if (a[i - 1] !== b[j - 1]) changes.push([a[i - 1]!, b[j - 1]!]);
      i--;
      j--;
    } else if (here === d[i - 1]![j]! + 1) {
      changes.push([a[i - 1]!, '']);
      i--;
    } else {
      changes.push(['', b[j - 1]!]);
      j--;
    }
  }
  while (i > 0) changes.push([a[--i]!, '']);
  return { distance: d[n]![bestJ]!, changes: changes.reverse() };
}
