import { CONTINUING_PARTICIPLES } from '../../lexicon/speech.js';
import type { QuoteContext } from './context.js';
import { isPartial, isTitleCase } from './filters.js';
import type { Verdict } from './verdict.js';

/** Rules that hand a quote the speaker of an earlier one. */

/** “A,” adding, “B.” — B continues A's speaker. */
export function continuingParticiple(ctx: QuoteContext, index: number): Verdict | null {
  if (index === 0) return null;
  const p = ctx.passages[index]!;
  const prev = ctx.passages[index - 1]!;
  if (prev.close === null || prev.paragraph !== p.paragraph) return null;
  const between = ctx.doc.tokens.slice(prev.close + 1, p.open).filter((t) => t.kind === 'word');
  if (between.length !== 1 || !CONTINUING_PARTICIPLES.has(between[0]!.norm)) return null;
  const at = prev.close + 1 + ctx.doc.tokens.slice(prev.close + 1, p.open).findIndex((t) => t.kind === 'word');
  return { named: null, cue: [at, at + 1], confidence: 0.85, inherit: index - 1 };
}

/** “A,” X said. “B.” — a second passage in the same paragraph with no cue of its own. */
export function sameParagraph(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  // A fragment woven into the reporter's own sentence ("the “us” he speaks for") continues nobody.
  if (isPartial(ctx, p)) return null;
  const prev = previousSpeech(ctx, index);
  if (prev < 0 || ctx.passages[prev]!.paragraph !== p.paragraph) return null;
  return { named: null, cue: null, confidence: 0.9, inherit: prev };
}

/** The closest earlier passage that may be speech: not a title woven into a sentence ("his book “The Long Road”"). */
function previousSpeech(ctx: QuoteContext, index: number): number {
  for (let j = index - 1; j >= 0 && j >= index - 4; j--) {
    const q = ctx.passages[j]!;
    if (!isPartial(ctx, q) || !isTitleCase(ctx.doc.text.slice(q.start, q.end).split(/\s+/))) return j;
  }
  return -1;
}

/** ¶ “A,” X said.  ¶ “B.” — a paragraph of quote only continues the previous paragraph's speaker. */
export function continuedParagraph(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  if (p.continues !== null) return { named: null, cue: null, confidence: 0.9, inherit: p.continues };
  const j = previousSpeech(ctx, index);
  const para = ctx.doc.paragraphs[p.paragraph]!;
  const opensParagraph = ctx.doc.sentences[para.firstSentence]!.firstToken === p.open;
  if (j < 0 || !opensParagraph || ctx.passages[j]!.paragraph !== p.paragraph - 1 || isPartial(ctx, p)) return null;
  return { named: null, cue: null, confidence: 0.75, inherit: j };
}
