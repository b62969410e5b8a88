import { COMMON_WORD_TAGS, genderOfFirstName, hasTag, PLACE_TAGS, ORG_TAGS } from '../../nlp/lexicon.js';
import type { ParsedSource } from '../../nlp/types.js';
import type { Candidate } from './candidates.js';
import type { NameMention } from './classify.js';
import { facilityShortKey, placeBaseKey } from './facilities.js';
import { FACILITY_HEADS, FACILITY_KINDS } from '../../lexicon/places.js';
import { NOUN_GENDER } from '../../lexicon/described-people.js';
import { firstWord } from './context.js';
import { isFunctionWord, isNameSuffix, isPossessive, spanKey, stripPossessive } from './words.js';

/**
 * Headings capitalise every word, so each word of a heading is a weak mention that may only link to a
 * name the prose gives. Two shapes say more, and are kept whole:
 *   - a known first name and one or two words that are no ordinary English word:
 *     "Mara Dellwyn Enters Clinic" names Mara Dellwyn (rule: heading-name), found even when the
 *     prose calls her only "Mara";
 *   - words that together spell a name the prose gives: "Arrives At Harbor Ford" is the Harbor Ford
 *     Center of the prose, not a Harbor and a Ford (rule: heading-known, see joinHeadingRuns).
 */
export function headingMentions(doc: ParsedSource, c: Candidate): NameMention[] {
  const out: NameMention[] = [];
  let suffixed = false; // "… Vanteaux Jr": only then is a heading name without a known first name looked for
  for (let k = c.first; k < c.end && !suffixed; k++) suffixed = isNameSuffix(doc.tokens[k]!);
  let k = c.first;
  while (k < c.end) {
    const t = doc.tokens[k]!;
    if (isFunctionWord(t) || isNameSuffix(t)) {
      k++;
      continue;
    }
    const facility = facilityEnd(doc, k, c);
    if (facility > k) {
      out.push({ first: k, end: facility, sentence: c.sentence, kind: 'place', roles: [], rule: 'heading-facility', weak: false });
      k = facility;
      continue;
    }
    const end = personEnd(doc, k, c.end, suffixed);
    if (end > k) {
      out.push({ first: k, end, sentence: c.sentence, kind: 'person', roles: [], rule: 'heading-name', weak: false });
      k = end;
      continue;
    }
    out.push({ first: k, end: k + 1, sentence: c.sentence, kind: null, roles: [], rule: 'heading', weak: true });
    k++;
  }
  return out;
}

/**
 * The end of "Harbor Ford Clinic" in "Moves To Harbor Ford Clinic", or "Dorn Refugee Camp" opening a
 * heading: at the heading's start or after a preposition, up to four words closed by the noun of a
 * facility, one of them at least no such noun ("Rehab Facility" alone names none).
 */
function facilityEnd(doc: ParsedSource, k: number, c: Candidate): number {
  const before = doc.tokens[k - 1];
  if (k !== c.first && !(before && HEADING_PREPOSITIONS.has(before.norm))) return k;
  let named = false;
  for (let j = k; j < c.end && j - k < 4; j++) {
    const t = doc.tokens[j]!;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || (j > k && isFunctionWord(t))) return k;
    const norm = stripPossessive(t.norm);
    if (named && j > k && HEADING_FACILITIES.has(norm)) return j + 1;
    // "Convict Flees Jail": a verb ends the name before any facility.
    if (hasTag(norm, 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Verb')) return k;
    if (!HEADING_FACILITIES.has(norm) && !FACILITY_KIND_WORDS.has(norm)) named = true;
  }
  return k;
}

const HEADING_PREPOSITIONS: ReadonlySet<string> = new Set(['into', 'at', 'in', 'to', 'from', 'on', 'near', 'outside', 'leaves', 'enters', 'exits']);
const HEADING_FACILITIES: ReadonlySet<string> = new Set([...FACILITY_HEADS, 'camp', 'facility', 'park', 'neighborhood', 'neighbourhood', 'school', 'church']);
/** Words of a facility's kind, and "National" of a national park. */
const FACILITY_KIND_WORDS: ReadonlySet<string> = new Set([...FACILITY_KINDS, 'national']);

/** The end of "Mara Dellwyn" at k: a first name, then one or two plain capitalised words no lexicon knows otherwise. */
function personEnd(doc: ParsedSource, k: number, end: number, suffixed: boolean): number {
  const first = doc.tokens[k]!;
  const norm = stripPossessive(first.norm);
  // "Orwin Delt Vanteaux Jr Flees Court": plain words closed by a generational suffix are a person's name.
  let s = k;
  while (suffixed && s < end && s - k < 3 && isPlainName(doc, s)) s++;
  if (s - k >= 2 && s < end && isNameSuffix(doc.tokens[s]!)) return s + 1;
  if (!/^\p{Lu}\p{Ll}+$/u.test(first.text) || !hasTag(norm, 'FirstName', 'MaleName', 'FemaleName') || hasTag(norm, ...COMMON_WORD_TAGS, ...PLACE_TAGS, ...ORG_TAGS)) return k;
  let j = k + 1;
  while (j < end && j - k <= 2 && isPlainName(doc, j)) j++;
  // "Morgan Stanley Cuts Jobs": a whole the lexicon knows as a company or place is none of this.
  const phrase = doc.tokens.slice(k, j).map((t) => stripPossessive(t.norm)).join(' ');
  return j > k + 1 && !hasTag(phrase, ...ORG_TAGS, ...PLACE_TAGS) ? j : k;
}

function isPlainName(doc: ParsedSource, j: number): boolean {
  const t = doc.tokens[j]!;
  const norm = stripPossessive(t.norm);
  // "Nora Quist Keeps Her Seat": a verb ends the name.
  return t.kind === 'word' && /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(t.text) && !isFunctionWord(t) && !hasTag(norm, ...COMMON_WORD_TAGS, ...PLACE_TAGS, ...ORG_TAGS, ...VERB_TAGS);
}

const VERB_TAGS = ['PresentTense', 'PastTense'];

/**
 * "Nora Quist Checks Into Clinic" over a story that calls her only "the actress" or "she": a heading that
 * opens with a known given name and a surname, then its verb (or the name's possessive), names the
 * story's subject when the first sentences of the prose tell a person by a pronoun or a noun of the
 * given name's sex. "Nora Quist Cuts Jobs" over "the retailer said" names no one.
 */
function headingSubject(doc: ParsedSource, m: NameMention): boolean {
  if (firstWord(doc, m.sentence) !== m.first) return false;
  const gender = genderOfFirstName(stripPossessive(doc.tokens[m.first]!.norm));
  if (!gender) return false;
  const next = doc.tokens[m.end];
  const verb = next !== undefined && m.end < doc.sentences[m.sentence]!.endToken && headingVerb(next.norm);
  if (!verb && !isPossessive(doc.tokens[m.end - 1]!)) return false;
  let seen = 0;
  for (let s = m.sentence + 1; s < doc.sentences.length && seen < PROSE_SENTENCES; s++) {
    const sentence = doc.sentences[s]!;
    if (doc.paragraphs[sentence.paragraph]!.heading) continue;
    seen++;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) if (SEX_WORDS.get(doc.tokens[i]!.norm) === gender) return true;
  }
  return false;
}

/** How many sentences of prose, after the heading, may tell its subject. */
const PROSE_SENTENCES = 5;

/** "Checks", "Quits", "Named": a heading's verb (a verb in -s the lexicon may take for a plural noun). */
function headingVerb(norm: string): boolean {
  return hasTag(norm, ...VERB_TAGS, 'Copula', 'Modal') || (norm.endsWith('s') && hasTag(norm, 'Plural') && hasTag(norm.slice(0, -1), 'Singular', 'Infinitive'));
}

/** Pronouns and nouns that tell a person's sex. */
const SEX_WORDS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...['he', 'him', 'his', 'himself', 'actor'].map((w) => [w, 'male'] as [string, 'male']),
  ...['she', 'her', 'hers', 'herself', 'actress'].map((w) => [w, 'female'] as [string, 'female']),
  ...NOUN_GENDER,
]);

/**
 * Runs of one-word heading mentions that together spell a name the prose gives (or its short form:
 * "Harbor Ford" for "the Harbor Ford Center", "Meru" for "Meru province") become one mention; a
 * heading name stays only when the prose uses it or one of its words as a name.
 */
export function joinHeadingRuns(doc: ParsedSource, mentions: readonly NameMention[]): NameMention[] {
  if (!mentions.some((m) => m.rule === 'heading' || m.rule === 'heading-name')) return [...mentions];
  const keyOf = (first: number, end: number) => spanKey(doc, first, end);
  const known = new Set<string>();
  const words = new Set<string>();
  for (const m of mentions) if (!m.weak && m.rule !== 'heading-name') words.add(keyOf(m.first, m.end));
  for (const m of mentions) {
    if (m.weak || m.end - m.first < 2 || m.rule === 'heading-name') continue;
    const key = keyOf(m.first, m.end);
    known.add(key);
    const short = facilityShortKey(key) ?? placeBaseKey(key);
    if (short && short.includes(' ')) known.add(short);
  }
  const out: NameMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // "Morgan Stanley Cuts Jobs … The bank said": a heading name the prose never uses, by either word, stays weak.
    if (m.rule === 'heading-name') {
      // "Nora Quist Retains Her Seat … Nora Quist won": the prose gives the first two words as the name.
      let used = words.has(keyOf(m.first, m.end)) || words.has(keyOf(m.first, m.first + 2));
      for (let k = m.first; k < m.end && !used; k++) used = !isNameSuffix(doc.tokens[k]!) && words.has(keyOf(k, k + 1));
      // "Mara Dellwyn Goes To Clinic": a third word the prose never uses is the heading's verb, not a name.
      let end = m.end;
      while (end - m.first > 2 && !isNameSuffix(doc.tokens[end - 1]!) && !words.has(keyOf(end - 1, end))) end--;
      out.push(used ? { ...m, end } : headingSubject(doc, m) ? { ...m, rule: 'heading-subject' } : { ...m, kind: null, weak: true });
      continue;
    }
    if (m.rule !== 'heading') {
      out.push(m);
      continue;
    }
    // The longest run of adjacent heading words, from this one, that spells a known name.
    let best = i;
    for (let j = i + 1; j < mentions.length && mentions[j]!.rule === 'heading' && mentions[j]!.first === mentions[j - 1]!.end && j - i < 5; j++) {
      if (known.has(keyOf(m.first, mentions[j]!.end))) best = j;
    }
    out.push(best > i ? { ...m, end: mentions[best]!.end, rule: 'heading-known' } : m);
    i = best;
  }
  return out;
}
