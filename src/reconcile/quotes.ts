import type { ActorFact, Conflict, QuoteEvidence, QuoteFact } from '../model/fact.js';
import type { SourceMentions } from '../model/extraction.js';
import type { QuoteMention } from '../model/mention.js';
import type { ActorIndex } from './actors.js';
import { compareEvidence, lineColumn } from './evidence.js';
import { IdAllocator, shortHash } from './ids.js';
import { quoteWords } from './quote-text.js';

export interface QuoteItem {
  readonly source: SourceMentions;
  readonly quote: QuoteMention;
  /** Position of the quote in its source's `quotes`. */
  readonly index: number;
  readonly words: readonly string[];
  readonly key: string;
  readonly speaker: string | null;
}

export interface QuoteGroup {
  readonly key: string;
  readonly words: readonly string[];
  readonly items: QuoteItem[];
}

/**
 * One fact per utterance across sources. Identical wording (after folding marks,
 * case, spaces and punctuation) is one fact; a fragment of at least three words
 * — or of any length from the same speaker — that appears verbatim inside a longer
 * quote supports that quote. Near-identical wordings stay separate: see conflicts.ts.
 */
export function groupQuotes(inputs: readonly SourceMentions[], actors: ActorIndex, tick: () => void = noop): QuoteGroup[] {
  const byKey = new Map<string, QuoteItem[]>();
  const folded = new Map<string, { words: readonly string[]; key: string }>(); // outlets repeat quotes: fold each wording once
  for (const source of inputs) {
    tick();
    for (let index = 0; index < source.quotes.length; index++) {
      const quote = source.quotes[index]!;
      let fold = folded.get(quote.text);
      if (!fold) {
        const words = quoteWords(quote.text);
        folded.set(quote.text, (fold = { words, key: words.join(' ') }));
      }
      const { words, key } = fold;
      if (words.length === 0) continue;
      const speaker = quote.speaker.actor ? (actors(source.source.id, quote.speaker.actor) ?? null) : null;
      const item = { source, quote, index, words, key, speaker };
      const list = byKey.get(key);
      if (list) list.push(item);
      else byKey.set(key, [item]);
    }
  }
  const texts = [...byKey.entries()].sort((a, b) => wordCount(b[0]) - wordCount(a[0]) || (a[0] < b[0] ? -1 : 1));
  const groups: QuoteGroup[] = [];
  const byWord = new Map<string, number[]>();
  for (const [key, items] of texts) {
    const words = items[0]!.words;
    const host = findHost(groups, byWord, words, key, items);
    if (host) {
      host.items.push(...items);
      continue;
    }
    groups.push({ key, words, items: [...items] });
    for (const w of new Set(words)) {
      const list = byWord.get(w);
      if (list) list.push(groups.length - 1);
      else byWord.set(w, [groups.length - 1]);
    }
  }
  return groups;
}

function findHost(groups: readonly QuoteGroup[], byWord: ReadonlyMap<string, number[]>, words: readonly string[], key: string, items: readonly QuoteItem[]): QuoteGroup | undefined {
  // The rarest word of the fragment gives the fewest candidates to check.
  let best: number[] | undefined;
  for (const w of words) {
    const list = byWord.get(w);
    if (!list) return undefined;
    if (!best || list.length < best.length) best = list;
  }
  for (const g of best ?? []) {
    const host = groups[g]!;
    if (!` ${host.key} `.includes(` ${key} `)) continue;
    if (words.length >= 3 || sameSpeaker(host, items)) return host;
  }
  return undefined;
}

function sameSpeaker(host: QuoteGroup, items: readonly QuoteItem[]): boolean {
  const a = host.items.map((i) => i.speaker).filter(Boolean);
  return items.some((i) => i.speaker !== null && a.includes(i.speaker));
}

const noop = (): void => undefined;
const wordCount = (key: string) => key.split(' ').length;

/**
 * Turns groups into facts, without evidence: evidence is built per source afterwards
 * (reconcile/members.ts); conflicts take their details from the group's quotes.
 */
export function quoteFacts(groups: readonly QuoteGroup[], actorFacts: ReadonlyMap<string, ActorFact>): QuoteFact[] {
  const ids = new IdAllocator();
  return groups.map((g) => {
    const longest = [...g.items].sort((a, b) => b.words.length - a.words.length || compareEvidence(a.quote, b.quote))[0]!;
    const speaker = majority(g.items.map((i) => i.speaker));
    const anonymous = g.items.find((i) => i.quote.speaker.anonymous)?.quote.speaker.name ?? null;
    const sources = [...new Set(g.items.map((i) => i.source.source.id))].sort();
    return {
      id: ids.take(`quote-${shortHash(g.key)}`),
      type: 'quote',
      status: sources.length > 1 ? 'agreed' : 'single-source',
      sources,
      conflicts: [],
      text: longest.quote.text,
      speaker,
      speakerName: speaker ? (actorFacts.get(speaker)?.name ?? null) : anonymous,
      partial: g.items.every((i) => i.quote.partial),
      evidence: [],
    } satisfies QuoteFact;
  });
}

/** Evidence for one quote: its span, and who this source says spoke it (`speaker`: the actor fact id). */
export function quoteEvidenceOf(source: string, lineStarts: readonly number[], q: QuoteMention, speaker: string | null, speakerFactName: string | undefined): QuoteEvidence {
  const { line, column } = lineColumn(lineStarts, q.start);
  // One literal, not a spread of `evidenceOf`: a large run builds hundreds of thousands of these.
  return {
    source,
    start: q.start,
    end: q.end,
    line,
    column,
    text: q.text,
    rule: q.rule,
    speaker,
    speakerName: speaker ? (speakerFactName ?? q.speaker.name) : q.speaker.name,
    speakerText: q.speaker.text,
    speakerRule: q.speaker.rule,
    cue: q.speaker.cue,
    confidence: q.speaker.confidence,
    partial: q.partial,
  };
}

/** Most frequent non-null value; ties go to the first seen. */
function majority(values: ReadonlyArray<string | null>): string | null {
  const count = new Map<string, number>();
  for (const v of values) if (v) count.set(v, (count.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of count) if (best === null || n > count.get(best)!) best = v;
  return best;
}

export type { Conflict };
