import { hasTag } from '../../nlp/lexicon.js';
import type { ParsedSource } from '../../nlp/types.js';
import { ROLE_HEADS } from '../../lexicon/people.js';
import { isSpeechVerb } from '../../lexicon/speech.js';
import type { Candidate } from './candidates.js';
import type { NameMention } from './classify.js';
import { isFunctionWord, isPossessive, looksLikeDemonym, stripPossessive } from './words.js';

/*
 * Words whose ordinary sense hides a name, or a name that is part of a body's: a modal or month used
 * as a given name ("Will Parrin"), an adjective used as a surname ("White said"), a person's or an
 * office's name before "administration" or "'s office". Used by classify.ts.
 */

/**
 * "a goal by Will Parrin", "said Jan Berg": a modal or month that is also a given name, capitalised inside
 * a sentence and followed by a capitalised word of the name, is the given name. At a sentence's start
 * "Will" is the modal only in a question ("Will Ruiz stay?"); "Will Parrin scored twice." names him. A
 * month there keeps its month ("June Festival opens").
 */
export function givenNameWord(doc: ParsedSource, c: Candidate, k: number): boolean {
  const t = doc.tokens[k]!;
  if (!GIVEN_NAME_WORDS.has(t.norm) || k + 1 >= c.end) return false;
  if (c.initial && k === c.first && (t.norm !== 'will' || asks(doc, c.sentence))) return false;
  const next = doc.tokens[k + 1]!;
  return next.start === t.end + 1 && /^\p{Lu}\p{Ll}/u.test(next.text) && !isFunctionWord(next);
}

/** A sentence that ends with a question mark. */
function asks(doc: ParsedSource, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  for (let i = s.endToken - 1; i >= s.firstToken; i--) {
    const text = doc.tokens[i]!.text;
    if (text === '?') return true;
    if (/[\p{L}\p{N}]/u.test(text)) return false;
  }
  return false;
}

const GIVEN_NAME_WORDS = new Set(['will', 'may', 'june', 'april', 'jan', 'august', 'mark', 'bill', 'sue', 'pat', 'rob', 'art']);

/**
 * A body named after a person or an office, with its lower-case noun: "the Ruiz administration" is
 * no person Ruiz, "the District Attorney's office" no attorney (rules: org-administration, title-office).
 */
export function orgBody(doc: ParsedSource, first: number, end: number, sentenceEnd: number): string | null {
  const next = doc.tokens[end];
  if (end >= sentenceEnd || !next || next.kind !== 'word' || next.text !== next.norm) return null;
  if (next.norm === 'administration' && !isPossessive(doc.tokens[end - 1]!)) return 'org-administration';
  const last = doc.tokens[end - 1]!;
  if (next.norm === 'office' && isPossessive(last) && ROLE_HEADS.has(stripPossessive(last.norm))) return 'title-office';
  return null;
}

/**
 * A lone capitalised word that is also an adjective ("White", "Brown", "Young") is a surname when it
 * speaks ("White said") and may be one elsewhere ("Brown was hurt", "Brown's injury"): there it only
 * links to a person the article names in full ("Ana Brown"), and founds nothing. Demonyms ("the
 * Ukrainian emerged") and a word before a lower-case noun ("Young people") are left out.
 */
export function softName(doc: ParsedSource, c: Candidate, at: number): NameMention | null {
  const t = doc.tokens[at]!;
  const next = doc.tokens[at + 1];
  if (!/^\p{Lu}\p{Ll}+(?:['’]s?)?$/u.test(t.text) || hasTag(stripPossessive(t.norm), 'Demonym') || looksLikeDemonym(stripPossessive(t.norm))) return null;
  const sentence = doc.sentences[c.sentence]!;
  const inside = next !== undefined && at + 1 < sentence.endToken;
  if (inside && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && hasTag(next.norm, 'Noun') && !hasTag(next.norm, 'Verb', 'Copula', 'Modal', 'Auxiliary')) return null;
  // ("Having told everyone, he left": a gerund is the clause's verb, never a surname.)
  const speaks = inside && !isPossessive(t) && !hasTag(t.norm, 'Gerund') && (isSpeechVerb(next.norm) || (/^(?:has|had|is|was|will|would)$/.test(next.norm) && isSpeechVerb(doc.tokens[at + 2]?.norm ?? '')));
  const weak = c.heading || c.inQuote;
  return speaks ? { first: at, end: at + 1, sentence: c.sentence, kind: 'person', roles: [], rule: 'speaker-subject', weak } : { first: at, end: at + 1, sentence: c.sentence, kind: null, roles: [], rule: 'soft-name', weak: true };
}
