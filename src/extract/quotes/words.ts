import { hasAnyTag, hasTag } from '../../nlp/lexicon.js';
import { ABBREVIATIONS } from '../../nlp/abbreviations.js';
import type { Token } from '../../nlp/types.js';
import { NAME_PARTICLES, PERSON_NOUNS, PERSON_TITLES, ROLE_HEADS } from '../../lexicon/people.js';
import type { PronounKind, QuoteContext } from './context.js';

/** The words speaker phrases are made of, and the words that end them. */

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
export const CLOSED_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Reflexive', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord', 'Negative', 'Date', 'Month', 'WeekDay', 'Possessive'];
const REFLEXIVES = /^(?:himself|herself|itself|themselves|myself|ourselves|yourself)$/;
/** Words of time that follow a speaker without being part of the name: "Roe last night hit back". */
const TIME_WORDS = /^(?:today|tonight|yesterday|tomorrow|night|morning|afternoon|evening|week|weekend|month|year|last|next|earlier|later|now|then|again|ago)$/;
const VERB_TAGS = ['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Adverb'];
export const NOUN_TAGS = ['Noun', 'Singular', 'Plural', 'Uncountable', 'Adjective', 'Actor', 'Person'];

export function isTitleWord(t: Token, next: Token | undefined): boolean {
  return PERSON_TITLES.has(t.norm) || ROLE_HEADS.has(t.norm) || (next?.text === '.' && PERSON_TITLES.has(`${t.norm}.`));
}

export const capitalised = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
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
  if (next && /^\p{Ll}+$/u.test(t.text) && (PERSON_NOUNS.has(next.norm) || ROLE_HEADS.has(next.norm)) && !hasAnyTag(t.norm, CLOSED_TAGS) && !/ly$/u.test(t.norm)) return true;
  // "said guide Ana Lind", "mountain guide Ana Lind": a lower-case word right before a person's name
  // is a descriptor of that person, even a word the lexicon knows as a verb ("guide", "host").
  if (next && /^\p{Ll}+$/u.test(t.text) && personAt(ctx, k + 1) && !hasTag(t.norm, ...CLOSED_TAGS, 'PastTense', 'Gerund') && !/(?:ly|ed)$/u.test(t.norm)) return true;
  // "de Vries", "van der Berg": a particle before a capitalised name.
  if (NAME_PARTICLES.has(t.norm) && next !== undefined && (capitalised(next) || NAME_PARTICLES.has(next.norm))) return true;
  if (hasAnyTag(t.norm, CLOSED_TAGS)) return false;
  if (capitalised(t)) return true;
  // Adverbs end in -ly; "ally", "family" are nouns.
  if (/^\p{N}/u.test(t.text) || (/ly$/u.test(t.norm) && !hasAnyTag(t.norm, NOUN_TAGS))) return false;
  // After a name, a word in -ed or a present verb is the verb: "Roe pressed", "Lund reports".
  if (prev && namey(ctx, k - 1) && (/ed$/u.test(t.norm) || hasTag(t.norm, 'PresentTense', 'PastTense'))) return false;
  return !hasAnyTag(t.norm, VERB_TAGS) || hasAnyTag(t.norm, NOUN_TAGS);
}

/** Does a person's name start at token k? */
function personAt(ctx: QuoteContext, k: number): boolean {
  const local = ctx.tokenActor.get(k);
  return local !== undefined && ctx.kinds.get(local) === 'person' && ctx.tokenActor.get(k - 1) !== local;
}
