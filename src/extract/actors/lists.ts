import type { ParsedSource } from '../../nlp/types.js';
import type { NameMention } from './classify.js';
import { spanKey } from './words.js';
import { placeBaseKey } from './facilities.js';

/**
 * A name of unknown kind in a list of places is a place too:
 *   "ministers of Velmora, Germany, Spain and Lampton" — Velmora is not in the lexicon, Germany is.
 * One word paired by "and" with a person's one-word name is a person: "the bodies of Mary and Ellis".
 */
export function propagateListKinds(doc: ParsedSource, mentions: readonly NameMention[]): NameMention[] {
  // "23-year-old Ondrine … the letters of Ondrine and Corran": a word the article reads as a person's once is one here too.
  const people = new Set(mentions.filter((m) => m.kind === 'person' && !m.weak && m.end - m.first === 1).map((m) => spanKey(doc, m.first, m.end)));
  const person = (n: NameMention | undefined) => n !== undefined && (n.kind === 'person' || (n.kind === null && people.has(spanKey(doc, n.first, n.end))));
  const at = new Map<number, NameMention>();
  for (const m of mentions) at.set(m.first, m);
  const byEnd = new Map<number, NameMention>();
  for (const m of mentions) byEnd.set(m.end, m);
  return mentions.map((m) => {
    if (m.kind !== null) return m;
    const neighbours = [listNeighbourBefore(doc, m, byEnd), listNeighbourAfter(doc, m, at)];
    if (neighbours.some((n) => n?.kind === 'place')) return { ...m, kind: 'place' as const, rule: 'place-list' };
    // "Mary and Ellis": a single unknown word paired by "and" with a person's given name is a person's too.
    const pair = neighbours.find((n) => person(n) && n!.end - n!.first === 1 && m.end - m.first === 1);
    return pair && (doc.tokens[m.first - 1]?.norm === 'and' || doc.tokens[m.end]?.norm === 'and') ? { ...m, kind: 'person' as const, rule: 'person-list' } : m;
  });
}

/** Rules by which the text itself calls a name a place: a dateline, "the town of X", "the X district". */
const CALLED_PLACE = new Set(['dateline', 'place-of', 'place-part', 'place-kind']);

/**
 * A name the article calls a place is that place wherever the article uses it:
 *   "the Monte Serrano district … reached Monte Serrano" — the second is no person named Monte.
 */
export function propagateCalledPlaces(doc: ParsedSource, mentions: readonly NameMention[]): NameMention[] {
  const keyOf = (m: NameMention) => spanKey(doc, m.first, m.end);
  const places = new Set(mentions.filter((m) => CALLED_PLACE.has(m.rule)).flatMap((m) => [keyOf(m), placeBaseKey(keyOf(m)) ?? '']));
  if (places.size === 0) return [...mentions];
  return mentions.map((m) => (m.kind !== 'place' && places.has(keyOf(m)) ? { ...m, kind: 'place' as const, roles: [], rule: 'called-place' } : m));
}

const SEPARATORS = new Set([',', 'and', 'or']);

function listNeighbourBefore(doc: ParsedSource, m: NameMention, byEnd: ReadonlyMap<number, NameMention>): NameMention | undefined {
  const sep = doc.tokens[m.first - 1];
  if (!sep || !SEPARATORS.has(sep.norm)) return undefined;
  return byEnd.get(m.first - 1) ?? (doc.tokens[m.first - 2]?.text === ',' ? byEnd.get(m.first - 2) : undefined);
}

function listNeighbourAfter(doc: ParsedSource, m: NameMention, at: ReadonlyMap<number, NameMention>): NameMention | undefined {
  const sep = doc.tokens[m.end];
  if (!sep || !SEPARATORS.has(sep.norm)) return undefined;
  return at.get(m.end + 1) ?? (doc.tokens[m.end + 1]?.norm === 'and' ? at.get(m.end + 2) : undefined);
}
