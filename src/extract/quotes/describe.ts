import { hasTag } from '../../nlp/lexicon.js';
import { PERSON_NOUNS, ROLE_HEADS } from '../../lexicon/people.js';
import { UTTERANCE_NOUNS } from '../../lexicon/media.js';
import { COLLECTIVE_NOUNS } from '../../lexicon/groups.js';
import type { Named, PronounKind, QuoteContext } from './context.js';
import { speakerAt } from './phrase.js';
import { mainSubject } from './clause.js';
import { CLOSED_TAGS, DETERMINERS, HAS_AUX, isRunToken } from './words.js';

/** Descriptions as speakers: "a senior official", "her spokesman", "the chairwoman" (resolved when the article named her). */

/** "her spokesman", "its statement": a role of the owner is a description; the owner's words are the owner's. */
export function ownedAt(ctx: QuoteContext, i: number, limit: number, owner: PronounKind): Named | null {
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
export function describedAt(ctx: QuoteContext, i: number, limit: number): Named | null {
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
  if ((end === limit || ctx.speechVerbs.has(cue?.norm ?? '')) && end - i <= 4 && head.kind === 'word' && /^\p{Ll}/u.test(head.text) && cue && ctx.speechVerbs.has(cue.norm) && !hasTag(head.norm, ...CLOSED_TAGS, 'Adverb')) {
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
  // "the 52-year-old said": the person the article gave that age ("Ada Brun, 52, …").
  const t = ctx.doc.tokens;
  if (/^\d+$/.test(t[i + 1]?.text ?? '') && t[i + 2]?.text === '-' && t[i + 3]?.norm === 'year-old' && i + 4 <= limit) {
    for (let k = i - 1; k >= 2 && i - k < 3000; k--) {
      const named = t[k]!.text === t[i + 1]!.text && t[k - 1]!.text === ',' ? ctx.tokenActor.get(k - 2) : undefined;
      if (named !== undefined && ctx.kinds.get(named) === 'person') return { first: i, end: i + 4, actor: named, pronoun: null, anonymous: false, described: true, through: i + 4 };
    }
    return null;
  }
  let end = i + 1;
  while (end < limit && end - i <= 3 && ctx.doc.tokens[end]!.kind === 'word' && !ctx.speechVerbs.has(ctx.doc.tokens[end]!.norm) && !HAS_AUX.test(ctx.doc.tokens[end]!.norm)) end++;
  if (end === i + 1) return null;
  const head = ctx.doc.tokens[end - 1]!.norm;
  let fits = ctx.actors.filter((a) => (a.kind === 'person' ? a.roles.some((r) => roleHead(r) === head) : a.name.toLowerCase().split(/\s+/).pop() === head));
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

/** The noun a role is about: "Council leader" → leader, "chief executive of Nordhavn Terminals" → executive. */
function roleHead(role: string): string {
  const words = role.toLowerCase().split(/\s+(?:of|for|at|in|from|to|with)\s+/)[0]!.split(/\s+/);
  return words[words.length - 1]!;
}

/** "a person familiar with the talks said": a described person whose head noun is not last. */
export function describedBefore(ctx: QuoteContext, k: number, floor: number): Named | null {
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

/**
 * "the statement said" → whoever issued the statement the article mentioned before: the subject of
 * the closest earlier sentence (at most three back) that names the same kind of utterance
 * ("The cooperative said in a statement that …" → the cooperative). Null when none does.
 */
export function ownerOfUtterance(ctx: QuoteContext, n: Named): string | null {
  const head = ctx.doc.tokens[n.end - 1]!.norm;
  const s = ctx.sentenceOf[n.first]!;
  for (let back = s - 1; back >= Math.max(0, s - 3); back--) {
    const sentence = ctx.doc.sentences[back]!;
    for (let k = sentence.firstToken; k < sentence.endToken; k++) {
      if (ctx.inQuote[k] || ctx.doc.tokens[k]!.norm !== head) continue;
      const subject = mainSubject(ctx, sentence.firstToken, k);
      return subject?.actor ?? null;
    }
  }
  return null;
}
