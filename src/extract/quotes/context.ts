import type { ParsedSource } from '../../nlp/types.js';
import type { ActorMention } from '../../model/mention.js';
import { genderOfFirstName } from '../../nlp/lexicon.js';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../../lexicon/people.js';
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

/** he/she → a person of that gender; it → an organisation; they/we → a group; I → the author. */
export type PronounKind = 'male' | 'female' | 'plural' | 'neuter' | 'first';

/** Who a cue names: an actor, a pronoun, a name no actor holds, or a description. */
export interface Named {
  readonly first: number;
  readonly end: number;
  readonly actor: string | null;
  readonly pronoun: PronounKind | null;
  /** A description ("a senior official", "Brun’s office"): the speaker is not named. */
  readonly anonymous: boolean;
  /** A name the actor extractor did not hold ("Merriweather said"): the words themselves name the speaker. */
  readonly unlinked?: boolean;
  /** A description resolved to a named actor ("the chairwoman" → the person whose role it is). */
  readonly described?: boolean;
  /** The first word read for the phrase, titles included ("Senator" of "Senator Ana Ruiz"). */
  readonly lead?: number;
  /** The token after every word read for the phrase (the speaker's words may end earlier: "her" of "her statement"). */
  readonly through?: number;
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

export function actorGender(a: ActorMention): 'male' | 'female' | null {
  if (a.kind !== 'person') return null;
  for (const r of [...(a.honorific ? [a.honorific] : []), ...a.roles]) {
    const words = r.toLowerCase().split(/\s+/);
    if (words.some((w) => FEMALE_HONORIFICS.has(w))) return 'female';
    if (words.some((w) => MALE_HONORIFICS.has(w))) return 'male';
  }
  const first = a.name.split(/\s+/)[0]!.toLowerCase();
  return a.name.includes(' ') ? genderOfFirstName(first) : null;
}

/** "Okafor’s envoy": a possessive token. */
export function isPossessiveToken(ctx: QuoteContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (/['’]s$/u.test(t.text)) return true;
  const next = ctx.doc.tokens[i + 1];
  return next !== undefined && (next.text === '’' || next.text === "'") && next.start === t.end && /s$/u.test(t.text);
}

/** The actor a token belongs to, when it is a person. */
export function personAt(ctx: QuoteContext, i: number): string | null {
  const local = ctx.tokenActor.get(i);
  return local !== undefined && ctx.kinds.get(local) === 'person' ? local : null;
}
