import type { ParsedSource } from '../../nlp/types.js';
import type { Passage } from './find.js';

/**
 * Transcript turns with no quote marks: a paragraph that opens with a speaker label in capitals
 * and a colon ("HOLM: Why now?" / "SEN. ANA RUIZ: Because …"). Only in a dialogue — two or more
 * such paragraphs with two or more labels — so a lone "UPDATE:" or "EXCLUSIVE:" is never a speaker.
 * The passage's words run from the colon to the paragraph's end; the label names the speaker.
 */

/** Labels that mark a kind of text, not a speaker. */
const NOT_SPEAKERS = new Set(['UPDATE', 'UPDATED', 'EXCLUSIVE', 'CLARIFICATION', 'CORRECTION', 'BREAKING', 'WATCH',
  'READ', 'RELATED', 'NOTE', 'EDITOR', 'EDITORS', 'PHOTO', 'PHOTOS', 'VIDEO', 'SOURCE', 'SOURCES', 'CREDIT', 'TRANSCRIPT',
  'WARNING', 'LIVE', 'ANALYSIS', 'OPINION', 'REVIEW', 'POLL', 'ADVERTISEMENT', 'MORE', 'ALSO', 'PLUS', 'BACKGROUND']);

/** The colon token of a label opening paragraph p, or -1. */
export function labelColon(doc: ParsedSource, p: number): number {
  const para = doc.paragraphs[p]!;
  const first = doc.sentences[para.firstSentence]!.firstToken;
  const end = doc.sentences[para.endSentence - 1]!.endToken;
  let k = first;
  let words = 0;
  while (k < end && k - first < 6) {
    const t = doc.tokens[k]!;
    if (t.kind === 'word' && /\p{Lu}{2}/u.test(t.text) && t.text === t.text.toUpperCase() && !/\p{N}/u.test(t.text)) words++;
    else if (!(t.text === '.' && k > first && doc.tokens[k - 1]!.end === t.start)) break;
    k++;
  }
  if (words === 0 || words > 3 || doc.tokens[k]?.text !== ':' || k + 1 >= end) return -1;
  if (NOT_SPEAKERS.has(doc.tokens[k - 1]!.text.replace(/[’']S$/u, '')) || NOT_SPEAKERS.has(doc.tokens[first]!.text)) return -1;
  return /^[\p{Lu}\p{N}"“‘'(\[]/u.test(doc.tokens[k + 1]!.text) ? k : -1;
}

/** Turns of an unmarked transcript, for paragraphs that hold no quote of their own. */
export function transcriptTurns(doc: ParsedSource, quoted: ReadonlySet<number>): Passage[] {
  const turns: Array<[number, number]> = [];
  const labels = new Set<string>();
  for (let p = 0; p < doc.paragraphs.length; p++) {
    if (quoted.has(p)) continue;
    const colon = labelColon(doc, p);
    if (colon < 0) continue;
    turns.push([p, colon]);
    labels.add(doc.tokens[colon - 1]!.text);
  }
  if (turns.length < 2 || labels.size < 2) return [];
  return turns.map(([p, colon]) => {
    const para = doc.paragraphs[p]!;
    const last = doc.sentences[para.endSentence - 1]!.endToken - 1;
    // `open` is the label's first word: the label is part of the turn, not a name in the prose.
    const first = doc.sentences[para.firstSentence]!.firstToken;
    return { open: first, close: null, paragraph: p, start: doc.tokens[colon + 1]!.start, end: doc.tokens[last]!.end, continues: null, rule: 'transcript-turn' } satisfies Passage;
  });
}

/** Both lists in text order; `continues` indexes are renumbered into the merged list. */
export function mergeTurns(marked: readonly Passage[], turns: readonly Passage[]): Passage[] {
  const out: Passage[] = [];
  const index = new Map<number, number>();
  let t = 0;
  marked.forEach((q, i) => {
    while (t < turns.length && turns[t]!.open < q.open) out.push(turns[t++]!);
    index.set(i, out.length);
    out.push(q.continues === null ? q : { ...q, continues: index.get(q.continues)! });
  });
  while (t < turns.length) out.push(turns[t++]!);
  return out;
}
