import type { ParsedSource, Sentence, Token } from '../../nlp/types.js';

/**
 * A word for the figure and date scanners: tokens with letter-led hyphenated
 * words split ("twenty-five" → twenty, five; "year-old" → year, old) and
 * in-word hyphens dropped ("16-year-old" → 16, year, old), each part keeping
 * exact offsets. `joined` says the part was glued to the previous one by a hyphen.
 */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly norm: string;
  readonly kind: Token['kind'];
  readonly joined: boolean;
  /** True when the text right before is not white space ("€" + "500", "500" + "m"). */
  readonly glued: boolean;
}

const HYPHENS = new Set(['-', '‐', '‑', '–']);

const hasHyphen = (text: string): boolean => text.includes('-') || text.includes('‐');

/** The words of tokens[first, end). Linear in the number of tokens. */
export function wordsOf(tokens: readonly Token[], first = 0, end = tokens.length): Word[] {
  const out: Word[] = [];
  let joinNext = false;
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const glued = prev !== undefined && i > first && prev.end === t.start;
    if (t.kind === 'punct' && HYPHENS.has(t.text) && glued && tokens[i + 1]?.start === t.end && tokens[i + 1]?.kind === 'word') {
      joinNext = true;
      continue;
    }
    if (t.kind === 'word' && hasHyphen(t.text) && /^\p{L}/u.test(t.text)) {
      let s = 0;
      const parts = t.text.split(/[-‐]/);
      parts.forEach((p, k) => {
        if (p.length > 0) {
          const start = t.start + s;
          out.push({ start, end: start + p.length, text: p, norm: t.norm.slice(s, s + p.length), kind: 'word', joined: k > 0 || joinNext, glued: k > 0 || glued });
        }
        s += p.length + 1;
      });
    } else {
      // A token is its own word unless a dropped hyphen joins it or it opens the sentence glued to the last one.
      out.push(!joinNext && t.glued === glued ? t : { start: t.start, end: t.end, text: t.text, norm: t.norm, kind: t.kind, joined: joinNext, glued });
    }
    joinNext = false;
  }
  return out;
}

/** Words of one sentence. */
export function sentenceWords(doc: ParsedSource, s: Sentence): Word[] {
  return wordsOf(doc.tokens, s.firstToken, s.endToken);
}

/** True for a word that starts with an upper-case letter. */
export function isCapitalised(w: Word | undefined): boolean {
  return w !== undefined && startsUpper(w.text);
}

/** An upper-case first letter; ASCII without a regular expression (this runs for every word). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/** Clause punctuation and quote marks: a subject or event never crosses them. */
export function isBoundary(w: Word | undefined): boolean {
  if (w === undefined) return true;
  if (w.kind === 'quote') return true;
  return w.kind === 'punct' && /^[,;:()[\]—–\-.!?…|]$/.test(w.text);
}
