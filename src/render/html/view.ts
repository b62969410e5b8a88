import type { Fact, FigureFact, QuoteFact, RunResult } from '../../model/fact.js';
import { figureValueLabel } from '../labels.js';
import { shortSourceNames } from '../short-names.js';
import { cueRanges } from './cues.js';
import { differingWords, type WordMark } from './diffs.js';

/** `[fact index, evidence index, speaker start, speaker end, cue start, cue end]`, -1 where not found. */
export type CueMark = readonly [number, number, number, number, number, number];

/**
 * What the page needs besides the JSON contract, computed here so the page only draws. Arrays
 * follow `result.sources` / `result.conflicts` (a source id is a file name, never an object key).
 */
export interface PageView {
  /** Short source labels (`000`), as in the other formats. */
  readonly short: readonly string[];
  /** Each article's text exactly as read, or null when the CLI could not give it. */
  readonly texts: readonly (string | null)[];
  /** For each conflict, the words that differ (see diffs.ts). */
  readonly diffs: readonly (readonly WordMark[])[];
  /** Speaker and cue words of quote evidence, where found. */
  readonly cues: readonly CueMark[];
  /** Figures as the table says them (`USD 2.4 million`), by fact id. */
  readonly figures: Readonly<Record<string, string>>;
}

export function pageView(result: RunResult, texts: ReadonlyMap<string, string>): PageView {
  const short = shortSourceNames(result.sources);
  const byId = new Map<string, Fact>(result.facts.map((f) => [f.id, f]));
  const cues: CueMark[] = [];
  result.facts.forEach((f, fi) => {
    if (f.type === 'quote') cues.push(...quoteCues(f, fi, texts));
  });
  const figures = Object.fromEntries(result.facts
    .filter((f): f is FigureFact => f.type === 'figure')
    .map((f) => [f.id, figureValueLabel(f)]));
  return {
    short: result.sources.map((s) => short.get(s.id) ?? s.id),
    texts: result.sources.map((s) => textOf(texts, s.id, s.chars)),
    diffs: result.conflicts.map((c) => differingWords(c, byId)),
    cues,
    figures,
  };
}

/** A text whose length is not the one the run read is another version of the file: left out. */
function textOf(texts: ReadonlyMap<string, string>, id: string, chars: number): string | null {
  const text = texts.get(id);
  return text !== undefined && text.length === chars ? text : null;
}

function quoteCues(f: QuoteFact, fi: number, texts: ReadonlyMap<string, string>): CueMark[] {
  const out: CueMark[] = [];
  f.evidence.forEach((e, ei) => {
    const text = texts.get(e.source);
    if (text === undefined || (e.cue === null && e.speakerText === null)) return;
    const { speaker, cue } = cueRanges(text, e);
    if (speaker || cue) out.push([fi, ei, speaker?.[0] ?? -1, speaker?.[1] ?? -1, cue?.[0] ?? -1, cue?.[1] ?? -1]);
  });
  return out;
}
