/**
 * Words with their offsets, and a word-level alignment that says where in the
 * source a draft quote fits and which words differ. Folding matches
 * `quoteWords` (quote marks, apostrophes, case, punctuation ignored) but keeps
 * offsets, so a match can be shown as the source wrote it.
 */
export interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** "They’re IN." → they're@0, in@8. Apostrophes are folded before matching so the offsets stay put. */
export function wordsOf(text: string, base = 0): Word[] {
  const folded = text.replace(/[’‘‚‛`´]/g, "'");
  const out: Word[] = [];
  for (const m of folded.matchAll(WORD)) out.push({ word: m[0].toLowerCase(), start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

/** One step of the alignment, from the draft's point of view. */
export type Op =
  | { readonly kind: 'same'; readonly word: string }
  | { readonly kind: 'changed'; readonly draft: string; readonly source: string }
  | { readonly kind: 'added'; readonly draft: string }
  | { readonly kind: 'dropped'; readonly source: string };

export interface Alignment {
  readonly distance: number;
  /** Window of `source` words the draft aligns with: [from, to). */
  readonly from: number;
  readonly to: number;
  readonly ops: readonly Op[];
}

/**
 * Best place for `draft` anywhere inside `source` (semi-global edit distance
 * over words: skipping source words before and after is free). Ties go to the
 * earliest window, and to a substitution over a drop + add.
 */
export function alignWords(draft: readonly string[], source: readonly string[]): Alignment {
  const n = draft.length;
  const m = source.length;
  const d: Uint32Array[] = Array.from({ length: n + 1 }, (_, i) => new Uint32Array(m + 1).fill(i));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = d[i - 1]![j - 1]! + (draft[i - 1] === source[j - 1] ? 0 : 1);
      d[i]![j] = Math.min(sub, d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
    }
  }
  // Among equally good ends, one that ends on a matching word, then on a changed
  // word, beats one that leaves the draft's last word unmatched: "defense plan"
  // in "a defence plan because" is a substitution, not a drop.
  const rank = (j: number): number => {
    if (n === 0 || j === 0) return 2;
    const same = draft[n - 1] === source[j - 1];
    return d[n]![j] === d[n - 1]![j - 1]! + (same ? 0 : 1) ? (same ? 0 : 1) : 2;
  };
  let end = 0;
  for (let j = 1; j <= m; j++) {
    if (d[n]![j]! < d[n]![end]! || (d[n]![j] === d[n]![end] && rank(j) < rank(end))) end = j;
  }
  const ops: Op[] = [];
  let i = n;
  let j = end;
  while (i > 0) {
    const here = d[i]![j]!;
    if (j > 0 && here === d[i - 1]![j - 1]! + (draft[i - 1] === source[j - 1] ? 0 : 1)) {
      const a = draft[i - 1]!;
      const b = source[j - 1]!;
      ops.push(a === b ? { kind: 'same', word: a } : { kind: 'changed', draft: a, source: b });
      i--;
      j--;
    } else if (here === d[i - 1]![j]! + 1) {
      ops.push({ kind: 'added', draft: draft[--i]! });
    } else {
      ops.push({ kind: 'dropped', source: source[--j]! });
    }
  }
  return { distance: d[n]![end]!, from: j, to: end, ops: ops.reverse() };
}

/** `a [-major-] {+notable+} win for the port`: what the source says struck out, the draft's words added. */
export function formatDiff(ops: readonly Op[]): string {
  return ops
    .map((op) => {
      switch (op.kind) {
        case 'same': return op.word;
        case 'changed': return `[-${op.source}-] {+${op.draft}+}`;
        case 'added': return `{+${op.draft}+}`;
        case 'dropped': return `[-${op.source}-]`;
      }
    })
    .join(' ');
}

/** Negation words whose loss or gain reverses a quote's meaning. */
const NEGATIONS = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot']);

const isNegated = (w: string): boolean => NEGATIONS.has(w) || w.endsWith("n't");

/**
 * Negations the draft dropped or added, by name: `dropped "not"`, `added "never"`,
 * `"won't" → "will"`. Empty when the negation survived the changes.
 */
export function negationChanges(ops: readonly Op[]): string[] {
  const out: string[] = [];
  for (const op of ops) {
    if (op.kind === 'dropped' && isNegated(op.source)) out.push(`dropped "${op.source}"`);
    else if (op.kind === 'added' && isNegated(op.draft)) out.push(`added "${op.draft}"`);
    else if (op.kind === 'changed' && isNegated(op.source) !== isNegated(op.draft)) {
      out.push(isNegated(op.source) ? `dropped "${op.source}" (now "${op.draft}")` : `added "${op.draft}" (was "${op.source}")`);
    }
  }
  return out;
}
