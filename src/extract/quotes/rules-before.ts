import type { Named, QuoteContext } from './context.js';
import { lastTokenOfParagraph } from './context.js';
import { cueAt } from './cues.js';
import { mainSubject, subjectBefore } from './clause.js';
import { OWNER_PRONOUNS, speakerAt, speakerEndingAt } from './phrase.js';
import type { Verdict } from './verdict.js';

/** Rules that read the words before a quote: X said: “…”   X, telling reporters, “…”   Roe: “…” */

/** Where the words before the quote start and end: its sentence, or the paragraph before when that ends in a colon. */
function before(ctx: QuoteContext, index: number): { floor: number; end: number } | null {
  const p = ctx.passages[index]!;
  const s = ctx.doc.sentences[ctx.sentenceOf[p.open]!]!;
  // ¶ "She told reporters:" ¶ “…” — the cue closes the previous paragraph.
  if (p.open === s.firstToken && ctx.doc.paragraphs[p.paragraph]!.firstSentence === ctx.sentenceOf[p.open]! && p.paragraph > 0) {
    const last = lastTokenOfParagraph(ctx.doc, p.paragraph - 1);
    if (ctx.doc.tokens[last]?.text !== ':') return null;
    return { floor: ctx.doc.sentences[ctx.sentenceOf[last]!]!.firstToken, end: last + 1 };
  }
  return { floor: s.firstToken, end: p.open };
}

/**
 * X said: “…”   she told reporters, “…”   said Roe: “…”   According to Roe, “…”   As Roe put it, “…”
 * A participle hangs on the main clause: "Roe returned the favour, telling Lee, “…”" is Roe's.
 */
export function cueBefore(ctx: QuoteContext, index: number): Verdict | null {
  const range = before(ctx, index);
  if (!range) return null;
  const { floor, end } = range;
  let k = end - 1;
  if (k < floor) return null;
  const mark = ctx.doc.tokens[k]!;
  if (/^[:,—–]$/.test(mark.text)) k--;
  else if (!cueAt(ctx, k)) return null; // "writing “…”": a cue right before the mark needs no comma
  // "According to Paul Roe of the Harbour Trust, “…”": the opening phrase, however long, names the source.
  if (ctx.doc.tokens[floor]?.norm === 'according' && ctx.doc.tokens[floor + 1]?.norm === 'to' && mark.text === ',' && !ctx.doc.tokens.slice(floor + 2, k + 1).some((t) => t.text === ',')) {
    const named = speakerAt(ctx, floor + 2, k + 1);
    if (named) return { named, cue: [floor, floor + 2], confidence: 0.9, rule: 'according-to' };
  }
  for (let v = k; v >= Math.max(floor, k - 5); v--) {
    if (ctx.inQuote[v]) break;
    const cue = cueAt(ctx, v);
    if (!cue) continue;
    const cueWords: [number, number] = [v, Math.min(end, k + 1)];
    if (ctx.doc.tokens[v]!.norm === 'according') {
      const named = ctx.doc.tokens[v + 1]?.norm === 'to' ? speakerAt(ctx, v + 2, end) : null;
      return named ? { named, cue: cueWords, confidence: 0.9 } : null;
    }
    if (cue.participle) {
      const named = mainSubject(ctx, floor, v);
      return named ? { named, cue: cueWords, confidence: named.actor ? 0.85 : 0.75, rule: 'participle-clause' } : null;
    }
    const named = subjectBefore(ctx, v, floor) ?? (cue.verb.inverts ? speakerAt(ctx, cue.end, end) : null);
    if (named) return { named, cue: cueWords, confidence: named.actor ? 0.9 : 0.8 };
    // "Anton Brekke, president and CEO of the Oslo Association stated, “…”": an apposition left open.
    const main = mainSubject(ctx, floor, v);
    return main ? { named: main, cue: cueWords, confidence: 0.8 } : null;
  }
  return null;
}

/** "Heading - Jana Roe: “…”", "More from Roe: “…”": a name right before the colon labels the quote. */
export function labelColon(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  const s = ctx.doc.sentences[ctx.sentenceOf[p.open]!]!;
  if (ctx.doc.tokens[p.open - 1]?.text !== ':' || p.open - 2 < s.firstToken) return null;
  const named = speakerEndingAt(ctx, p.open - 2, s.firstToken);
  if (!named || named.pronoun || (!named.actor && !named.unlinked)) return null;
  const lead = ctx.doc.tokens[named.first - 1];
  const opens = named.first === s.firstToken || /^(?:[-—–―]|from)$/.test(lead?.norm ?? '') || (lead !== undefined && ctx.inQuote[named.first - 1] === 1);
  return opens ? { named, cue: [p.open - 1, p.open], confidence: 0.85 } : null;
}

/** X was blunt: “…”   X was blunt — “…” — a colon or dash hands the quote to the clause's subject. */
export function colonSubject(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  const s = ctx.doc.sentences[ctx.sentenceOf[p.open]!]!;
  const mark = ctx.doc.tokens[p.open - 1];
  if (p.open - 1 <= s.firstToken || !mark || !/^[:—–]$/.test(mark.text)) return null;
  // "Her message to the candidates was blunt — “…”": the possessor of the words is the speaker.
  const owner = OWNER_PRONOUNS.get(ctx.doc.tokens[s.firstToken]!.norm);
  const named: Named | null = owner ? { first: s.firstToken, end: s.firstToken + 1, actor: null, pronoun: owner, anonymous: false } : mainSubject(ctx, s.firstToken, p.open - 1);
  return named ? { named, cue: [p.open - 1, p.open], confidence: 0.7 } : null;
}

/** X hailed the deal as “a turning point”.   X said the repairs would be “finished by spring”. */
export function sentenceSubject(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  const s = ctx.doc.sentences[ctx.sentenceOf[p.open]!]!;
  for (let v = p.open - 1; v >= Math.max(s.firstToken, p.open - 60); v--) {
    const cue = cueAt(ctx, v);
    if (!cue || ctx.doc.tokens[v]!.norm === 'according') continue;
    const named = cue.participle ? mainSubject(ctx, s.firstToken, v) : (subjectBefore(ctx, v, s.firstToken) ?? mainSubject(ctx, s.firstToken, v));
    if (named) return { named, cue: [v, cue.end], confidence: named.actor ? 0.8 : 0.7 };
  }
  return null;
}

/** X said the plan would come in stages. “First we fix the roof.” — the cue is the sentence before. */
export function previousSentenceCue(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  const s = ctx.sentenceOf[p.open]!;
  const sentence = ctx.doc.sentences[s]!;
  const prev = ctx.doc.sentences[s - 1];
  if (sentence.firstToken !== p.open || !prev) return null;
  // ¶ Corder said the harbour would reopen. ¶ “The cranes are back …” — across the paragraph break only
  // when the quote opens its paragraph and the paragraph before holds no quote of its own.
  const across = prev.paragraph !== sentence.paragraph;
  if (across && (index > 0 && ctx.passages[index - 1]!.paragraph === prev.paragraph || ctx.doc.paragraphs[prev.paragraph]!.heading)) return null;
  for (let v = prev.endToken - 1; v >= Math.max(prev.firstToken, prev.endToken - 80); v--) {
    if (ctx.inQuote[v]) return null;
    const cue = cueAt(ctx, v);
    if (!cue || cue.participle) continue;
    const named = subjectBefore(ctx, v, prev.firstToken) ?? (cue.verb.inverts ? speakerAt(ctx, cue.end, prev.endToken) : null);
    if (named) return { named, cue: [v, cue.end], confidence: (named.actor ? 0.75 : 0.7) - (across ? 0.05 : 0) };
  }
  return null;
}

