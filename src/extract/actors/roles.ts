import { hasTag } from '../../nlp/lexicon.js';
import type { ParsedSource, Token } from '../../nlp/types.js';
import { PERSON_TITLES, ROLE_HEADS } from '../../lexicon/people.js';
import { ORG_HEADS } from '../../lexicon/places.js';
import { isAcronym, isCapitalised, isParticle } from './words.js';

/** Token range [first, end) of a role phrase, or null. */
export type Range = readonly [number, number] | null;

/**
 * Inside a capitalised run, everything up to the last title word is the role:
 *   "Harbour Board Secretary General Lena Okoro" → role "Harbour Board Secretary General", name "Lena Okoro"
 *   "Dutch Labour Minister Anna de Vries" → role "Dutch Labour Minister"
 */
export function splitTitle(tokens: readonly Token[], first: number, end: number): number {
  let split = first;
  for (let k = first; k < end - 1; k++) {
    // "Sen. Ana Ruiz": an abbreviated title is listed with its period.
    if (ROLE_HEADS.has(tokens[k]!.norm) || AGE.test(tokens[k]!.norm) || (tokens[k + 1]?.text === '.' && ROLE_HEADS.has(`${tokens[k]!.norm}.`))) split = k + 1;
  }
  // "S Owen Hollis", "K Leo Park": a lone capital with no full stop before a given name and a surname is a
  // position (safety, kicker), not an initial (an initial follows the given name).
  if (split === first && end - first === 3 && /^\p{Lu}$/u.test(tokens[first]!.text) && tokens[first + 1]!.text !== '.' && hasTag(tokens[first + 1]!.norm, 'FirstName', 'MaleName', 'FemaleName')) split = first + 1;
  while (split < end - 1 && tokens[split]!.kind !== 'word') split++; // "Dr." — the period stays with the title
  // "the Marshal Service", "the Fire Marshal Office": a title before the head of a body names the body.
  if (split > first && end - split === 1 && ORG_HEADS.has(tokens[split]!.norm.replace(/['’]s?$/u, ''))) return first;
  return split;
}

/** "Twenty-year-old Leo Park": an age glued before a name is a descriptor, not a given name. */
const AGE = /^[\p{L}\p{N}-]+-year-old$/u;

/**
 * A lower-case role right before the name, with its modifiers:
 *   "said union leader Pieter Bakker"  → "union leader"
 *   "Palace aide Ivan Sorokin"           → "Palace aide"
 *   "port authority spokeswoman Lena Berg" → "port authority spokeswoman"
 *   "Vila Nova de Arcos mayor Jorge Pinto" → "Vila Nova de Arcos mayor"
 * Stops at verbs, determiners, prepositions and punctuation; at most five words.
 */
export function roleBefore(doc: ParsedSource, nameFirst: number, sentenceFirst: number): Range {
  const head = doc.tokens[nameFirst - 1];
  if (!head || nameFirst - 1 < sentenceFirst || head.kind !== 'word' || !ROLE_HEADS.has(head.norm)) return null;
  let k = nameFirst - 1;
  while (k - 1 >= sentenceFirst && nameFirst - k < 5 && (isRoleModifier(doc.tokens[k - 1]!) || isInnerParticle(doc.tokens, k - 1, sentenceFirst))) k--;
  if (isParticle(doc.tokens[k]!)) k++; // the run stopped before the particle's first word
  return [k, nameFirst];
}

/** "Vila Nova de Arcos mayor": a particle between two capitalised words of a place or body named in the role. */
function isInnerParticle(tokens: readonly Token[], i: number, sentenceFirst: number): boolean {
  return i - 1 >= sentenceFirst && isParticle(tokens[i]!) && isCapitalised(tokens[i - 1]!) && isCapitalised(tokens[i + 1]!);
}

/** "Chilean President Ana Ruiz": a demonym or acronym just before an in-run title joins the role. */
export function extendRoleLeft(doc: ParsedSource, first: number, sentenceFirst: number): number {
  let k = first;
  while (k - 1 >= sentenceFirst && first - k < 3 && isRoleModifier(doc.tokens[k - 1]!) && doc.tokens[k - 1]!.kind === 'word' && !/^\p{Ll}/u.test(doc.tokens[k - 1]!.text)) k--;
  return k;
}

/**
 * Prepositions the word lists miss: "backs up Ray Dunn behind quarterback Leo Varga" gives Varga no role
 * "Ray Dunn behind quarterback".
 */
const PREPOSITIONS: ReadonlySet<string> = new Set(['behind', 'ahead', 'beside', 'besides', 'alongside', 'under', 'against', 'above', 'below',
  'beneath', 'beyond', 'past', 'opposite', 'versus', 'vs', 'vs.', 'unlike', 'like', 'than', 'over', 'after', 'before', 'with', 'without']);

function isRoleModifier(t: Token): boolean {
  if (t.kind !== 'word' || PREPOSITIONS.has(t.norm)) return false;
  if (PERSON_TITLES.has(t.norm) || isAcronym(t)) return true;
  if (hasTag(t.norm, 'Demonym')) return true;
  if (hasTag(t.norm, 'Verb', 'PastTense', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Copula', 'Possessive', 'Date', 'WeekDay', 'Month')) return false;
  if (/['’]s$/u.test(t.text)) return false;
  return isCapitalised(t) || /^\p{Ll}+$/u.test(t.text);
}

const APPOSITION_BREAKS = new Set(['and', 'or', 'but', 'nor', 'then']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * An apposition after the name: "Pieter Bakker, the union's chairman, said" → "the union's chairman".
 * The phrase must hold a title word and close with a comma within eight words.
 */
export function roleAfter(doc: ParsedSource, nameEnd: number, sentenceEnd: number): Range {
  if (doc.tokens[nameEnd]?.text !== ',') return null;
  let hasTitle = false;
  for (let k = nameEnd + 1; k < Math.min(sentenceEnd, nameEnd + 12); k++) {
    const t = doc.tokens[k]!;
    // "… said Dr. Amara Nwosu, the commission’s chairwoman." — the sentence's end closes it too.
    const last = k === sentenceEnd - 1 && /^[.!?]$/.test(t.text);
    if (t.text === ',' || last) return hasTitle && k > nameEnd + 1 ? [nameEnd + 1, k] : null;
    if (t.kind !== 'word' && t.text !== '’' && t.text !== "'" && t.text !== '-') return null;
    // Not an apposition: a list goes on ("Ruiz, and President Ana Berg"), or a clause starts
    // ("Berg, a former prosecutor who joined…"), or another titled name follows ("President Ana Berg").
    if (k === nameEnd + 1 && APPOSITION_BREAKS.has(t.norm)) return null;
    if (RELATIVES.has(t.norm)) return null;
    if (hasTitle && ROLE_HEADS.has(doc.tokens[k - 1]!.norm) && /^\p{Lu}/u.test(t.text) && !ROLE_HEADS.has(t.norm)) return null;
    if (ROLE_HEADS.has(t.norm)) hasTitle = true;
    else if (hasTag(t.norm, 'Verb', 'PastTense', 'PresentTense', 'Pronoun') && !hasTag(t.norm, 'Noun', 'Singular')) return null;
  }
  return null;
}

/** Words that lead into an apposition without being part of the role: "according to its chairman, …". */
const LEAD_INS = new Set(['according', 'to', 'its', 'his', 'her', 'their', 'our', 'said', 'says', 'and', 'but', 'by']);

/**
 * An apposition before the name: "The union's chief negotiator, Pieter Bakker, said" → "The union's chief negotiator".
 * From the sentence start (or a comma) to the comma before the name; must hold a title word.
 */
export function roleAppositiveBefore(doc: ParsedSource, nameFirst: number, sentenceFirst: number): Range {
  if (doc.tokens[nameFirst - 1]?.text !== ',') return null;
  const end = nameFirst - 1;
  let k = end - 1;
  let hasTitle = false;
  while (k >= sentenceFirst && end - k <= 9) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'word' && t.text !== '’' && t.text !== "'") break;
    if (ROLE_HEADS.has(t.norm)) hasTitle = true;
    if (hasTag(t.norm, 'Verb', 'PastTense', 'PresentTense') && !ROLE_HEADS.has(t.norm)) return null;
    k--;
  }
  if (!hasTitle) return null;
  let first = k + 1;
  // The phrase must start the sentence or follow a comma: "the king’s envoy, Ivan Sorokin," not "talks with envoy, Ivan".
  if (first !== sentenceFirst && doc.tokens[first - 1]?.text !== ',') return null;
  // "according to its Lagos chairman, Kunle Ade" → "Lagos chairman".
  while (first < end && (LEAD_INS.has(doc.tokens[first]!.norm) || hasTag(doc.tokens[first]!.norm, 'Preposition', 'Verb', 'Possessive', 'Pronoun', 'Conjunction')) && !ROLE_HEADS.has(doc.tokens[first]!.norm)) first++;
  return first < end ? [first, end] : null;
}
