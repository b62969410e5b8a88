import type { ActorKind, ActorMention } from '../model/mention.js';

/**
 * Rules that guess a kind from how a name is used rather than read it from the words: an unknown
 * word the article keeps capitalising ("Veltrix … Veltrix") is taken for an organisation, "the X"
 * before a verb for an organisation, two unknown words for a person. Another outlet that reads the
 * kind from the words ("Lina Veltrix said", "Lina Veltrix, the mayor") outweighs such guesses.
 */
export const GUESSED_KIND_RULES: ReadonlySet<string> = new Set(['repeated-name', 'the-name', 'capitalised-name', 'name-and-surname', 'role-group']);

/** Guesses that say the name is no person's: "the Saints", "Colts QB …" (see actor-bare.ts). */
export const NOT_A_SURNAME_RULES: ReadonlySet<string> = new Set(['the-name', 'role-group']);

export function guessedKind(a: ActorMention): boolean {
  return a.kindRule !== undefined && GUESSED_KIND_RULES.has(a.kindRule);
}

/** A kind read from the words weighs three guesses. */
export function kindWeight(a: ActorMention): number {
  return guessedKind(a) ? 1 : 3;
}

const KIND_ORDER: Record<ActorKind, number> = { person: 0, organization: 1, place: 2 };

/** The kind most weight speaks for; ties go to person, then organisation. */
export function votedKind(actors: Iterable<ActorMention>): ActorKind {
  const votes = new Map<ActorKind, number>();
  for (const a of actors) votes.set(a.kind, (votes.get(a.kind) ?? 0) + kindWeight(a));
  return [...votes.entries()].sort((x, y) => y[1] - x[1] || KIND_ORDER[x[0]] - KIND_ORDER[y[0]])[0]![0];
}
