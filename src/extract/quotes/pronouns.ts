import { PLATFORMS } from '../../lexicon/media.js';
import { COLLECTIVE_NOUNS } from '../../lexicon/groups.js';
import { PERSON_NOUNS } from '../../lexicon/people.js';
import { isPossessiveToken, type PronounKind, type QuoteContext } from './context.js';

/**
 * Resolves a pronoun at token i to an actor:
 *   he/she → a person of matching (or unknown) gender; it → an organisation; they → an organisation,
 *   unless a group of people opens the sentence before (then nobody the article names);
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
  for (let k = i - 1; k >= Math.max(sentence.firstToken, i - 200); k--) {
    const local = ctx.tokenActor.get(k);
    if (local === undefined || ctx.inQuote[k] || !fits(local)) continue;
    // "In a swipe at chairman Nigel Pembury, he added": an object of a preposition is not who
    // "he" is; the subject of the sentences before is.
    if (afterPreposition(ctx, k, local, sentence.firstToken)) continue;
    return local;
  }
  const reach = kind === 'male' || kind === 'female' ? 8 : 3;
  for (let back = s - 1; back >= Math.max(0, s - reach); back--) {
    const prev = ctx.doc.sentences[back]!;
    if (ctx.doc.paragraphs[prev.paragraph]!.heading) continue;
    // "Protesters gathered outside the ministry. “…,” they said.": a group of people opens the
    // sentence; "they" are those people, whom no actor names, not the organisation after them.
    if (kind === 'plural' && opensWithGroup(ctx, prev.firstToken, prev.endToken)) return null;
    for (let k = prev.firstToken; k < prev.endToken; k++) {
      // "By 61 he had coached longer than Ray Alder. “…,” he said.": the same pronoun before any name is that
      // sentence's subject, and the person it stands for is still the one speaking: look further back.
      if (!ctx.inQuote[k] && ctx.doc.tokens[k]!.norm === SUBJECT[kind]) break;
      const local = ctx.tokenActor.get(k);
      // "Rudd’s lawyer told reporters": the possessor is not who the next "she" is.
      if (local !== undefined && !ctx.inQuote[k] && fits(local) && !isPossessiveToken(ctx, k)) return local;
    }
  }
  return null;
}

/** The subject pronoun of each kind a speaker chain can run through. */
const SUBJECT: Partial<Record<PronounKind, string>> = { male: 'he', female: 'she' };

const PREPOSITIONS = /^(?:at|to|with|for|from|by|on|about|against|into|toward|towards|over|than|like|of)$/;

/** The name at k stands after a preposition, past lower-case titles and roles ("at chairman Nigel Pembury"). */
function afterPreposition(ctx: QuoteContext, k: number, local: string, floor: number): boolean {
  let j = k;
  while (j - 1 >= floor && ctx.tokenActor.get(j - 1) === local) j--;
  for (let n = 0; n < 4 && j - 1 >= floor; n++, j--) {
    const t = ctx.doc.tokens[j - 1]!;
    if (PREPOSITIONS.test(t.norm)) return true;
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  }
  return false;
}

/** The sentence's subject is a group of people: a plural person noun among its first words, before any name. */
function opensWithGroup(ctx: QuoteContext, first: number, end: number): boolean {
  for (let k = first; k < Math.min(end, first + 6); k++) {
    if (ctx.tokenActor.has(k) || ctx.inQuote[k]) return false;
    const norm = ctx.doc.tokens[k]!.norm;
    if (COLLECTIVE_NOUNS.has(norm) || (PERSON_NOUNS.has(norm) && norm.endsWith('s'))) return true;
  }
  return false;
}
