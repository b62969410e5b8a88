import { ROLE_HEADS } from '../../lexicon/people.js';
import { hasAnyTag, hasTag, PERSON_TAGS, PLACE_TAGS, wordTags } from '../../nlp/lexicon.js';
import { DESCRIBED_PERSON_NOUNS, SUBJECT_NOUNS } from '../../lexicon/described-people.js';
import type { ParsedSource, Token } from '../../nlp/types.js';
import type { ActorKind } from '../../model/mention.js';
import { OFFICE_PORTFOLIOS, PORTFOLIO_FIELDS, WORK_HEADS } from '../../lexicon/works.js';
import { LAW_HEADS, PLACE_KINDS, PLACE_OF_KINDS, PLACE_PARTS, PLACE_PREPOSITIONS, SAINT_WORDS } from '../../lexicon/places.js';
import { DESCRIPTOR_ADJECTIVES, PERSON_TITLES } from '../../lexicon/people.js';
import { nicknameAt, type Candidate } from './candidates.js';
import { contextKind, firstWord, isLowerIn, lowerWords, modifiesNoun } from './context.js';
import { HOLIDAYS } from '../../lexicon/holidays.js';
import { TIME_UNIT_WORDS, TIME_ZONES } from '../../lexicon/time-words.js';
import { isCommonAcronym } from '../../lexicon/common-acronyms.js';
import { kindOf } from './kinds.js';
import { placeNounEnd } from './facilities.js';
import { teamRule } from './teams.js';
import { headingMentions } from './headings.js';
import { givenNameWord, orgBody, softName } from './name-words.js';
import { extendRoleLeft, roleAfter, roleAppositiveBefore, roleBefore, splitTitle, type Range } from './roles.js';
import { isFunctionWord, isJoiner, isNameSuffix, isPossessive, isSoftWord, looksLikeDemonym, stripPossessive } from './words.js';

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
  // Headings capitalise every word: each word may only link to a name found in the prose (see headings.ts).
  if (c.heading) return headingMentions(doc, c);
  let i = c.first;
  // "Losing Ana Ruiz hurts": a gerund opening the sentence is its verb, not a given name; "Ironically Ruiz
  // scored": nor is an adverb on the whole clause.
  const opener = firstWord(doc, c.sentence);
  if (i === opener && i + 1 < c.end && openingVerbOrAdverb(doc.tokens[i]!)) i++;
  while (i < c.end) {
    const fn = (k: number) => isFunctionWord(doc.tokens[k]!) && !givenNameWord(doc, c, k) && !middleInitial(doc, c, k);
    while (i < c.end && fn(i)) i++;
    let j = i;
    // A possessive closes a name: "Okafor’s Lagos office" is Okafor, then Lagos. Particles stay inside: "Anna de Vries".
    // So does a plural one before a person's name: "the Harriers’ Leo Varga" is the team's player ("Workers’ Party" stays one).
    // …but "Jamie's Market", "the Rosa's Diner on Main Street" are a shop's name, possessive and all.
    while (j < c.end && (!fn(j) || (j > i && isJoiner(doc.tokens[j]!)))) if ((isPossessive(doc.tokens[j++]!) && !shopNounAt(doc, j, c.end)) || pluralPossessiveBeforePerson(doc, j, c.end)) break;
    if (j > i) {
      const m = classifyPart(doc, c, i, j);
      // ("Secretary of Commerce Ana Ruiz": a portfolio after "of" is the title's, no body.)
      if ((m?.rule === 'title-name' || m?.rule === 'title-closing') && m.first > i && heldName(doc.tokens, i, j) !== m.first) out.push(...roleGroups(doc, c, i, m.first));
      if (m) out.push(m);
    }
    i = j;
  }
  return out;
}

/**
 * A word that opens a sentence as its verb or as an adverb on the whole clause, never as a given name:
 * "Losing", "Currently", "Ironically", "Finally". The adverbs are known by their endings ("-ally",
 * "-ently", "-ously"), which spare given names in "-ly" ("Kelly", "Emily", "Holly").
 */
function openingVerbOrAdverb(t: Token): boolean {
  if (hasAnyTag(t.norm, PERSON_TAGS)) return false;
  return hasTag(t.norm, 'Gerund') || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && CLAUSE_ADVERB.test(t.norm));
}

const CLAUSE_ADVERB = /^\p{Ll}{3,}(?:al|ent|ant|ous|ive|ful|less|ate|ar|ish|ed|ing|ab|ib)ly$/u;

/**
 * "Stephen A. Lund", "Ruth I. Berg": a capital letter with its full stop inside a run of names is an initial,
 * though "A" and "I" are also an article and a pronoun (an article or a pronoun takes no full stop).
 */
function middleInitial(doc: ParsedSource, c: Candidate, k: number): boolean {
  const t = doc.tokens[k]!;
  const stop = doc.tokens[k + 1];
  return k > c.first && k + 2 < c.end && /^\p{Lu}$/u.test(t.text) && stop?.text === '.' && stop.start === t.end;
}

/**
 * The team, company or place named inside a title glued to a name: "Colts QB Sam Ruiz" → Colts,
 * "Vexel CEO Ana Ruiz" → Vexel, "Harbour Court Judge Ada Morrow" → Harbour Court. Demonyms and title
 * words are the role's own ("Nigerian Finance Minister").
 */
function roleGroups(doc: ParsedSource, c: Candidate, first: number, end: number): NameMention[] {
  const out: NameMention[] = [];
  let i = first;
  while (i < end) {
    while (i < end && !isGroupWord(doc.tokens, i)) i++;
    let j = i;
    while (j < end && isGroupWord(doc.tokens, j)) j++;
    // "Data Protection Commissioner", "Internal Administration Minister": a portfolio, not a body of its own.
    // ("S Owen Hollis": a lone capital is the position, safety, and names no body.)
    if (j > i && !PORTFOLIO_TITLES.has(doc.tokens[j]?.norm ?? '') && !(j - i === 1 && /^\p{Lu}$/u.test(doc.tokens[i]!.text))) {
      const kind = kindOf(doc.tokens.slice(i, j)) ?? 'organization';
      out.push({ first: i, end: j, sentence: c.sentence, kind: kind === 'person' ? 'organization' : kind, roles: [], rule: 'role-group', weak: c.heading || c.inQuote });
    }
    i = j;
  }
  return out;
}

const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner', 'undersecretary', 'czar', 'tsar', 'spokesman', 'spokeswoman', 'spokesperson']);

/** A word of the group named in a title; an abbreviated title ("Sen." with its period) is the title's own. */
function isGroupWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const norm = stripPossessive(t.norm);
  if (tokens[k + 1]?.text === '.' && ROLE_HEADS.has(`${norm}.`)) return false;
  return t.kind === 'word' && !PERSON_TITLES.has(norm) && !hasTag(norm, 'Demonym') && !looksLikeDemonym(norm) && !/-year-old$/.test(norm) && !isFunctionWord(t);
}

/** "Former", "Embattled": adjectives that describe a person (see DESCRIPTOR_ADJECTIVES), and demonyms. */
function describes(tokens: readonly Token[]): boolean {
  return tokens.every((t) => DESCRIPTOR_ADJECTIVES.has(t.norm) || hasTag(t.norm, 'Demonym') || looksLikeDemonym(t.norm));
}

/** Prepositions that put a name in space, never in a relation to a person: "in", "near", "outside". */
const WHERE = new Set(['in', 'near', 'outside', 'inside', 'throughout', 'across']);

/** A holiday's name, as the date rules know it ("Boxing Day", "Thanksgiving"). */
function isHoliday(name: readonly Token[]): boolean {
  const words = name.map((t) => stripPossessive(t.norm).replace(/[’']/g, "'"));
  return HOLIDAYS.some((h) => h.words.length === words.length && h.words.every((w, k) => w === words[k]));
}

/**
 * The token before k ends a team's or a group's plural name, with or without its possessive mark
 * ("Harriers’", "Harriers"), and a person's name follows it in the run: "the Harriers’ Leo Varga",
 * "Harriers Leo Varga to miss the final".
 */
function pluralPossessiveBeforePerson(doc: ParsedSource, k: number, end: number): boolean {
  const mark = doc.tokens[k - 1]!;
  const marked = mark.kind === 'quote' && /^['’]$/.test(mark.text);
  const word = marked ? doc.tokens[k - 2] : mark;
  if (!word || word.kind !== 'word' || (marked && word.end !== mark.start) || !/\p{Lu}.*s$/u.test(word.text) || k >= end) return false;
  if (!marked && (!hasTag(word.norm, 'Plural') || hasAnyTag(word.norm, PERSON_TAGS))) return false;
  return end - k >= 2 && end - k <= 3 && kindOf(doc.tokens.slice(k, end)) === 'person';
}

function classifyPart(doc: ParsedSource, c: Candidate, first: number, end: number): NameMention | null {
  const sentence = doc.sentences[c.sentence]!;
  const weak = c.heading || c.inQuote;
  // "the Director of Fleet Logistics", "Vice President for Harbour Outreach": a field after a title and
  // "of" or "for" is the title's portfolio, and names no one.
  if (PORTFOLIO_FIELDS.has(stripPossessive(doc.tokens[end - 1]!.norm)) && portfolioAfterTitle(doc.tokens, first)) return null;
  // "Secretary of State Ada Ruiz", "the Minister of the Interior Tom Alder": the office and its portfolio
  // are the role of the name after them; the title before "of" names no one on its own.
  const held = heldName(doc.tokens, first, end);
  if (held > first) return { first: held, end, sentence: c.sentence, kind: 'person', roles: [[doc.tokens[first - 1]!.norm === 'the' ? first - 3 : first - 2, held]], rule: 'title-name', weak };
  if (titleBeforeHeld(doc.tokens, first, end, sentence.endToken)) return null;
  let split = splitTitle(doc.tokens, first, end);
  const roles: Range[] = [];
  if (split > first) roles.push([extendRoleLeft(doc, first, sentence.firstToken), split]);
  else {
    // Leading adjectives belong to the name when it names an organisation or place ("European Union"), or
    // when they are no descriptor and the rest is no person's name ("Applied Vexel Devices").
    while (split < end - 1 && (isSoftWord(doc.tokens[split]!) || DESCRIPTOR_ADJECTIVES.has(doc.tokens[split]!.norm))) split++;
    if (split === end - 1 && isSoftWord(doc.tokens[split]!)) return end - first === 1 ? softName(doc, c, first) : null;
    const whole = split > first ? kindOf(doc.tokens.slice(first, end)) : null;
    if (split > first && whole !== 'person' && whole !== null) split = first;
    else if (split > first && end - split >= 2 && !describes(doc.tokens.slice(first, split)) && kindOf(doc.tokens.slice(split, end)) !== 'person') split = first;
    // "in East Dorvale", "near North Brack": a point of the compass that opens a name after a preposition of
    // place is the first word of the place's name, not an adjective before it.
    else if (split === first + 1 && COMPASS_WORDS.has(doc.tokens[first]!.norm) && PLACE_PREPOSITIONS.has(doc.tokens[first - 1]?.norm ?? '')) split = first;
  }
  const before = roles.length ? null : (roleBefore(doc, split, sentence.firstToken) ?? roleAppositiveBefore(doc, split, sentence.firstToken));
  if (before) roles.push(before);
  // "… in Yaba, the commission’s chairwoman, said": an apposition after a place is not its role.
  const afterPlace = PLACE_PREPOSITIONS.has(doc.tokens[first - 1]?.norm ?? '');
  const after = afterPlace ? null : roleAfter(doc, end, sentence.endToken);
  if (after) roles.push(after);
  const name = doc.tokens.slice(split, end);
  // "the Investor Relations tab", "Fleet Logistics": a field after a word read as a title is no one's name.
  if (split > first && name.length === 1 && PORTFOLIO_FIELDS.has(stripPossessive(name[0]!.norm))) return null;
  // "Jr" on its own (a run cut at a comma: "Ray Dunmore, Jr.") names no one.
  if (name.length === 0 || (name.length === 1 && isNameSuffix(name[0]!))) return null;
  // "07:37 GMT", "Week 3": a time zone or a word of time on its own, and a holiday ("Boxing Day"), are no actors.
  if (name.length === 1 && (TIME_ZONES.has(name[0]!.norm) || TIME_UNIT_WORDS.has(stripPossessive(name[0]!.norm)))) return null;
  // "the new CPUs", "EBITDA rose", "a DWI arrest": an abbreviation of a thing is no actor; "Vexel CPUs" is Vexel's.
  if (isCommonAcronym(name[name.length - 1]!.text)) return name.length === 1 ? null : classifyPart(doc, c, first, end - 1);
  if (isHoliday(name)) return null;
  // "St. Aldric's Day", "Valentine's Day": a name with its possessive before a capitalised "Day" or "Eve"
  // names a feast, no saint, person or place.
  if (feastName(doc, name, end)) return null;
  // "Route 61", "Interstate 412", "Highway 1A": a road named by its number.
  if (ROAD_WORDS.has(doc.tokens[end - 1]!.norm) && /^\d{1,4}[A-Z]?$/.test(doc.tokens[end]?.text ?? '') && !doc.tokens[end]!.glued) {
    return { first: split, end: end + 1, sentence: c.sentence, kind: 'place', roles: [], rule: 'place-road', weak };
  }
  // "is without another RB until spring", "the CEO said": a title in capitals on its own names no one.
  if (name.length === 1 && /^\p{Lu}{2,4}$/u.test(name[0]!.text) && PERSON_TITLES.has(name[0]!.norm)) return null;
  // "the Vice President said", "its General Manager": titles alone, with no name, name no one.
  const titleWord = (t: Token) => PERSON_TITLES.has(stripPossessive(t.norm)) || ROLE_HEADS.has(stripPossessive(t.norm)) || TITLE_MODIFIERS.has(t.norm);
  // ("Mr. Bishop": after an honorific a title word is a surname.)
  const honorific = doc.tokens.slice(first, split).some((t) => HONORIFICS.has(t.norm.replace(/\.$/, '')));
  if ((name.length >= 2 || split > first) && !honorific && name.every(titleWord) && !TITLE_MODIFIERS.has(name[name.length - 1]!.norm)) return null;
  // "the General Data Protection Regulation": a law or treaty, not an actor ("General" is no title here).
  if (LAW_HEADS.has(stripPossessive(doc.tokens[end - 1]!.norm)) && end - first >= 2) return null;
  // "the Velmoran Rowing Handbook", "the Harlow Trophy", "Aggravated Arson": a work, a contest, an
  // honour, a charge or a piece of software, whatever the capitals say, is no actor.
  if (WORK_HEADS.has(stripPossessive(doc.tokens[end - 1]!.norm)) && end - first >= 2 && /^\p{Lu}/u.test(doc.tokens[end - 1]!.text)) return null;
  // "Tom 'Tiny' Alder", "Tom (Tiny) Alder": a nickname between a given name and a surname is a person's.
  for (let k = split + 1; k < end - 2; k++) if (nicknameAt(doc.tokens, k, end) === end - k - 1) return { first: split, end, sentence: c.sentence, kind: 'person', roles, rule: 'nickname', weak };
  // "Citizens’ Vote Watch", "Workers' Party": a plural possessive inside a name makes it a group.
  if (name.some((t) => t.kind === 'quote')) return { first: split, end, sentence: c.sentence, kind: 'organization', rule: 'group-name', roles: [], weak };
  // "Jamie's Market": a name, its possessive and the noun of a shop name a business.
  if (end - split >= 2 && isPossessive(doc.tokens[end - 2]!) && shopNounAt(doc, end - 1, end)) return { first: split, end, sentence: c.sentence, kind: 'organization', rule: 'shop-name', roles: [], weak };
  const body = orgBody(doc, first, end, sentence.endToken);
  if (body) return { first, end: end + 1, sentence: c.sentence, kind: 'organization', roles: [], rule: body, weak };
  // What the text calls a town is a place, whatever its words: "near the town of X", "the X district".
  // "Aldermoor beat Kestrel 71-64": a town or school named in a result is a team.
  const team = roles.length ? null : teamRule(doc, split, end);
  if (team) return { first: split, end, sentence: c.sentence, kind: 'organization', roles: [], rule: team, weak };
  // "Velmora province", "the Dorn refugee camp": a place with the noun that says what kind of place.
  const nounEnd = roles.length ? end : placeNounEnd(doc, split, end, sentence.endToken);
  // "the streets of East Dorn": a leading adjective set apart above belongs to a place's name.
  const whole = split > first && roles.length === 0 ? calledPlace(doc, first, end, sentence.firstToken) : null;
  const at = whole ? first : split;
  const called = whole ?? calledPlace(doc, split, end, sentence.firstToken);
  // "the province of Velmora": the noun and "of" go with the name, as "Velmora province" keeps its noun.
  if (called) return { first: called === 'place-of' ? at - 2 : at, end: nounEnd, sentence: c.sentence, kind: 'place', roles: [], rule: called, weak };
  if (nounEnd > end) return { first: split, end: nounEnd, sentence: c.sentence, kind: 'place', roles: [], rule: 'place-noun', weak };
  // "outside a Kestrel Foods store": a name before the noun of a shop or works is the business that runs it.
  if (roles.length === 0 && isLowerIn(doc.tokens[end], BUSINESS_PREMISES) && !hasTag(name.map((t) => stripPossessive(t.norm)).join(' '), ...PLACE_TAGS)) {
    return { first: split, end, sentence: c.sentence, kind: 'organization', roles: [], rule: 'org-premises', weak };
  }
  // "the reigning Velmora Player of the Year": a title closed by an honour's period names who holds it.
  const honour = roles.length === 0 ? honourEnd(doc, split, end, sentence.endToken) : end;
  if (honour > end) return { first: split, end: honour, sentence: c.sentence, kind: 'person', roles: [], rule: 'title-honour', weak };
  // "the Velmora Trade Minister said", "former Leeds Harriers Coach": a run closed by a title, with no name
  // after it, names who holds the title; the body named before the title is its own (see roleGroups).
  const closing = roles.length === 0 && split === first ? titleClosing(doc, first, end) : end;
  if (closing < end) return { first: closing, end, sentence: c.sentence, kind: 'person', roles: [], rule: 'title-closing', weak };
  const kind = kindOf(name, doc.tokens[first - 1], doc.tokens[end]);
  // "an Oscar winner", "the dullest Oscar night": a given name alone between an article and a lower-case
  // noun modifies the noun (an award, a feast, a brand), and names no one.
  if (kind === 'person' && roles.length === 0 && name.length === 1 && givenNameModifier(doc, split, end, sentence.firstToken, sentence.endToken)) return null;
  if (kind === null && roles.length === 0 && describedName(name)) return { first: split, end, sentence: c.sentence, kind: 'person', roles: [], rule: 'described-name', weak };
  // "Mayor Leo Park", "receiver Ray Dune": after a title, a head word that names places elsewhere is a surname.
  const titled = (split > first || before !== null) && kind === 'place' && name.length >= 2 && !hasTag(name.map((t) => stripPossessive(t.norm)).join(' '), ...PLACE_TAGS);
  // “We met Tom Alder, the mayor, …”: a given name and surname with a title names that person inside a quote
  // too, as it does without one (see `known` below).
  if (kind === 'person' || kind === null || titled) {
    if (roles.length) return { first: split, end, sentence: c.sentence, kind: 'person', roles, rule: 'title-name', weak: weak && !(kind === 'person' && c.inQuote && !c.heading && name.length >= 2) };
  }
  // "killed in Porto Vell": "in" before a name no one gave a title is where, not who ("in Ada Ruiz's case" is who).
  if (kind === 'person' && split === first && WHERE.has(doc.tokens[first - 1]?.text ?? '') && !isPossessive(doc.tokens[end - 1]!) && !hasTag(stripPossessive(doc.tokens[end - 1]!.norm), 'LastName')) {
    return { first: split, end, sentence: c.sentence, kind: 'place', roles: [], rule: 'place-preposition', weak };
  }
  // “She has checked into the Harbor Ford Center,” said … : a name of two or more words whose own words say
  // what it is names that actor inside a quote too (a lone capitalised word there stays weak: "Mommy").
  const known = c.inQuote && !c.heading && name.length >= 2;
  if (kind) return { first: split, end, sentence: c.sentence, kind, roles: kind === 'person' ? roles : [], rule: `lexicon-${kind}`, weak: weak && !known };
  const context = contextKind(doc, c.sentence, split, end);
  // "Civil Protection commander Ana Lee": an employer keeps its leading adjective.
  if (context) return { first: context.rule === 'org-role' && roles.length === 0 ? first : split, end, sentence: c.sentence, kind: context.kind, roles: [], rule: context.rule, weak };
  return { first: split, end, sentence: c.sentence, kind: null, roles: [], rule: 'capitalised', weak };
}

/**
 * "Valentine's Day", "St. Aldric's Day", "Saint Aldric's Eve": one word with its possessive, or a saint's
 * name, before a capitalised "Day" or "Eve" that ends the run names a feast ("Ada Ruiz's Day" keeps her).
 */
function feastName(doc: ParsedSource, name: readonly Token[], end: number): boolean {
  const day = doc.tokens[end];
  if (!day || !/^(?:Day|Eve)$/.test(day.text) || !isPossessive(name[name.length - 1]!) || /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '')) return false;
  const words = name.filter((t) => t.kind === 'word');
  return words.length === 1 || (words.length === 2 && SAINT_WORDS.has(words[0]!.norm));
}

/**
 * A lone given name at k, with "a", "an", "the" or "every" before it (adjectives between) and a lower-case
 * noun after it: "an Oscar winner", "the dullest Oscar night". ("his son Oscar said", "the Oscar I knew":
 * a verb or a pronoun after it leaves the name.)
 */
function givenNameModifier(doc: ParsedSource, k: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  const t = doc.tokens[k]!;
  const next = doc.tokens[end];
  if (end >= sentenceEnd || !next || !modifiesNoun(next) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !hasTag(t.norm, 'FirstName', 'MaleName', 'FemaleName') || hasTag(t.norm, 'LastName')) return false;
  for (let b = k - 1; b >= sentenceFirst && k - b <= 6; b--) {
    const w = doc.tokens[b]!;
    if (MODIFIED_DETERMINERS.has(w.text)) return true;
    // ("a long and rather dreary Oscar evening": adverbs, "and", and words the lists do not know go too.)
    if (w.kind !== 'word' || w.text !== w.norm || (wordTags(w.norm).length > 0 && !hasAnyTag(w.norm, DESCRIBING_TAGS))) return false;
  }
  return false;
}

const DESCRIBING_TAGS = ['Adjective', 'Superlative', 'Comparative', 'Adverb', 'Conjunction'];
const MODIFIED_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'every', 'each', 'another']);

/**
 * "Secretary of State Ada Ruiz", "Secretary of the Interior Tom Alder": where the name starts in the run
 * [first, end) that follows a title and "of" (or "of the"), after one or two words of a government
 * portfolio; `first` when the run is no such portfolio and name.
 */
function heldName(tokens: readonly Token[], first: number, end: number): number {
  const at = tokens[first - 1]?.norm === 'the' ? first - 1 : first;
  const title = tokens[at - 2];
  if (tokens[at - 1]?.text !== 'of' || !title || title.kind !== 'word' || !isTitle(title)) return first;
  let k = first;
  while (k < end && k - first < 2 && OFFICE_PORTFOLIOS.has(tokens[k]!.norm)) k++;
  if (k === first || end - k < 2 || end - k > 3) return first;
  return tokens.slice(k, end).every((t) => t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !OFFICE_PORTFOLIOS.has(t.norm)) ? k : first;
}

/** The run [first, end) ends in a title whose portfolio and holder follow "of" ("U.S. Secretary" of State Ada Ruiz). */
function titleBeforeHeld(tokens: readonly Token[], first: number, end: number, sentenceEnd: number): boolean {
  if (!isTitle(tokens[end - 1]!) || tokens[end]?.text !== 'of') return false;
  let a = end + 1;
  if (tokens[a]?.norm === 'the') a++;
  let b = a;
  while (b < sentenceEnd && tokens[b]!.kind === 'word' && /^\p{Lu}/u.test(tokens[b]!.text)) b++;
  return heldName(tokens, a, b) > a;
}

const isTitle = (t: Token) => PERSON_TITLES.has(stripPossessive(t.norm)) || ROLE_HEADS.has(stripPossessive(t.norm));


/** The run at `first` follows a title and "of" or "for": "Director of …", "vice president for …". */
function portfolioAfterTitle(tokens: readonly Token[], first: number): boolean {
  const prep = tokens[first - 1];
  const title = tokens[first - 2];
  if (!prep || !title || (prep.text !== 'of' && prep.text !== 'for') || title.kind !== 'word') return false;
  const norm = stripPossessive(title.norm);
  return PERSON_TITLES.has(norm) || ROLE_HEADS.has(norm);
}

/**
 * Capitalised nouns that, after a possessive, end a shop's or a venue's name ("Jamie's Market", "Rosa's
 * Diner", "Kell's Club"): the run [k, end) is one such noun.
 */
function shopNounAt(doc: ParsedSource, k: number, end: number): boolean {
  const t = doc.tokens[k];
  return k === end - 1 && t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && SHOP_NOUNS.has(t.norm);
}

const SHOP_NOUNS: ReadonlySet<string> = new Set(['club', 'market', 'supermarket', 'store', 'stores', 'shop', 'diner', 'kitchen', 'bar', 'pub', 'grill', 'cafe', 'café',
  'bakery', 'deli', 'pizza', 'pizzeria', 'restaurant', 'tavern', 'garage', 'hardware', 'pharmacy', 'salon', 'motors', 'furniture', 'boutique']);

/** Two or three words that read as a given name and a surname, and as no place. */
function personsName(name: readonly Token[]): boolean {
  return name.length >= 2 && name.length <= 3 && kindOf(name) === 'person' && !hasAnyTag(name.map((t) => stripPossessive(t.norm)).join(' '), PLACE_TAGS);
}

/** Points of the compass that open a place's name: "East Dorvale", "North Brack". */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** Words of address before a surname: "Mr. Bishop". */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mx', 'sir', 'dame', 'lord', 'lady']);

/** Words that rank a title: "Vice President", "Senior Vice President", "Chief Executive". */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['vice', 'deputy', 'chief', 'senior', 'general', 'executive', 'assistant', 'associate', 'acting', 'interim', 'former', 'first', 'lady']);

/**
 * "the Leeds Mother of 7 Ana Ruiz", "Leeds Mother's Trial Opens": a known place (or a people's
 * adjective) and a noun that tells who someone is, capitalised, describe a person; no organisation.
 */
function describedName(name: readonly Token[]): boolean {
  if (name.length < 2) return false;
  const noun = DESCRIBED_PERSON_NOUNS.get(stripPossessive(name[name.length - 1]!.norm));
  if (!noun || noun.plural || !SUBJECT_NOUNS.has(noun.head)) return false;
  // (The word lists miss many ordinary nouns: "Disco Girl" is no place's girl.)
  return name.slice(0, -1).every((t) => /^\p{Lu}/u.test(t.text) && (hasAnyTag(stripPossessive(t.norm), PLACE_TAGS) || hasTag(stripPossessive(t.norm), 'Demonym')));
}

/**
 * Where the title closing the run [first, end) starts: "Trade Minister" in "Velmora Trade Minister", "Coach"
 * in "Leeds Harriers Coach"; `end` when the run is not a name and a title after it ("Attorney General" is
 * all title, "the Marshal Service" a body).
 */
function titleClosing(doc: ParsedSource, first: number, end: number): number {
  const tokens = doc.tokens;
  if (end - first < 2 || !CLOSING_TITLES.has(tokens[end - 1]!.norm)) return end;
  // Only after "the" or a descriptor ("the Velmora Governor said", "former Leeds Harriers Coach"): after a
  // person's name and a comma it is that person's role; before "and" a title goes on to a name
  // ("Vexel CEO and founder Ana Ruiz"), before "of" to what it heads ("the Vexel Coach of the Year award").
  const prev = tokens[first - 1]?.norm ?? '';
  if ((prev !== 'the' && !DESCRIPTOR_ADJECTIVES.has(prev)) || tokens[end]?.norm === 'and' || tokens[end]?.norm === 'of') return end;
  let b = first - 1;
  while (b > 0 && (tokens[b]!.norm === 'the' || DESCRIPTOR_ADJECTIVES.has(tokens[b]!.norm))) b--;
  if (tokens[b]?.text === ',' && b > 0 && /^\p{Lu}/u.test(tokens[b - 1]!.text) && !isFunctionWord(tokens[b - 1]!)) return end; // "Tom Alder, the former Vexel Manager,"

  let k = end - 1;
  while (k > first && PERSON_TITLES.has(tokens[k - 1]!.norm)) k--;
  // "Amos Bishop", "Ana Coach": a given name before it makes the title word a surname.
  if (k === first || tokens[k - 1]!.kind !== 'word' || hasTag(stripPossessive(tokens[first]!.norm), 'FirstName', 'MaleName', 'FemaleName')) return end;
  // "the Velnix Task Manager": an ordinary word before the title (one the word lists know, or the
  // article writes in lower case) makes a thing's name, no body's.
  const lower = lowerWords(doc);
  for (let j = first; j < k; j++) {
    const norm = stripPossessive(tokens[j]!.norm);
    if ((hasAnyTag(norm, ORDINARY_TAGS) && !hasAnyTag(norm, NAME_TAGS)) || lower.has(norm)) return end;
  }
  return kindOf(tokens.slice(first, k)) === 'person' ? end : k;
}

const ORDINARY_TAGS = ['Noun', 'Singular', 'Plural', 'Uncountable', 'Verb', 'Adverb', 'Expression'];
const NAME_TAGS = [...PLACE_TAGS, 'Organization', 'SportsTeam', 'Company', 'Demonym'];

/**
 * Titles that, closing a run, name the one person who holds them: "Leeds Harriers Coach", "Velmora Trade
 * Minister". Offices a body is named after are left out: "the County Attorney", "the State Fire Marshal".
 */
const CLOSING_TITLES: ReadonlySet<string> = new Set(['coach', 'manager', 'captain', 'chairman', 'chairwoman', 'chairperson', 'president',
  'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'boss', 'governor', 'mayor', 'premier', 'chancellor', 'quarterback', 'striker', 'goalkeeper']);

/**
 * The end of "of the Year" after "the Velmora Player", "the reigning Coach": a title, after "the" or a
 * descriptor, closed by "of the" and a capitalised period of play; no honour that modifies a noun
 * after it ("the Coach of the Year award"). `end` when there is none.
 */
function honourEnd(doc: ParsedSource, first: number, end: number, sentenceEnd: number): number {
  const t = (k: number) => doc.tokens[k];
  if (end + 3 > sentenceEnd || t(end)!.text !== 'of' || t(end + 1)!.text !== 'the' || !HONOUR_PERIODS.has(t(end + 2)!.norm) || !/^\p{Lu}/u.test(t(end + 2)!.text)) return end;
  if (!ROLE_HEADS.has(stripPossessive(t(end - 1)!.norm))) return end;
  const prev = t(first - 1)?.norm ?? '';
  if (prev !== 'the' && !DESCRIPTOR_ADJECTIVES.has(prev)) return end;
  const after = t(end + 3);
  return end + 3 < sentenceEnd && after!.kind === 'word' && HONOUR_NOUNS.has(after!.norm) ? end : end + 3;
}

const HONOUR_PERIODS: ReadonlySet<string> = new Set(['year', 'season', 'month', 'week', 'decade', 'game', 'match', 'tournament', 'series', 'century']);
/** Nouns an honour's name modifies: "the Coach of the Year award". */
const HONOUR_NOUNS: ReadonlySet<string> = new Set(['award', 'awards', 'honor', 'honors', 'honour', 'honours', 'trophy', 'prize', 'title', 'race', 'voting', 'vote', 'ballot', 'nomination', 'nominee', 'nominees', 'finalist', 'finalists', 'winner', 'winners', 'candidate', 'candidates']);

/** What the text calls a capital ("the provincial capital Dorn"). */
const CAPITALS: ReadonlySet<string> = new Set(['capital']);
/** Nouns of a shop a business runs ("a Kestrel Foods store"). */
const BUSINESS_PREMISES: ReadonlySet<string> = new Set(['store', 'stores', 'supermarket', 'supermarkets', 'outlet', 'outlets', 'franchise', 'dealership']);
/** Words of a road named by its number ("Route 61"). */
const ROAD_WORDS: ReadonlySet<string> = new Set(['route', 'highway', 'interstate', 'motorway', 'freeway', 'expressway']);

/**
 * What the text itself calls a place: "the town of X", "her village of X" (a lower-case noun for a kind
 * of place, then "of", right before the name), or "the X district" (the name between "the" and such a noun).
 */
function calledPlace(doc: ParsedSource, first: number, end: number, sentenceFirst: number): 'place-of' | 'place-part' | 'place-kind' | null {
  const [noun, of] = [doc.tokens[first - 2], doc.tokens[first - 1]];
  if (first - 2 >= sentenceFirst && of?.text === 'of' && isLowerIn(noun, PLACE_OF_KINDS)) return 'place-of';
  // "the capital of West Vale", "the streets of East Dorn": a part of a place, so the name is a place's.
  // ("the government of Ana Ruiz" is her cabinet: a given name and a surname name a person.)
  if (first - 2 >= sentenceFirst && of?.text === 'of' && isLowerIn(noun, PLACE_PARTS) && !personsName(doc.tokens.slice(first, end))) return 'place-part';
  if (first - 1 >= sentenceFirst && of?.norm === 'the' && isLowerIn(doc.tokens[end], PLACE_KINDS)) return 'place-kind';
  // "the provincial capital Dorn", "the capital, Dorn": what the text calls a capital is a place.
  const capital = of?.text === ',' ? noun : of;
  if (first - 1 >= sentenceFirst && isLowerIn(capital, CAPITALS) && (capital !== noun || doc.tokens[first - 3]?.norm === 'the')) return 'place-kind';
  return null;
}
