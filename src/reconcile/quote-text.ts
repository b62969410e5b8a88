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
 * The words `quoteWords` reads, as [start, end) offsets in the text as written, or null when they do
 * not line up one for one (a letter whose lower case is longer).
 */
export function quoteWordSpans(text: string): Array<[number, number]> | null {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/[\p{L}\p{N}'’‘‚‛`´]+/gu)) {
    const word = m[0].replace(/^['’‘‚‛`´]+|['’‘‚‛`´]+$/g, '');
    if (!word) continue;
    const start = m.index + m[0].indexOf(word);
    spans.push([start, start + word.length]);
  }
  return spans.length === quoteWords(text).length ? spans : null;
}

/**
 * Where an editor's brackets stood in a quote ("[The dockers] work long shifts"): it stands for
 * whatever the speaker said there: up to four words of the other wording, or none.
 */
export const INSERTION = '\u0001';

/** The words of a quote with each bracketed insertion as one `INSERTION` word. */
export function quoteWordsMarked(text: string): string[] {
  return text.split(/\s*[[(][^\])]{0,80}[\])]\s*/).flatMap((piece, k) => (k ? [INSERTION, ...quoteWords(piece)] : quoteWords(piece)));
}

/** The most words one bracketed insertion may stand for: "[the harbour workers' union]". */
const INSERTION_WORDS = 4;

/**
 * How `a` fits inside `b`: the edit distance, the changed word pairs in order, the stretch [start, end)
 * of `b` it covers, and how many of `a`'s first (`lead`) and last (`trail`) words lie beyond `b`'s
 * first or last word: where one outlet's quotation begins or ends and the other's goes on.
 */
export interface Alignment {
  readonly distance: number;
  readonly changes: Array<[string, string]>;
  /** Where each change stands: the index in `a` and in `b` (-1 for a word only one side has). */
  readonly at: Array<[number, number]>;
  /** Where each change starts in `a` and in `b`, counted in words: two changes touch when one starts where the other ends. */
  readonly spots: Array<[number, number]>;
  readonly start: number;
  readonly end: number;
  readonly lead: number;
  readonly trail: number;
}

/**
 * Best alignment of the shorter word list `a` anywhere inside `b` (semi-global
 * edit distance over words). Returns the distance and the substituted word pairs.
 * An `INSERTION` on either side stands for up to four of the other side's words, at no cost.
 */
export function alignInside(a: readonly string[], b: readonly string[]): Alignment {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const d = new Int32Array((n + 1) * w);
  // How each cell was reached: DIAGONAL, DROP (a word of `a` left out), ADD (a word of `b` left out),
  // or a free insertion: A_TAKES + k (a's insertion stands for k words of b), B_TAKES + k (the reverse).
  const move = new Uint8Array((n + 1) * w);
  for (let i = 1; i <= n; i++) {
    const free = a[i - 1] === INSERTION;
    d[i * w] = d[(i - 1) * w]! + (free ? 0 : 1);
    move[i * w] = free ? A_TAKES : DROP;
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = d[(i - 1) * w + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let how = DIAGONAL;
      if (d[(i - 1) * w + j]! + 1 < best) [best, how] = [d[(i - 1) * w + j]! + 1, DROP];
      if (d[i * w + j - 1]! + 1 < best) [best, how] = [d[i * w + j - 1]! + 1, ADD];
      if (a[i - 1] === INSERTION) for (let k = 0; k <= Math.min(INSERTION_WORDS, j); k++) if (d[(i - 1) * w + j - k]! < best) [best, how] = [d[(i - 1) * w + j - k]!, A_TAKES + k];
      if (b[j - 1] === INSERTION) for (let k = 0; k <= Math.min(INSERTION_WORDS, i); k++) if (d[(i - k) * w + j - 1]! < best) [best, how] = [d[(i - k) * w + j - 1]!, B_TAKES + k];
      d[i * w + j] = best;
      move[i * w + j] = how;
    }
  }
  // Ties prefer an alignment that ends on a (changed) word over one that drops it:
  // "defense plan" in "defence plan because" is a substitution, not a deletion.
  let bestJ = 0;
  for (let j = 1; j <= m; j++) {
    const here = d[n * w + j]!;
    const best = d[n * w + bestJ]!;
    const diagonal = n > 0 && move[n * w + j] === DIAGONAL;
    if (here < best || (here === best && diagonal && !(bestJ > 0 && a[n - 1] === b[bestJ - 1]))) bestJ = j;
  }
  const changes: Array<[string, string]> = [];
  const at: Array<[number, number]> = [];
  const spots: Array<[number, number]> = [];
  let i = n;
  let j = bestJ;
  // Words of `a` left out past either end of `b`: the first before b's first word, the last after its last.
  let lead = 0;
  let trail = 0;
  let atEnd = bestJ === m && m > 0;
  while (i > 0) {
    const how = move[i * w + j]!;
    if (how === DROP && atEnd) trail++;
    else atEnd = false;
    if (how === DROP && j === 0) lead++;
    if (how === DIAGONAL) {
      if (a[i - 1] !== b[j - 1]) {
        changes.push([a[i - 1]!, b[j - 1]!]);
        at.push([i - 1, j - 1]);
        spots.push([i - 1, j - 1]);
      }
      [i, j] = [i - 1, j - 1];
    } else if (how === DROP) {
      changes.push([a[--i]!, '']);
      at.push([i, -1]);
      spots.push([i, j]);
    } else if (how === ADD) {
      changes.push(['', b[--j]!]);
      at.push([-1, j]);
      spots.push([i, j]);
    }
    else if (how >= B_TAKES) [i, j] = [i - (how - B_TAKES), j - 1];
    else [i, j] = [i - 1, j - (how - A_TAKES)];
  }
  return { distance: d[n * w + bestJ]!, changes: changes.reverse(), at: at.reverse(), spots: spots.reverse(), start: j, end: bestJ, lead, trail };
}

const DIAGONAL = 0;
const DROP = 1;
const ADD = 2;
const A_TAKES = 3;
const B_TAKES = A_TAKES + INSERTION_WORDS + 1;
