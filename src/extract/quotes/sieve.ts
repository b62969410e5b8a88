import { CONTINUING_PARTICIPLES } from '../../lexicon/speech.js';
import { lastTokenOfParagraph, namedAt, namedBefore, type Named, type QuoteContext } from './context.js';
import type { Passage } from './find.js';

/** What a rule concluded: who, through which cue words, how sure. `inherit` copies an earlier passage's speaker. */
export interface Verdict {
  readonly named: Named | null;
  readonly cue: readonly [number, number] | null; // token range of the cue words
  readonly confidence: number;
  readonly inherit?: number; // passage index
}

export interface Rule {
  readonly name: string;
  readonly apply: (ctx: QuoteContext, index: number) => Verdict | null;
}

const HAS_AUX = /^(?:has|had|have|was|is|will|would|also|then|later|again|repeatedly|once|previously|reportedly)$/;

/**
 * Speaker attribution: ordered rules, the first that fires wins and its name is recorded.
 * Each rule's example shows the pattern it reads (X = the speaker).
 */
export const SIEVE: readonly Rule[] = [
  // “…,” said X.   “…,” X said.   “…,” he told Y.   “…,” a senior official said.
  { name: 'cue-after-quote', apply: cueAfter },
  // X said: “…”   X told reporters: “…” (also across the paragraph break)   he said, “…”   “A,” he said, “B.”
  { name: 'cue-before-quote', apply: cueBefore },
  // “…,” according to X.
  { name: 'according-to', apply: accordingTo },
  // X was blunt: “…”   X was blunt — “…” — a colon or dash hands the quote to the clause's subject.
  { name: 'colon-subject', apply: colonSubject },
  // “A,” adding, “B.” — B continues A's speaker.
  { name: 'continuing-participle', apply: continuingParticiple },
  // X hailed the deal as “a turning point”.   X said the guarantees would be “formalised on paper”.
  { name: 'sentence-subject', apply: sentenceSubject },
  // “A,” X said. “B.” — a second passage in the same paragraph with no cue of its own.
  { name: 'same-paragraph', apply: sameParagraph },
  // X said the plan would come in stages. “First we fix the roof.” — the cue is the sentence before.
  { name: 'previous-sentence-cue', apply: previousSentenceCue },
  // ¶ “A,” X said.  ¶ “B.” — a paragraph of quote only continues the previous paragraph's speaker.
  { name: 'continued-paragraph', apply: continuedParagraph },
];

function tokensAfter(ctx: QuoteContext, p: Passage): [number, number] {
  const from = (p.close ?? lastTokenOfParagraph(ctx.doc, p.paragraph)) + 1;
  const s = ctx.doc.sentences[ctx.sentenceOf[Math.max(0, from - 1)]!]!;
  let to = s.endToken;
  // The sentence may run on into another quote: stop at the next opening mark.
  for (let k = from; k < to; k++) if (ctx.inQuote[k]) to = k;
  return [from, to];
}

function cueAfter(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  if (p.close === null) return null;
  let [i, end] = tokensAfter(ctx, p);
  while (i < end && /^[,—–-]$/.test(ctx.doc.tokens[i]!.text)) i++;
  const t = ctx.doc.tokens[i];
  if (!t || i >= end) return null;
  const verb = ctx.speechVerbs.get(t.norm);
  if (verb?.inverts && !CONTINUING_PARTICIPLES.has(t.norm)) {
    // “…,” said Mayor Lena Ortiz.
    const named = namedAt(ctx, i + 1, end) ?? roleThenActor(ctx, i + 1, end);
    if (named) return { named, cue: [i, i + 1], confidence: named.actor ? 0.95 : 0.85 };
  }
  // "union leader Pieter Bakker told" / "de Vries said": role words or a particle before the name.
  const named = namedAt(ctx, i, end) ?? roleThenActor(ctx, i, end);
  if (!named) return null;
  let v = named.end;
  // "X, the union's chairman, said"
  if (ctx.doc.tokens[v]?.text === ',') {
    const close = findToken(ctx, v + 1, Math.min(end, v + 10), ',');
    if (close > 0) v = close + 1;
  }
  while (v < end && HAS_AUX.test(ctx.doc.tokens[v]!.norm)) v++;
  const cueVerb = ctx.doc.tokens[v];
  if (!cueVerb || v >= end || !ctx.speechVerbs.has(cueVerb.norm) || CONTINUING_PARTICIPLES.has(cueVerb.norm)) return null;
  return { named, cue: [v, v + 1], confidence: named.actor ? 0.95 : 0.85 };
}

function cueBefore(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  let end = p.open; // exclusive
  const s = ctx.doc.sentences[ctx.sentenceOf[p.open]!]!;
  let floor = s.firstToken;
  // ¶ "She told reporters:" ¶ “…” — the cue closes the previous paragraph.
  if (p.open === floor && ctx.doc.paragraphs[p.paragraph]!.firstSentence === ctx.sentenceOf[p.open]! && p.paragraph > 0) {
    const last = lastTokenOfParagraph(ctx.doc, p.paragraph - 1);
    if (ctx.doc.tokens[last]?.text !== ':') return null;
    end = last + 1;
    floor = ctx.doc.sentences[ctx.sentenceOf[last]!]!.firstToken;
  }
  let k = end - 1;
  if (k < floor || !/^[:,—–]$/.test(ctx.doc.tokens[k]!.text)) return null;
  k--;
  // "she told reporters:" / "he said," / "said Bakker:" — the verb is at most three words before the mark.
  for (let v = k; v >= Math.max(floor, k - 3); v--) {
    if (ctx.inQuote[v]) break;
    const verb = ctx.speechVerbs.get(ctx.doc.tokens[v]!.norm);
    if (!verb || CONTINUING_PARTICIPLES.has(ctx.doc.tokens[v]!.norm)) continue;
    const named = subjectOf(ctx, v, floor) ?? (verb.inverts ? namedAt(ctx, v + 1, end) : null);
    if (named) return { named, cue: [v, Math.min(end, k + 1)], confidence: named.actor ? 0.9 : 0.8 };
  }
  return null;
}

function accordingTo(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  if (p.close === null) return null;
  // "… “takes it seriously” and is “studying the judgment”, according to X": the attribution at the
  // end of the sentence covers every quote before it.
  const from = p.close + 1;
  const end = ctx.doc.sentences[ctx.sentenceOf[p.close]!]!.endToken;
  for (let i = from; i + 1 < end; i++) {
    if (ctx.inQuote[i]) continue;
    if (ctx.doc.tokens[i]!.norm === 'according' && ctx.doc.tokens[i + 1]!.norm === 'to') {
      const named = namedAt(ctx, i + 2, end) ?? roleThenActor(ctx, i + 2, end);
      if (named) return { named, cue: [i, i + 2], confidence: 0.9 };
    }
  }
  return null;
}

function colonSubject(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  const s = ctx.doc.sentences[ctx.sentenceOf[p.open]!]!;
  const mark = ctx.doc.tokens[p.open - 1];
  if (p.open - 1 <= s.firstToken || !mark || !/^[:—–]$/.test(mark.text)) return null;
  // "Her message to the candidates was blunt — “…”": the possessor of the words is the speaker.
  const opener = ctx.doc.tokens[s.firstToken]!;
  const owner: Named['pronoun'] = opener.norm === 'her' ? 'female' : opener.norm === 'his' ? 'male' : null;
  const named: Named | null = owner ? { first: s.firstToken, end: s.firstToken + 1, actor: null, pronoun: owner, anonymous: false } : firstSubject(ctx, s.firstToken, p.open - 1);
  return named ? { named, cue: [p.open - 1, p.open], confidence: 0.7 } : null;
}

function continuingParticiple(ctx: QuoteContext, index: number): Verdict | null {
  if (index === 0) return null;
  const p = ctx.passages[index]!;
  const prev = ctx.passages[index - 1]!;
  if (prev.close === null || prev.paragraph !== p.paragraph) return null;
  const between = ctx.doc.tokens.slice(prev.close + 1, p.open).filter((t) => t.kind === 'word');
  if (between.length !== 1 || !CONTINUING_PARTICIPLES.has(between[0]!.norm)) return null;
  const at = prev.close + 1 + ctx.doc.tokens.slice(prev.close + 1, p.open).findIndex((t) => t.kind === 'word');
  return { named: null, cue: [at, at + 1], confidence: 0.85, inherit: index - 1 };
}

function sentenceSubject(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  const s = ctx.doc.sentences[ctx.sentenceOf[p.open]!]!;
  for (let v = p.open - 1; v >= s.firstToken; v--) {
    if (ctx.inQuote[v]) continue;
    const t = ctx.doc.tokens[v]!;
    if (!ctx.speechVerbs.has(t.norm) || t.norm === 'according') continue;
    const named = subjectOf(ctx, v, s.firstToken) ?? firstSubject(ctx, s.firstToken, v);
    if (named) return { named, cue: [v, v + 1], confidence: named.actor ? 0.8 : 0.7 };
  }
  return null;
}

function sameParagraph(ctx: QuoteContext, index: number): Verdict | null {
  const prev = ctx.passages[index - 1];
  const p = ctx.passages[index]!;
  if (!prev || prev.paragraph !== p.paragraph) return null;
  return { named: null, cue: null, confidence: 0.75, inherit: index - 1 };
}

function previousSentenceCue(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  const s = ctx.sentenceOf[p.open]!;
  const sentence = ctx.doc.sentences[s]!;
  const prev = ctx.doc.sentences[s - 1];
  if (sentence.firstToken !== p.open || !prev || prev.paragraph !== sentence.paragraph) return null;
  for (let v = prev.endToken - 1; v >= prev.firstToken; v--) {
    if (ctx.inQuote[v]) return null;
    const verb = ctx.speechVerbs.get(ctx.doc.tokens[v]!.norm);
    if (!verb || CONTINUING_PARTICIPLES.has(ctx.doc.tokens[v]!.norm)) continue;
    const named = subjectOf(ctx, v, prev.firstToken) ?? (verb.inverts ? namedAt(ctx, v + 1, prev.endToken) : null);
    if (named) return { named, cue: [v, v + 1], confidence: named.actor ? 0.75 : 0.7 };
  }
  return null;
}

function continuedParagraph(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  if (p.continues !== null) return { named: null, cue: null, confidence: 0.9, inherit: p.continues };
  const prev = ctx.passages[index - 1];
  const para = ctx.doc.paragraphs[p.paragraph]!;
  const opensParagraph = ctx.doc.sentences[para.firstSentence]!.firstToken === p.open;
  if (!prev || !opensParagraph || prev.paragraph !== p.paragraph - 1) return null;
  return { named: null, cue: null, confidence: 0.7, inherit: index - 1 };
}

/**
 * The subject of the verb at v: the nearest name or pronoun before it, past auxiliaries,
 * adverbs and a short adverbial ("Ivan Sorokin, in a post on X, called it …").
 */
function subjectOf(ctx: QuoteContext, v: number, floor: number): Named | null {
  let k = v;
  while (k - 1 >= floor && HAS_AUX.test(ctx.doc.tokens[k - 1]!.norm)) k--;
  // "the chief justice, Maria Okonjo, said": the name in the apposition is the subject.
  // "Lars Berg, chief executive of Nordhavn Terminals, told …": skip the apposition.
  if (ctx.doc.tokens[k - 1]?.text === ',') {
    const inner = namedBefore(ctx, k - 1, floor);
    if (inner?.actor && ctx.kinds.get(inner.actor) === 'person') return inner;
    for (let c = k - 2; c >= Math.max(floor, k - 14); c--) {
      if (ctx.doc.tokens[c]!.text !== ',') continue;
      if (ctx.tokenActor.has(c - 1)) {
        const found = namedBefore(ctx, c, floor);
        return found ? personHeading(ctx, found, floor) : null;
      }
      continue; // "Ana Ruiz, director of the Watch, which filed the case, said": skip clause after clause
    }
  }
  const direct = namedBefore(ctx, k, floor);
  if (direct) return personHeading(ctx, direct, floor);
  for (let j = k - 1; j >= Math.max(floor, k - 8); j--) {
    const t = ctx.doc.tokens[j]!;
    if (ctx.inQuote[j] || ctx.speechVerbs.has(t.norm)) return null;
    if (ctx.tokenActor.has(j) && !isPossessive(ctx, j)) return namedBefore(ctx, j + 1, floor);
  }
  return null;
}

/**
 * "Mette Berg of Digital Rights Europe said", "Ana Ruiz, director of the Watch, said": an
 * organisation or place found as the subject may only describe the person before it.
 */
function personHeading(ctx: QuoteContext, named: Named, floor: number): Named {
  if (named.actor === null || ctx.kinds.get(named.actor) === 'person') return named;
  for (let k = named.first - 1; k >= floor && named.first - k <= 16; k--) {
    const t = ctx.doc.tokens[k]!;
    if (ctx.inQuote[k] || ctx.speechVerbs.has(t.norm)) break;
    const local = ctx.tokenActor.get(k);
    if (local !== undefined && ctx.kinds.get(local) === 'person') return namedBefore(ctx, k + 1, floor) ?? named;
  }
  return named;
}

/** "Okafor’s envoy": a possessive name is not the subject. */
function isPossessive(ctx: QuoteContext, i: number): boolean {
  return /['’]s?$/u.test(ctx.doc.tokens[i]!.text) && /['’]/u.test(ctx.doc.tokens[i]!.text);
}

/** For participles and long subjects: the first name or pronoun of the clause before the verb. */
function firstSubject(ctx: QuoteContext, floor: number, v: number): Named | null {
  for (let k = floor; k < v; k++) {
    if (ctx.inQuote[k]) continue;
    const named = namedAt(ctx, k, v);
    if (named && !isPossessive(ctx, named.end - 1)) return named;
  }
  return null;
}

/** "according to German Chancellor Anna Brandt" — the role words come before the actor's name. */
function roleThenActor(ctx: QuoteContext, i: number, end: number): Named | null {
  for (let k = i; k < Math.min(end, i + 7); k++) {
    if (ctx.tokenActor.has(k)) return namedAt(ctx, k, end);
    const t = ctx.doc.tokens[k]!;
    if ((t.kind !== 'word' && t.text !== '.') || ctx.speechVerbs.has(t.norm)) return null; // "Dr." keeps its period
  }
  return null;
}

function findToken(ctx: QuoteContext, from: number, to: number, text: string): number {
  for (let k = from; k < to; k++) if (ctx.doc.tokens[k]!.text === text) return k;
  return -1;
}
