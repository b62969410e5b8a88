import type { QuoteContext } from './context.js';
import { lastTokenOfParagraph } from './context.js';
import { speakerAt } from './phrase.js';
import type { Verdict } from './verdict.js';

/** Attributions that are not a verb of saying: a dash credit, "according to". */

/** “…” ― Jane Roe   “…” — Jane Roe, a voter in Leeds: a credit after the quote names its speaker. */
export function dashCredit(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  if (p.close === null) return null;
  const dash = p.close + 1;
  const para = lastTokenOfParagraph(ctx.doc, p.paragraph);
  const t = ctx.doc.tokens[dash];
  if (!t || dash > para || !/^(?:[―—–]|-|--)$/.test(t.text)) return null;
  const named = speakerAt(ctx, dash + 1, para + 1);
  if (!named || named.pronoun) return null;
  const next = ctx.doc.tokens[named.through ?? named.end];
  // "— Harlow on his old chairman": what the words were about may follow the name.
  const closes = !next || (named.through ?? named.end) > para || /^(?:[,.(;]|on|about)$/.test(next.norm);
  return closes ? { named, cue: [dash, dash + 1], confidence: named.actor ? 0.9 : 0.85 } : null;
}

/** “…,” according to X.  … “takes it seriously” and is “studying it”, according to X. */
export function accordingTo(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  if (p.close === null) return null;
  const from = p.close + 1;
  // The attribution ends the sentence within a few dozen words; a bound keeps run-on text linear.
  const end = Math.min(ctx.doc.sentences[ctx.sentenceOf[p.close]!]!.endToken, from + 60);
  for (let i = from; i + 1 < end; i++) {
    if (ctx.inQuote[i]) continue;
    if (ctx.doc.tokens[i]!.norm === 'according' && ctx.doc.tokens[i + 1]!.norm === 'to') {
      const named = speakerAt(ctx, i + 2, end);
      if (named) return { named, cue: [i, i + 2], confidence: 0.9 };
    }
  }
  return null;
}
