import type { ActorMention } from '../../model/mention.js';
import type { ParsedSource, Sentence } from '../../nlp/types.js';
import { isSpeechVerb } from '../../lexicon/speech.js';
import { AMBIGUOUS_MONTHS, FULL_WEEKDAYS, MONTHS } from '../../lexicon/calendar.js';

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
export function peopleIn(doc: ParsedSource, s: Sentence, ctx: FigureContext | undefined): NamedPerson[] {
  if (!ctx) return [];
  const byLocal = actorsByLocal(ctx);
  const out: NamedPerson[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const local = ctx.tokenActor.get(i);
    const a = local === undefined ? undefined : byLocal.get(local);
    if (a?.kind !== 'person' || isSource(doc, i, s, ctx.tokenActor)) continue;
    const words = a.name.toLowerCase().split(/\s+/).filter((w) => !/^(?:jr|sr|ii|iii|iv)\.?$/.test(w));
    if (words.length) out.push({ surname: words[words.length - 1]!, end: doc.tokens[i]!.end });
  }
  return out;
}

const BY_LOCAL = new WeakMap<FigureContext, Map<string, ActorMention>>();

/** The article's actors by local id, built once per article (not once per sentence). */
function actorsByLocal(ctx: FigureContext): Map<string, ActorMention> {
  let m = BY_LOCAL.get(ctx);
  if (!m) BY_LOCAL.set(ctx, (m = new Map(ctx.actors.map((a) => [a.local, a]))));
  return m;
}

/**
 * Places named after a figure in its clause, up to the next comma: "12 homes were wrecked in Dorn" →
 * ["dorn"]. A count located in a place is that place's, whatever the story's whole count is.
 */
export function placesAfter(doc: ParsedSource, s: Sentence, fromChar: number, ctx: FigureContext | undefined): string[] {
  if (!ctx) return [];
  const out = new Set<string>();
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (t.start < fromChar) continue;
    if (t.text === ',' || t.text === ';' || CLAUSE_ENDS.has(t.norm) || isSpeechVerb(t.norm)) break;
    const place = placeAt(ctx, i);
    if (place && LOCATING.has(doc.tokens[i - 1]?.norm ?? '')) out.add(place);
  }
  return [...out].sort();
}

/**
 * Every place a sentence names, for a population: "Rostvale, a town of 48,000 people" counts
 * Rostvale's people, named before the figure as often as after it.
 */
export function placesIn(doc: ParsedSource, s: Sentence, ctx: FigureContext | undefined): string[] {
  if (!ctx) return [];
  const out = new Set<string>();
  for (let i = s.firstToken; i < s.endToken; i++) {
    const place = placeAt(ctx, i);
    if (place) out.add(place);
  }
  return [...out].sort();
}

/**
 * Where the words of the sentence that the actor stage names (anyone or anything) start: "Dorvale sent …" opens
 * with a name, "Officials sent …" with a common word.
 */
export function namedWords(doc: ParsedSource, s: Sentence, ctx: FigureContext | undefined): ReadonlySet<number> {
  const out = new Set<number>();
  for (let i = s.firstToken; ctx && i < s.endToken; i++) if (ctx.tokenActor.has(i)) out.add(doc.tokens[i]!.start);
  return out;
}

/** The named place (lower case) whose mention covers token i, or null. */
function placeAt(ctx: FigureContext, i: number): string | null {
  const local = ctx.tokenActor.get(i);
  const a = local === undefined ? undefined : actorsByLocal(ctx).get(local);
  return a?.kind === 'place' && !a.described ? a.name.toLowerCase() : null;
}

/** Words that end a figure's clause ("handcuffed two guards and fled near Merritt"). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'while', 'after', 'before', 'when', 'as', 'because', 'since', 'which', 'who']);
/** Prepositions that put a count in a place: "damaged in Dorn", "across Velmora", "evacuated from Lampton". */
const LOCATING: ReadonlySet<string> = new Set(['in', 'at', 'across', 'throughout', 'inside', 'within', 'from']);

/** A person the sentence names, and where the name (one of its words) ends. */
export interface NamedPerson { readonly surname: string; readonly end: number }

/**
 * Whose figure it is: the person named last before it ("Ana Ortiz's death came a day after Leo Rask
 * fell 45 metres" → Rask), else everyone the sentence names. Lower case, sorted.
 */
export function figurePeople(named: readonly NamedPerson[], start: number, ageBeforeName = false): string[] {
  // "the day after Rask's death, 31-year-old Ray Alder fell": an age before a name is that name's.
  const after = ageBeforeName ? named.filter((p) => p.end > start) : [];
  if (after.length) return [after[0]!.surname];
  const before = named.filter((p) => p.end <= start);
  const chosen = before.length ? [before[before.length - 1]!.surname] : named.map((p) => p.surname);
  return [...new Set(chosen)].sort();
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
  // "Leo Park added 101 yards": a verb of saying followed by an amount says no words.
  const says = isSpeechVerb(after) && !/^\d/.test(doc.tokens[end + 1]?.text ?? '');
  return says || isSpeechVerb(before) || (before === 'to' && doc.tokens[first - 2]?.norm === 'according') || saysAfterApposition(doc, end, s);
}

/**
 * "Tomas Brell, the mayor of the district, said nine were killed": a name, a description of it set off
 * by commas, then a verb of saying (an adverb may come between: "said earlier"). The description opens
 * with a word: "Ray Alder, 29, said" keeps its age with its name.
 */
function saysAfterApposition(doc: ParsedSource, end: number, s: Sentence): boolean {
  if (doc.tokens[end]?.text !== ',' || !/^\p{L}/u.test(doc.tokens[end + 1]?.text ?? '')) return false;
  for (let k = end + 1; k < Math.min(s.endToken, end + 1 + MAX_APPOSITION); k++) {
    const t = doc.tokens[k]!;
    if (t.text === ';' || t.text === '(' || t.text === ')' || isSpeechVerb(t.norm)) return false;
    if (t.text !== ',') continue;
    const next = doc.tokens[k + 1];
    const verb = next && /^(?:earlier|later|again|also|then)$|ly$/.test(next.norm) ? doc.tokens[k + 2] : next;
    return verb !== undefined && k + 1 < s.endToken && isSpeechVerb(verb.norm);
  }
  return false;
}
const MAX_APPOSITION = 16;

/**
 * Words that make a count a running or overall total: "more than 600 have been killed so far", "the death
 * toll rose to 24", "in all". Such a total and the count of one incident ("three were killed in a
 * separate strike") are two quantities, never a disagreement.
 */
const TOTAL_MARKERS: ReadonlyArray<readonly string[]> = [
  ['so', 'far'], ['in', 'total'], ['in', 'all'], ['to', 'date'], ['overall'], ['altogether'], ['toll'], ['cumulative'], ['total'], ['career'],
];

const MARKER_STARTS = new Set(TOTAL_MARKERS.map((m) => m[0]!));

export function scopeOf(doc: ParsedSource, s: Sentence, previous?: Sentence): 'total' | 'past' | undefined {
  if (isDated(doc, s) || (previous && isDated(doc, previous) && continues(doc, s, previous))) return 'past';
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (!MARKER_STARTS.has(doc.tokens[i]!.norm)) continue;
    for (const m of TOTAL_MARKERS) if (i + m.length <= s.endToken && m.every((w, k) => doc.tokens[i + k]!.norm === w)) return 'total';
  }
  return undefined;
}

/**
 * A sentence with no time of its own that takes up, with "the", a noun of the sentence before: "In 1998
 * a flood swept the valley. Nine people drowned in the flood." tells of the same past event.
 */
function continues(doc: ParsedSource, s: Sentence, previous: Sentence): boolean {
  const before = new Set<string>();
  for (let i = previous.firstToken; i < previous.endToken; i++) before.add(doc.tokens[i]!.norm);
  let takesUp = false;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const norm = doc.tokens[i]!.norm;
    if (FULL_WEEKDAYS.has(norm) || NOW_WORDS.has(norm) || (MONTHS.has(norm) && !AMBIGUOUS_MONTHS.has(norm))) return false;
    if (norm === 'the' && i + 1 < s.endToken && doc.tokens[i + 1]!.kind === 'word' && before.has(doc.tokens[i + 1]!.norm) && !FUNCTION_WORDS.has(doc.tokens[i + 1]!.norm)) takesUp = true;
  }
  return takesUp;
}

/** Words of the report's own time: a sentence with one is about the story, not a past event before it. */
const NOW_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'now', 'currently', 'latest']);
/** Words after "the" that name no thing of the sentence before. */
const FUNCTION_WORDS = new Set(['same', 'other', 'first', 'last', 'next', 'previous', 'most', 'city', 'country', 'government', 'people', 'area', 'region', 'province', 'state']);

/**
 * A sentence dated by a year of its own ("In May 2009 a flood near Dorn killed 400", "the 2004
 * tsunami", "last year", "last season", "two years ago") tells of another event than the story's.
 */
function isDated(doc: ParsedSource, s: Sentence): boolean {
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (/^(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?$/.test(t.text) && !/^[$€£¥]$/.test(doc.tokens[i - 1]?.text ?? '')) return true; // "in 2009", "(2001-2004)"
    if (t.norm === 'year' && doc.tokens[i - 1]?.norm === 'last') return true;
    // (a sport's year: "missed four games last season")
    if (t.norm === 'season' && /^(?:last|previous)$/.test(doc.tokens[i - 1]?.norm ?? '')) return true;
    if (t.norm === 'ago' && /^(?:years|decades)$/.test(doc.tokens[i - 1]?.norm ?? '')) return true;
  }
  return false;
}
