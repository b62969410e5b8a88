import type { ActorFact, Conflict, ConflictDetail, QuoteFact } from '../model/fact.js';
import { compareEvidence, lineColumn } from './evidence.js';
import { shortHash } from './ids.js';
import { alignInside, INSERTION, quoteWordSpans, quoteWordsMarked, type Alignment } from './quote-text.js';
import { canonical, canonicalWithOrigin, meaningful } from './quote-conflicts-wording.js';
import { jaroWinkler } from './names.js';
import { PERSON_NOUNS, PERSON_TITLES } from '../lexicon/people.js';

/** Groups and descriptions read as a one-word speaker: "Authorities called it …". */
const GROUPS: ReadonlySet<string> = new Set([...PERSON_NOUNS, 'authorities', 'police', 'investigators', 'prosecutors', 'rescuers', 'medics', 'doctors']);


/** Words a quote needs before two speakers of it are a disagreement rather than one phrase said twice. */
const MIN_SPEAKER_WORDS = 5;
import type { QuoteGroup, QuoteItem } from './quotes.js';

/** Words too common to suggest two quotes are the same utterance. */
const COMMON = new Set(['the', 'a', 'an', 'and', 'of', 'to', 'in', 'is', 'it', 'that', 'we', 'i', 'they', 'be', 'on', 'for', 'this', 'with', 'are', 'was', 'but', 'not', 'you', 'he', 'she', 'as', 'at', 'will', 'have', 'our', 'their']);

export const noop = (): void => undefined;
/** A content word in more of one speaker's quotes than this says nothing about which two are one utterance. */
export const MAX_POSTINGS = 64;
/** Word pairs one alignment may compare: two 200-word quotes; longer ones are not one reworded utterance. */
export const MAX_ALIGNMENT = 40_000;

/**
 * `quote-wording`: two facts that are evidently one utterance worded differently —
 * the shorter, of three words or more, fits inside the longer with at most a third
 * of its words changed ("a notable win for the port" / "a major win for the port").
 * Candidates share at least half of the shorter one's content words.
 */
export function wordingConflicts(groups: readonly QuoteGroup[], facts: readonly QuoteFact[], actors: ReadonlyMap<string, ActorFact>, tick: () => void = noop): Conflict[] {
  const byWord = new Map<string, number[]>();
  groups.forEach((g, i) => {
    for (const w of new Set(g.words)) if (!COMMON.has(w)) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(i);
  });
  const conflicts: Conflict[] = [];
  const seen = new Set<string>();
  // A word shared by many distinct quotes says nothing about which two are one utterance,
  // and comparing all of them would be quadratic: such words are left out of the blocking.
  const rare = (w: string) => (byWord.get(w)?.length ?? 0) <= MAX_POSTINGS;
  // "her (Ada Ruiz) family", "[The dockers] work": words an editor put in brackets are no part of the utterance,
  // and stand for whatever the other outlet quotes there.
  const written = groups.map((g, i) => (/[[(]/.test(facts[i]!.text) ? quoteWordsMarked(facts[i]!.text) : g.words));
  // Compared with numbers as digits and contractions opened; described in the words as written.
  const spoken = written.map(canonical);
  groups.forEach((a, i) => {
    tick();
    const content = [...new Set(written[i]!)].filter((w) => !COMMON.has(w) && w !== INSERTION && rare(w));
    if (a.words.length < 3 || content.length === 0) return;
    const shared = new Map<number, number>();
    for (const w of content) for (const j of byWord.get(w) ?? []) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of [...shared].sort((x, y) => x[0] - y[0])) {
      const b = groups[j]!;
      // At least two content words in common, and most of them: "a lot of water" is not "a lot of help".
      if (n < 2 || n * 10 < content.length * 6 || b.words.length < a.words.length || (b.words.length === a.words.length && j < i)) continue;
      if (a.words.length * b.words.length > MAX_ALIGNMENT) continue;
      const [wa, wb] = joinCompounds(spoken[i]!, spoken[j]!);
      if (wa.length < 3 || wa.filter((w) => !COMMON.has(w) && w !== INSERTION && wb.includes(w)).length < 2) continue;
      // Words before the other quotation begins or after it ends are quoted by one outlet only: no rewording.
      const { distance, changes, length } = overlapOf(alignInside(wa, wb), wa.length);
      const fa = facts[i]!;
      const fb = facts[j]!;
      // One speaker's utterance that opens and closes in the same words may change up to half of its middle.
      const limit = fa.speaker && fb.speaker && framed(wa, wb) ? Math.floor(length / 2) : Math.max(1, Math.floor(length / 3));
      if (length < 3 || distance === 0 || distance > limit) continue;
      if (!meaningful(changes, wa, fa.partial)) continue;
      if (fa.speaker && fb.speaker && !sameSpeaker(actors.get(fa.speaker)?.name ?? fa.speaker, actors.get(fb.speaker)?.name ?? fb.speaker)) continue;
      // Two outlets must disagree: a source that quotes both wordings is quoting two passages, not rewording one.
      // (A source that quotes another passage of the longer quote, "… and the club will appeal", has
      // not quoted this one twice.)
      const both = (x: string, g: QuoteGroup, words: readonly string[]) => g.items.some((it) => it.source.source.id === x && sharesPassage(it.words, words));
      if (fa.sources.every((x) => fb.sources.includes(x) && both(x, b, wa)) || fb.sources.every((x) => fa.sources.includes(x) && both(x, a, wb))) continue;
      const pair = `${fa.id}|${fb.id}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      const shown = asWritten(written[i]!, written[j]!);
      const diff = describeChanges(shown.changes);
      // Each side is the outlets that quote its wording where the two differ: one that quotes only
      // another passage of the longer statement says nothing of the words changed.
      const [mineA, mineB] = [witnesses(a, written[i]!, shown.firstA, 0, written[i]!.length), witnesses(b, written[j]!, shown.firstB, shown.start, shown.end)];
      const [sideA, sideB] = [mineA.filter((x) => !mineB.includes(x)), mineB.filter((x) => !mineA.includes(x))];
      if (sideA.length === 0 || sideB.length === 0) continue;
      const [ga, gb] = [only(a, sideA), only(b, sideB)];
      conflicts.push({
        id: `conflict-wording-${shortHash(pair)}`,
        type: 'quote-wording',
        facts: [fa.id, fb.id],
        sources: unique([...sideA, ...sideB]),
        message: `Same quote, different words: ${around(fa, written[i] === groups[i]!.words ? shown.firstA : -1, null)} (${sideA.join(', ')}) vs ${around(fb, written[j] === groups[j]!.words ? shown.firstB : -1, written[j] === groups[j]!.words ? shown : null)} (${sideB.join(', ')}): ${diff}`,
        reason: { rule: 'one-utterance', shared: `${length - distance} of ${length} words in order${fa.speakerName ?? fb.speakerName ? `; speaker ${fa.speakerName ?? fb.speakerName}` : ''}` },
        details: [...details(ga, fa.id, () => fa.text), ...details(gb, fb.id, () => fb.text)],
      });
    }
  });
  return conflicts;
}

/**
 * The stretch two quotations share: "Above all, I never set out to beat the tally" and "I never set out
 * to beat the tally. We played as a team" overlap in "I never set out to beat the tally"; the words only one outlet quoted, before
 * the other's quotation begins or after it ends, are no change.
 */
function overlapOf(al: Alignment, words: number): { distance: number; changes: Array<[string, string]>; length: number } {
  return { distance: al.distance - al.lead - al.trail, changes: al.changes.slice(al.lead, al.changes.length - al.trail), length: words - al.lead - al.trail };
}

/**
 * The changes to show, in the words as written: the two wordings are aligned as they are compared (numbers
 * as digits, contractions opened, so "it is" and "it's" are no change), and each change is shown with the
 * written words it came from, once. `start` and `end` are the stretch of the second wording, in its words.
 */
function asWritten(a: readonly string[], b: readonly string[]): { changes: Array<[string, string]>; start: number; end: number; firstA: number; firstB: number } {
  const ca = canonicalWithOrigin(a);
  const cb = canonicalWithOrigin(b);
  const al = alignInside(ca.tokens, cb.tokens);
  const changes: Array<[string, string]> = [];
  const seen = new Set<string>();
  // Edits that touch, with no word in common between them, are one change of phrase: "see" → "look at",
  // not "look" added and "see" → "at"; "are with" → "go out to".
  let run: [string[], string[]] | null = null;
  let reach: [number, number] = [-1, -1];
  const close = () => {
    if (run && (run[0].length || run[1].length)) changes.push([run[0].join(' '), run[1].join(' ')]);
    run = null;
  };
  const from = al.lead;
  // Where the first change stands in each wording, in its written words (for the passage shown).
  let firstA = -1;
  let firstB = -1;
  al.at.slice(from, al.at.length - al.trail).forEach(([x, y], k) => {
    const [sa, sb] = al.spots[from + k]!;
    if (firstA < 0) {
      firstA = ca.origin[Math.min(sa, ca.origin.length - 1)] ?? 0;
      firstB = cb.origin[Math.min(sb, cb.origin.length - 1)] ?? 0;
    }
    if (sa !== reach[0] || sb !== reach[1]) close();
    reach = [sa + (x < 0 ? 0 : 1), sb + (y < 0 ? 0 : 1)];
    const pair: [string, string] = [x < 0 ? '' : a[ca.origin[x]!]!, y < 0 ? '' : b[cb.origin[y]!]!];
    const key = `${x < 0 ? '' : ca.origin[x]}|${y < 0 ? '' : cb.origin[y]}`;
    if (pair[0] === pair[1] || seen.has(key)) return;
    seen.add(key);
    run ??= [[], []];
    if (pair[0] && run[0][run[0].length - 1] !== pair[0]) run[0].push(pair[0]);
    if (pair[1] && run[1][run[1].length - 1] !== pair[1]) run[1].push(pair[1]);
  });
  close();
  const end = al.end > al.start ? cb.origin[al.end - 1]! + 1 : 0;
  return { changes, start: al.end > al.start ? cb.origin[al.start]! : 0, end, firstA, firstB };
}

/**
 * "kick off" / "kickoff", "life boat" / "lifeboat": two words one side writes as one are one word,
 * a house style and no rewording.
 */
function joinCompounds(a: readonly string[], b: readonly string[]): [readonly string[], readonly string[]] {
  const join = (x: readonly string[], other: ReadonlySet<string>): readonly string[] => {
    let out: string[] | null = null;
    for (let k = 0; k < x.length; k++) {
      const pair = k + 1 < x.length ? x[k]! + x[k + 1]! : '';
      if (pair && other.has(pair)) {
        out ??= x.slice(0, k);
        out.push(pair);
        k++;
      } else out?.push(x[k]!);
    }
    return out ?? x;
  };
  return [join(a, new Set(b)), join(b, new Set(a))];
}

/**
 * "Our whole harbour is with the crew who lost their boat" / "Our whole harbour stands right behind
 * the crew and their boat": the shorter quote's first and last three words stand, in order and
 * close together, in the longer. A remark reworded in its middle keeps its frame; two remarks rarely
 * share both ends.
 */
function framed(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < FRAMED_WORDS) return false;
  const at = (run: readonly string[], from: number) => {
    for (let k = from; k + run.length <= b.length; k++) if (run.every((w, r) => b[k + r] === w)) return k;
    return -1;
  };
  const open = at(a.slice(0, 3), 0);
  const close = open < 0 ? -1 : at(a.slice(-3), open + 3);
  return close >= 0 && close + 3 - open <= Math.ceil(a.length * 1.5);
}

/** A quote this long shows enough of an utterance for its frame to say which utterance it is. */
const FRAMED_WORDS = 8;

/**
 * The sources whose own quotation of a group holds its words around `first` (the first change, in
 * `words`): the change and two words on each side, or as many as the passage compared, [from, to), has.
 */
function witnesses(g: QuoteGroup, words: readonly string[], first: number, from: number, to: number): string[] {
  if (first < 0) return unique(g.items.map((it) => it.source.source.id));
  const window = words.slice(Math.max(from, first - 2), Math.min(to, first + 3));
  return unique(g.items.filter((it) => holdsRun(it.words, window)).map((it) => it.source.source.id));
}

/** `run` stands in `words`, word for word, in order and together. */
function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return true;
  for (let k = 0; k + run.length <= words.length; k++) if (run.every((w, n) => words[k + n] === w)) return true;
  return false;
}

/** The group with only the items of these sources. */
function only(g: QuoteGroup, sources: readonly string[]): QuoteGroup {
  return { ...g, items: g.items.filter((it) => sources.includes(it.source.source.id)) };
}

/** Two quotes of one passage: two content words in common. */
function sharesPassage(x: readonly string[], y: readonly string[]): boolean {
  let n = 0;
  for (const w of new Set(x)) if (!COMMON.has(w) && y.includes(w) && ++n >= 2) return true;
  return false;
}

/** `quote-speaker`: sources give one quote to different speakers. */
export function speakerConflicts(groups: readonly QuoteGroup[], facts: readonly QuoteFact[], actors: ReadonlyMap<string, ActorFact>, tick: () => void = noop): Conflict[] {
  const out: Conflict[] = [];
  for (let g = 0; g < groups.length; g++) {
    tick();
    const f = facts[g]!;
    const bySpeaker = new Map<string, Set<string>>();
    const perSource = new Map<string, Set<string>>();
    for (const i of groups[g]!.items) if (i.speaker) perSource.set(i.source.source.id, (perSource.get(i.source.source.id) ?? new Set()).add(i.speaker));
    // In evidence order, as the message lists the speakers.
    for (const i of [...groups[g]!.items].sort((x, y) => compareEvidence(x.quote, y.quote))) {
      if (!i.speaker || !trustedSpeaker(i, f, actors, perSource)) continue;
      // One person typed twice ("Ada Ruiz", "Economy Minister Ada Ruiz"; "Del Prado", "DelPrado") is one speaker.
      const key = [...bySpeaker.keys()].find((k) => sameSpeaker(actors.get(k)?.name ?? k, actors.get(i.speaker!)?.name ?? i.speaker!)) ?? i.speaker;
      bySpeaker.set(key, (bySpeaker.get(key) ?? new Set()).add(i.source.source.id));
    }
    if (bySpeaker.size < 2) continue;
    const parts = [...bySpeaker].map(([s, src]) => `${actors.get(s)?.name ?? s} by ${[...src].sort().join(', ')}`);
    out.push({
      id: `conflict-speaker-${shortHash(f.id)}`,
      type: 'quote-speaker',
      facts: [f.id],
      sources: f.sources,
      message: `${quoted(f)} is attributed to ${parts.join(' but to ')}`,
      reason: { rule: 'one-quote-two-speakers', shared: `the words ${quoted(f)}` },
      details: details(groups[g]!, f.id, (i) => (i.speaker ? (actors.get(i.speaker)?.name ?? i.quote.speaker.name) : i.quote.speaker.name) ?? 'unattributed'),
    });
  }
  return out;
}

/**
 * Who may take part in a speaker conflict: a person (an outlet that credits the company or the ministry
 * of the person another names is not contradicting it), named by a source that gives the quote to no one
 * else, and not named inside the quote itself ("I'm glad Ada Ruiz got the part" is not Ada Ruiz's).
 */
function trustedSpeaker(i: QuoteItem, f: QuoteFact, actors: ReadonlyMap<string, ActorFact>, perSource: ReadonlyMap<string, Set<string>>): boolean {
  const actor = actors.get(i.speaker!);
  // "said General Manager Ada Ruiz" read as a speaker "Manager": a title alone names no one to disagree over;
  // nor does "Authorities" or "Officials", a group that starts a sentence.
  if (!actor || actor.kind !== 'person' || (!/\s/.test(actor.name) && (PERSON_TITLES.has(actor.name.toLowerCase()) || GROUPS.has(actor.name.toLowerCase())))) return false;
  // "for the time being": a stock phrase of a few words may come from two mouths.
  if (i.words.length < MIN_SPEAKER_WORDS) return false;
  if ((perSource.get(i.source.source.id)?.size ?? 0) > 1) return false;
  const surname = actor.name.split(/\s+/).pop()!.toLowerCase();
  return !f.text.toLowerCase().includes(surname);
}

/** One person however typed: the same surname, or the same letters once spaces and case are gone. */
export function sameSpeaker(a: string, b: string): boolean {
  return a === b || familyName(a) === familyName(b) || compact(a).endsWith(compact(b)) || compact(b).endsWith(compact(a));
}

/** A name's letters, lower case: "Ivo  Marek" → "ivomarek". */
export const compact = (x: string): string => x.toLowerCase().replace(/[^\p{L}]/gu, '');
/** A name's last word, compacted: "Ivo Marek" → "marek". */
export const familyName = (name: string): string => compact(name.split(/\s+/).pop() ?? name);

/** "major" → "notable"; a near-identical pair is called a spelling variant: "defense" → "defence" (spelling). */
export function describeChanges(changes: ReadonlyArray<readonly [string, string]>): string {
  return changes
    .map(([x, y]) => (x && y ? `"${x}" → "${y}"${isSpelling(x, y) ? ' (spelling)' : ''}` : x ? `"${x}" dropped` : `"${y}" added`))
    .join(', ');
}

/** Two words that differ by one or two letters in the middle: defence/defense, organise/organize. */
export function isSpelling(x: string, y: string): boolean {
  // ("wanted" / "want" is a tense: a spelling moves a letter or two, it does not add a syllable.)
  return x.length >= 4 && y.length >= 4 && Math.abs(x.length - y.length) <= 1 && x[0] === y[0] && jaroWinkler(x, y) >= 0.9;
}

/**
 * One detail per quote of the group, in evidence order, straight from the quotes: a quote that
 * thousands of sources carry makes thousands of details, and nothing more.
 */
export function details(g: QuoteGroup, fact: string, value: (i: QuoteItem) => string): ConflictDetail[] {
  return [...g.items].sort((x, y) => compareEvidence(x.quote, y.quote)).map((i) => {
    const { line, column } = lineColumn(i.source.lineStarts, i.quote.start);
    return { source: i.source.source.id, fact, value: value(i), evidence: { start: i.quote.start, end: i.quote.end, line, column } };
  });
}

/**
 * A long quotation shown around its first change ("…to the young driver and then tried…"), so the words
 * that differ are in sight however far in they stand; a short one, or one whose words cannot be placed,
 * as `quotedPassage` shows it.
 */
function around(f: QuoteFact, word: number, at: { start: number; end: number } | null): string {
  const spans = word >= 0 && oneLine(f.text).length > SHOWN ? quoteWordSpans(f.text) : null;
  // The passage opening is kept when the change is in sight of it.
  if (!spans || word >= spans.length || oneLine(f.text.slice(0, spans[word]![1])).length <= SHOWN - 12) return quotedPassage(f, at);
  const from = Math.max(0, word - CONTEXT_WORDS);
  let to = Math.min(spans.length, word + CONTEXT_WORDS + 1);
  const passage = () => oneLine(f.text.slice(spans[from]![0], spans[to - 1]![1]));
  let text = passage();
  while (text.length > SHOWN && to > word + 1) {
    to--;
    text = passage();
  }
  return `“${from > 0 ? '…' : ''}${text}${to < spans.length ? '…' : ''}”`;
}

/** Characters of a quotation shown in a message, and words shown on each side of a change. */
const SHOWN = 60;
const CONTEXT_WORDS = 5;

/** A quotation a line break runs through reads as one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The first `SHOWN` characters, with an ellipsis where it is cut. */
const cut = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN - 3)}…` : text);

/**
 * The passage of the longer quote that the shorter one was found in, "…glad to see it over…": a
 * remark compared with the middle of a long statement is shown beside that middle, not the
 * statement's opening, which may be another remark altogether.
 */
export function quotedPassage(f: QuoteFact, at: { start: number; end: number } | null): string {
  const spans = at && (at.start > 0 || at.end < (quoteWordSpans(f.text)?.length ?? 0)) ? quoteWordSpans(f.text) : null;
  if (!at || !spans || at.end <= at.start) return quoted(f);
  const text = cut(oneLine(f.text.slice(spans[at.start]![0], spans[at.end - 1]![1])));
  return `“${at.start > 0 ? '…' : ''}${text}${at.end < spans.length && !text.endsWith('…') ? '…' : ''}”`;
}

function quoted(f: QuoteFact): string {
  return `“${cut(oneLine(f.text))}”`;
}

const unique = (xs: readonly string[]) => [...new Set(xs)].sort();
