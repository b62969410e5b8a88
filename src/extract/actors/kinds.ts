import { hasAnyTag, hasTag, isOrgWord, isPlaceWord, ORG_TAGS, PERSON_TAGS, PLACE_TAGS } from '../../nlp/lexicon.js';
import type { Token } from '../../nlp/types.js';
import type { ActorKind } from '../../model/mention.js';
import { COMPANY_HEADS, COMPASS_REGIONS, FACILITY_HEADS, FACILITY_SURNAMES, ORG_HEADS, PLACE_ACRONYMS, PLACE_HEADS, SAINT_WORDS } from '../../lexicon/places.js';
import { isAcronym, isNameSuffix, stripPossessive } from './words.js';
import { PERSON_TITLES } from '../../lexicon/people.js';
import { isNumberNickname } from './candidates.js';

/** Words that, inside a name, make it a mountain's: "Tarn Mount Vell". */
const MOUNT = new Set(['mount', 'mt', 'mt.']);

export const PLACE_PREFIXES = new Set(['port', 'lake', 'mount', 'mt', 'mt.', 'fort', 'ft', 'cape', 'saint', 'st.', 'isle', 'gulf', 'bay', 'river', 'sierra', 'lac', 'rio']);

/** Kind from the words themselves: lexicon tags and head nouns. */
export function kindOf(name: readonly Token[], _prev?: Token, _next?: Token): ActorKind | null {
  const last = stripPossessive(name[name.length - 1]!.norm);
  // "the Kestrel 88ers": a number glued to a plural names a team.
  if (name.length > 2 && isNumberNickname(name[name.length - 2]!, name[name.length - 1])) return 'organization';
  // "Ray Dunmore Jr", "Carl Vint III": a generational suffix ends only a person's name.
  if (name.length > 1 && isNameSuffix(name[name.length - 1]!)) return 'person';
  // "Harbor Ford Center", "Seaside Recovery", "Harlow Unit": a facility is a place, whoever it is named after.
  const firstName = hasTag(stripPossessive(name[0]!.norm), 'FirstName', 'MaleName', 'FemaleName');
  // "the Kestrel-Arena": the last part of a hyphenated word says what it is, as a word of its own would.
  const part = /[-‐]/.test(last) ? last.split(/[-‐]/).pop()! : null;
  if (part && (FACILITY_HEADS.has(part) || FACILITY_SURNAMES.has(part)) && !hasAnyTag(phrase(name), ORG_TAGS)) return 'place';
  // "the Western Province of Velmora", "the Republic of Dorn": a kind of place before "of" heads a place's name.
  const of = name.findIndex((t) => t.norm === 'of');
  if (of > 0 && LAND_OF.has(name[of - 1]!.norm) && of < name.length - 1) return 'place';
  if (name.length > 1 && !hasAnyTag(phrase(name), ORG_TAGS) && (FACILITY_HEADS.has(last) || (FACILITY_SURNAMES.has(last) && !firstName))) return 'place';
  // "Port Alder", "Lake Geneva", "Mount Kenya": a place word first names a place; "Tarn Mount Vell" too.
  if (name.length > 1 && PLACE_PREFIXES.has(name[0]!.norm) && name[1]!.norm !== 'of') return 'place';
  // "St. Aldric", "Santa Vella", "San Dorado": a saint's name of one word, alone, names a place ("Santa
  // Claus" is a person, "San Dorado Harriers" a team, "St. Aldric University" a school).
  if (SAINT_WORDS.has(name[0]!.norm) && name.filter((t) => t.kind === 'word').length === 2 && !hasAnyTag(phrase(name), PERSON_TAGS)) return 'place';
  // ("Tarn Mount Vell Rescue Team" is the team's.)
  if (name.length > 2 && name.slice(1, -1).some((t) => MOUNT.has(t.norm)) && !ORG_HEADS.has(last)) return 'place';
  // "the West", "the Middle East"
  if (COMPASS_REGIONS.has(phrase(name))) return 'place';
  // "Kestrel State", "Dorvale State": one word and "State" name a university (or its team), never a person;
  // "New York State" is the state.
  if ((name.length === 2 || name.length === 3) && name[name.length - 1]!.text === 'State' && name.every((t) => /^\p{Lu}/u.test(t.text))) {
    return name.length === 2 || !hasAnyTag(phrase(name.slice(0, -1)), PLACE_TAGS) ? 'organization' : 'place';
  }
  // "Helena Marsh": a known first name outweighs a surname that is also a place word.
  // ("Ada Properties", "Carol Wireless": a company's last word outweighs a given name.)
  if (name.length <= 3 && firstName && !ORG_HEADS.has(last) && !COMPANY_HEADS.has(last) && !hasAnyTag(last, ORG_TAGS)) return 'person';
  const words = phrase(name);
  if (hasAnyTag(words, PLACE_TAGS) && !hasAnyTag(words, PERSON_TAGS)) return 'place';
  if (hasAnyTag(words, ORG_TAGS)) return 'organization';
  if (name.length > 1 && (ORG_HEADS.has(last) || COMPANY_HEADS.has(last) || isOrgWord(last))) return 'organization';
  if (name.length > 1 && (PLACE_HEADS.has(last) || isPlaceWord(last))) return 'place';
  if (name.length === 1 && isAcronym(name[0]!) && PLACE_ACRONYMS.has(last.replace(/\./g, ''))) return 'place';
  // "MPs", "MEPs": the plural of a title in capitals is people, not a body.
  if (name.length === 1 && /^\p{Lu}{2,4}s$/u.test(name[0]!.text) && PERSON_TITLES.has(name[0]!.norm.slice(0, -1))) return 'person';
  if (name.length === 1 && (isAcronym(name[0]!) || isCamelCase(name[0]!.text))) return 'organization';
  if (name.some((t) => hasTag(stripPossessive(t.norm), 'FirstName', 'MaleName', 'FemaleName')) || hasTag(last, 'LastName')) return 'person';
  if (name.length === 1 && hasAnyTag(last, PLACE_TAGS)) return 'place';
  return null;
}


/** Kinds of land before "of" in a place's name ("the Port of Antwerp" is the port's authority, an organisation). */
const LAND_OF: ReadonlySet<string> = new Set(['province', 'region', 'republic', 'kingdom', 'district', 'county', 'island', 'islands', 'territory', 'emirate', 'principality', 'prefecture', 'governorate']);

const phrase = (name: readonly Token[]) => name.map((t) => stripPossessive(t.norm)).join(' ');

/**
 * "SeaVexa", "NetOrbis": capitals inside one word mark a company or brand; "McAdam", "MacLeod", "DeShawn",
 * "LaToya", "O'Neill" are people's names.
 */
export function isCamelCase(text: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u.test(text) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Ka|Ja|Ke|Ty|Da)\p{Lu}/u.test(text);
}
