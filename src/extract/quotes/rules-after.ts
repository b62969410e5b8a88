import { personAt, type QuoteContext, type Named } from './context.js';
import { DOCUMENT_VERBS, UTTERANCE_NOUNS } from '../../lexicon/media.js';
import { cueAt, looksLikeVerb } from './cues.js';
import { HAS_AUX, isRunToken, PRONOUNS, speakerAt } from './phrase.js';
import { isPartial } from './filters.js';
import type { Verdict } from './verdict.js';

/**
 * Rules that read the words after a quote: “…,” said X.  “…,” X, a former aide, said.
 * “…” ― X.  “…,” according to X.
 */

interface After {
  readonly from: number;
  readonly to: number;
  /** The quote closed its sentence and the attribution opened the next: “Why?” Roe asked. */
  readonly nextSentence: boolean;
}

/** The tokens after the closing mark to the end of its sentence, or of the next one in the paragraph. */
function after(ctx: QuoteContext, index: number): After | null {
  const p = ctx.passages[index]!;
  if (p.close === null) return null;
  const from = p.close + 1;
  const s = ctx.sentenceOf[p.close]!;
  let sentence = ctx.doc.sentences[s]!;
  let nextSentence = false;
  if (from >= sentence.endToken) {
    const next = ctx.doc.sentences[s + 1];
    if (!next || next.paragraph !== sentence.paragraph || next.firstToken !== from) return null;
    sentence = next;
    nextSentence = true;
  }
  let to = sentence.endToken;
  for (let k = from; k < to; k++) if (ctx.inQuote[k]) to = k; // the sentence may run on into another quote
  return { from, to, nextSentence };
}

/** The quote runs on into its attribution: “…,” / “…?” / “…!” / “…—” inside the marks, also before a quote inside it closes (“… ‘Why?’”). */
function runsOn(ctx: QuoteContext, index: number): boolean {
  const p = ctx.passages[index]!;
  let k = p.close! - 1;
  while (k > p.open + 1 && /^['’]$/.test(ctx.doc.tokens[k]!.text)) k--;
  const last = ctx.doc.tokens[k];
  return last !== undefined && /^[,?!—–-]$/.test(last.text);
}

/** A name is surest; a description resolved to a name, a pronoun, a bare description or a name no actor holds less so. */
const confidenceOf = (n: Named, base: number) => (n.actor ? (n.described ? base - 0.1 : base) : n.pronoun ? base - 0.1 : base - 0.05);

export function cueAfter(ctx: QuoteContext, index: number): Verdict | null {
  const range = after(ctx, index);
  if (!range) return null;
  let { from: i } = range;
  const { to: end, nextSentence } = range;
  while (i < end && /^[,—–-]$/.test(ctx.doc.tokens[i]!.text)) i++;
  if (i >= end) return null;
  // A new sentence after a full stop inside the marks is the quote's attribution only when it is short.
  const loose = nextSentence && !runsOn(ctx, index);
  if (loose && end - i > 12) return null;
  const penalty = nextSentence ? 0.05 : 0;
  // “…,” said Mayor Lena Ortiz.   “…,” shot back Roe.
  const first = cueAt(ctx, i);
  if (first && first.verb.inverts && !first.participle) {
    const named = speakerAt(ctx, first.end, end);
    // "…,” said the plan could work": a clause, not a speaker, follows the verb.
    if (named && !clauseFollows(ctx, named.through ?? named.end, end) && !cueOfNextQuote(ctx, named.through ?? named.end, range)) {
      return { named, cue: [first.first, first.end], confidence: confidenceOf(named, 0.95) - penalty };
    }
  }
  // “…,” Lena Ortiz said.   “…,” the union's local president Jane Roe told reporters.
  const named = speakerAt(ctx, i, end);
  if (!named) return describedName(ctx, i, end, penalty);
  let v = named.through ?? named.end;
  v = skipPostmodifier(ctx, skipBracket(ctx, v, end), end);
  while (v < end && HAS_AUX.test(ctx.doc.tokens[v]!.norm)) v++;
  const cue = cueAt(ctx, v);
  if (cue && !cue.participle) {
    if (cueOfNextQuote(ctx, cue.end, range) || reportsAnother(ctx, cue.end, range)) return null;
    return { named, cue: [cue.first, cue.end], confidence: confidenceOf(named, 0.95) - penalty };
  }
  // “…,” her statement read.  “…,” the memo reads. — the words of a document, its owner's.
  if (UTTERANCE_NOUNS.has(ctx.doc.tokens[v - 1]?.norm ?? '') && DOCUMENT_VERBS.has(ctx.doc.tokens[v]?.norm ?? '')) {
    return { named, cue: [v - 1, v + 1], confidence: confidenceOf(named, 0.9) - penalty };
  }
  // “…,” Jane Roe, a former adviser to three ministers and now a lecturer, said.
  if (ctx.doc.tokens[v]?.text === ',' && !named.pronoun) {
    const late = cueAcrossApposition(ctx, v, end);
    if (late) return { named, cue: [late.first, late.end], confidence: confidenceOf(named, 0.9) - penalty };
  }
  // “…,” Roe harrumphed. — a verb no list holds, trusted after a quote that runs on.
  if (!loose && runsOn(ctx, index) && !isPartial(ctx, ctx.passages[index]!) && looksLikeVerb(ctx.doc.tokens[v]) && v < end) {
    return { named, cue: [v, v + 1], confidence: Math.min(0.8, confidenceOf(named, 0.85)) - penalty };
  }
  return describedName(ctx, i, end, penalty);
}

/** Words that end the search for a name after descriptive words: a clause or a list goes on there. */
const NOT_DESCRIPTIVE = /^(?:and|or|but|nor|who|whom|whose|which|that|as|while|when|because|if|than|to|by|with|about|after|before|since)$/;

/**
 * “…,” Dorvale This Week co-host Ada Ruiz said.  “…,” Brun polling consultant Tarvo Mills of Kent told the
 * station. — descriptive words the run of name and role words stops at ("This", "polling") stand before the
 * name: a person right before the verb is the speaker, when nothing but words lies between.
 */
function describedName(ctx: QuoteContext, i: number, end: number, penalty: number): Verdict | null {
  const tokens = ctx.doc.tokens;
  for (let k = i; k < end && k - i <= 12; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (/^[.\-‐$%&’']$/u.test(t.text) || /^\p{N}/u.test(t.text)) continue;
      return null;
    }
    if (cueAt(ctx, k) || NOT_DESCRIPTIVE.test(t.norm) || PRONOUNS.has(t.norm)) return null;
    if (k === i || personAt(ctx, k) === null || personAt(ctx, k - 1) === personAt(ctx, k)) continue;
    const named = speakerAt(ctx, k, end);
    if (!named?.actor || ctx.kinds.get(named.actor) !== 'person') continue;
    let v = skipPostmodifier(ctx, skipBracket(ctx, named.through ?? named.end, end), end);
    while (v < end && HAS_AUX.test(tokens[v]!.norm)) v++;
    const cue = cueAt(ctx, v);
    if (!cue || cue.participle) return null;
    return { named, cue: [cue.first, cue.end], confidence: confidenceOf(named, 0.9) - penalty };
  }
  return null;
}

/** "Jo Roe (D-Ohio) said": a bracket after a name is read past. */
function skipBracket(ctx: QuoteContext, v: number, end: number): number {
  if (ctx.doc.tokens[v]?.text !== '(') return v;
  for (let k = v + 1; k < Math.min(end, v + 12); k++) if (ctx.doc.tokens[k]!.text === ')') return k + 1;
  return v;
}

/** After the speaker: a modal or a verb starts a clause ("said the plan could work"). */
function clauseFollows(ctx: QuoteContext, k: number, end: number): boolean {
  const t = ctx.doc.tokens[k];
  return k < end && t !== undefined && (/^(?:could|would|should|will|can|may|might|must|was|is|were|are|has|had|have|did|does)$|n't$/.test(t.norm) || looksLikeVerb(t));
}

/**
 * “Is the vote today?” Roe then wrote back, “…” — after a closed sentence, a cue that hands on to the next
 * quote with a comma or colon belongs to that quote, not to this one.
 */
function cueOfNextQuote(ctx: QuoteContext, k: number, range: After): boolean {
  if (!range.nextSentence) return false;
  while (k < range.to && k - range.from < 14 && ctx.doc.tokens[k]!.kind === 'word') k++;
  return k + 1 === range.to && ctx.inQuote[range.to] === 1 && /^[,:]$/.test(ctx.doc.tokens[k]?.text ?? '');
}

/**
 * “…!” She answered him that the coach deserved it. — after a closed sentence, a cue whose clause ("that …")
 * reports what was said next is another utterance, not this quote's attribution.
 */
function reportsAnother(ctx: QuoteContext, k: number, range: After): boolean {
  if (!range.nextSentence) return false;
  const tokens = ctx.doc.tokens;
  // An object may come first: "answered him that", "wrote to the board that".
  let j = tokens[k]?.norm === 'to' ? k + 1 : k;
  for (let n = 0; n < 4 && j < range.to && tokens[j]!.kind === 'word' && tokens[j]!.norm !== 'that'; n++) j++;
  // "she said that night": "that" before a word of time is no conjunction.
  return j + 1 < range.to && tokens[j]!.norm === 'that' && !/^(?:day|night|morning|afternoon|evening|week|weekend|month|year|time|moment)$/.test(tokens[j + 1]!.norm);
}

/** "Jane Roe of the Harbour Trust said", "Ivo Carrick at Nordhavn Capital said": a name's place or body. */
function skipPostmodifier(ctx: QuoteContext, v: number, end: number): number {
  const t = ctx.doc.tokens[v];
  if (!t || !/^(?:of|at|from|with|for|in)$/.test(t.norm)) return v;
  let k = v + 1;
  while (k < end && k - v <= 9 && (isRunToken(ctx, k) || /^(?:the|and|of|for|on|in)$/.test(ctx.doc.tokens[k]!.norm))) k++;
  return k > v + 1 && (cueAt(ctx, k) || ctx.doc.tokens[k]?.text === ',') ? k : v;
}

/** The cue verb after an apposition that opens at the comma v: ", a former adviser …, said" or ", who …, told". */
function cueAcrossApposition(ctx: QuoteContext, v: number, end: number): { first: number; end: number } | null {
  for (let k = v + 1; k < end && k - v <= 45; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.text === ';' || t.text === ':') return null;
    const cue = cueAt(ctx, k);
    if (!cue || cue.participle || t.norm === 'according') continue;
    let b = k - 1;
    while (b > v && HAS_AUX.test(ctx.doc.tokens[b]!.norm)) b--;
    // The apposition closes with a comma before the verb, or holds a relative clause ("who founded …").
    const closed = ctx.doc.tokens[b]!.text === ',';
    const relative = ctx.doc.tokens.slice(v + 1, k).some((w) => /^(?:who|whose|which|that)$/.test(w.norm));
    if (closed || relative) return cue;
  }
  return null;
}
