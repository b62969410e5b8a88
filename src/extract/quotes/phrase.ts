import { hasTag } from '../../nlp/lexicon.js';
import { PERSON_NOUNS, ROLE_HEADS } from '../../lexicon/people.js';
import { PLATFORMS } from '../../lexicon/media.js';
import { COLLECTIVE_NOUNS } from '../../lexicon/groups.js';
import { isPossessiveToken, type Named, type QuoteContext } from './context.js';
import { describedAt, describedBefore, ownedAt } from './describe.js';
import { capitalised, DETERMINERS, isRunToken, isTitleWord, OWNER_PRONOUNS, PRONOUNS } from './words.js';

export { DETERMINERS, HAS_AUX, isRunToken, OWNER_PRONOUNS, PRONOUNS } from './words.js';

/**
 * Speaker phrases: the words that name who speaks, read as a run of name, title and role words
 * ("Brun campaign spokesman Ivo Carrick", "Sen. Marla Quint", "Brun’s former strategist").
 * The head is the last person named in the run; without one, the last organisation, then a
 * capitalised name no actor holds, then the description itself.
 */

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
