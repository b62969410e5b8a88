import { hasTag } from '../../nlp/lexicon.js';
import type { SpeakerAttribution } from '../../model/mention.js';
import { SCARE_MARKERS } from '../../lexicon/speech.js';
import type { QuoteContext } from './context.js';
import type { Passage } from './find.js';

/** Passages in marks that are nobody's speech: labels, titles, headline fragments. */

/** A fragment woven into the reporter's sentence: hailed it as “a turning point”. */
export function isPartial(ctx: QuoteContext, p: Passage): boolean {
  if (p.continues !== null || p.rule === 'transcript-turn') return false;
  const s = ctx.doc.sentences[ctx.sentenceOf[p.open]!]!;
  if (p.open === s.firstToken) return false;
  const prev = ctx.doc.tokens[p.open - 1]!;
  if (prev.text === ':' || prev.text === '—' || prev.text === '–') return false;
  // "… said Sen. Ana Roe, R-Utah. “We will vote no.”": a full stop the segmenter kept inside the sentence.
  if (/^[.!?]$/.test(prev.text) || (/[.!?]$/.test(prev.text) && prev.kind === 'word' && prev.text.length > 2)) return false;
  if (prev.text === ',') {
    const before = ctx.doc.tokens[p.open - 2];
    if (before && (ctx.speechVerbs.has(before.norm) || ctx.inQuote[p.open - 2] || ctx.tokenActor.has(p.open - 2))) return false;
    // “A,” said Ana Roe, the party's spokeswoman, “B.” — the second half of a quote split by its attribution.
    for (let k = p.open - 2; k >= Math.max(s.firstToken, p.open - 25); k--) {
      if (ctx.inQuote[k]) return !ctx.doc.tokens.slice(k + 1, p.open).some((t) => ctx.speechVerbs.has(t.norm));
    }
  }
  return true;
}

/**
 * Nobody's speech: the so-called “poison pill”; a short fragment no rule could attribute; a title
 * in title case woven into the sentence (on Radio Nord’s “Morning at the Harbour,”, his book “The Long Road Home”);
 * in a headline, a fragment the headline's own words carry ("Roe Calls Plan ‘A Disaster’") — the
 * body quotes it; a headline keeps a labelled or attributed quote ("Roe: ‘We Will Win’").
 */
export function isNotSpeech(ctx: QuoteContext, p: Passage, partial: boolean, speaker: SpeakerAttribution): boolean {
  const text = ctx.doc.text.slice(p.start, p.end);
  const words = text.split(/\s+/).filter(Boolean);
  if (partial) {
    const before = [ctx.doc.tokens[p.open - 1], ctx.doc.tokens[p.open - 2], ctx.doc.tokens[p.open - 3]];
    if (before.some((t) => t && SCARE_MARKERS.has(t.norm)) && words.length <= 6) return true;
    if (speaker.rule === 'none' && words.length <= 4) return true;
    if (isTitleCase(words)) return true;
  }
  if (isHeadline(ctx, p.paragraph)) return speaker.rule === 'none' || (partial && speaker.rule === 'sentence-subject');
  return false;
}

/** Small words a title leaves in lower case, English and the particles of other languages ("Los Niños del Puerto"). */
const SMALL = /^(?:a|an|the|and|or|nor|but|of|to|in|on|at|by|for|from|with|into|onto|over|as|vs\.?|via|per|than|is|be|de|del|della|di|da|do|du|des|la|le|les|el|los|las|y|e|et|und|van|von|der|den|het|au|aux)$/i;

/** "Morning at the Harbour", "The Long Road Home": every word but the small ones capitalised. */
export function isTitleCase(words: readonly string[]): boolean {
  const bare = words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  if (bare.length === 0 || bare.length > 10) return false;
  let capitals = 0;
  for (const w of bare) {
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitals++;
    else if (!SMALL.test(w) && !hasTag(w.toLowerCase(), 'Preposition')) return false;
  }
  // "Why now?" is a sentence: a title of several words capitalises more than its first.
  return (capitals >= 2 || bare.length === 1) && /^[\p{Lu}\p{N}]/u.test(bare[0]!);
}

/** A heading, or the first line of a longer article when it reads as a title (short, one sentence, mostly capitalised). */
function isHeadline(ctx: QuoteContext, paragraph: number): boolean {
  const para = ctx.doc.paragraphs[paragraph]!;
  if (para.heading) return true;
  if (paragraph !== 0 || ctx.doc.paragraphs.length < 2 || para.endSentence - para.firstSentence !== 1) return false;
  let known = TITLE_LINE.get(ctx);
  if (known === undefined) TITLE_LINE.set(ctx, (known = readsAsTitle(ctx, para)));
  return known;
}

/** Whether the first line reads as a title, once per source. */
const TITLE_LINE = new WeakMap<QuoteContext, boolean>();
function readsAsTitle(ctx: QuoteContext, para: QuoteContext['doc']['paragraphs'][number]): boolean {
  const s = ctx.doc.sentences[para.firstSentence]!;
  let long = 0;
  let capitals = 0;
  for (let k = s.firstToken; k < s.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4 || ctx.inQuote[k]) continue;
    long++;
    if (/^\p{Lu}/u.test(t.text)) capitals++;
  }
  return long > 0 && long <= 20 && capitals / long >= 0.6;
}
