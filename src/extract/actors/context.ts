import { COMMON_WORD_TAGS, hasAnyTag, hasTag, PERSON_TAGS, PLACE_TAGS } from '../../nlp/lexicon.js';
import type { ParsedSource, Token } from '../../nlp/types.js';
import type { ActorKind } from '../../model/mention.js';
import { FACILITY_HEADS, FACILITY_KINDS, ORG_KINDS, PLACE_KINDS, PLACE_PEOPLE, PLACE_PREPOSITIONS } from '../../lexicon/places.js';
import { isSpeechVerb } from '../../lexicon/speech.js';
import { MEDIA_NOUNS } from '../../lexicon/media.js';
import { KIN_NOUNS, PERSON_NOUNS, ROLE_HEADS } from '../../lexicon/people.js';
import { isJoiner, looksLikeDemonym, stripPossessive } from './words.js';

/** "the Havenbond union", "the Veltrix app": a name of no ordinary English word before a lower-case noun for a kind of organisation. */
function isOrgModifier(doc: ParsedSource, first: number, end: number): boolean {
  if (!isLowerIn(doc.tokens[end], ORG_KINDS)) return false;
  return doc.tokens.slice(first, end).every((t) => isJoiner(t) || !hasTag(stripPossessive(t.norm), ...COMMON_WORD_TAGS, ...PERSON_TAGS, ...PLACE_TAGS));
}

/**
 * "X residents", "X mayor Jorge Pinto": a name that modifies a lower-case noun for a kind of place, or for
 * the people of one, is a place. Only for names made of no ordinary English word: "Labour mayor" says nothing sure.
 */
function isPlaceModifier(doc: ParsedSource, first: number, end: number): boolean {
  const next = doc.tokens[end];
  if (!isLowerIn(next, PLACE_KINDS) && !isLowerIn(next, PLACE_PEOPLE)) return false;
  return doc.tokens.slice(first, end).every((t) => isJoiner(t) || !hasAnyTag(stripPossessive(t.norm), COMMON_WORD_TAGS));
}

/** A lower-case word from the list: "town", not "Town" (which would start a name). */
export function isLowerIn(t: Token | undefined, words: ReadonlySet<string>): boolean {
  return t !== undefined && t.kind === 'word' && t.text === t.norm && words.has(t.norm);
}


/** Participles glued to a place: "Geneva-based", "Lagos-born" ("-led", "-backed", "-owned" may follow a state or a group). */
const PLACE_PARTICIPLES = new Set(['based', 'born', 'headquartered', 'registered']);

/** Words after "the X" that show X is the head of its phrase: "the Vatican has", "the Vatican, which". */
const CLAUSE_TAGS = ['Verb', 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Preposition', 'Conjunction', 'Adverb', 'Determiner', 'Pronoun', 'QuestionWord'];

/** Kind from the words around an unknown name: "Okafor said", "said Okafor", "in Lagos", "the Vatican". */
export function contextKind(doc: ParsedSource, s: number, first: number, end: number): { kind: ActorKind; rule: string } | null {
  const prev = doc.tokens[first - 1];
  const next = doc.tokens[end];
  const sentence = doc.sentences[s]!;
  const inSentence = (t: Token | undefined, idx: number) => t !== undefined && idx >= sentence.firstToken && idx < sentence.endToken;
  if (inSentence(next, end) && isPlaceModifier(doc, first, end)) return { kind: 'place', rule: 'place-modifier' };
  // "the Harrowgate resort", "the Haven rehab centre": a name no lexicon knows, before the noun of a facility, names it.
  if (inSentence(next, end) && (isLowerIn(next, FACILITY_HEADS) || (isLowerIn(next, FACILITY_KINDS) && isLowerIn(doc.tokens[end + 1], FACILITY_HEADS)))) {
    return { kind: 'place', rule: 'facility-name' };
  }
  if (inSentence(next, end) && isOrgModifier(doc, first, end)) return { kind: 'organization', rule: 'org-modifier' };
  if (inSentence(next, end) && beforeRole(doc, end, sentence.endToken) && employerLike(doc, first, end)) return { kind: 'organization', rule: 'org-role' };
  // "the supporters’ alliance Grün-Weiß Bleibt", "the airline Veltrix": a lower-case kind of organisation names the name after it.
  if (inSentence(prev, first - 1) && isLowerIn(prev, ORG_KINDS)) return { kind: 'organization', rule: 'org-apposition' };
  // "the Brindisi-based group", "Lagos-born": where someone or something is from is a place.
  if (next?.text === '-' && next.start === doc.tokens[end - 1]!.end && PLACE_PARTICIPLES.has(doc.tokens[end + 1]?.norm ?? '')) return { kind: 'place', rule: 'place-based' };
  // "the Pope said", "the new Doctor": a title standing alone names the person who holds it.
  const ordinal = /^(?:st|nd|rd|th)$/.test(prev?.norm ?? '') && /^\d+$/.test(doc.tokens[first - 2]?.text ?? ''); // "12th" is read "12" "th"
  // ("after the All-Star game", "a former All-Pro kicker": a title before a lower-case noun modifies it.)
  if (end - first === 1 && ROLE_HEADS.has(doc.tokens[first]!.norm) && inSentence(prev, first - 1) && (ordinal || /^(?:the|new|\d+(?:st|nd|rd|th)|first|second|third|next|former)$/.test(prev!.norm))
    && !(inSentence(next, end) && modifiesNoun(next!))) return namedInApposition(doc, end, sentence.endToken) ? null : { kind: 'person', rule: 'title-alone' };
  // "the Vatican said" names an organisation; "the Volta region" uses a name as a modifier.
  if (inSentence(prev, first - 1) && prev!.norm === 'the') {
    // "the Danish-owned operator": a name glued by a hyphen to a participle modifies too.
    const glued = next !== undefined && /^[-‐]$/.test(next.text) && next.start === doc.tokens[end - 1]!.end;
    const modifier = glued || (next !== undefined && /^\p{Ll}/u.test(next.text) && !hasAnyTag(next.norm, CLAUSE_TAGS) && !isSpeechVerb(next.norm));
    return modifier ? null : { kind: 'organization', rule: 'the-name' };
  }
  // "Ana Ruiz of the Red Cross said": a two- or three-word name "of" an organisation is a person.
  if (end - first >= 2 && end - first <= 3 && next?.norm === 'of' && /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '') && sentence.endToken > end + 1) {
    return { kind: 'person', rule: 'name-of-group' };
  }
  // "36-year-old Leo Rask", "Leo Rask, 36, fell": an age is a person's.
  // (A lone word with its age set off by commas, "Okoro, 49, fled", is a surname too.)
  const ageAfter = next?.text === ',' && /^\d{1,3}$/.test(doc.tokens[end + 1]?.text ?? '') && doc.tokens[end + 2]?.text === ',';
  // "the 23-year-old Ondrine": one word after an age too, when it is no ordinary word, people or place ("the 30-year-old Canadian"),
  // nor a modifier of a noun ("a 48-year-old Dorvale woman").
  const modifies = next !== undefined && /^\p{Ll}/u.test(next.text) && !hasAnyTag(next.norm, CLAUSE_TAGS) && !isSpeechVerb(next.norm);
  const aged = /(?:^|-)year-old$/.test(prev?.norm ?? '') && (end - first >= 2 || (unknownWord(doc.tokens[first]!) && !modifies));
  if (aged || (ageAfter && /^\p{Lu}\p{Ll}/u.test(doc.tokens[first]!.text))) {
    return { kind: 'person', rule: 'age-descriptor' };
  }
  // "his older brother, Davor", "her son Kofi": a name given to a relative is a person's.
  const kin = prev?.text === ',' ? doc.tokens[first - 2] : prev;
  if (kin && inSentence(kin, first - 2) && KIN.has(kin.norm)) return { kind: 'person', rule: 'kin-name' };
  // "Ana Ruiz, who leads the group": a relative "who" follows people, not places or organisations.
  if (doc.tokens[end]?.text === ',' && /^(?:who|whose)$/.test(doc.tokens[end + 1]?.norm ?? '')) return { kind: 'person', rule: 'who-clause' };
  // "Critics said": a capitalised plural noun at the start of a sentence is not a name; inside one it is ("in Queens").
  // So are a number of people ("Dozens chanted") and a record that shows ("Video posted online showed").
  if (end - first === 1 && first === firstWord(doc, s) && (hasTag(doc.tokens[first]!.norm, 'Plural') || GROUP_NOUNS.has(doc.tokens[first]!.norm) || NOT_SPEAKERS.has(doc.tokens[first]!.norm))) return null;
  // "VTN Drama Desk said": a name led by an acronym of three letters or more speaks for a body.
  // So does one of two to four words with an ordinary word among them and no given name: "Harbour Watch said".
  const name = doc.tokens.slice(first, end);
  const ordinary = end - first >= 2 && end - first <= 4 && name.some((t) => hasAnyTag(stripPossessive(t.norm), COMMON_WORD_TAGS))
    && !name.some((t) => hasAnyTag(stripPossessive(t.norm), PERSON_TAGS));
  const body = (end - first >= 2 && /^\p{Lu}{3,}$/u.test(doc.tokens[first]!.text)) || ordinary;
  const speaker = body ? { kind: 'organization' as const, rule: 'speaker-body' } : { kind: 'person' as const, rule: 'speaker-subject' };
  // "Testimony continues", "They've argued": a lone word that opens the sentence and that the article also
  // writes in lower case, or that the word lists know only as an ordinary word, is no speaker.
  const plainOpener = end - first === 1 && first === firstWord(doc, s) && plainWord(doc, doc.tokens[first]!);
  if (!plainOpener && inSentence(next, end) && isSpeechVerb(next!.norm)) return speaker;
  if (!plainOpener && inSentence(next, end) && /^(?:has|had|is|was|will|would)$/.test(next!.norm) && isSpeechVerb(doc.tokens[end + 1]?.norm ?? '')) return speaker;
  // "told Glimmer magazine", "according to the Ledger newspaper": a title with the noun of a publication.
  if (inSentence(next, end) && MEDIA_NOUNS.has(next!.norm) && /^\p{Ll}/u.test(next!.text)) return { kind: 'organization', rule: 'media-noun' };
  if (inSentence(prev, first - 1) && isSpeechVerb(prev!.norm) && (next === undefined || !inSentence(next, end) || /^[.,;]$/.test(next.text))) return { kind: 'person', rule: 'speaker-inverted' };
  // "Ana Ruiz, 36, of Dorvale,": where someone of that age is from ("Ana Ruiz, of Reuters," may be an employer).
  if (prev?.text === 'of' && doc.tokens[first - 2]?.text === ',' && /^\d{1,3}$/.test(doc.tokens[first - 3]?.text ?? '') && doc.tokens[first - 4]?.text === ',' && /^[,.;]$/.test(next?.text ?? '.')) return { kind: 'place', rule: 'place-residence' };
  // "convicted Tom Alder, of Dorvale, in the death of …": where someone named in full is from, too; not
  // before a verb of saying ("Ana Ruiz, of Vexel, said" speaks for an employer).
  if (prev?.text === 'of' && doc.tokens[first - 2]?.text === ',' && fullNameEndsAt(doc, first - 3) && next?.text === ',' && !isSpeechVerb(doc.tokens[end + 1]?.norm ?? '')) return { kind: 'place', rule: 'place-residence' };
  // "in downtown Dorvale", "in northern Kestrel": a lower-case word of where between the preposition and the name.
  if (inSentence(prev, first - 1) && WHERE_WORDS.has(prev!.text) && PLACE_PREPOSITIONS.has(doc.tokens[first - 2]?.norm ?? '')) return { kind: 'place', rule: 'place-preposition' };
  // "Freeland's Velmora province", "Norway's Vellu": a country's part is a place.
  if (inSentence(prev, first - 1) && /['’]s$/u.test(prev!.text) && hasTag(stripPossessive(prev!.norm), 'Country')) return { kind: 'place', rule: 'place-of-country' };
  // "toward Spanish border": an adjective of a people before a noun is no place.
  const adjective = end - first === 1 && looksLikeDemonym(doc.tokens[first]!.norm) && /^\p{Ll}/u.test(next?.text ?? '');
  if (inSentence(prev, first - 1) && PLACE_PREPOSITIONS.has(prev!.norm) && !adjective) return { kind: 'place', rule: 'place-preposition' };
  return null;
}

/** An ordinary word, not a name: a contraction, a word the article also writes in lower case, or one the word lists know only as a gerund, a pronoun, a plural or a mass noun. */
function plainWord(doc: ParsedSource, t: Token): boolean {
  const norm = stripPossessive(t.norm);
  if (/['’](?:ve|re|ll|d)$|n['’]t$/u.test(norm)) return true;
  if (hasAnyTag(norm, PERSON_TAGS) || hasAnyTag(norm, PLACE_TAGS)) return false;
  return lowerWords(doc).has(norm) || hasAnyTag(norm, PLAIN_TAGS);
}

const PLAIN_TAGS = ['Gerund', 'Pronoun', 'Uncountable', 'Plural'];

/**
 * "the Governor of Dorvale, Ada Ruiz, said", "the Governor, Ada Ruiz,": a title whose holder is named in
 * apposition (after "of" and a place, then a comma) is that person's role, no person of its own.
 */
function namedInApposition(doc: ParsedSource, end: number, sentenceEnd: number): boolean {
  const t = (k: number) => doc.tokens[k];
  const caps = (k: number) => k < sentenceEnd && t(k)!.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t(k)!.text);
  let k = end;
  if (t(k)?.text === 'of') for (k++; caps(k); k++);
  if (k === end + 1 || t(k)?.text !== ',') return false;
  let n = k + 1;
  while (caps(n)) n++;
  return n - (k + 1) >= 2 && (n >= sentenceEnd || /^[,.;]$/.test(t(n)?.text ?? ''));
}

/**
 * A lower-case word after a name that makes the name its modifier: a noun, or a bare verb form that no
 * singular subject takes ("the All-Star game"); not a verb of the clause ("the Governor said", "the Coach
 * has"), a preposition ("the Governor of …") or another word of the clause.
 */
export function modifiesNoun(t: Token): boolean {
  return t.kind === 'word' && /^\p{Ll}/u.test(t.text) && t.text === t.norm && !hasAnyTag(t.norm, MODIFIER_STOP_TAGS) && !isSpeechVerb(t.norm);
}

const MODIFIER_STOP_TAGS = ['Verb', 'PastTense', 'PresentTense', 'Gerund', 'Copula', 'Modal', 'Auxiliary', 'Preposition', 'Conjunction', 'Adverb', 'Determiner', 'Pronoun', 'QuestionWord', 'Participle'];

/**
 * A person's name in full ends at token k: two or three capitalised words, the first a known given name
 * ("Tom Alder") or the run after an age ("48-year-old Nora Quist").
 */
function fullNameEndsAt(doc: ParsedSource, k: number): boolean {
  let a = k;
  while (a >= 0 && k - a < 3 && doc.tokens[a]!.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(doc.tokens[a]!.text)) a--;
  const first = a + 1;
  if (k - first < 1) return false;
  return hasTag(doc.tokens[first]!.norm, 'FirstName', 'MaleName', 'FemaleName') || /(?:^|-)year-old$/.test(doc.tokens[first - 1]?.norm ?? '');
}

/** A capitalised word no word list knows as an ordinary word, a people's adjective or a place. */
function unknownWord(t: Token): boolean {
  const norm = stripPossessive(t.norm);
  return /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(t.text) && !hasAnyTag(norm, NOT_NAME_TAGS) && !looksLikeDemonym(norm);
}

const NOT_NAME_TAGS = [...COMMON_WORD_TAGS, ...PLACE_TAGS, 'Organization', 'SportsTeam', 'Company'];

/**
 * "Kestrels backup goalkeeper Ray Dunn", "Vexel chief executive Ana Ruiz": an unknown name before a
 * lower-case title (at most three words) that a person's name follows is the team or company the
 * person works for.
 */
function beforeRole(doc: ParsedSource, end: number, sentenceEnd: number): boolean {
  for (let k = end; k < Math.min(end + 3, sentenceEnd - 1); k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'word' || t.text !== t.norm) return false;
    const after = doc.tokens[k + 1]!;
    if (ROLE_HEADS.has(t.norm) && after.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(after.text)) return true;
    if (hasTag(t.norm, 'Verb', 'PastTense', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula')) return false;
  }
  return false;
}

/**
 * "Union spokesman Jan Berg" names no union when the article writes "the union" elsewhere: a name before a
 * title must be a word the article never writes in lower case ("Kestrels backup goalkeeper Ray Dunn").
 */
function employerLike(doc: ParsedSource, first: number, end: number): boolean {
  const lower = lowerWords(doc);
  // "Fuming football boss Dex Harlow", "Grieving coach …": a participle describing the person, not an employer.
  const one = doc.tokens[first]!.norm;
  if (end - first === 1 && /ing$/.test(one) && !hasTag(one, 'Organization', 'Company')) return false;
  return doc.tokens.slice(first, end).every((t) => isJoiner(t) || !lower.has(stripPossessive(t.norm)));
}

const LOWER_WORDS = new WeakMap<ParsedSource, Set<string>>();

/** The words an article writes in lower case somewhere, once per article. */
export function lowerWords(doc: ParsedSource): ReadonlySet<string> {
  let words = LOWER_WORDS.get(doc);
  if (!words) {
    words = new Set();
    for (const t of doc.tokens) if (t.kind === 'word' && t.text === t.norm) words.add(stripPossessive(t.norm));
    LOWER_WORDS.set(doc, words);
  }
  return words;
}

/**
 * Kin nouns before a relative's name: "his brother, Davor", "her daughter Ama". Not "partner": "its partner,
 * Vexel Labs" is a company (the rule reads no possessive).
 */
const KIN = new Set([...KIN_NOUNS].filter((n) => n !== 'partner'));

/** Lower-case words of where, between a preposition and a place's name: "in downtown Dorvale". */
const WHERE_WORDS = new Set(['downtown', 'uptown', 'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'suburban', 'neighbouring', 'neighboring', 'nearby', 'coastal', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'remote', 'war-torn']);

/** Groups that open a sentence as its subject, never a name: "Authorities said", "Witnesses described". */
/** Words that open a sentence as its subject and are no one's name: how many, or a record that "shows". */
const NOT_SPEAKERS: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores', 'tens', 'many', 'several', 'most', 'few',
  'video', 'footage', 'photos', 'photo', 'images', 'pictures', 'records', 'documents', 'data', 'surveillance']);
const GROUP_NOUNS: ReadonlySet<string> = new Set([...PERSON_NOUNS].filter((w) => w.endsWith('s')).concat(['authorities', 'police', 'investigators', 'prosecutors', 'rescuers', 'medics', 'critics', 'experts']));

/** The index of the first word of sentence s. */
export function firstWord(doc: ParsedSource, s: number): number {
  const sentence = doc.sentences[s]!;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) if (doc.tokens[i]!.kind === 'word') return i;
  return sentence.endToken;
}
