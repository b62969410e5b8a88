import type { Source } from '../model/source.js';
import type { SourceMentions } from '../model/extraction.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ActorMention } from '../model/mention.js';
import { parseSource } from '../nlp/segment.js';
import { sourceInfo } from '../load/index.js';
import { extractActors } from './actors/index.js';
import { findVenues } from './actors/venues.js';
import { findDescribedPeople } from './actors/described-people.js';
import { extractQuotes, findPassages } from './quotes/index.js';
import { findOutlet } from './outlet.js';
import { extractFigures } from './figures/index.js';
import { extractDates } from './dates/index.js';
import { speechVerbsWith } from '../lexicon/speech.js';

/**
 * Everything one source says, as mentions. Never looks at another source, so it
 * can run in a worker or on another machine. Stages, in order:
 *   segment → quote marks (so names inside quotes are known) → actors → dates → figures → speakers.
 */
export interface ExtractOptions {
  /** Speech verbs of a house style, besides the lexicon's ("thundered"); see `check --config`. */
  readonly speechVerbs?: readonly string[];
}

export function extractSource(source: Source, options: ExtractOptions = {}): SourceMentions {
  const doc = parseSource(source.id, source.text);
  const found = findPassages(doc);
  const starts = found.passages.map((p) => doc.tokens[p.open]!.start);
  const ends = found.passages.map((p) => p.end);
  const { actors, tokenActor, openers } = extractActors(doc, (offset) => insideAny(starts, ends, offset));
  const dates = extractDates(doc);
  const figures = extractFigures(doc, { actors, tokenActor });
  const quotes = extractQuotes(doc, actors, tokenActor, found.passages, speechVerbsWith(options.speechVerbs ?? []));
  const diagnostics: Diagnostic[] = [...found.diagnostics, ...quotes.diagnostics, ...dates.diagnostics, ...figures.diagnostics];
  // Described places and people come last: they take no part in finding speakers or subjects.
  const venues = findVenues(doc, actors, tokenActor);
  const people = findDescribedPeople(doc, actors, tokenActor, actors.length + venues.length);
  return {
    source: sourceInfo(source, findOutlet(doc)),
    lineStarts: doc.lineStarts,
    actors: withOpeners([...people.actors, ...venues, ...people.described], openers),
    quotes: quotes.quotes,
    figures: figures.figures,
    dates: dates.dates,
    diagnostics,
    anchorDate: dates.anchorDate,
  };
}

/** The surnames that open sentences (see actors/index.ts), numbered after every other actor. */
function withOpeners(actors: ActorMention[], openers: ReadonlyArray<Omit<ActorMention, 'local'>>): ActorMention[] {
  return openers.length === 0 ? actors : [...actors, ...openers.map((o, i) => ({ local: `a${actors.length + i + 1}`, ...o }))];
}

/** Binary search over sorted, non-overlapping [start, end) ranges. */
function insideAny(starts: readonly number[], ends: readonly number[], offset: number): boolean {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < starts[mid]!) hi = mid - 1;
    else if (offset >= ends[mid]!) lo = mid + 1;
    else return true;
  }
  return false;
}
