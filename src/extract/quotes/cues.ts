import { hasTag } from '../../nlp/lexicon.js';
import type { Token } from '../../nlp/types.js';
import { CONTINUING_PARTICIPLES, PHRASAL_CUES, type SpeechVerb } from '../../lexicon/speech.js';
import type { QuoteContext } from './context.js';

/** A cue: the verb of saying at tokens [first, end) ("said", "shot back", "put it"). */
export interface Cue {
  readonly first: number;
  readonly end: number;
  readonly verb: SpeechVerb;
  /** "adding", "saying": a participle that hangs on another clause. */
  readonly participle: boolean;
}

const PHRASAL: SpeechVerb = { inverts: true, characterises: false };

/** The cue at token k, if any. */
export function cueAt(ctx: QuoteContext, k: number): Cue | null {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== 'word' || ctx.inQuote[k]) return null;
  const particle = PHRASAL_CUES.get(t.norm);
  if (particle && ctx.doc.tokens[k + 1]?.norm === particle) return { first: k, end: k + 2, verb: PHRASAL, participle: false };
  const verb = ctx.speechVerbs.get(t.norm);
  if (!verb) return null;
  // "FARES RISE IN ALL COASTAL STATES - Ana Ruiz: “…”": a word in a heading in capitals is no verb.
  if (inCapitals(t) && (inCapitals(ctx.doc.tokens[k - 1]) || inCapitals(ctx.doc.tokens[k + 1]))) return null;
  // "the states", "his claims", "her notes": after a determiner the word is a noun.
  if (/^(?:the|a|an|his|her|their|its|our|my|your)$/.test(ctx.doc.tokens[k - 1]?.norm ?? '')) return null;
  return { first: k, end: k + 1, verb, participle: t.norm.endsWith('ing') || CONTINUING_PARTICIPLES.has(t.norm) };
}

const inCapitals = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.text.length > 1 && /^\p{Lu}+$/u.test(t.text);

/**
 * A word that reads as a finite verb though no list holds it: "Roe harrumphed", "Roe intones".
 * Only trusted right after a speaker and a quote that runs on with a comma.
 */
export function looksLikeVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !/^\p{Ll}+$/u.test(t.text)) return false;
  if (hasTag(t.norm, 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb')) return false;
  return /[^e]ed$|[^s]es$/u.test(t.norm) || hasTag(t.norm, 'PastTense', 'PresentTense');
}
