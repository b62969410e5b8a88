import type { Named, QuoteContext } from './context.js';
import { COLLECTIVE_NOUNS } from '../../lexicon/groups.js';
import { PERSON_NOUNS } from '../../lexicon/people.js';
import { looksLikeVerb } from './cues.js';
import { DETERMINERS, HAS_AUX, headOf, isRunToken, PRONOUNS, speakerAt, speakerEndingAt } from './phrase.js';

/** Prepositions whose object is never the subject: "speaking to Radio Nord said", "in Norvik, telling the crowd". */
const PREPOSITIONS = new Set(['to', 'with', 'for', 'from', 'by', 'at', 'on', 'in', 'about', 'against', 'into', 'of', 'before', 'after', 'during', 'near', 'outside', 'inside', 'toward', 'towards', 'via', 'than', 'like', 'over', 'under', 'between', 'among', 'through', 'across', 'around', 'behind', 'despite', 'without', 'within', 'including']);

const isPerson = (ctx: QuoteContext, n: Named) => n.actor !== null && ctx.kinds.get(n.actor) === 'person';

/** "speaking to Radio Nord", "of the Institute": an object of a preposition ("of" may still head a person's title). */
function isObject(ctx: QuoteContext, n: Named, floor: number): boolean {
  let k = n.first - 1;
  while (k >= floor && DETERMINERS.has(ctx.doc.tokens[k]!.norm)) k--;
  const prep = ctx.doc.tokens[k];
  if (k < floor || !prep || !PREPOSITIONS.has(prep.norm)) return false;
  return !(prep.norm === 'of' && isPerson(ctx, n));
}

/**
 * The subject of the verb at v, reading left: the phrase just before it, past auxiliaries and
 * adverbs; past an object ("Another source speaking to Radio Nord said"); through appositions
 * ("Ana Ruiz, director of the Watch, which filed the case, said").
 */
export function subjectBefore(ctx: QuoteContext, v: number, floor: number): Named | null {
  let k = v - 1;
  while (k >= floor && HAS_AUX.test(ctx.doc.tokens[k]!.norm)) k--;
  // "Kunle Ogundipe, who dismissed …": the relative pronoun stands for the name before it.
  if (k >= floor && /^(?:who|which|that)$/.test(ctx.doc.tokens[k]!.norm)) {
    k--;
    if (ctx.doc.tokens[k]?.text === ',') return hostOf(ctx, headBefore(ctx, k - 1, floor), floor);
  }
  if (k >= floor && ctx.doc.tokens[k]!.text === ',') return appositionChain(ctx, k, floor);
  return hostOf(ctx, headBefore(ctx, k, floor), floor);
}

/**
 * "Ana Ruiz, the harbour board's spokeswoman said", "Ana Ruiz, a Kent beekeeper who writes songs": a
 * description set off by a comma after a name that opens the clause stands for that person.
 */
function hostOf(ctx: QuoteContext, np: Named | null, floor: number): Named | null {
  if (!np || !np.anonymous || np.actor) return np;
  let k = (np.lead ?? np.first) - 1;
  while (k >= floor && DETERMINERS.has(ctx.doc.tokens[k]!.norm)) k--;
  if (k - 1 < floor || ctx.doc.tokens[k]!.text !== ',') return np;
  const host = headBefore(ctx, k - 1, floor);
  if (!host || !isPerson(ctx, host) || host.described) return np;
  const lead = host.lead ?? host.first;
  const opens = lead === floor || ctx.doc.tokens[lead - 1]!.text === ',' || ctx.inQuote[lead - 1] === 1 || CLAUSE_OPENERS.has(ctx.doc.tokens[lead - 1]!.norm);
  return opens ? host : np;
}

/** The phrase ending at k, or, when that is an object ("of the Institute", "speaking to Radio Nord"), the one before it. */
function headBefore(ctx: QuoteContext, k: number, floor: number): Named | null {
  const tail = k;
  let postmodified = true; // only prepositional phrases so far: "a person familiar with the talks"
  for (let guard = 0; guard < 4 && k >= floor; guard++) {
    k = skipBracketLeft(ctx, k, floor);
    const np = speakerEndingAt(ctx, k, floor);
    if (!np) return null;
    // "a person familiar with the talks": the description keeps the words after its head.
    if (!isObject(ctx, np, floor)) return np.anonymous && k !== tail && postmodified ? { ...np, end: tail + 1 } : np;
    k = np.first - 1;
    while (k >= floor && (DETERMINERS.has(ctx.doc.tokens[k]!.norm) || PREPOSITIONS.has(ctx.doc.tokens[k]!.norm))) k--;
    // "a source speaking to …": the participle that took the object.
    while (k >= floor && /ing$/u.test(ctx.doc.tokens[k]!.norm) && !isRunToken(ctx, k)) {
      k--;
      postmodified = false;
    }
  }
  return null;
}

/** "John Roe (R-Ohio) said": a bracket after a name is read past, right to left. */
function skipBracketLeft(ctx: QuoteContext, k: number, floor: number): number {
  if (ctx.doc.tokens[k]?.text !== ')') return k;
  for (let b = k - 1; b >= Math.max(floor, k - 12); b--) if (ctx.doc.tokens[b]!.text === '(') return b - 1;
  return k;
}

/**
 * "Maria Okonjo, the chief justice, said" / "the chief justice, Maria Okonjo, said": of the phrases
 * that open a comma-separated segment before the verb, the leftmost person; else the leftmost
 * speaker of any kind.
 */
function appositionChain(ctx: QuoteContext, comma: number, floor: number): Named | null {
  let best: Named | null = null;
  for (let c = comma; c >= floor && comma - c <= 45; c--) {
    const t = ctx.doc.tokens[c]!;
    if (ctx.inQuote[c] || t.text === ';' || t.text === ':') break;
    if (t.text !== ',') continue;
    const np = headBefore(ctx, c - 1, floor);
    if (!np) continue;
    const lead = np.lead ?? np.first;
    // "… while Tom Alder, the port's safety chief, said": a conjunction opens a clause of its own.
    const opens = lead === floor || ctx.doc.tokens[lead - 1]!.text === ',' || ctx.inQuote[lead - 1] === 1 || CLAUSE_OPENERS.has(ctx.doc.tokens[lead - 1]!.norm);
    if (!opens) continue;
    // A name beats a description that stands for the same person ("the chief justice, Maria Okonjo,").
    const rank = (n: Named | null) => (n === null ? 0 : isPerson(ctx, n) ? (n.described ? 2 : 3) : 1);
    if (rank(np) >= rank(best) && !(best && rank(best) === 3 && rank(np) === 2)) best = np;
  }
  return best;
}

/**
 * The subject of the main clause, for a participle or a colon that hangs on it: "Hours later, Roe
 * returned the favour to Lee, telling reporters, “…”" → Roe. The first person, organisation or
 * pronoun, skipping objects of prepositions, possessives and places; a name no actor holds or a
 * description only when a verb follows it.
 */
export function mainSubject(ctx: QuoteContext, floor: number, v: number): Named | null {
  let depth = 0;
  // The subject opens the clause: a bounded window keeps a run-on sentence of many quotes linear.
  const stop = Math.min(v, floor + 150);
  for (let k = introEnd(ctx, floor, stop); k < stop; k++) {
    if (ctx.inQuote[k]) continue;
    const t = ctx.doc.tokens[k]!;
    // "(Roe called it “horrific”), Lee said": nothing in brackets is the main clause.
    if (t.text === '(' || t.text === '[') depth++;
    if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.kind !== 'word') continue;
    // "The cooperative said …": a definite description of an actor the article named.
    if (t.norm === 'the' && !isObject(ctx, { first: k, end: k + 1, actor: null, pronoun: null, anonymous: true }, floor)) {
      const described = speakerAt(ctx, k, v);
      if (described?.actor && described.described && ctx.kinds.get(described.actor) !== 'place') return described;
    }
    const pronoun = PRONOUNS.get(t.norm);
    if (pronoun && pronoun !== 'first' && !(t.norm === 'it' && /^(?:is|was|'s)$/.test(ctx.doc.tokens[k + 1]?.norm ?? ''))) {
      return { first: k, end: k + 1, actor: null, pronoun, anonymous: false };
    }
    if (!isRunToken(ctx, k) || t.kind !== 'word') continue;
    let end = k;
    while (end < v && end - k < 10 && isRunToken(ctx, end)) end++;
    const np = headOf(ctx, k, end);
    const runEnd = end;
    k = end - 1;
    if (!np || isObject(ctx, np, floor)) continue;
    if (isPossessive(ctx, runEnd - 1)) continue;
    if (np.actor !== null && ctx.kinds.get(np.actor) === 'place') continue;
    if (np.actor === null && !verbFollows(ctx, runEnd, v)) {
      // "Crowds of students kept up a vigil, …, chanting “…”": a description goes on with "of" and
      // people in the plural, then the verb; a name after it is not the subject.
      const of = groupOf(ctx, np, runEnd, v);
      if (of) return of;
      continue;
    }
    return np;
  }
  return null;
}

function groupOf(ctx: QuoteContext, np: Named, runEnd: number, v: number): Named | null {
  if (!np.anonymous || ctx.doc.tokens[runEnd]?.norm !== 'of') return null;
  let end = runEnd + 1;
  while (end < v && end - runEnd <= 3 && /^\p{Ll}+$/u.test(ctx.doc.tokens[end]!.text) && !ctx.tokenActor.has(end) && isRunToken(ctx, end)) end++;
  const head = ctx.doc.tokens[end - 1]!.norm;
  const people = COLLECTIVE_NOUNS.has(head) || (PERSON_NOUNS.has(head) && head.endsWith('s'));
  return end > runEnd + 1 && people && verbFollows(ctx, end, v) ? { ...np, end } : null;
}

/** Words after which a new clause, and so a new subject, begins. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'and', 'but', 'when', 'although', 'though', 'as']);

/** Subordinators that open a clause before the main one: "After Roe left, Lee said …". */
const SUBORDINATORS = new Set(['after', 'when', 'while', 'before', 'since', 'if', 'although', 'though', 'because', 'once', 'until', 'whereas', 'unless']);

/** Where the main clause starts: past an opening subordinate clause and its comma. */
function introEnd(ctx: QuoteContext, floor: number, v: number): number {
  if (!SUBORDINATORS.has(ctx.doc.tokens[floor]?.norm ?? '')) return floor;
  for (let k = floor + 1; k < v; k++) if (ctx.doc.tokens[k]!.text === ',' && !ctx.inQuote[k]) return k + 1;
  return floor;
}


function isPossessive(ctx: QuoteContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  const next = ctx.doc.tokens[k + 1];
  return /['’]s$/u.test(t.text) || (next !== undefined && (next.text === '’' || next.text === "'") && next.start === t.end);
}

function verbFollows(ctx: QuoteContext, k: number, v: number): boolean {
  while (k < v && HAS_AUX.test(ctx.doc.tokens[k]!.norm)) k++;
  const t = ctx.doc.tokens[k];
  return k < v && t !== undefined && (ctx.speechVerbs.has(t.norm) || looksLikeVerb(t) || /^(?:has|had|was|is|were|are|will|would|did|does)$/.test(t.norm));
}
