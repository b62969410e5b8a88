import { PLATFORMS } from '../../lexicon/media.js';
import type { PronounKind, QuoteContext } from './context.js';

/**
 * Resolves a pronoun at token i to an actor:
 *   he/she → a person of matching (or unknown) gender; it → an organisation; they → an organisation;
 *   never a place, never a name inside a quote.
 *   1. the nearest fitting actor earlier in the same sentence ("When a reporter asked Okafor …, she said");
 *   2. else the subject — the first fitting actor — of the closest earlier sentence that names one
 *      ("Bakker dismissed claims that Berg had lied. “…,” he wrote." → Bakker, not Berg).
 * Looks back at most eight sentences (three for it and they), skipping headings.
 */
export function resolvePronoun(ctx: QuoteContext, i: number, kind: PronounKind): string | null {
  if (kind === 'first') return null;
  const fits = (local: string) => {
    const k = ctx.kinds.get(local);
    if (kind === 'male' || kind === 'female') {
      if (k !== 'person') return false;
      const g = ctx.gender.get(local);
      return g === undefined || g === kind;
    }
    return k === 'organization' && !PLATFORMS.has(ctx.names.get(local)!.toLowerCase());
  };
  const s = ctx.sentenceOf[i]!;
  const sentence = ctx.doc.sentences[s]!;
  for (let k = i - 1; k >= sentence.firstToken; k--) {
    const local = ctx.tokenActor.get(k);
    if (local !== undefined && !ctx.inQuote[k] && fits(local)) return local;
  }
  const reach = kind === 'male' || kind === 'female' ? 8 : 3;
  for (let back = s - 1; back >= Math.max(0, s - reach); back--) {
    const prev = ctx.doc.sentences[back]!;
    if (ctx.doc.paragraphs[prev.paragraph]!.heading) continue;
    for (let k = prev.firstToken; k < prev.endToken; k++) {
      const local = ctx.tokenActor.get(k);
      if (local !== undefined && !ctx.inQuote[k] && fits(local)) return local;
    }
  }
  return null;
}
