import type { ParsedSource, Token } from '../../nlp/types.js';
import { PERSON_TITLES } from '../../lexicon/people.js';
import { ABBREVIATIONS } from '../../nlp/abbreviations.js';
import { ORG_HEADS, PLACE_ABBREVIATIONS, PLACE_HEADS } from '../../lexicon/places.js';
import { isAcronym, isCapitalised, isFunctionWord, isParticle } from './words.js';
import { hasTag } from '../../nlp/lexicon.js';

/** A run of capitalised words inside one sentence: "German Chancellor Anna Brandt". */
export interface Candidate {
  readonly first: number; // token index
  readonly end: number; // token index, exclusive
  readonly sentence: number;
  readonly paragraph: number;
  /** True when the run starts the sentence (capitalisation says little there). */
  readonly initial: boolean;
  readonly inQuote: boolean;
  readonly heading: boolean;
}

/**
 * Finds capitalised runs. Particles join two capitalised words
 * ("Anna de Vries", "Karl von der Heide"); a lower-case title inside breaks the run ("Palace aide").
 */
export function findCandidates(doc: ParsedSource, quoted: (offset: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!;
    const paragraph = doc.paragraphs[sentence.paragraph]!;
    if (paragraph.credit) continue;
    let i = sentence.firstToken;
    const firstWord = firstWordIndex(doc.tokens, sentence.firstToken, sentence.endToken);
    while (i < sentence.endToken) {
      const ordinal = ordinalBefore(doc.tokens, i, sentence.endToken);
      if (!ordinal && !startsName(doc.tokens[i]!)) {
        i++;
        continue;
      }
      let j = i + (ordinal || 1);
      while (j < sentence.endToken) {
        const t = doc.tokens[j]!;
        const next = doc.tokens[j + 1];
        const prev = doc.tokens[j - 1]!;
        const particles = particleRun(doc.tokens, j, sentence.endToken);
        const nickname = j > i ? nicknameAt(doc.tokens, j, sentence.endToken) : 0;
        if (startsName(t)) j++;
        else if (j > i && isNumberNickname(t, next)) j += 2;
        else if (nickname > 0) j += nickname;
        else if (particles > 0) j += particles + 1;
        else if (joins(doc.tokens, i, j) && next && j + 1 < sentence.endToken && startsName(next) && t.start === prev.end + 1) j += 2;
        // "Dr. Amara Nwosu": the period of an abbreviated title; "Citizens’ Vote Watch": a plural possessive.
        else if (next && j + 1 < sentence.endToken && startsName(next) && t.start === prev.end && (isTitleStop(prev, t) || (j - 1 === i && isPlaceStop(prev, t)) || isPluralPossessive(prev, t) || (j - 1 > i && isInitialStop(prev, t)) || isMiddleInitial(doc.tokens, i, j, next))) j += 1;
        else break;
      }
      out.push({
        first: i,
        end: j,
        sentence: s,
        paragraph: sentence.paragraph,
        initial: i === firstWord,
        inQuote: quoted(doc.tokens[i]!.start),
        heading: paragraph.heading,
      });
      i = j;
    }
  }
  return out;
}

/**
 * "Lotte de Wit", "Karl von der Heide", "Ana de la Cruz": how many particles (one to three, one space
 * apart) stand at `j` before a capitalised word that goes on with the name; 0 when none do.
 */
function particleRun(tokens: readonly Token[], j: number, end: number): number {
  let k = j;
  while (k < end && k - j < 3 && isParticle(tokens[k]!) && tokens[k]!.start === tokens[k - 1]!.end + 1) k++;
  // "What did Lotte do Monday": a weekday or other function word after "do" goes on no name.
  return k > j && k < end && startsName(tokens[k]!) && !isFunctionWord(tokens[k]!) ? k - j : 0;
}

/**
 * "of" after an organisation or place head ("Port of Rotterdam", "Bank of Ghana"), "for" after an organisation's ("Society for Marine Biology");
 * "and" inside an organisation's name ("Ministry of Local Government and Community Affairs").
 */
function joins(tokens: readonly Token[], first: number, j: number): boolean {
  const t = tokens[j]!;
  if (t.norm === 'of') return ORG_HEADS.has(tokens[j - 1]!.norm) || PLACE_HEADS.has(tokens[j - 1]!.norm) || OF_HEADS.has(tokens[j - 1]!.norm);
  // "the Society for Marine Biology", "the Centre for Fiscal Studies": "for" after an organisation's head word.
  if (t.norm === 'for' && t.text === 'for') return ORG_HEADS.has(tokens[j - 1]!.norm) || FOR_HEADS.has(tokens[j - 1]!.norm);
  if (t.norm !== 'and' && t.norm !== '&') return false;
  for (let k = first; k < j; k++) if (ORG_HEADS.has(tokens[k]!.norm) && tokens[k + 1]?.norm === 'of') return true;
  return false;
}

/** The period after "Dr", "Mr", "Prof", "Gen", "Sen", "Rep": part of the title, not the end of a name. */
function isTitleStop(prev: Token, t: Token): boolean {
  return t.text === '.' && (PERSON_TITLES.has(prev.norm) || PERSON_TITLES.has(`${prev.norm}.`)) && ABBREVIATIONS.has(prev.norm);
}

/** "St. Aldric", "Ste. Vell", "Mt. Dorn": the full stop of an abbreviation that opens a place's name is inside the name. */
function isPlaceStop(prev: Token, t: Token): boolean {
  return t.text === '.' && PLACE_ABBREVIATIONS.has(prev.norm) && /^\p{Lu}/u.test(prev.text);
}

/** "Paul K. Ostrow": the period of a middle initial, after a first name, before the surname. */
function isMiddleInitial(tokens: readonly Token[], first: number, j: number, next: Token): boolean {
  const prev = tokens[j - 1]!;
  return tokens[j]!.text === '.' && j - 1 > first && /^\p{Lu}$/u.test(prev.text) && !isFunctionWord(next);
}

/** "Judge Ada K. Morrow": the full stop after a middle initial is inside the name, not its end. */
function isInitialStop(prev: Token, t: Token): boolean {
  return t.text === '.' && /^\p{Lu}$/u.test(prev.text);
}

/** "Citizens’ Vote Watch", "Workers' Party": an apostrophe after a plural inside a name. */
function isPluralPossessive(prev: Token, t: Token): boolean {
  // "Williams' DUI arrest": a surname's possessive closes the name.
  return (t.text === '’' || t.text === "'") && /s$/u.test(prev.text) && /^\p{Lu}/u.test(prev.text) && !hasTag(prev.norm, 'LastName', 'FirstName', 'MaleName', 'FemaleName');
}

const FOR_HEADS = new Set(['center', 'centre', 'campaign', 'center', 'fund', 'league', 'network', 'project', 'coalition', 'society', 'organization', 'organisation', 'commissioner', 'secretary', 'minister', 'doctors', 'reporters', 'physicians', 'citizens', 'americans', 'friends']);
const OF_HEADS = new Set(['hook', 'isle', 'cape', 'gulf', 'bay', 'sea', 'straits', 'duke', 'duchess', 'university', 'museum', 'bank']);

function startsName(t: Token): boolean {
  if (t.kind !== 'word') return false;
  // "U.S.", "U.N.": an acronym with its full stops starts a name too.
  if (isCapitalised(t) || isAcronym(t)) return /\p{L}{2}|^\p{Lu}\.?$|^(?:\p{Lu}\.){2,}$/u.test(t.text) || PERSON_TITLES.has(t.norm);
  return false;
}

/** Marks that open a nickname, and the mark that closes each. */
const NICKNAME_MARKS: ReadonlyMap<string, string> = new Map([["'", "'"], ['‘', '’'], ['"', '"'], ['“', '”'], ['(', ')']]);

/**
 * "Tom 'Tiny' Alder", "Tom “Tiny” Alder", "Tom (Tiny) Alder": one or two capitalised words in quote marks
 * or brackets between a given name and a surname are a nickname inside the name. How many tokens the
 * nickname takes with its marks (the surname after it goes on the run), or 0.
 */
export function nicknameAt(tokens: readonly Token[], j: number, end: number): number {
  const open = tokens[j]!;
  const close = NICKNAME_MARKS.get(open.text);
  const before = tokens[j - 1];
  if (close === undefined || open.glued || !before || !startsName(before) || isAcronym(before) || isFunctionWord(before)) return 0;
  let k = j + 1;
  while (k < end && k - j <= 2 && tokens[k]!.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) && (k === j + 1 ? tokens[k]!.glued : !tokens[k]!.glued)) k++;
  if (k === j + 1 || k >= end - 1 || tokens[k]!.text !== close || !tokens[k]!.glued) return 0;
  const surname = tokens[k + 1]!;
  return !surname.glued && startsName(surname) && !isFunctionWord(surname) ? k + 1 - j : 0;
}

function firstWordIndex(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word') return i;
  return to;
}

/** "the Kestrel 88ers", "the Dunmore 21ERS" (read "88" "ers"): a number glued to a plural goes on a team's name (it starts none). */
export function isNumberNickname(t: Token, next: Token | undefined): boolean {
  return t.kind === 'word' && /^\d+$/.test(t.text) && next !== undefined && next.start === t.end && /^(?:\p{Ll}+s|\p{Lu}+S)$/u.test(next.text);
}

/**
 * "212th Street", "the 48th Precinct" (read "212" "th" "Street"): an ordinal before a capitalised word
 * opens the name of a street, avenue or precinct. The number of tokens before that word, or 0.
 */
function ordinalBefore(tokens: readonly Token[], i: number, end: number): number {
  // Three names, not a destructured list: this runs for every token of an article.
  const n = tokens[i]!;
  const suffix = tokens[i + 1];
  const word = tokens[i + 2];
  if (i + 2 >= end || !/^\d+$/.test(n.text) || !suffix || !word || suffix.start !== n.end || !/^(?:st|nd|rd|th)$/.test(suffix.text)) return 0;
  return word.start === suffix.end + 1 && startsName(word) && ORDINAL_HEADS.has(word.norm) ? 3 : 0;
}

const ORDINAL_HEADS = new Set(['street', 'avenue', 'road', 'precinct', 'district', 'ward', 'st', 'ave', 'place', 'lane', 'boulevard', 'parallel', 'division', 'regiment', 'brigade', 'battalion', 'congressional']);
