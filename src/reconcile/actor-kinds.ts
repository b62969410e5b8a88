import { COMMON_WORD_TAGS, hasAnyTag, ORG_TAGS, PLACE_TAGS } from '../nlp/lexicon.js';
import type { ActorKind, ActorMention } from '../model/mention.js';

/**
 * Rules that guess a kind from how a name is used rather than read it from the words: an unknown
 * word the article keeps capitalising ("Veltrix … Veltrix") is taken for an organisation, "the X"
 * before a verb for an organisation, two unknown words for a person. Another outlet that reads the
 * kind from the words ("Lina Veltrix said", "Lina Veltrix, the mayor") outweighs such guesses.
 */
export const GUESSED_KIND_RULES: ReadonlySet<string> = new Set(['repeated-name', 'the-name', 'capitalised-name', 'name-and-surname', 'role-group']);

/**
 * A place read from a preposition alone ("a right hand from Okoro", "at Maasvlakte North"): it weighs as
 * a reading, but a one-word name so read may still be a person's surname (see actor-bare.ts).
 */
export const PREPOSITION_PLACE_RULES: ReadonlySet<string> = new Set(['place-preposition']);

/** Guesses that say the name is no person's: "the Saints", "Colts QB …" (see actor-bare.ts). */
export const NOT_A_SURNAME_RULES: ReadonlySet<string> = new Set(['the-name', 'role-group']);

export function guessedKind(a: ActorMention): boolean {
  return a.kindRule !== undefined && GUESSED_KIND_RULES.has(a.kindRule);
}

/**
 * A kind read from the words weighs three guesses. A team read from a result or a score ("beat
 * Kestrel 71-64") weighs two such readings: the lexicon's place for the same town's name says what
 * the word usually names, the result what it names in this story.
 */
export function kindWeight(a: ActorMention): number {
  if (a.kindRule?.startsWith('team')) return 6;
  // "from Okoro": one word read as a place from its preposition alone is a guess; so are words that
  // could be a given name and a surname, none of them a known place or word ("compared the rookie to Dario Venn").
  if (PREPOSITION_PLACE_RULES.has(a.kindRule ?? '') && (!/\s/.test(a.name.trim()) || unknownWords(a.name))) return 1;
  return guessedKind(a) ? 1 : 3;
}

/** Two or three capitalised words, none of which the lexicon knows as a place, an organisation or a common word. */
function unknownWords(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !hasAnyTag(w.toLowerCase(), NOT_NAME_TAGS));
}

const NOT_NAME_TAGS = [...COMMON_WORD_TAGS, ...PLACE_TAGS, ...ORG_TAGS];

const KIND_ORDER: Record<ActorKind, number> = { person: 0, organization: 1, place: 2 };

/** The kind most weight speaks for; ties go to person, then organisation. */
export function votedKind(actors: Iterable<ActorMention>): ActorKind {
  const votes = new Map<ActorKind, number>();
  for (const a of actors) votes.set(a.kind, (votes.get(a.kind) ?? 0) + kindWeight(a));
  return [...votes.entries()].sort((x, y) => y[1] - x[1] || KIND_ORDER[x[0]] - KIND_ORDER[y[0]])[0]![0];
}
