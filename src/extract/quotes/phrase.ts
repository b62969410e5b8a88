import { hasTag } from '../../nlp/lexicon.js';
import { ABBREVIATIONS } from '../../nlp/abbreviations.js';
import type { Token } from '../../nlp/types.js';
import { NAME_PARTICLES, PERSON_NOUNS, PERSON_TITLES, ROLE_HEADS } from '../../lexicon/people.js';
import { PLATFORMS, UTTERANCE_NOUNS } from '../../lexicon/media.js';
import { COLLECTIVE_NOUNS } from '../../lexicon/groups.js';
import { isPossessiveToken, type Named, type PronounKind, type QuoteContext } from './context.js';

/**
 * Speaker phrases: the words that name who speaks, read as a run of name, title and role words
 * ("Brun campaign spokesman Ivo Carrick", "Sen. Marla Quint", "Brun’s former strategist").
 * The head is the last person named in the run; without one, the last organisation, then a
 * capitalised name no actor holds, then the description itself.
 */

export const PRONOUNS: ReadonlyMap<string, PronounKind> = new Map<string, PronounKind>([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['we', 'plural'], ['it', 'neuter'], ['i', 'first'],
]);
/** "her statement read", "his spokesman said": the owner of the words. */
export const OWNER_PRONOUNS: ReadonlyMap<string, PronounKind> = new Map<string, PronounKind>([
  ['his', 'male'], ['her', 'female'], ['its', 'neuter'], ['their', 'plural'], ['our', 'plural'], ['my', 'first'],
]);
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'another', 'the', 'many', 'other', 'each', 'both', 'this', 'that', 'these', 'those']);
/** Auxiliaries and adverbs between a speaker and the cue verb: "Roe has also said", "Roe later told". */
export const HAS_AUX = /^(?:has|had|have|was|is|were|are|will|would|also|then|later|again|repeatedly|once|previously|reportedly|earlier|recently|simply|still|just|even|often|never|already|quickly|immediately|publicly|privately|flatly|bluntly|angrily|sharply|only|first|since|now)$/;

/** Tags of words that end a run of name and role words: verbs, prepositions, conjunctions, … */
const CLOSED_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Reflexive', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord', 'Negative', 'Date', 'Month', 'WeekDay', 'Possessive'];
const REFLEXIVES = /^(?:himself|herself|itself|themselves|myself|ourselves|yourself)$/;
/** Words of time that follow a speaker without being part of the name: "Roe last night hit back". */
const TIME_WORDS = /^(?:today|tonight|yesterday|tomorrow|night|morning|afternoon|evening|week|weekend|month|year|last|next|earlier|later|now|then|again|ago)$/;
const VERB_TAGS = ['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Adverb'];
const NOUN_TAGS = ['Noun', 'Singular', 'Plural', 'Uncountable', 'Adjective', 'Actor', 'Person'];

export function isTitleWord(t: Token, next: Token | undefined): boolean {
  return PERSON_TITLES.has(t.norm) || ROLE_HEADS.has(t.norm) || (next?.text === '.' && PERSON_TITLES.has(`${t.norm}.`));
}

const capitalised = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const namey = (ctx: QuoteContext, k: number) => ctx.tokenActor.has(k) || capitalised(ctx.doc.tokens[k]!);

/** Can token k stand inside a speaker phrase? */
export function isRunToken(ctx: QuoteContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || ctx.inQuote[k]) return false;
  if (ctx.tokenActor.has(k)) return true;
  const prev = ctx.doc.tokens[k - 1];
  const next = ctx.doc.tokens[k + 1];
  const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
  if (t.kind !== 'word') {
    // "Sen. Ana Ruiz", "Paul K. Ostrow": the period of an abbreviation or an initial.
    if (t.text === '.') return prev !== undefined && glued(prev, t) && (ABBREVIATIONS.has(prev.norm) || /^\p{Lu}$/u.test(prev.text)) && next !== undefined && capitalised(next);
    // "the Fishers’ Alliance": the mark of a plural possessive.
    if (t.text === '’' || t.text === "'") return prev !== undefined && glued(prev, t) && /s$/u.test(prev.text) && next?.kind === 'word';
    // "Leeds-based", "co-Anchor": a hyphen inside a word.
    return (t.text === '-' || t.text === '‐') && glued(prev, t) && glued(t, next) && next?.kind === 'word';
  }
  if (ctx.speechVerbs.has(t.norm) || HAS_AUX.test(t.norm) || REFLEXIVES.test(t.norm) || TIME_WORDS.test(t.norm)) return false;
  if (isTitleWord(t, next) || PERSON_NOUNS.has(t.norm)) return true;
  // "a club spokesman", "campaign aides": a lower-case word right before a person's noun modifies it.
  if (next && /^\p{Ll}+$/u.test(t.text) && (PERSON_NOUNS.has(next.norm) || ROLE_HEADS.has(next.norm)) && !hasTag(t.norm, ...CLOSED_TAGS) && !/ly$/u.test(t.norm)) return true;
  // "de Vries", "van der Berg": a particle before a capitalised name.
  if (NAME_PARTICLES.has(t.norm) && next !== undefined && (capitalised(next) || NAME_PARTICLES.has(next.norm))) return true;
  if (hasTag(t.norm, ...CLOSED_TAGS)) return false;
  if (capitalised(t)) return true;
  // Adverbs end in -ly; "ally", "family" are nouns.
  if (/^\p{N}/u.test(t.text) || (/ly$/u.test(t.norm) && !hasTag(t.norm, ...NOUN_TAGS))) return false;
  // After a name, a word in -ed or a present verb is the verb: "Roe pressed", "Lund reports".
  if (prev && namey(ctx, k - 1) && (/ed$/u.test(t.norm) || hasTag(t.norm, 'PresentTense', 'PastTense'))) return false;
  return !hasTag(t.norm, ...VERB_TAGS) || hasTag(t.norm, ...NOUN_TAGS);
}

/** The speaker named starting at token i, reading right: "Okafor", "she", "a person familiar with the talks". */
export function speakerAt(ctx: QuoteContext, i: number, limit: number): Named | null {
  const t = ctx.doc.tokens[i];
  if (!t || i >= limit || ctx.inQuote[i]) return null;
  const pronoun = PRONOUNS.get(t.norm);
  if (pronoun && !(t.norm === 'it' && /^(?:is|was|'s)$/.test(ctx.doc.tokens[i + 1]?.norm ?? ''))) return { first: i, end: i + 1, actor: null, pronoun, anonymous: false };
  const owner = OWNER_PRONOUNS.get(t.norm);
  if (owner) return ownedAt(ctx, i, limit, owner);
  if (DETERMINERS.has(t.norm)) return describedAt(ctx, i, limit);
  let end = i;
  while (end < limit && end - i < 10 && isRunToken(ctx, end)) end++;
  const head = headOf(ctx, i, end);
  return head ? { ...head, through: end } : null;
}

/** The speaker phrase whose last token is k, reading left: "… union leader Pieter Bakker" said. */
export function speakerEndingAt(ctx: QuoteContext, k: number, floor: number): Named | null {
  const t = ctx.doc.tokens[k];
  if (!t || k < floor || ctx.inQuote[k]) return null;
  const pronoun = PRONOUNS.get(t.norm);
  if (pronoun) return { first: k, end: k + 1, actor: null, pronoun, anonymous: false };
  let a = k + 1;
  while (a - 1 >= floor && k + 1 - a < 10 && isRunToken(ctx, a - 1)) a--;
  if (a > k) return describedBefore(ctx, k, floor);
  while (a <= k && ctx.doc.tokens[a]!.kind !== 'word') a++; // a run never starts with a period or a hyphen
  const head = headOf(ctx, a, k + 1);
  const before = ctx.doc.tokens[a - 1];
  if (before && a - 1 >= floor && (head === null || head.anonymous)) {
    // "the chairwoman said", "another early supporter said", "her spokesman said".
    const owner = OWNER_PRONOUNS.get(before.norm);
    const described = DETERMINERS.has(before.norm) ? describedAt(ctx, a - 1, k + 1) : owner ? ownedAt(ctx, a - 1, k + 1, owner) : null;
    if (described) return described;
  }
  return head ?? describedBefore(ctx, k, floor);
}

/**
 * The head of the run [a, b): the last person; else an organisation or place ending the run;
 * else the capitalised words ending it; else the run as a description. Platforms name nobody.
 */
export function headOf(ctx: QuoteContext, a: number, b: number): Named | null {
  if (b <= a) return null;
  const tokens = ctx.doc.tokens;
  const last = b - 1;
  let c = last;
  while (c >= a && capitalised(tokens[c]!) && !ctx.tokenActor.has(c) && !isTitleWord(tokens[c]!, tokens[c + 1]) && !isPossessiveToken(ctx, c)) c--;
  // "Brun voter Aldo Pires" with no actor for the last name: a role word puts the name last.
  if (c < last && c >= a && tokens[c]!.kind === 'word' && !capitalised(tokens[c]!)) return unlinkedName(ctx, a, c + 1, b);
  let person = -1;
  for (let k = a; k < b; k++) {
    const local = ctx.tokenActor.get(k);
    if (local !== undefined && ctx.kinds.get(local) === 'person' && ctx.tokenActor.get(k + 1) !== local && !isPossessiveToken(ctx, k) && !titleOnly(ctx, local, k, a)) person = k;
  }
  // "Rovers insiders": a lower-case noun after the name is the head, the name only its modifier.
  const nounAfter = person >= 0 && tokens.slice(person + 1, b).some((t) => t.kind === 'word' && !capitalised(t));
  if (person >= 0 && !nounAfter) {
    // The words that name the speaker are the name itself, not the titles before it.
    const local = ctx.tokenActor.get(person)!;
    let first = person;
    while (first - 1 >= a && ctx.tokenActor.get(first - 1) === local) first--;
    return { first, end: person + 1, actor: local, pronoun: null, anonymous: false, lead: a };
  }
  const local = ctx.tokenActor.get(last);
  if (local !== undefined && !isPossessiveToken(ctx, last)) {
    if (PLATFORMS.has(ctx.names.get(local)!.toLowerCase())) return null;
    let first = last;
    while (first - 1 >= a && ctx.tokenActor.get(first - 1) === local) first--;
    if (titleOnly(ctx, local, last, a)) return null;
    return { first, end: b, actor: local, pronoun: null, anonymous: false, lead: a };
  }
  if (c < last) return unlinkedName(ctx, a, c + 1, b);
  // "Rep. T.J. Oyelaran": a title actor, then a name no actor holds, initials included.
  let d = last;
  while (d >= a && (capitalised(tokens[d]!) || tokens[d]!.text === '.') && !ctx.tokenActor.has(d)) d--;
  if (d < last && d >= a && ctx.tokenActor.has(d) && titleOnly(ctx, ctx.tokenActor.get(d)!, d, a)) {
    while (tokens[d + 1]!.text === '.') d++;
    if (d < last) return unlinkedName(ctx, a, d + 1, b);
  }
  // "Brun’s former campaign strategist", "Brun’s office", "Harbour magazine": a description.
  const head = tokens[last]!;
  if (head.kind !== 'word' || capitalised(head)) return null;
  if (b - a === 1 && !PERSON_NOUNS.has(head.norm) && !ROLE_HEADS.has(head.norm) && !COLLECTIVE_NOUNS.has(head.norm)) return null;
  return { first: a, end: b, actor: null, pronoun: null, anonymous: true };
}

/**
 * "CEO", "Rep", "Secretary": an actor whose words here are only a title names nobody — unless a
 * title stands before it, making it a surname ("Mr. Bishop", "Dr. Marshal").
 */
function titleOnly(ctx: QuoteContext, local: string, k: number, a: number): boolean {
  let first = k;
  while (first - 1 >= a && ctx.tokenActor.get(first - 1) === local) first--;
  const tokens = ctx.doc.tokens;
  let p = first - 1;
  while (p >= a && tokens[p]!.text === '.') p--;
  if (p >= a && isTitleWord(tokens[p]!, tokens[p + 1])) return false;
  return tokens.slice(first, k + 1).every((t, j) => t.kind !== 'word' || isTitleWord(t, tokens[first + j + 1]));
}

/** Capitalised words [c, b) that no actor holds name the speaker themselves: "Merriweather said". */
function unlinkedName(ctx: QuoteContext, a: number, c: number, b: number): Named | null {
  const words = ctx.doc.tokens.slice(c, b);
  // A heading in capitals ("STORM SEASON ENDS") or a platform is nobody.
  if (words.length >= 2 && words.every((w) => w.text === w.text.toUpperCase())) return null;
  if (PLATFORMS.has(words.map((w) => w.norm).join(' '))) return null;
  // "Socialists said", "Harbour Greens said": a group, kept as a description.
  if (words.some((w) => hasTag(w.norm, 'Plural') && !hasTag(w.norm, 'FirstName', 'LastName'))) return { first: a, end: b, actor: null, pronoun: null, anonymous: true };
  return { first: c, end: b, actor: null, pronoun: null, anonymous: false, unlinked: true };
}

/** "her spokesman", "its statement": a role of the owner is a description; the owner's words are the owner's. */
function ownedAt(ctx: QuoteContext, i: number, limit: number, owner: PronounKind): Named | null {
  let end = i + 1;
  while (end < limit && end - i < 6 && isRunToken(ctx, end)) end++;
  if (end === i + 1) return null;
  const head = ctx.doc.tokens[end - 1]!.norm;
  if (!UTTERANCE_NOUNS.has(head) && (PERSON_NOUNS.has(head) || ROLE_HEADS.has(head))) return { first: i, end, actor: null, pronoun: null, anonymous: true, through: end };
  return { first: i, end: i + 1, actor: null, pronoun: owner, anonymous: false, through: end };
}

/**
 * "a statement from the company" → the company; "the chairwoman" → the person whose role says so;
 * "a senior official familiar with the talks" → a description.
 */
function describedAt(ctx: QuoteContext, i: number, limit: number): Named | null {
  const via = ctx.doc.tokens[i + 2];
  if (/^(?:statement|spokesman|spokeswoman|spokesperson|post|letter|filing)$/.test(ctx.doc.tokens[i + 1]?.norm ?? '') && via && /^(?:from|by|for|of)$/.test(via.norm)) {
    const behind = speakerAt(ctx, i + 3, limit);
    if (behind?.actor) return { ...behind, first: i };
  }
  if (ctx.doc.tokens[i]!.norm === 'the') {
    const definite = definiteReference(ctx, i, limit);
    if (definite) return definite;
  }
  let end = i + 1;
  let person = false;
  while (end < limit && end - i <= 10) {
    const w = ctx.doc.tokens[end]!;
    if (w.kind !== 'word' && w.text !== '.' && w.text !== '-' && w.text !== '’' && w.text !== "'") break;
    if (ctx.speechVerbs.has(w.norm) && !PERSON_NOUNS.has(w.norm)) break;
    if (PERSON_NOUNS.has(w.norm) || ROLE_HEADS.has(w.norm) || COLLECTIVE_NOUNS.has(w.norm)) person = true;
    end++;
    if (person && (ctx.doc.tokens[end]?.kind !== 'word' || ctx.speechVerbs.has(ctx.doc.tokens[end]!.norm) || HAS_AUX.test(ctx.doc.tokens[end]!.norm))) break;
  }
  if (person) return { first: i, end, actor: null, pronoun: null, anonymous: true, through: end };
  // "Another reader said", "the report says": right before a cue, any short description speaks.
  const head = ctx.doc.tokens[end - 1]!;
  const cue = ctx.doc.tokens[end];
  if (end === limit && end - i <= 4 && head.kind === 'word' && /^\p{Ll}/u.test(head.text) && cue && ctx.speechVerbs.has(cue.norm) && !hasTag(head.norm, ...CLOSED_TAGS, 'Adverb')) {
    return { first: i, end, actor: null, pronoun: null, anonymous: true, through: end };
  }
  return null;
}

const PUBLIC_BODIES = new Set(['commission', 'ministry', 'court', 'authority', 'council', 'government', 'agency', 'police', 'department', 'parliament', 'regulator', 'tribunal', 'office', 'board', 'senate', 'assembly']);
const GENERIC_ORGS = new Set(['company', 'firm', 'group', 'club', 'carrier', 'airline', 'bank', 'insurer', 'retailer', 'platform', 'app', 'operator', 'manufacturer', 'startup', 'business', 'organisation', 'organization', 'charity', 'union', 'party', 'campaign']);

/**
 * "the chairwoman said" → the person whose role names a chairwoman; "according to the commission" →
 * the organisation whose name ends in Commission. The most recently named such actor wins; a
 * description that fits nobody stays anonymous.
 */
function definiteReference(ctx: QuoteContext, i: number, limit: number): Named | null {
  let end = i + 1;
  while (end < limit && end - i <= 3 && ctx.doc.tokens[end]!.kind === 'word' && !ctx.speechVerbs.has(ctx.doc.tokens[end]!.norm) && !HAS_AUX.test(ctx.doc.tokens[end]!.norm)) end++;
  if (end === i + 1) return null;
  const head = ctx.doc.tokens[end - 1]!.norm;
  let fits = ctx.actors.filter((a) =>
    a.kind === 'person' ? a.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head)) : a.name.toLowerCase().split(/\s+/).pop() === head,
  );
  // "the company", "the firm": any organisation the article has named (the most recent wins below).
  // A public body is never "the company": "the Data Protection Commission" does not fit.
  if (fits.length === 0 && GENERIC_ORGS.has(head)) fits = ctx.actors.filter((a) => a.kind === 'organization' && !a.name.toLowerCase().split(/\s+/).some((w) => PUBLIC_BODIES.has(w)));
  if (fits.length === 0) return null;
  const wanted = new Set(fits.map((a) => a.local));
  for (let k = i - 1; k >= 0 && i - k < 2000; k--) {
    const local = ctx.tokenActor.get(k);
    if (local !== undefined && wanted.has(local)) return { first: i, end, actor: local, pronoun: null, anonymous: false, described: true, through: end };
  }
  return fits.length === 1 ? { first: i, end, actor: fits[0]!.local, pronoun: null, anonymous: false, described: true, through: end } : null;
}

/** "a person familiar with the talks said": a described person whose head noun is not last. */
function describedBefore(ctx: QuoteContext, k: number, floor: number): Named | null {
  for (let h = k - 1; h >= Math.max(floor, k - 6); h--) {
    const w = ctx.doc.tokens[h]!;
    if (w.kind !== 'word' || ctx.tokenActor.has(h) || ctx.inQuote[h]) return null;
    if (!PERSON_NOUNS.has(w.norm)) continue;
    for (let d = h - 1; d >= Math.max(floor, h - 4); d--) {
      const x = ctx.doc.tokens[d]!;
      if (x.kind !== 'word') return null;
      if (DETERMINERS.has(x.norm)) return { first: d, end: k + 1, actor: null, pronoun: null, anonymous: true };
    }
    return null;
  }
  return null;
}
