import type { ActorMention } from '../../model/mention.js';
import type { ParsedSource, Sentence } from '../../nlp/types.js';
import { isSpeechVerb } from '../../lexicon/speech.js';

/** What the actor stage knows, for the figures of a sentence: who is named in it. */
export interface FigureContext {
  readonly actors: readonly ActorMention[];
  /** Token index → local actor id (see extract/actors). */
  readonly tokenActor: ReadonlyMap<number, string>;
}

/**
 * Surnames of the people a sentence names, lower case and sorted: "Ruiz rushed for 404 yards while
 * Ana Ortiz caught …" → ["ortiz", "ruiz"]. Empty when the sentence names nobody ("He rushed for …").
 */
export function peopleIn(doc: ParsedSource, s: Sentence, ctx: FigureContext | undefined): string[] {
  if (!ctx) return [];
  const byLocal = new Map(ctx.actors.map((a) => [a.local, a]));
  const out = new Set<string>();
  for (let i = s.firstToken; i < s.endToken; i++) {
    const local = ctx.tokenActor.get(i);
    const a = local === undefined ? undefined : byLocal.get(local);
    if (a?.kind !== 'person' || isSource(doc, i, s, ctx.tokenActor)) continue;
    const words = a.name.toLowerCase().split(/\s+/).filter((w) => !/^(?:jr|sr|ii|iii|iv)\.?$/.test(w));
    if (words.length) out.add(words[words.length - 1]!);
  }
  return [...out].sort();
}

/**
 * A person named as the source of the sentence ("12 were killed, Ruiz said", "Ruiz said 12 were killed",
 * "according to Ruiz") tells the figure; it is not theirs.
 */
function isSource(doc: ParsedSource, i: number, s: Sentence, tokenActor: ReadonlyMap<number, string>): boolean {
  let end = i;
  while (end < s.endToken && tokenActor.get(end) === tokenActor.get(i)) end++;
  let first = i;
  while (first > s.firstToken && tokenActor.get(first - 1) === tokenActor.get(i)) first--;
  const after = doc.tokens[end]?.norm ?? '';
  const before = doc.tokens[first - 1]?.norm ?? '';
  return isSpeechVerb(after) || isSpeechVerb(before) || (before === 'to' && doc.tokens[first - 2]?.norm === 'according');
}

/**
 * Words that make a count a running or overall total: "more than 600 have been killed so far", "the death
 * toll rose to 24", "in all". Such a total and the count of one incident ("three were killed in a
 * separate strike") are two quantities, never a disagreement.
 */
const TOTAL_MARKERS: ReadonlyArray<readonly string[]> = [
  ['so', 'far'], ['in', 'total'], ['in', 'all'], ['to', 'date'], ['overall'], ['altogether'], ['toll'], ['cumulative'], ['total'], ['career'],
];

const MARKER_STARTS = new Set(TOTAL_MARKERS.map((m) => m[0]!));

export function scopeOf(doc: ParsedSource, s: Sentence): 'total' | undefined {
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (!MARKER_STARTS.has(doc.tokens[i]!.norm)) continue;
    for (const m of TOTAL_MARKERS) if (i + m.length <= s.endToken && m.every((w, k) => doc.tokens[i + k]!.norm === w)) return 'total';
  }
  return undefined;
}
