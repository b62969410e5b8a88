import type { Cluster } from './link.js';
import { surnameOf } from './words.js';

/*
 * Two people of one article may share a surname (a woman and her accused brother, a couple): these
 * rules keep them apart and decide which of them a bare surname or first name names.
 */

/** The first given name of a person cluster's fullest name: "scott kettering" → "scott". */
export function firstGiven(c: Cluster): string | null {
  if (c.kind !== 'person') return null;
  let best: string[] = [];
  for (const key of c.keys) if (key.split(' ').length > best.length) best = key.split(' ');
  return best.length > 1 && best[0] !== c.surname ? best[0]! : null;
}

/**
 * Who a bare surname names when two people share it: news style calls one of them by the first name
 * ("Owen Kettering … his sister, Mira Kettering … Mira's family … Kettering said"), so a person the
 * article calls by the first name alone is not the one the surname alone names.
 */
export function bySurnameAlone(candidates: readonly Cluster[], bareWords: ReadonlySet<string>): readonly Cluster[] {
  if (candidates.length < 2) return candidates;
  const left = candidates.filter((c) => !bareWords.has(firstGiven(c) ?? ''));
  return left.length ? left : candidates;
}

/** "Mira's family": a first name alone names the one person of the article who has it, if only one does. */
export function byFirstName(clusters: readonly Cluster[], key: string): Cluster | undefined {
  const owners = clusters.filter((c) => firstGiven(c) === key);
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * Given names that fit a cluster's names: a given name in common ("owen l marsh" / "owen marsh"), or an
 * initial ("s marsh"). A key with none ("marsh") fits any name, unless `strict` (the words before the surname
 * read as given names): then it fits only a cluster that knows no given name, for once "Ines Marsh … Marsh"
 * is linked, "Tomas Marsh" further on is still another person.
 */
export function givenNamesFit(words: readonly string[], keys: ReadonlySet<string>, strict = false): boolean {
  const given = words.slice(0, words.lastIndexOf(surnameOf(words))).map((w) => w.replace(/\.$/, ''));
  if (given.length === 0) return true;
  let named = false;
  for (const key of keys) {
    const kw = key.split(' ');
    const other = kw.slice(0, kw.lastIndexOf(surnameOf(kw))).map((w) => w.replace(/\.$/, ''));
    if (other.length === 0) {
      if (!strict) return true;
      continue;
    }
    named = true;
    if (given.some((g) => other.some((o) => g === o || (g.length === 1 && o.startsWith(g)) || (o.length === 1 && g.startsWith(o))))) return true;
  }
  return !named;
}

