import type { ParsedSource } from '../../nlp/types.js';
import { FACILITY_HEADS, FACILITY_KINDS, PLACE_NAME_NOUN_MODIFIERS, PLACE_NAME_NOUNS, PLACE_OF_KINDS } from '../../lexicon/places.js';
import { hasTag } from '../../nlp/lexicon.js';
import type { NameMention } from './classify.js';
import { spanKey } from './words.js';


/**
 * The short name of a facility: "Harbor Ford" for "the Harbor Ford Center", "Seaside" for "Seaside
 * Recovery", "Haven" for "Haven Treatment Center" — null when nothing is left.
 */
export function facilityShortKey(key: string): string | null {
  const words = key.split(' ');
  if (words.length < 2 || !FACILITY_HEADS.has(words[words.length - 1]!)) return null;
  let end = words.length - 1;
  while (end > 1 && FACILITY_KINDS.has(words[end - 1]!)) end--;
  return words.slice(0, end).join(' ');
}

/**
 * "checked into the Harbor Ford Center … left Harbor Ford on Friday": where an article names a facility
 * in full, its short name is that facility (a place), not a person named Harbor Ford.
 */
export function markShortFacilityNames(doc: ParsedSource, mentions: readonly NameMention[]): NameMention[] {
  const keyOf = (m: NameMention) => spanKey(doc, m.first, m.end);
  const short = new Set<string>();
  for (const m of mentions) if (!m.weak && m.kind === 'place') {
    const k = facilityShortKey(keyOf(m));
    if (k) short.add(k);
  }
  if (short.size === 0) return [...mentions];
  return mentions.map((m) => (m.rule !== 'title-name' && m.kind !== 'place' && short.has(keyOf(m)) ? { ...m, kind: 'place' as const, roles: [], rule: 'facility-short' } : m));
}

/**
 * Where a place's name takes its lower-case noun along: the token index after "Velmora province" or
 * "the Dorn refugee camp", or `end` when no such noun follows. "Sudan state media" keeps "state" out: a
 * country is no state of another.
 */
export function placeNounEnd(doc: ParsedSource, first: number, end: number, sentenceEnd: number): number {
  let k = end;
  const lower = (i: number) => i < sentenceEnd && doc.tokens[i]!.kind === 'word' && doc.tokens[i]!.text === doc.tokens[i]!.norm;
  if (lower(k) && PLACE_NAME_NOUN_MODIFIERS.has(doc.tokens[k]!.norm) && lower(k + 1) && /^(?:camp|unit)$/.test(doc.tokens[k + 1]!.norm)) k++;
  if (!lower(k) || !PLACE_NAME_NOUNS.has(doc.tokens[k]!.norm)) return end;
  // "Kuwait city" is no part of Kuwait the country, but a city of its own: the noun stays out.
  if ((doc.tokens[k]!.norm === 'state' || doc.tokens[k]!.norm === 'city') && hasTag(doc.tokens.slice(first, end).map((t) => t.norm).join(' '), 'Country')) return end;
  return k + 1;
}

/** "velmora province" → "velmora", "dorn refugee camp" → "dorn", "province of velmora" → "velmora": the name without its noun, or null. */
export function placeBaseKey(key: string): string | null {
  const words = key.split(' ');
  if (words.length > 2 && words[1] === 'of' && PLACE_OF_KINDS.has(words[0]!)) return words.slice(2).join(' ');
  if (words.length < 2 || !PLACE_NAME_NOUNS.has(words[words.length - 1]!)) return null;
  let end = words.length - 1;
  if (end > 1 && PLACE_NAME_NOUN_MODIFIERS.has(words[end - 1]!)) end--;
  return words.slice(0, end).join(' ');
}

/**
 * Bodies that are also buildings: a court, a college, a club or a store is an organisation when it acts
 * ("the court ruled", "the college said") and a place when things happen there ("the trial at the
 * Harlow Crown Court", "a lockdown at Dorvale College", "outside the Kestrel Club"). One the article only
 * ever puts somewhere, after a preposition of place, is that place; so is a chain's branch ("a Kestrel Mart").
 */
const SITE_HEADS: ReadonlySet<string> = new Set(['court', 'college', 'university', 'school', 'academy', 'club', 'store', 'market', 'supermarket', 'library', 'museum', 'gallery', 'theatre', 'theater', 'cathedral', 'zoo']);
const AT_A_SITE: ReadonlySet<string> = new Set(['at', 'in', 'outside', 'inside', 'near', 'into']);

export function markLocatedSites(doc: ParsedSource, mentions: readonly NameMention[]): NameMention[] {
  const keyOf = (m: NameMention) => spanKey(doc, m.first, m.end);
  const located = (m: NameMention) => {
    let p = m.first - 1;
    if (doc.tokens[p]?.norm === 'the') p--;
    return AT_A_SITE.has(doc.tokens[p]?.norm ?? '');
  };
  // "looters emptied a Kestrel Mart.", "robbed a Vexel Bank on Main Street": a chain's name after "a", with
  // no noun after it, is one of its branches ("a Vexel spokesman" is the company's).
  const branch = (m: NameMention) => {
    const next = doc.tokens[m.end];
    return /^an?$/.test(doc.tokens[m.first - 1]?.norm ?? '') && (next === undefined || /^[.!?]$/.test(next.text) || AT_A_SITE.has(next.norm) || next.norm === 'on');
  };
  const uses = new Map<string, { at: number; other: number }>();
  for (const m of mentions) {
    if (m.weak || m.kind !== 'organization' || m.end - m.first < 2) continue;
    const site = SITE_HEADS.has(doc.tokens[m.end - 1]!.norm);
    const u = uses.get(keyOf(m)) ?? uses.set(keyOf(m), { at: 0, other: 0 }).get(keyOf(m))!;
    if (branch(m) || (site && located(m))) u.at++;
    else u.other++;
  }
  const sites = new Set([...uses].filter(([, u]) => u.at > 0 && u.other === 0).map(([k]) => k));
  if (sites.size === 0) return [...mentions];
  return mentions.map((m) => (m.kind === 'organization' && sites.has(keyOf(m)) ? { ...m, kind: 'place' as const, rule: 'located-site' } : m));
}
