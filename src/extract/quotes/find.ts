import { diagnostic } from '../../model/codes.js';
import type { ParsedSource, Token } from '../../nlp/types.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { MARKS } from './marks.js';
import { mergeTurns, transcriptTurns } from './transcript.js';

/** A quoted passage found by its marks, before attribution. Token indexes are into doc.tokens. */
export interface Passage {
  readonly open: number; // index of the opening mark token
  readonly close: number | null; // index of the closing mark, null when continued into the next paragraph
  readonly paragraph: number;
  /** Content span: the words inside the marks, trimmed of spaces and trailing , ; : */
  readonly start: number;
  readonly end: number;
  /** Index of the passage this one continues (continued paragraph), or null. */
  readonly continues: number | null;
  readonly rule: 'paired-marks' | 'continued-paragraph' | 'transcript-turn';
}

/** Real prose nests quotes two or three deep; a cap keeps hostile input ("““““…") linear. */
const MAX_DEPTH = 16;

interface Open {
  readonly index: number;
  readonly mark: string;
  /** A ” with nothing open, read as a reversed opener: it pairs only with the next closing mark. */
  readonly reversed?: boolean;
}

/**
 * Pairs quote marks paragraph by paragraph with a stack, in one linear pass.
 * Only top-level passages become quotes; nested ones stay inside their parent's
 * text. A paragraph that opens a quote and never closes it continues into the
 * next paragraph when that one opens with a mark; otherwise it is `quote/unclosed`.
 */
export function findPassages(doc: ParsedSource): { passages: Passage[]; diagnostics: Diagnostic[] } {
  const passages: Passage[] = [];
  const diagnostics: Diagnostic[] = [];
  let carried: number | null = null; // passage index continued from the previous paragraph
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p]!;
    const first = doc.sentences[para.firstSentence]?.firstToken ?? 0;
    const end = doc.sentences[para.endSentence - 1]?.endToken ?? first;
    const stack: Open[] = [];
    let continued = carried;
    carried = null;
    for (let i = first; i < end; i++) {
      const t = doc.tokens[i]!;
      if (t.kind !== 'quote') continue;
      const role = roleOf(doc.tokens, i, first, end, stack);
      if (role === 'close') {
        const depth = matchingOpen(stack, t.text);
        if (depth < 0) {
          // He says,” there are … ” — a ” with nothing open: perhaps a reversed opener.
          if (stack.length === 0 && t.text === '”') stack.push({ index: i, mark: t.text, reversed: true });
          continue;
        }
        const open = stack[depth]!;
        stack.length = depth;
        if (depth === 0 && hasWords(doc, open.index, i)) {
          passages.push(passage(doc, open.index, i, p, continued));
          continued = null;
        }
      } else if (role === 'open' && stack.length < MAX_DEPTH) {
        // A double opener after a reversed one: the ” was a stray closing mark after all
        // (a single mark may nest inside: ” … calling them ‘bad people,’ he said …”).
        if (stack[0]?.reversed && MARKS.get(t.text)?.double) stack.length = 0;
        stack.push({ index: i, mark: t.text });
      }
    }
    const unclosed = stack[0];
    if (!unclosed || unclosed.reversed) continue;
    const next = doc.paragraphs[p + 1];
    const nextFirst = next ? doc.tokens[doc.sentences[next.firstSentence]!.firstToken] : undefined;
    if (nextFirst?.kind === 'quote' && (MARKS.get(nextFirst.text)?.role ?? 'close') !== 'close') {
      passages.push(passage(doc, unclosed.index, null, p, continued, end));
      carried = passages.length - 1;
    } else {
      const t = doc.tokens[unclosed.index]!;
      diagnostics.push(diagnostic('quote/unclosed', `Unclosed quote: ${t.text} opens a quotation that is never closed in its paragraph`, { source: doc.id, start: t.start, end: t.end }));
    }
  }
  // Unmarked transcript turns ("HOLM: Why now?") in paragraphs that hold no marked quote.
  const turns = transcriptTurns(doc, new Set(passages.map((q) => q.paragraph)));
  return { passages: turns.length > 0 ? mergeTurns(passages, turns) : passages, diagnostics };
}

function passage(doc: ParsedSource, open: number, close: number | null, paragraph: number, continues: number | null, paraEnd?: number): Passage {
  const from = doc.tokens[open]!.end;
  const to = close !== null ? doc.tokens[close]!.start : doc.tokens[(paraEnd ?? open + 1) - 1]!.end;
  const [start, end] = trim(doc.text, from, to);
  return { open, close, paragraph, start, end, continues, rule: continues === null ? 'paired-marks' : 'continued-paragraph' };
}

/** Words inside the marks: no surrounding spaces, no trailing comma/semicolon/colon ("…stop,”). */
function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s\u00a0]/u.test(text.charAt(start))) start++;
  while (end > start && /[\s\u00a0,;:]/u.test(text.charAt(end - 1))) end--;
  return [start, end];
}

function matchingOpen(stack: readonly Open[], closer: string): number {
  for (let d = stack.length - 1; d >= 0; d--) {
    const info = MARKS.get(stack[d]!.mark);
    if (info?.closers.includes(closer)) return d;
  }
  return -1;
}

/** `''''` or `“ ”` is no quote: a passage needs a word between its marks. */
function hasWords(doc: ParsedSource, open: number, close: number): boolean {
  for (let k = open + 1; k < close; k++) if (doc.tokens[k]!.kind === 'word') return true;
  return false;
}

/** Decides whether a mark opens or closes, from its neighbours: `word”` closes, `“word` opens. */
function roleOf(tokens: readonly Token[], i: number, first: number, end: number, stack: readonly Open[]): 'open' | 'close' | null {
  const t = tokens[i]!;
  const info = MARKS.get(t.text);
  if (!info) return null;
  const prev = i > first ? tokens[i - 1] : undefined;
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  const spaceBefore = !prev || prev.end < t.start;
  const spaceAfter = !next || next.start > t.end;
  const canClose = matchingOpen(stack, t.text) >= 0;
  // ‘08, '90s: an apostrophe standing for the century, not an opening mark.
  if (!info.double && next && /^\p{N}{2}s?$/u.test(next.text) && !spaceAfter) return null;
  // "KTV‘ show", "the mayor‘s pick": a single opening mark glued to the word before it is an apostrophe.
  if (!info.double && info.role === 'open' && !spaceBefore && prev?.kind === 'word') return null;
  // A closing-only single mark with nothing to close is an apostrophe: "leaders’ demands".
  if (!info.double && info.role === 'close' && !canClose) return null;
  // A double closing mark with nothing to close: `”We won` opens; `says,” we` is left to the caller.
  if (info.role === 'close') return canClose ? 'close' : t.text === '”' && spaceBefore && !spaceAfter ? 'open' : 'close';
  if (info.role === 'open') return 'open';
  // Straight marks and “ (which closes „): close when something is open and the mark hugs a word on its left.
  if (canClose && (!spaceBefore || spaceAfter || !next)) return 'close';
  if (canClose && t.text === '“' && stack[stack.length - 1]?.mark === '„') return 'close';
  if (t.text === '“') return 'open';
  // Two apostrophes with nothing open must hug the word they open: "a '' b" is no quote.
  if (t.text === "''" && !canClose) return spaceAfter ? null : 'open';
  if (info.double) return canClose ? 'close' : 'open';
  return spaceBefore && !spaceAfter ? 'open' : null;
}
