import { FUNCTION_TAGS, hasAnyTag } from '../../nlp/lexicon.js';
import type { ParsedSource, Token } from '../../nlp/types.js';
import { NAME_PARTICLES, NAME_SUFFIXES } from '../../lexicon/people.js';
import { FULL_WEEKDAYS, MONTHS } from '../../lexicon/calendar.js';
import { startsUpper } from '../figures/words.js';

/** "Okafor’s" → "Okafor", "leaders’" → "leaders": the possessive is not part of a name. */
export function stripPossessive(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  // Most words end in neither "s" nor an apostrophe: nothing to strip, no regular expression run.
  if (last !== 115 /* s */ && last !== 39 /* ' */ && last !== 0x2019 /* ’ */) return text;
  return text.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

/** Lower-cased, accent-free name form used as a key: "Ngozi Okonjo-Iweala’s" → "ngozi okonjo-iweala". */
export function nameKey(text: string): string {
  return stripPossessive(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

export function isCapitalised(t: Token): boolean {
  return t.kind === 'word' && startsUpper(t.text);
}

/** NATO, EU, U.S., JD: two or more capitals and no lower-case letters. */
export function isAcronym(t: Token): boolean {
  return t.kind === 'word' && /^(?:\p{Lu}\.?){2,}s?$/u.test(t.text) && !/\p{Ll}/u.test(t.text.slice(0, -1));
}

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'City', 'Place', 'Organization', 'Region'];
/** Tags of words that may stand inside a name but not at its left edge: "Dutch Labour Ministry", "Criminal Court". */
const SOFT_TAGS = ['Adjective', 'Demonym', 'Comparable', 'Ordinal'];

/** Capitalised words that are not names wherever they stand: "The", "While", "Meanwhile", "Monday". */
export function isFunctionWord(t: Token): boolean {
  const norm = stripPossessive(t.norm);
  if (MONTHS.has(norm) || FULL_WEEKDAYS.has(norm)) return true; // "on 3 March", "Sunday’s vote"
  return hasAnyTag(norm, FUNCTION_TAGS) && !hasAnyTag(norm, SOFT_TAGS) && !hasAnyTag(norm, NAME_TAGS);
}

/** Adjectives and demonyms: part of "European Union", a role in "German Chancellor", nothing alone. */
export function isSoftWord(t: Token): boolean {
  const norm = stripPossessive(t.norm);
  return hasAnyTag(norm, SOFT_TAGS) && !hasAnyTag(norm, NAME_TAGS);
}

export function isPossessive(t: Token): boolean {
  return /['’]s$/u.test(t.text);
}

export function isParticle(t: Token): boolean {
  return t.kind === 'word' && NAME_PARTICLES.has(t.norm);
}

/** Lower-case words that join the parts of one name: "Anna de Vries", "Port of Rotterdam", "Society for Marine Biology". */
export function isJoiner(t: Token): boolean {
  return t.kind === 'word' && (NAME_PARTICLES.has(t.norm) || (/^(?:of|and|for)$/.test(t.norm) && /^\p{Ll}/u.test(t.text)));
}

/** The ending of an adjective of a people or place, which the lexicon may not know: Irish, Canadian, Congolese, Chilean, Icelandic. */
export function looksLikeDemonym(norm: string): boolean {
  return /(?:ish|ian|ese|ean|ic)$/.test(norm);
}

/** "tom 'tiny' alder", "tom (tiny) alder" → "tom alder": a name's key without the nickname inside it. */
export function withoutNickname(key: string): string {
  return /['‘“"(]/.test(key) ? key.replace(NICKNAME, ' ') : key;
}

/** The nickname of a name, with its marks: " 'Tiny' " in "Tom 'Tiny' Alder". */
export const NICKNAME = /\s['‘“"(]\p{L}[^'’”")]*['’”")]\s/u;

/** "ray dunmore jr" → "dunmore": the surname is the last word that is not a generational suffix. */
export function surnameOf(words: readonly string[]): string {
  for (let i = words.length - 1; i > 0; i--) if (!NAME_SUFFIXES.has(words[i]!)) return words[i]!;
  return words[0]!;
}

/** "Jr", "III": a suffix that names no one on its own. */
export function isNameSuffix(t: Token): boolean {
  return NAME_SUFFIXES.has(t.norm);
}

const SPAN_KEYS = new WeakMap<ParsedSource, Map<number, string>>();

/**
 * The name key of the tokens [first, end) of an article, computed once per span: the stages after
 * classification (headings, teams, lists, facilities, linking) ask for the same keys again and again.
 */
export function spanKey(doc: ParsedSource, first: number, end: number): string {
  let keys = SPAN_KEYS.get(doc);
  if (!keys) SPAN_KEYS.set(doc, (keys = new Map()));
  const at = first * 4096 + (end - first);
  let key = keys.get(at);
  if (key === undefined) keys.set(at, (key = nameKey(doc.text.slice(doc.tokens[first]!.start, doc.tokens[end - 1]!.end))));
  return key;
}
