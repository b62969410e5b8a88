import { loadLexicon } from './lexicon-data.js';

/**
 * compromise's word lists, used as a fast dictionary: a lookup costs a hash
 * probe, where tagging a sentence costs ~1 ms. The data comes from the build's
 * snapshot of compromise's model when there is one (lexicon-data.ts).
 */
type LexValue = string | string[] | undefined;

const data = loadLexicon();
const LEXICON = data.lexicon as Record<string, LexValue>;
const ORG_WORDS = new Set(data.orgWords);
const PLACE_WORDS = new Set(data.placeWords);
const EMPTY: readonly string[] = [];

/** The lexicon's entry for a word: one tag, several, or none. */
const entry = (norm: string): LexValue => (Object.prototype.hasOwnProperty.call(LEXICON, norm) ? LEXICON[norm] : undefined);

/** compromise's tags for a lower-case word or phrase ("donald" → ["MaleName"]). */
export function wordTags(norm: string): readonly string[] {
  const v = entry(norm);
  if (v === undefined) return EMPTY;
  return typeof v === 'string' ? [v] : v;
}

export function hasTag(norm: string, ...tags: string[]): boolean {
  return hasAnyTag(norm, tags);
}

/** `hasTag` with a list the caller keeps: no list is built per call (this runs for most words). */
export function hasAnyTag(norm: string, tags: readonly string[]): boolean {
  const v = entry(norm);
  if (v === undefined) return false;
  if (typeof v === 'string') return tags.includes(v);
  for (const t of tags) if (v.includes(t)) return true;
  return false;
}

export const PERSON_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific'];
export const PLACE_TAGS = ['Country', 'City', 'Region', 'Place', 'Address'];
export const ORG_TAGS = ['Organization', 'SportsTeam', 'Company'];
/** Tags of ordinary English words: a name made of them may be a phrase, a party or a team rather than a name. */
export const COMMON_WORD_TAGS = ['Noun', 'Singular', 'Plural', 'Uncountable', 'Adjective', 'Verb', 'Adverb', 'Demonym', 'Expression'];
/** Words that are never names on their own, even capitalised at a sentence start. */
export const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'Copula',
  'Modal', 'Auxiliary', 'QuestionWord', 'Negative', 'Value', 'Date', 'Month', 'WeekDay', 'Demonym', 'Adjective',
  'Expression', 'Comparable', 'Ordinal', 'Cardinal', 'Possessive'];

export function isOrgWord(norm: string): boolean {
  return ORG_WORDS.has(norm);
}

export function isPlaceWord(norm: string): boolean {
  return PLACE_WORDS.has(norm);
}

export function genderOfFirstName(norm: string): 'male' | 'female' | null {
  const tags = wordTags(norm);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  return null;
}
