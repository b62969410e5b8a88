import type { ActorMention } from '../model/mention.js';
import { guessedKind, NOT_A_SURNAME_RULES, PREPOSITION_PLACE_RULES } from './actor-kinds.js';
import { foldName, givenNamesOf, isNameSuffix, sameName, skeleton, surnameOf } from './names.js';
import type { UnionFind } from './union-find.js';

/** What the bare-name step needs of an actor of one source. */
export interface BareItem {
  readonly sourceId: string;
  readonly actor: ActorMention;
}

/**
 * A one-word name that could be a person's surname or first name: a person's ("Okafor said"), or
 * one whose kind was only guessed ("Okafor … Okafor" taken for a company, "a right hand from Okafor"
 * for a place). Such a name is not
 * compared with full names pair by pair, where it would chain two people of one family together
 * ("Gray" ~ "Ada Gray" ~ … ~ "Tom Gray"); it joins one full name at the end, see `attachBareNames`.
 */
export function isBare(a: ActorMention): boolean {
  // "the Saints", "the Vatican": a name the article puts "the" before is nobody's surname.
  // A described person ("the Velmoran") is told by what they are, never by a name of theirs.
  if (a.described !== undefined) return false;
  return oneName(a.name) && (a.kind === 'person' || PREPOSITION_PLACE_RULES.has(a.kindRule ?? '') || (guessedKind(a) && !NOT_A_SURNAME_RULES.has(a.kindRule ?? '')));
}

/**
 * One word, or a surname and a generational suffix only ("Vessel II"): no given name tells which bearer of the
 * surname it is, so it must not be compared pair by pair either, where it would chain a whole family.
 */
function oneName(name: string): boolean {
  const words = foldName(name.trim()).split(/\s+/);
  return words.slice(1).every(isNameSuffix);
}

/** How much more often the main bearer of a surname must be named than the next to take a bare surname. */
const DOMINANCE = 3;

/**
 * Each group of bare names ("Okafor" in three outlets) joins the one person whose surname it is,
 * else the one whose first name it is ("Ada"), where its article can mean her (see `firstNamed`). When two
 * people share it (a victim and her brother), it joins the one the coverage is about — named by at least
 * three times as many sources — or stays apart: two people are never merged through a shared surname.
 */
export function attachBareNames(items: readonly BareItem[], uf: UnionFind): void {
  const sources = new Map<number, Set<string>>();
  const bareRoots = new Set<number>();
  const strongOther = new Set<number>(); // groups holding a one-word organisation or place read from the words
  const bySurname = new Map<string, Set<number>>();
  const byFirst = new Map<string, Set<number>>();
  const familyOf = new Map<string, Set<string>>(); // "first name|root" → the surnames that go with that first name there
  const wordsOf = new Map<string, Set<string>>(); // source → every word of the names it gives
  const allSources = new Set(items.map((it) => it.sourceId));
  const add = <T>(map: Map<string, Set<T>>, key: string, value: T) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);
  items.forEach((it, i) => {
    const root = uf.find(i);
    (sources.get(root) ?? sources.set(root, new Set()).get(root)!).add(it.sourceId);
    // "Dorvale man" is no first name and surname: a described person takes no bare name.
    if (it.actor.described !== undefined) return;
    const words = foldName(it.actor.name).split(/\s+/);
    for (const w of words) add(wordsOf, it.sourceId, w);
    if (isBare(it.actor)) bareRoots.add(root);
    else if (words.length === 1) strongOther.add(root);
    else if (it.actor.kind === 'person' || guessedKind(it.actor)) {
      add(bySurname, skeleton(surnameOf(words)), root);
      const first = givenNamesOf(words)[0];
      if (first && first.length > 1) {
        add(byFirst, first, root);
        if (it.actor.kind === 'person') add(familyOf, `${first}|${root}`, surnameOf(words));
      }
    }
  });
  const plan: Array<[number, number]> = [];
  for (const root of bareRoots) {
    if (strongOther.has(root)) continue;
    const name = items[root]!.actor.name;
    const word = foldName(name).split(/\s+/)[0]!;
    const full = [...(bySurname.get(skeleton(word)) ?? [])].filter((r) => r !== root && sameName(name, items[r]!.actor.name));
    const first = [...(byFirst.get(word) ?? [])].filter((r) => r !== root);
    const target = full.length ? dominant(full, sources) : firstNamed(root, dominant(first, sources));
    if (target !== undefined) plan.push([root, target]);
  }
  // Decided first, then applied, so the order of the groups does not matter.
  for (const [a, b] of plan) uf.union(a, b);

  /**
   * "his daughter, Ana" names Ana Ruiz in an article that names her in full itself, that speaks of the Ruiz
   * family, or that belongs to a run about her (half its sources or more name her in full); elsewhere a first
   * name alone is someone the article never names in full, a neighbour or a child.
   */
  function firstNamed(root: number, target: number | undefined): number | undefined {
    if (target === undefined) return undefined;
    const family = familyOf.get(`${foldName(items[root]!.actor.name).split(/\s+/)[0]!}|${target}`);
    if (!family) return target;
    const own = [...sources.get(root)!];
    if (own.some((s) => sources.get(target)?.has(s))) return target;
    if (own.some((s) => [...family].some((surname) => wordsOf.get(s)?.has(surname)))) return target;
    return 2 * (sources.get(target)?.size ?? 0) >= allSources.size ? target : undefined;
  }
}

function dominant(roots: readonly number[], sources: ReadonlyMap<number, Set<string>>): number | undefined {
  const unique = [...new Set(roots)];
  if (unique.length <= 1) return unique[0];
  const ranked = unique.map((r) => ({ r, n: sources.get(r)?.size ?? 0 })).sort((x, y) => y.n - x.n || x.r - y.r);
  return ranked[0]!.n >= DOMINANCE * ranked[1]!.n ? ranked[0]!.r : undefined;
}
