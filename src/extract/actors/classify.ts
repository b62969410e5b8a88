import { COMMON_WORD_TAGS, hasTag, isOrgWord, isPlaceWord, ORG_TAGS, PERSON_TAGS, PLACE_TAGS } from '../../nlp/lexicon.js';
import type { ParsedSource, Token } from '../../nlp/types.js';
import type { ActorKind } from '../../model/mention.js';
import { LAW_HEADS, ORG_HEADS, ORG_KINDS, PLACE_HEADS, PLACE_KINDS, PLACE_OF_KINDS, PLACE_PEOPLE, PLACE_PREPOSITIONS } from '../../lexicon/places.js';
import { isSpeechVerb } from '../../lexicon/speech.js';
import type { Candidate } from './candidates.js';
import { extendRoleLeft, roleAfter, roleAppositiveBefore, roleBefore, splitTitle, type Range } from './roles.js';
import { isAcronym, isFunctionWord, isJoiner, isPossessive, isSoftWord, looksLikeDemonym, stripPossessive } from './words.js';

/** One name found in the text, before linking. `kind` null means "a name, kind not yet known". */
export interface NameMention {
  readonly first: number;
  readonly end: number;
  readonly sentence: number;
  readonly kind: ActorKind | null;
  readonly roles: readonly Range[];
  readonly rule: string;
  readonly weak: boolean; // found only in a heading or a quote: may link, never founds an actor
}

/** Splits a capitalised run at words that are not names ("Berg Tells Okafor" → "Berg", "Okafor") and classifies each part. */
export function classifyCandidate(doc: ParsedSource, c: Candidate): NameMention[] {
  const out: NameMention[] = [];
  if (c.heading) {
    // Headings capitalise every word: each word may only link to a name found in the prose.
    for (let k = c.first; k < c.end; k++) if (!isFunctionWord(doc.tokens[k]!)) out.push({ first: k, end: k + 1, sentence: c.sentence, kind: null, roles: [], rule: 'heading', weak: true });
    return out;
  }
  let i = c.first;
  while (i < c.end) {
    while (i < c.end && isFunctionWord(doc.tokens[i]!)) i++;
    let j = i;
    // A possessive closes a name: "Okafor’s Lagos office" is Okafor, then Lagos. Particles stay inside: "Anna de Vries".
    while (j < c.end && (!isFunctionWord(doc.tokens[j]!) || (j > i && isJoiner(doc.tokens[j]!)))) if (isPossessive(doc.tokens[j++]!)) break;
    if (j > i) {
      const m = classifyPart(doc, c, i, j);
      if (m) out.push(m);
    }
    i = j;
  }
  return out;
}

function classifyPart(doc: ParsedSource, c: Candidate, first: number, end: number): NameMention | null {
  const sentence = doc.sentences[c.sentence]!;
  const weak = c.heading || c.inQuote;
  let split = splitTitle(doc.tokens, first, end);
  const roles: Range[] = [];
  if (split > first) roles.push([extendRoleLeft(doc, first, sentence.firstToken), split]);
  else {
    // Leading adjectives belong to the name only when it names an organisation or place ("European Union").
    while (split < end - 1 && isSoftWord(doc.tokens[split]!)) split++;
    if (split === end - 1 && isSoftWord(doc.tokens[split]!)) return null;
    if (split > first && kindOf(doc.tokens.slice(first, end)) !== 'person' && kindOf(doc.tokens.slice(first, end)) !== null) split = first;
  }
  const before = roles.length ? null : (roleBefore(doc, split, sentence.firstToken) ?? roleAppositiveBefore(doc, split, sentence.firstToken));
  if (before) roles.push(before);
  // "… in Yaba, the commission’s chairwoman, said": an apposition after a place is not its role.
  const afterPlace = PLACE_PREPOSITIONS.has(doc.tokens[first - 1]?.norm ?? '');
  const after = afterPlace ? null : roleAfter(doc, end, sentence.endToken);
  if (after) roles.push(after);
  const name = doc.tokens.slice(split, end);
  if (name.length === 0) return null;
  // "the General Data Protection Regulation": a law or treaty, not an actor ("General" is no title here).
  if (LAW_HEADS.has(stripPossessive(doc.tokens[end - 1]!.norm)) && end - first >= 2) return null;
  // "Citizens’ Vote Watch", "Workers' Party": a plural possessive inside a name makes it a group.
  if (name.some((t) => t.kind === 'quote')) return { first: split, end, sentence: c.sentence, kind: 'organization', rule: 'group-name', roles: [], weak };
  // What the text calls a town is a place, whatever its words: "near the town of X", "the X district".
  const called = calledPlace(doc, split, end, sentence.firstToken);
  if (called) return { first: split, end, sentence: c.sentence, kind: 'place', roles: [], rule: called, weak };
  const kind = kindOf(name, doc.tokens[first - 1], doc.tokens[end]);
  if (kind === 'person' || kind === null) {
    if (roles.length) return { first: split, end, sentence: c.sentence, kind: 'person', roles, rule: 'title-name', weak };
  }
  if (kind) return { first: split, end, sentence: c.sentence, kind, roles: kind === 'person' ? roles : [], rule: `lexicon-${kind}`, weak };
  const context = contextKind(doc, c.sentence, split, end);
  if (context) return { first: split, end, sentence: c.sentence, kind: context.kind, roles: [], rule: context.rule, weak };
  return { first: split, end, sentence: c.sentence, kind: null, roles: [], rule: 'capitalised', weak };
}

/**
 * What the text itself calls a place: "the town of X", "her village of X" (a lower-case noun for a kind
 * of place, then "of", right before the name), or "the X district" (the name between "the" and such a noun).
 */
function calledPlace(doc: ParsedSource, first: number, end: number, sentenceFirst: number): 'place-of' | 'place-kind' | null {
  const [noun, of] = [doc.tokens[first - 2], doc.tokens[first - 1]];
  if (first - 2 >= sentenceFirst && of?.text === 'of' && isLowerIn(noun, PLACE_OF_KINDS)) return 'place-of';
  if (first - 1 >= sentenceFirst && of?.norm === 'the' && isLowerIn(doc.tokens[end], PLACE_KINDS)) return 'place-kind';
  return null;
}

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
  return doc.tokens.slice(first, end).every((t) => isJoiner(t) || !hasTag(stripPossessive(t.norm), ...COMMON_WORD_TAGS));
}

/** A lower-case word from the list: "town", not "Town" (which would start a name). */
function isLowerIn(t: Token | undefined, words: ReadonlySet<string>): boolean {
  return t !== undefined && t.kind === 'word' && t.text === t.norm && words.has(t.norm);
}


const PLACE_PREFIXES = new Set(['port', 'lake', 'mount', 'fort', 'cape', 'saint', 'st.', 'isle', 'gulf', 'bay', 'river', 'sierra', 'lac', 'rio']);

/** Kind from the words themselves: lexicon tags and head nouns. */
export function kindOf(name: readonly Token[], _prev?: Token, _next?: Token): ActorKind | null {
  const last = stripPossessive(name[name.length - 1]!.norm);
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

/** Participles glued to a place: "Geneva-based", "Lagos-born" ("-led", "-backed", "-owned" may follow a state or a group). */
const PLACE_PARTICIPLES = new Set(['based', 'born', 'headquartered', 'registered']);

/** Words after "the X" that show X is the head of its phrase: "the Vatican has", "the Vatican, which". */
const CLAUSE_TAGS = ['Verb', 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Preposition', 'Conjunction', 'Adverb', 'Determiner', 'Pronoun', 'QuestionWord'];

/** Kind from the words around an unknown name: "Okafor said", "said Okafor", "in Lagos", "the Vatican". */
function contextKind(doc: ParsedSource, s: number, first: number, end: number): { kind: ActorKind; rule: string } | null {
  const prev = doc.tokens[first - 1];
  const next = doc.tokens[end];
  const sentence = doc.sentences[s]!;
  const inSentence = (t: Token | undefined, idx: number) => t !== undefined && idx >= sentence.firstToken && idx < sentence.endToken;
  if (inSentence(next, end) && isPlaceModifier(doc, first, end)) return { kind: 'place', rule: 'place-modifier' };
  if (inSentence(next, end) && isOrgModifier(doc, first, end)) return { kind: 'organization', rule: 'org-modifier' };
  // "the supporters’ alliance Grün-Weiß Bleibt", "the airline Veltrix": a lower-case kind of organisation names the name after it.
  if (inSentence(prev, first - 1) && isLowerIn(prev, ORG_KINDS)) return { kind: 'organization', rule: 'org-apposition' };
  // "the Brindisi-based group", "Lagos-born": where someone or something is from is a place.
  if (next?.text === '-' && next.start === doc.tokens[end - 1]!.end && PLACE_PARTICIPLES.has(doc.tokens[end + 1]?.norm ?? '')) return { kind: 'place', rule: 'place-based' };
  // "the Vatican said" names an organisation; "the Volta region" uses a name as a modifier.
  if (inSentence(prev, first - 1) && prev!.norm === 'the') {
    // "the Danish-owned operator": a name glued by a hyphen to a participle modifies too.
    const glued = next !== undefined && /^[-‐]$/.test(next.text) && next.start === doc.tokens[end - 1]!.end;
    const modifier = glued || (next !== undefined && /^\p{Ll}/u.test(next.text) && !hasTag(next.norm, ...CLAUSE_TAGS) && !isSpeechVerb(next.norm));
    return modifier ? null : { kind: 'organization', rule: 'the-name' };
  }
  // "Ana Ruiz of the Red Cross said": a two- or three-word name "of" an organisation is a person.
  if (end - first >= 2 && end - first <= 3 && next?.norm === 'of' && /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '') && sentence.endToken > end + 1) {
    return { kind: 'person', rule: 'name-of-group' };
  }
  // "Ana Ruiz, who leads the group": a relative "who" follows people, not places or organisations.
  if (doc.tokens[end]?.text === ',' && /^(?:who|whose)$/.test(doc.tokens[end + 1]?.norm ?? '')) return { kind: 'person', rule: 'who-clause' };
  // "Critics said": a capitalised plural noun at the start of a sentence is not a name.
  if (end - first === 1 && hasTag(doc.tokens[first]!.norm, 'Plural')) return null;
  if (inSentence(next, end) && isSpeechVerb(next!.norm)) return { kind: 'person', rule: 'speaker-subject' };
  if (inSentence(next, end) && /^(?:has|had|is|was|will|would)$/.test(next!.norm) && isSpeechVerb(doc.tokens[end + 1]?.norm ?? '')) return { kind: 'person', rule: 'speaker-subject' };
  if (inSentence(prev, first - 1) && isSpeechVerb(prev!.norm) && (next === undefined || !inSentence(next, end) || /^[.,;]$/.test(next.text))) return { kind: 'person', rule: 'speaker-inverted' };
  // "toward Spanish border": an adjective of a people before a noun is no place.
  const adjective = end - first === 1 && looksLikeDemonym(doc.tokens[first]!.norm) && /^\p{Ll}/u.test(next?.text ?? '');
  if (inSentence(prev, first - 1) && PLACE_PREPOSITIONS.has(prev!.norm) && !adjective) return { kind: 'place', rule: 'place-preposition' };
  return null;
}
