import { diagnostic } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Conflict, DateFact } from '../model/fact.js';
import type { SourceMentions } from '../model/extraction.js';
import type { DateGranularity, DateMention } from '../model/mention.js';
import { resolveRelative } from '../extract/dates/resolve.js';
import { addDays, isoDay, parseIsoDay } from '../extract/dates/calendar-math.js';
import { chooseAnchor, sourceAnchors, type Anchor, type SourceAnchor } from './dates-anchor.js';
import { reportDayValue } from './dates-report-day.js';
import { compatibleDates, precision } from './dates-compare.js';
import { build } from './dates-facts.js';
import { hourPairs, onceEventPairs, onceKeys, sameOnceEvent } from './dates-events.js';
import { nearNumbers, quakePairs } from './dates-quakes.js';
import { insideSpan, spanPairs, tellsPastSet } from './dates-spans.js';
import { stateStartPairs } from './dates-states.js';
import { toldPairs } from './dates-told.js';
import { blindZones, placeOffsets } from './dates-zones.js';
import { BlockIndex } from './figures-index.js';
import { memoKeys, sameSubject } from './figures-keys.js';
import type { MemberIds } from './figures.js';

/**
 * Dates across sources. Relative dates resolve against --reference-date, else
 * the source's own report date, else the one most other sources give
 * (`anchoredBy` and `anchors` say which and why; see dates-anchor.ts); with no
 * full date anywhere they count from the report day (dates-report-day.ts), and
 * what needs a calendar stays null with its surface kept.
 * A mention joins a cluster whose value is compatible (equal, one contains the
 * other, or within the mention's tolerance) and whose event shares words;
 * clusters of strictly the same event with incompatible values from different
 * sources are a `date` conflict, and so are different days given for one
 * once-only event (a death, a settlement; see dates-events.ts), a state's start told as `since`
 * by one source and with a start verb by another (dates-states.ts), and an earlier quake of one
 * magnitude and place (dates-quakes.ts), a year outside a span of years told as holding a whole set of past
 * convictions or arrests (dates-spans.ts; a year inside a span agrees with it), and one victim's death told as
 * different days from one event ("later that day" / "the next day", dates-told.ts). Clock times told in time zones are compared as instants
 * (dates-zones.ts).
 */
export interface DateItem {
  readonly m: DateMention;
  readonly source: string;
  readonly lineStarts: readonly number[];
  readonly keys: string[];
  readonly value: string | null;
  readonly granularity: DateGranularity;
  readonly anchoredBy: string | null;
  /** The anchor a relative mention was resolved against. */
  readonly anchor: SourceAnchor | null;
  /**
   * `calendar`; `report-day`: the value is on the stand-in calendar of dates-report-day.ts that the sources
   * telling a weekday share; `report-day:<source>`: that source's own stand-in calendar. Only items of
   * one frame are compared.
   */
  readonly frame: string;
  /** Position of the mention in its source's `dates`. */
  readonly index: number;
  /**
   * "Alder's death came a day after Ruiz died" in a source that dates Alder's death nowhere: counted from the
   * report day, a guess (reports come days after), so no side of a conflict.
   */
  readonly guessed?: true;
  /** The offsets (hours) the clocks of the source's story may show, from the countries it names, or null (dates-zones.ts). */
  readonly offsets?: readonly number[] | null;
}
/** A cluster's items, its keys and its sources, as sets: a run of thousands of articles makes clusters of thousands. */
export interface DateCluster { readonly items: DateItem[]; readonly keys: Set<string>; readonly sources: Set<string> }

export function reconcileDates(
  inputs: readonly SourceMentions[],
  // `places`: each source's place names (dates-zones.ts `placesBySource`), which tell the offsets of its "local time"
  options: { referenceDate?: string | null; evidence?: boolean; tick?: () => void; places?: ReadonlyMap<string, readonly string[]> },
): { facts: DateFact[]; conflicts: Conflict[]; anchor: Anchor | null; diagnostics: Diagnostic[]; members: MemberIds } {
  const diagnostics: Diagnostic[] = [];
  const anchor = chooseAnchor(inputs, options.referenceDate, diagnostics);
  const anchors = sourceAnchors(inputs, anchor);
  const items: DateItem[] = [];
  const keysOf = memoKeys();
  for (const input of inputs) {
    const own = anchors.get(input.source.id) ?? null;
    const offsets = input.dates.some((m) => m.granularity === 'time' || m.relative?.time !== undefined) ? placeOffsets(options.places?.get(input.source.id) ?? []) : null;
    const mine = input.dates.map((m, index) => resolveItem(m, index, input, own, diagnostics, keysOf, offsets));
    for (const it of countedFromEvents(mine, keysOf)) items.push(it);
  }
  // Most precise first, exact before tolerant, so "on Friday" founds the cluster "two days after" joins.
  items.sort((a, b) => precision(b.granularity) - precision(a.granularity) || (a.m.toleranceDays ?? 0) - (b.m.toleranceDays ?? 0)
    || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.m.start - b.m.start));
  const clusters: DateCluster[] = [];
  const index = new BlockIndex();
  const tick = options.tick ?? ((): void => undefined);
  for (const it of items) {
    tick();
    const candidates = index.candidates('', it.keys);
    const fits = (id: number): boolean => {
      const head = clusters[id]!.items[0]!;
      return compatibleDates(head, it) && (topicOverlaps(clusters[id]!.keys, it.keys) || sameOnceEvent(head, it, clusters[id]!.keys));
    };
    // "arrested early Sunday" of a source that also gives the hour stays with its own hour's cluster, not another's
    // (the cheap tests first: `fits` is asked only of the clusters they leave, and the first hit ends the search)
    const finerOwn = candidates.some((id) => clusters[id]!.sources.has(it.source) && clusters[id]!.items[0]!.granularity !== it.granularity && fits(id));
    const hit = candidates.find((id) => (finerOwn ? clusters[id]!.items[0]!.granularity === it.granularity : joins(clusters[id]!, it)) && fits(id));
    if (hit === undefined) clusters.push({ items: [it], keys: new Set(it.keys), sources: new Set([it.source]) });
    else {
      clusters[hit]!.items.push(it);
      clusters[hit]!.sources.add(it.source);
      for (const k of it.keys) clusters[hit]!.keys.add(k);
    }
    index.add(hit ?? clusters.length - 1, '', it.keys);
  }
  const pairs: Array<[number, number]> = [];
  const keyLists = clusters.map((c) => [...c.keys]);
  clusters.forEach((c, i) => {
    tick();
    for (const j of index.candidates('', keyLists[i]!)) {
      const d = clusters[j]!;
      if (j <= i) continue;
      const [x, y] = [c.items[0]!, d.items[0]!];
      const unresolved = x.value === null || y.value === null;
      if (unresolved ? !monthsApart(x, y) : x.frame !== y.frame || compatibleDates(x, y)) continue;
      // "have been fighting since June" and "the fighting escalated in July": a state's start and a moment
      // within it do not disagree (a start told with a start verb is compared in dates-states.ts)
      if ((x.m.qualifier ?? 'on') !== (y.m.qualifier ?? 'on')) continue;
      if (sameSubject(keyLists[i]!, keyLists[j]!) && ![...d.sources].some((s) => c.sources.has(s))) pairs.push([i, j]);
    }
  });
  pairs.push(...onceEventPairs(clusters), ...hourPairs(clusters), ...stateStartPairs(clusters), ...quakePairs(clusters));
  // a past set's members are dated apart only against a span that holds them all (dates-spans.ts)
  // (a cluster comes back in many pairs: what is read of it alone is read once)
  const pastSet = memoByIndex((i) => tellsPastSet(clusters[i]!));
  const series = memoByIndex((i) => seriesOf(clusters[i]!));
  const kept = pairs.filter(([i, j]) => !pastSet(i) && !pastSet(j)).concat(spanPairs(clusters));
  const raised = kept.filter(([i, j]) => !insideSpan(clusters[i]!, clusters[j]!) && !sameWordsDated(clusters[i]!, clusters[j]!) && !reportDatesOnly(clusters[i]!) && !reportDatesOnly(clusters[j]!) && firm(clusters[i]!) && firm(clusters[j]!)
    && !otherNumbers(clusters[i]!, clusters[j]!) && series(i) === series(j) && !blindZones(clusters[i]!.items[0]!, clusters[j]!.items[0]!));
  // A death told as days from another event is a conflict of its own: joined with the pairs above, a day
  // those pair only by the report dates (see reconcile/index.ts `anchorOnly`) would be raised with it.
  const told = toldPairs(clusters, keysOf).filter(({ pair: [i, j] }) => firm(clusters[i]!) && firm(clusters[j]!));
  return { ...build(clusters, raised, options.evidence ?? true, tick, told), anchor, diagnostics };
}

/**
 * "opened the plant in March" / "opened the plant in June", in reports that give no year to count from:
 * two names of months for one event differ whatever the year, so they disagree though neither resolves.
 * Only months named alone, told in no opposite tenses ("last June" and "next March" name their year).
 */
function monthsApart(x: DateItem, y: DateItem): boolean {
  const bare = (it: DateItem) => (it.value === null && it.m.rule === 'month' && it.m.relative?.type === 'month' && !it.m.relative.strict ? it.m.relative : null);
  const [a, b] = [bare(x), bare(y)];
  return a !== null && b !== null && a.n !== b.n && a.direction * b.direction >= 0;
}

/**
 * Clusters that differ only by their sources' report days: one source dates an event in the very
 * words of the other ("three unions today called for …"), a copy published on another day. The
 * sources say the same thing; their publication dates differ, which is no disagreement to flag.
 */
function sameWordsDated(c: DateCluster, d: DateCluster): boolean {
  const said = new Set<string>();
  for (const x of c.items) if (x.m.relative && x.m.event) said.add(wordingOf(x));
  return said.size > 0 && d.items.some((y) => y.m.relative !== undefined && y.m.event !== null && said.has(wordingOf(y)));
}

/**
 * "About 15,000 people marched in Senna" on Saturday and "about 3,000 people marched in Senna" on Sunday:
 * events counted by different numbers are two events, not one dated twice. Numbers a few percent apart
 * are one number told two ways ("a 7.2-magnitude quake", "a 7.3-magnitude tremor"; see dates-quakes.ts).
 */
function otherNumbers(c: DateCluster, d: DateCluster): boolean {
  const numbers = (k: DateCluster) => [...k.keys].filter((x) => /^\d/.test(x));
  const mine = numbers(c);
  const theirs = numbers(d);
  const same = (x: string, y: string) => x === y || (/^\d+(?:\.\d+)?$/.test(x) && /^\d+(?:\.\d+)?$/.test(y) && nearNumbers(Number(x), Number(y)));
  return mine.length > 0 && theirs.length > 0 && !theirs.some((x) => mine.some((y) => same(x, y)));
}

/**
 * Words that number an event among several of its kind: "the second bombing", "fresh clashes", "another raid"
 * ("first", "earlier" and "later" are left out: more often adverbs, "was first reported", "later died").
 */
const SERIES_WORDS = new Set(['second', 'third', 'fourth', 'fifth', 'another', 'latest', 'fresh', 'further', 'renewed', 'subsequent']);

/**
 * "the bombing of the depot in Dorvale on Tuesday" and "the second bombing in Dorvale on Thursday": an event
 * told as one of a series is another event than the one told without (or with another number), however
 * many words the two share: two clusters whose series words differ are apart.
 */
const seriesOf = (k: DateCluster): string => [...k.keys].filter((x) => SERIES_WORDS.has(x)).sort().join(' ');

/** A function of a cluster's index, computed once per index. */
function memoByIndex<T>(f: (i: number) => T): (i: number) => T {
  const known = new Map<number, T>();
  return (i) => (known.has(i) ? known.get(i)! : known.set(i, f(i)).get(i)!);
}

/**
 * A cluster some source of which dates on its own: a count of days ("nine days ago", "yesterday") in a
 * source that gives no report date of its own counts from another outlet's, which may have been published
 * days apart; such dates alone are no disagreement to flag. A weekday is firm: "on Tuesday" and "on
 * Wednesday" for one agreement differ whatever day either report came out. A "day after" counted from the
 * report day for want of a day of the event it follows is a guess, and no firmer. Nor is a count of days
 * inside a quotation ("open the dam today," marchers shouted): the speaker's today is the day the
 * words were spoken, which the report does not date (a story filed after midnight quotes the evening before).
 */
function firm(c: DateCluster): boolean {
  return c.items.some((x) => !x.guessed && (!x.m.relative || x.m.relative.type === 'weekday' || (x.anchor?.reason !== 'borrowed' && !x.m.quoted)));
}

/**
 * A cluster of datelines: "LAGOS, March 13 –" dates the report, not the first sentence's event, and
 * outlets publishing a day apart do not disagree about anything.
 */
function reportDatesOnly(c: DateCluster): boolean {
  return c.items.every((x) => x.m.anchor === 'dateline');
}

/** A relative date's words and the words of what it dates, as one key. */
const wordingOf = (x: DateItem): string => `${x.m.text.toLowerCase()}\u0000${(x.m.event ?? '').toLowerCase().replace(/\s+/g, ' ')}`;

/**
 * A fact has one value, and its evidence must bear it out: a mention joins a cluster of its own precision,
 * or, from a source the cluster does not have yet, a finer one it contains ("in 2022" joins another
 * outlet's "in March 2019"). A story's own "this year" never takes the day of its "on Monday".
 */
function joins(c: DateCluster, it: DateItem): boolean {
  return c.items[0]!.granularity === it.granularity || !c.sources.has(it.source);
}

/** `sameTopic` of the cluster's keys and a mention's, without listing the cluster's keys again for every mention. */
function topicOverlaps(keys: ReadonlySet<string>, b: readonly string[]): boolean {
  if (keys.size === 0 || b.length === 0) return keys.size === b.length;
  let shared = 0;
  for (const k of b) if (keys.has(k)) shared++;
  return shared >= 1 && shared / Math.min(keys.size, b.length) >= 0.5;
}

/**
 * The words an event is compared by: those of the event as shown, and a once-only event's word that
 * only its whole clause holds ("actress and former reporter Ana Ruiz checked into the clinic" shows as
 * "actress and former reporter Ana … into the clinic"). The clause's other words would make two
 * tellings of one event look less alike.
 */
function eventKeys(m: DateMention, keysOf: (s: string | null) => string[]): string[] {
  const shown = keysOf(m.event);
  const lost = m.eventWhole ? onceKeys(keysOf(m.eventWhole)).filter((k) => !shown.includes(k)) : [];
  // "Holt was detained early Sunday. … Police stopped the van at about 4:15 a.m.": the time is the detention's too
  const day = m.dayOf ? keysOf(m.dayOf).filter((k) => !shown.includes(k) && !lost.includes(k)) : [];
  return lost.length || day.length ? [...shown, ...lost, ...day].sort() : shown;
}

/**
 * "Alder's death came a day after Ruiz died": the day counted from is Alder's death, which the report
 * dates elsewhere ("Tom Alder died on Saturday"), not the report day. A "days after" date whose
 * counted-from clause meets one other calendar day of its source in two words or more, one of them a
 * once-only event's, counts from that day; with none, or with two different days, it keeps the report day.
 */
function countedFromEvents(mine: readonly DateItem[], keysOf: (s: string | null) => string[]): DateItem[] {
  if (!mine.some((x) => x.m.countsFrom)) return [...mine];
  return mine.map((x) => {
    const rel = x.m.relative;
    if (!x.m.countsFrom || rel?.type !== 'offset' || rel.unit !== undefined) return x;
    const keys = new Set(keysOf(x.m.countsFrom));
    const days = new Set<string>();
    for (const y of mine) {
      if (y === x || y.m.countsFrom || y.frame !== 'calendar' || y.value === null || (y.granularity !== 'day' && y.granularity !== 'time')) continue;
      // (Only a once-only event: meetings and strikes repeat, so "the talks came two days after the summit"
      // may count from another meeting than the one the source dates.)
      const shared = y.keys.filter((k) => keys.has(k));
      if (shared.length >= 2 && onceKeys(shared).length > 0) days.add(y.value.slice(0, 10));
    }
    const day = days.size === 1 ? parseIsoDay([...days][0]!) : null;
    return day ? { ...x, value: isoDay(addDays(day, rel.n)), granularity: 'day' as const, frame: 'calendar' } : { ...x, guessed: true as const };
  });
}

function resolveItem(m: DateMention, index: number, input: SourceMentions, anchor: SourceAnchor | null, diagnostics: Diagnostic[], keysOf: (s: string | null) => string[], offsets: readonly number[] | null): DateItem {
  // One object literal of one shape per item: spreading a base object into each of 180,000 items made
  // V8 build slow (dictionary) objects, and a 50 MB run peaked at 680 MB in this loop alone.
  const keys = eventKeys(m, keysOf);
  const item = (value: string | null, granularity: DateGranularity, frame = 'calendar', anchoredBy: string | null = null, from: SourceAnchor | null = null): DateItem => ({
    m, source: input.source.id, lineStarts: input.lineStarts, keys, value, granularity, anchoredBy, anchor: from, frame, index, offsets,
  });
  if (m.value !== null || !m.relative) return item(m.value, m.granularity);
  if (anchor?.date == null) {
    const stand = anchor ? reportDayValue(m.relative, anchor.weekday) : null;
    return stand ? item(stand.value, stand.granularity, anchor!.shared ? 'report-day' : `report-day:${input.source.id}`, null, anchor) : item(null, 'relative');
  }
  const resolved = resolveRelative(m.relative, anchor.date);
  if (!resolved) {
    diagnostics.push(diagnostic('date/unresolvable', `"${m.text}" has no such day near ${anchor.date}`, { source: input.source.id, start: m.start, end: m.end }));
    return item(null, 'relative');
  }
  return item(resolved.value, resolved.granularity, 'calendar', anchor.reason === 'reference-date' ? 'reference-date' : anchor.from ?? anchor.source, anchor);
}
