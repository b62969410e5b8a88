import type { QuoteContext } from './context.js';

/**
 * Resolves "he"/"she" at token i to a person:
 *   1. the nearest person earlier in the same sentence ("When a reporter asked Okafor …, she said");
 *   2. else the subject — the first person named — of the closest earlier sentence that names one
 *      ("Bakker dismissed claims that Berg had lied. “…,” he wrote." → Bakker, not Berg).
 * Names inside quotes are skipped; a person whose gender contradicts the pronoun is passed over.
 * Looks back at most eight sentences.
 */
export function resolvePronoun(ctx: QuoteContext, i: number, gender: 'male' | 'female'): string | null {
  const s = ctx.sentenceOf[i]!;
  const fits = (local: string) => {
    if (ctx.kinds.get(local) !== 'person') return false;
    const g = ctx.gender.get(local);
    return g === undefined || g === gender;
  };
  const sentence = ctx.doc.sentences[s]!;
  for (let k = i - 1; k >= sentence.firstToken; k--) {
    const local = ctx.tokenActor.get(k);
    if (local !== undefined && !ctx.inQuote[k] && fits(local)) return local;
  }
  for (let back = s - 1; back >= Math.max(0, s - 8); back--) {
    const prev = ctx.doc.sentences[back]!;
    if (ctx.doc.paragraphs[prev.paragraph]!.heading) continue;
    for (let k = prev.firstToken; k < prev.endToken; k++) {
      const local = ctx.tokenActor.get(k);
      if (local !== undefined && !ctx.inQuote[k] && fits(local)) return local;
    }
  }
  return null;
}
