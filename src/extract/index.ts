import type { Source } from '../model/source.js';
import type { SourceMentions } from '../model/extraction.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ActorMention, ActorOccurrence, DateMention, QuoteMention } from '../model/mention.js';
import type { ParsedSource, Token } from '../nlp/types.js';
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
  const inQuotes = (m: DateMention) => insideAny(starts, ends, m.start);
  const figures = extractFigures(doc, { actors, tokenActor });
  const quotes = extractQuotes(doc, actors, tokenActor, found.passages, speechVerbsWith(options.speechVerbs ?? []));
  speakersInTheirWords(doc, actors, quotes.quotes);
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
    dates: dates.dates.map((m) => (inQuotes(m) ? { ...m, quoted: true as const } : m)),
    diagnostics,
    anchorDate: dates.anchorDate,
  };
}

/**
 * "“I slipped but I'm fine,” Alder said": inside a quote given to a named person, "I" is that person.
 * Each such word is one more occurrence of the speaker (rule `first-person`), where the attribution is
 * firm (confidence 0.8 or more). "We" is a group and stays out.
 */
function speakersInTheirWords(doc: ParsedSource, actors: ActorMention[], quotes: readonly QuoteMention[]): void {
  const byLocal = new Map(actors.map((a, i) => [a.local, i]));
  const added = new Map<number, ActorOccurrence[]>();
  for (const q of quotes) {
    const k = q.speaker.actor === null ? undefined : byLocal.get(q.speaker.actor);
    if (k === undefined || actors[k]!.kind !== 'person' || q.speaker.confidence < FIRM_SPEAKER) continue;
    for (const t of tokensIn(doc, q.start, q.end)) {
      if (t.kind === 'word' && FIRST_PERSON.has(t.norm)) (added.get(k) ?? added.set(k, []).get(k)!).push({ source: doc.id, start: t.start, end: t.end, text: t.text, rule: 'first-person' });
    }
  }
  for (const [k, more] of added) {
    const a = actors[k]!;
    actors[k] = { ...a, count: a.count + more.length, occurrences: [...a.occurrences, ...more].sort((x, y) => x.start - y.start || x.end - y.end) };
  }
}

const FIRM_SPEAKER = 0.8;
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', "i'm", "i've", "i'd", "i'll"]);

/** The tokens inside [start, end), by binary search for the first. */
function tokensIn(doc: ParsedSource, start: number, end: number): Token[] {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < doc.tokens.length && doc.tokens[i]!.end <= end; i++) out.push(doc.tokens[i]!);
  return out;
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
