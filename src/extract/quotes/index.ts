import { diagnostic } from '../../model/codes.js';
import type { ParsedSource } from '../../nlp/types.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ActorMention, QuoteMention, SpeakerAttribution } from '../../model/mention.js';
import { SPEECH_VERBS, type SpeechVerb } from '../../lexicon/speech.js';
import { buildContext, type QuoteContext } from './context.js';
import type { Passage } from './find.js';
import { resolvePronoun } from './pronouns.js';
import { SIEVE, type Verdict } from './sieve.js';
import { isNotSpeech, isPartial } from './filters.js';
import { labelName } from './rules-label.js';
import { ownerOfUtterance } from './describe.js';
import { UTTERANCE_NOUNS } from '../../lexicon/media.js';

export { findPassages } from './find.js';

const NOBODY: SpeakerAttribution = { actor: null, name: null, text: null, span: null, cue: null, rule: 'none', confidence: 0, anonymous: false };

/** Attributes each passage through the sieve, drops scare quotes, reports unattributed speech. */
export function extractQuotes(
  doc: ParsedSource,
  actors: readonly ActorMention[],
  tokenActor: ReadonlyMap<number, string>,
  passages: readonly Passage[],
  speechVerbs: ReadonlyMap<string, SpeechVerb> = SPEECH_VERBS,
): { quotes: QuoteMention[]; diagnostics: Diagnostic[] } {
  const ctx = buildContext(doc, actors, tokenActor, passages, speechVerbs);
  const speakers: SpeakerAttribution[] = [];
  const roots: Array<number | null> = [];
  for (let i = 0; i < passages.length; i++) {
    const [speaker, root] = attribute(ctx, i, speakers, roots);
    speakers.push(speaker);
    roots.push(root);
  }
  // ¶ “First we fix the roof. ¶ “Then the academy,” she said. — a passage continued into the
  // next paragraph takes the speaker its continuation names.
  const continuation = new Map<number, number>();
  passages.forEach((q, j) => q.continues !== null && !continuation.has(q.continues) && continuation.set(q.continues, j));
  for (let i = passages.length - 1; i >= 0; i--) {
    const next = continuation.get(i) ?? -1;
    if (speakers[i]!.rule === 'none' && next >= 0 && speakers[next]!.rule !== 'none') {
      speakers[i] = { ...speakers[next]!, rule: 'continued-in-next-paragraph', confidence: Math.min(0.85, speakers[next]!.confidence) };
    }
  }
  const kept = new Map<number, number>();
  const quotes: QuoteMention[] = [];
  const diagnostics: Diagnostic[] = [];
  passages.forEach((p, i) => {
    const partial = isPartial(ctx, p);
    const speaker = speakers[i]!;
    if (isNotSpeech(ctx, p, partial, speaker)) return;
    kept.set(i, quotes.length);
    const root = roots[i];
    quotes.push({
      source: doc.id,
      start: p.start,
      end: p.end,
      text: doc.text.slice(p.start, p.end),
      partial,
      speaker,
      rule: p.rule,
      continues: root === null || root === undefined ? null : (kept.get(root) ?? null),
    });
    if (speaker.rule === 'none' && !partial) {
      diagnostics.push(diagnostic('quote/unattributed', 'Quote without a speaker: no "said"-style attribution, pronoun or preceding speaker was found',
        { source: doc.id, start: p.start, end: p.end }));
    }
  });
  return { quotes, diagnostics };
}

function attribute(ctx: QuoteContext, i: number, done: readonly SpeakerAttribution[], roots: ReadonlyArray<number | null>): [SpeakerAttribution, number | null] {
  for (const rule of SIEVE) {
    const verdict = rule.apply(ctx, i);
    if (!verdict) continue;
    if (verdict.inherit !== undefined) {
      // A passage nobody was found for hands on the speaker of the one before it in its paragraph.
      let j = verdict.inherit;
      while (done[j]!.rule === 'none' && j > 0 && j > verdict.inherit - 8 && ctx.passages[j - 1]!.paragraph === ctx.passages[j]!.paragraph) j--;
      const from = done[j]!;
      if (from.rule === 'none') continue;
      const root = roots[j] ?? j;
      return [{ ...from, rule: verdict.rule ?? rule.name, cue: cueText(ctx, verdict) ?? from.cue, confidence: Math.min(from.confidence, verdict.confidence) }, root];
    }
    const speaker = toSpeaker(ctx, verdict, verdict.rule ?? rule.name);
    if (speaker) return [speaker.actor === null && verdict.named?.pronoun && speaker.rule !== 'first-person' ? lastSpeaker(ctx, i, done, speaker) : speaker, null];
  }
  return [NOBODY, null];
}

/**
 * “…,” Roe said. … “…,” he added. — when no actor the article names fits the pronoun (Roe was a
 * name no actor holds), the speaker of the last quote within two paragraphs is the salient one.
 */
function lastSpeaker(ctx: QuoteContext, i: number, done: readonly SpeakerAttribution[], speaker: SpeakerAttribution): SpeakerAttribution {
  const p = ctx.passages[i]!;
  const pronoun = speaker.text?.toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she') return speaker;
  for (let j = i - 1; j >= 0 && j >= i - 12 && p.paragraph - ctx.passages[j]!.paragraph <= 2; j--) {
    const prior = done[j]!;
    if (prior.name === null || prior.anonymous) continue;
    const gender = prior.actor ? ctx.gender.get(prior.actor) : undefined;
    if (gender !== undefined && gender !== (pronoun === 'he' ? 'male' : 'female')) continue;
    if (prior.actor && ctx.kinds.get(prior.actor) !== 'person') continue;
    return { ...speaker, actor: prior.actor, name: prior.name, confidence: 0.6 };
  }
  return speaker;
}

function toSpeaker(ctx: QuoteContext, v: Verdict, rule: string): SpeakerAttribution | null {
  const named = v.named;
  if (!named) return null;
  const first = ctx.doc.tokens[named.first]!;
  const last = ctx.doc.tokens[named.end - 1]!;
  const span = { source: ctx.doc.id, start: first.start, end: last.end };
  const text = ctx.doc.text.slice(span.start, span.end);
  let actor = named.actor;
  let confidence = Math.round(v.confidence * 100) / 100;
  // “Okay,” I said. — the narrator is the author: nobody the article names, and no guess.
  if (named.pronoun === 'first') return { actor: null, name: null, text, span, cue: cueText(ctx, v), rule: 'first-person', confidence, anonymous: false };
  if (named.pronoun) {
    actor = resolvePronoun(ctx, named.first, named.pronoun);
    if (!actor) confidence = 0.3;
  }
  // “…,” the statement said. — the statement's issuer, named when the article said who issued it.
  const definite = /^(?:the|that|this)$/.test(ctx.doc.tokens[named.first]!.norm);
  if (named.anonymous && definite && UTTERANCE_NOUNS.has(ctx.doc.tokens[named.end - 1]!.norm)) {
    const owner = ownerOfUtterance(ctx, named);
    if (owner) return { actor: owner, name: ctx.names.get(owner) ?? null, text, span, cue: cueText(ctx, v), rule, confidence: Math.min(confidence, 0.8), anonymous: false };
  }
  const name = actor ? (ctx.names.get(actor) ?? null) : named.unlinked && rule === 'transcript-label' ? labelName(ctx, text) : named.anonymous || named.unlinked ? text : null;
  return { actor, name, text, span, cue: cueText(ctx, v), rule, confidence, anonymous: named.anonymous };
}

function cueText(ctx: QuoteContext, v: Verdict): string | null {
  if (!v.cue) return null;
  const [a, b] = v.cue;
  return ctx.doc.text.slice(ctx.doc.tokens[a]!.start, ctx.doc.tokens[b - 1]!.end).replace(/[\s:,]+$/u, '');
}
