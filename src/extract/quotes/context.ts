import type { ParsedSource, Token } from '../../nlp/types.js';
import type { ActorMention } from '../../model/mention.js';
import { genderOfFirstName } from '../../nlp/lexicon.js';
import { FEMALE_HONORIFICS, MALE_HONORIFICS, PERSON_NOUNS, PRONOUNS, ROLE_HEADS } from '../../lexicon/people.js';
import { SPEECH_VERBS, type SpeechVerb } from '../../lexicon/speech.js';
import type { Passage } from './find.js';

/** What attribution rules may look at: the parsed text, actors, and where the quotes are. */
export interface QuoteContext {
  readonly doc: ParsedSource;
  readonly actors: readonly ActorMention[];
  readonly tokenActor: ReadonlyMap<number, string>;
  readonly passages: readonly Passage[];
  /** Sentence index of every token. */
  readonly sentenceOf: Int32Array;
  /** 1 for tokens inside a quote (marks included). */
  readonly inQuote: Uint8Array;
  readonly gender: ReadonlyMap<string, 'male' | 'female'>;
  readonly kinds: ReadonlyMap<string, ActorMention['kind']>;
  readonly names: ReadonlyMap<string, string>;
  /** The speech verbs in force (the lexicon's, plus a `check` config's `speechVerbs`). */
  readonly speechVerbs: ReadonlyMap<string, SpeechVerb>;
}

/** Who a cue names: an actor, a pronoun, or an anonymous description. */
export interface Named {
  readonly first: number;
  readonly end: number;
  readonly actor: string | null;
  readonly pronoun: 'male' | 'female' | 'plural' | null;
  readonly anonymous: boolean;
}

export function buildContext(doc: ParsedSource, actors: readonly ActorMention[], tokenActor: ReadonlyMap<number, string>, passages: readonly Passage[], speechVerbs: ReadonlyMap<string, SpeechVerb> = SPEECH_VERBS): QuoteContext {
  const sentenceOf = new Int32Array(doc.tokens.length);
  doc.sentences.forEach((s, i) => sentenceOf.fill(i, s.firstToken, s.endToken));
  const inQuote = new Uint8Array(doc.tokens.length);
  for (const p of passages) {
    const last = p.close ?? lastTokenOfParagraph(doc, p.paragraph);
    inQuote.fill(1, p.open, last + 1);
  }
  const gender = new Map<string, 'male' | 'female'>();
  for (const a of actors) {
    const g = actorGender(a);
    if (g) gender.set(a.local, g);
  }
  const kinds = new Map(actors.map((a) => [a.local, a.kind]));
  const names = new Map(actors.map((a) => [a.local, a.name]));
  return { doc, actors, tokenActor, passages, sentenceOf, inQuote, gender, kinds, names, speechVerbs };
}

export function lastTokenOfParagraph(doc: ParsedSource, p: number): number {
  const para = doc.paragraphs[p]!;
  return doc.sentences[para.endSentence - 1]!.endToken - 1;
}

function actorGender(a: ActorMention): 'male' | 'female' | null {
  if (a.kind !== 'person') return null;
  for (const r of [...(a.honorific ? [a.honorific] : []), ...a.roles]) {
    const words = r.toLowerCase().split(/\s+/);
    if (words.some((w) => FEMALE_HONORIFICS.has(w))) return 'female';
    if (words.some((w) => MALE_HONORIFICS.has(w))) return 'male';
  }
  const first = a.name.split(/\s+/)[0]!.toLowerCase();
  return a.name.includes(' ') ? genderOfFirstName(first) : null;
}

const DETERMINERS = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'another', 'the', 'many', 'other']);

/** The speaker named starting at token i (reading right): "Okafor", "she", "a person familiar with the talks". */
export function namedAt(ctx: QuoteContext, i: number, limit: number): Named | null {
  const t = ctx.doc.tokens[i];
  if (!t || i >= limit) return null;
  const actor = ctx.tokenActor.get(i);
  if (actor !== undefined) {
    let end = i + 1;
    while (end < limit && ctx.tokenActor.get(end) === actor) end++;
    return { first: i, end, actor, pronoun: null, anonymous: false };
  }
  const pronoun = PRONOUNS.get(t.norm);
  if (pronoun) return { first: i, end: i + 1, actor: null, pronoun, anonymous: false };
  if (!DETERMINERS.has(t.norm)) return null;
  // "a statement from the company", "a spokesman for Nordhavn": the author or principal named after it.
  const via = ctx.doc.tokens[i + 2];
  if (/^(?:statement|spokesman|spokeswoman|spokesperson|post|letter|filing)$/.test(ctx.doc.tokens[i + 1]?.norm ?? '') && via && /^(?:from|by|for|of)$/.test(via.norm)) {
    const behind = namedAt(ctx, i + 3, limit);
    if (behind?.actor) return { ...behind, first: i };
  }
  // "the chairwoman", "the commission": a definite description of someone the article has named.
  if (t.norm === 'the') {
    const definite = definiteReference(ctx, i, limit);
    if (definite) return definite;
  }
  // "a senior official familiar with the talks" — up to ten words, to punctuation or a verb.
  let end = i + 1;
  let person = false;
  while (end < limit && end - i <= 10) {
    const w = ctx.doc.tokens[end]!;
    if (w.kind !== 'word' && w.text !== '.' && w.text !== '-') break;
    if (PERSON_NOUNS.has(w.norm) || ROLE_HEADS.has(w.norm)) person = true;
    end++;
    if (person && (ctx.doc.tokens[end]?.kind !== 'word' || /^(?:said|says|told|added)$/.test(ctx.doc.tokens[end]?.norm ?? ''))) break;
  }
  return person ? { first: i, end, actor: null, pronoun: null, anonymous: true } : null;
}

const PUBLIC_BODIES = new Set(['commission', 'ministry', 'court', 'authority', 'council', 'government', 'agency', 'police', 'department', 'parliament', 'regulator', 'tribunal', 'office', 'board', 'senate', 'assembly']);
const GENERIC_ORGS = new Set(['company', 'firm', 'group', 'club', 'carrier', 'airline', 'bank', 'insurer', 'retailer', 'platform', 'app', 'operator', 'manufacturer', 'startup', 'business', 'organisation', 'organization', 'charity', 'union', 'party']);

/**
 * "the chairwoman said" → the person whose role names a chairwoman; "according to the commission" →
 * the organisation whose name ends in Commission. The most recently named such actor wins; a
 * description that fits nobody stays anonymous.
 */
function definiteReference(ctx: QuoteContext, i: number, limit: number): Named | null {
  let end = i + 1;
  while (end < limit && end - i <= 3 && ctx.doc.tokens[end]!.kind === 'word' && !ctx.speechVerbs.has(ctx.doc.tokens[end]!.norm)) end++;
  if (end === i + 1) return null;
  const head = ctx.doc.tokens[end - 1]!.norm;
  let fits = ctx.actors.filter((a) =>
    a.kind === 'person' ? a.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head)) : a.name.toLowerCase().split(/\s+/).pop() === head,
  );
  // "the company", "the firm": any organisation the article has named (the most recent wins below).
  // A public body is never "the company": "the Data Protection Commission" does not fit.
  if (fits.length === 0 && GENERIC_ORGS.has(head)) fits = ctx.actors.filter((a) => a.kind === 'organization' && !a.name.toLowerCase().split(/\s+/).some((w) => PUBLIC_BODIES.has(w)));
  if (fits.length === 0) return null;
  const wanted = new Set(fits.map((a) => a.local));
  for (let k = i - 1; k >= 0 && i - k < 2000; k--) {
    const local = ctx.tokenActor.get(k);
    if (local !== undefined && wanted.has(local)) return { first: i, end, actor: local, pronoun: null, anonymous: false };
  }
  return fits.length === 1 ? { first: i, end, actor: fits[0]!.local, pronoun: null, anonymous: false } : null;
}

/** The speaker named just before token i (reading left), skipping quotes: "… union leader Pieter Bakker said". */
export function namedBefore(ctx: QuoteContext, i: number, floor: number): Named | null {
  let k = i - 1;
  while (k >= floor && ctx.inQuote[k]) k--;
  if (k < floor) return null;
  const actor = ctx.tokenActor.get(k);
  if (actor !== undefined) {
    let first = k;
    while (first - 1 >= floor && ctx.tokenActor.get(first - 1) === actor) first--;
    return { first, end: k + 1, actor, pronoun: null, anonymous: false };
  }
  const t = ctx.doc.tokens[k]!;
  const pronoun = PRONOUNS.get(t.norm);
  if (pronoun) return { first: k, end: k + 1, actor: null, pronoun, anonymous: false };
  if (!PERSON_NOUNS.has(t.norm)) return describedBefore(ctx, k, floor);
  // "a senior administration official said": walk back to the determiner.
  for (let d = k; d >= Math.max(floor, k - 8); d--) {
    const w: Token = ctx.doc.tokens[d]!;
    if (w.kind !== 'word' && w.text !== '.' && w.text !== '-') return null;
    if (DETERMINERS.has(w.norm)) return { first: d, end: k + 1, actor: null, pronoun: null, anonymous: true };
  }
  return null;
}

/** "a person familiar with the talks said": a described person whose head noun is not last. */
function describedBefore(ctx: QuoteContext, k: number, floor: number): Named | null {
  for (let h = k - 1; h >= Math.max(floor, k - 6); h--) {
    const w = ctx.doc.tokens[h]!;
    if (w.kind !== 'word' || ctx.tokenActor.has(h)) return null;
    if (!PERSON_NOUNS.has(w.norm)) continue;
    for (let d = h - 1; d >= Math.max(floor, h - 4); d--) {
      const x = ctx.doc.tokens[d]!;
      if (x.kind !== 'word') return null;
      if (DETERMINERS.has(x.norm)) return { first: d, end: k + 1, actor: null, pronoun: null, anonymous: true };
    }
    return null;
  }
  return null;
}
