import { foldOffences, offencesIn } from '../lexicon/offences.js';
import type { YearRange } from '../model/mention.js';
import type { DateCluster, DateItem } from './dates.js';
import { MAX_BLOCK } from './figures-keys.js';

/**
 * Spans of years against one year (the span is read in extract/dates/ranges.ts):
 *   "Holt has five prior DUI convictions, spanning 1986 to 1988"  vs  "He has an earlier DWI conviction from 1997"
 * A span told as holding a whole set of past events ("spanning", "ranging", "all between") dates every one
 * of them inside it, so another outlet dating one of that set outside it disagrees. Only a set that can be
 * told apart from the story's own event and from other sets is compared: past ("prior", "previous",
 * "earlier", "past") convictions or arrests, of one named offence on both sides (lexicon/offences.ts) —
 * "a theft conviction in 1997" is no part of "two assault convictions between 1985 and 1987", and the
 * crash's own arrest is no prior one. A span that does not say it holds the set ("was jailed from 1986 to
 * 1988") tells nothing of the years outside it; nor does a career ("played from 1968 to 1976") against one
 * season, which lies inside it (see `insideSpan`).
 */

/**
 * Words that put a set of events before the story's own: "four prior convictions", "his previous DUI arrests",
 * "had previously been convicted". Only before the noun itself: "police arrested him earlier Tuesday" is the
 * story's own arrest. (Read on the text with offences folded: "prior driving under the influence convictions".)
 */
const PAST_SET = /\b(?:prior|previous|earlier|past)\s+(?:\S+\s+){0,2}?(?:convictions?|arrests?)\b|\bpreviously\s+(?:been\s+)?(?:convicted|arrested)\b/i;
const pastText = (x: DateItem): string | null => {
  const text = x.m.eventWhole ?? x.m.event;
  return text !== null && PAST_SET.test(foldOffences(text)) ? text : null;
};
/** Once-only keys (dates-events.ts) of the events a past set counts. */
const SET_KEYS = ['convict', 'arrest'];

/**
 * A cluster some item of which tells a past event of a set ("a prior DUI conviction in 1997", "his previous
 * arrest"): the story's own conviction is another event, and two outlets dating members of one set by two
 * years tell of two members; only a span told as holding the set says more (`spanPairs`).
 */
export function tellsPastSet(c: DateCluster): boolean {
  return c.items.some((x) => SET_KEYS.some((k) => x.keys.includes(k)) && pastText(x) !== null);
}

/** What a past set is counted by: its key and its offence ("convict dui"), or null when the item tells none. */
function pastSet(x: DateItem): string | null {
  const text = pastText(x);
  if (text === null) return null;
  const offences = offencesIn(text);
  const keys = SET_KEYS.filter((k) => x.keys.includes(k));
  return offences.length === 1 && keys.length === 1 ? `${keys[0]} ${offences[0]}` : null;
}

/** A year of the calendar the item dates alone (not as a span's end), or null. */
function loneYear(x: DateItem): number | null {
  if (x.m.range || x.frame !== 'calendar' || x.value === null || (x.m.qualifier ?? 'on') !== 'on' || x.m.toleranceDays) return null;
  if (!['year', 'month', 'day', 'time'].includes(x.granularity) || !/^\d{4}/.test(x.value)) return null;
  return Number(x.value.slice(0, 4));
}

const covering = (x: DateItem): YearRange | null => (x.m.range?.covers && x.value === x.m.range.from ? x.m.range : null);

/**
 * Pairs of clusters: one dating a past set by a span that holds it (its first year's cluster), one from other
 * sources dating a past event of that set by a year outside the span.
 */
export function spanPairs(clusters: readonly DateCluster[]): Array<[number, number]> {
  const spans = new Map<string, Array<[number, YearRange]>>();
  const years = new Map<string, Array<[number, number]>>();
  clusters.forEach((c, i) => {
    for (const x of c.items) {
      const set = pastSet(x);
      if (set === null) continue;
      const range = covering(x);
      const year = loneYear(x);
      if (range) (spans.get(set) ?? spans.set(set, []).get(set)!).push([i, range]);
      else if (year !== null && c.items[0] === x) (years.get(set) ?? years.set(set, []).get(set)!).push([i, year]);
    }
  });
  const pairs: Array<[number, number]> = [];
  for (const [set, ranges] of [...spans].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const dated = years.get(set) ?? [];
    if (ranges.length * dated.length > MAX_BLOCK * MAX_BLOCK) continue;
    for (const [i, range] of ranges) {
      for (const [j, year] of dated) {
        if (year >= Number(range.from) && year <= Number(range.to)) continue;
        if ([...clusters[i]!.sources].some((s) => clusters[j]!.sources.has(s))) continue;
        if (!pairs.some(([a, b]) => a === Math.min(i, j) && b === Math.max(i, j))) pairs.push([Math.min(i, j), Math.max(i, j)]);
      }
    }
  }
  return pairs;
}

/**
 * "Ned Holt played from 1968 to 1976" and "Holt played in 1972": a year inside a span another outlet gives
 * for the same thing is a part of it, no disagreement.
 */
export function insideSpan(c: DateCluster, d: DateCluster): boolean {
  const within = (a: DateCluster, b: DateCluster) => {
    const v = b.items[0]!.value;
    if (v === null || !/^\d{4}/.test(v)) return false;
    const year = Number(v.slice(0, 4));
    return a.items.some((x) => x.m.range !== undefined && Number(x.m.range.from) <= year && year <= Number(x.m.range.to));
  };
  return within(c, d) || within(d, c);
}
