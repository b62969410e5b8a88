import { hasTag, isOrgWord, isPlaceWord, ORG_TAGS, PERSON_TAGS, PLACE_TAGS } from '../../nlp/lexicon.js';
import type { Token } from '../../nlp/types.js';
import type { ActorKind } from '../../model/mention.js';
import { ORG_HEADS, PLACE_HEADS } from '../../lexicon/places.js';
import { isAcronym, isNameSuffix, stripPossessive } from './words.js';

export const PLACE_PREFIXES = new Set(['port', 'lake', 'mount', 'fort', 'cape', 'saint', 'st.', 'isle', 'gulf', 'bay', 'river', 'sierra', 'lac', 'rio']);

/** Kind from the words themselves: lexicon tags and head nouns. */
export function kindOf(name: readonly Token[], _prev?: Token, _next?: Token): ActorKind | null {
  const last = stripPossessive(name[name.length - 1]!.norm);
  // "Ray Dunmore Jr", "Carl Vint III": a generational suffix ends only a person's name.
  if (name.length > 1 && isNameSuffix(name[name.length - 1]!)) return 'person';
  // "Port Alder", "Lake Geneva", "Mount Kenya": a place word first names a place.
  if (name.length > 1 && PLACE_PREFIXES.has(name[0]!.norm) && name[1]!.norm !== 'of') return 'place';
  // "Helena Marsh": a known first name outweighs a surname that is also a place word.
  if (name.length <= 3 && hasTag(stripPossessive(name[0]!.norm), 'FirstName', 'MaleName', 'FemaleName') && !ORG_HEADS.has(last) && !hasTag(last, ...ORG_TAGS)) return 'person';
  const phrase = name.map((t) => stripPossessive(t.norm)).join(' ');
  if (hasTag(phrase, ...PLACE_TAGS) && !hasTag(phrase, ...PERSON_TAGS)) return 'place';
  if (hasTag(phrase, ...ORG_TAGS)) return 'organization';
  if (name.length > 1 && (ORG_HEADS.has(last) || isOrgWord(last))) return 'organization';
  if (name.length > 1 && (PLACE_HEADS.has(last) || isPlaceWord(last))) return 'place';
  if (name.length === 1 && isAcronym(name[0]!)) return 'organization';
  if (name.some((t) => hasTag(stripPossessive(t.norm), 'FirstName', 'MaleName', 'FemaleName')) || hasTag(last, 'LastName')) return 'person';
  if (name.length === 1 && hasTag(last, ...PLACE_TAGS)) return 'place';
  return null;
}

