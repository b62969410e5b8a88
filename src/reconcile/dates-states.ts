import { compatibleDates } from './dates-compare.js';
import type { DateCluster, DateItem } from './dates.js';
import { contentKeys, MAX_BLOCK } from './figures-keys.js';

/**
 * The start of an ongoing state, dated in two wordings:
 *   "rebels have been fighting the army since June"  vs  "fighting between the army and the rebels began in July"
 *   "dockworkers have been on strike since April"    vs  "the dockworkers' strike, which started in March"
 * A `since` date dates the start of the state its clause tells; a date of a start verb ("began", "started",
 * "broke out", "erupted") dates the start of the state its subject names. Two sources giving such dates
 * incompatible values for one state disagree. One state is a state word of one kind on both sides
 * (STATES) and at least one other content word shared ("army", "dockworkers"): a story may tell the
 * fighting in one region since June and the fighting between two other sides that began in July.
 * "Fighting escalated in July" dates no start; "the worst fighting since 2009" dates no state.
 */
const STATES: ReadonlyArray<readonly [string, RegExp]> = [
  ['fight', /\b(?:fighting|fights?|fought|clash(?:es|ed|ing)?|wars?|warfare|conflict|hostilities|combat|battles?|battling|insurgency|rebellion|shelling)\b/i],
  ['strike', /\b(?:strikes?|striking|walkouts?|stoppage)\b/i],
  ['protest', /\b(?:protests?|protesting|protested|demonstrations?|unrest|uprising|sit-ins?)\b/i],
  ['siege', /\b(?:sieges?|blockades?|lockdowns?|curfews?|standoff)\b/i],
  ['outbreak', /\b(?:outbreaks?|epidemic)\b/i],
];
const STATE_WORDS = new RegExp(STATES.map(([, re]) => re.source).join('|'), 'gi');
const START = /\b(?:began|begun|begin|begins|started|starts|erupted|commenced|broke out)\b/i;
const START_WORDS = new RegExp(START.source, 'gi');
/** A `since` that measures, not starts: "the worst fighting since 2009", "the first strike since 1998". */
const MEASURES = /\b(?:first|last|worst|best|biggest|largest|highest|lowest|deadliest|heaviest|fiercest|longest|most|least|record|ever)\b/i;

interface Told { readonly states: ReadonlySet<string>; readonly keys: ReadonlySet<string> }

function told(text: string): Told {
  const states = new Set<string>();
  for (const [key, re] of STATES) if (re.test(text)) states.add(key);
  return { states, keys: new Set(contentKeys(text.replace(STATE_WORDS, ' ').replace(START_WORDS, ' '))) };
}

/** The state a `since` date dates the start of: "rebels have been fighting the army" since June. */
function sinceState(it: DateItem): Told | null {
  const ev = it.m.event;
  if (it.m.qualifier !== 'since' || !ev || START.test(ev) || MEASURES.test(ev)) return null;
  const t = told(ev);
  return t.states.size > 0 ? t : null;
}

/** The state a start verb's date dates the start of: "fighting between the army and the rebels began" in July. */
function startedState(it: DateItem): Told | null {
  const ev = it.m.eventWhole ?? it.m.event;
  if ((it.m.qualifier ?? 'on') !== 'on' || !ev || !START.test(ev) || it.m.toleranceDays) return null;
  const t = told(ev);
  return t.states.size > 0 ? t : null;
}

const sameState = (a: Told, b: Told): boolean => [...a.states].some((s) => b.states.has(s)) && [...a.keys].some((k) => b.keys.has(k));

/** Values that can be told apart: resolved on one frame and incompatible (months named alone are left out). */
function apart(x: DateItem, y: DateItem): boolean {
  return x.value !== null && y.value !== null && x.frame === y.frame && !compatibleDates(x, y);
}

/** Pairs of clusters, from different sources, one dating a state `since`, the other the same state's start, apart. */
export function stateStartPairs(clusters: readonly DateCluster[]): Array<[number, number]> {
  const since = new Map<string, Array<[number, Told]>>();
  const started = new Map<string, Array<[number, Told]>>();
  clusters.forEach((c, i) => {
    for (const [map, read] of [[since, sinceState], [started, startedState]] as const) {
      let t: Told | null = null;
      for (const x of c.items) if ((t = read(x)) !== null) break;
      if (!t) continue;
      for (const s of t.states) (map.get(s) ?? map.set(s, []).get(s)!).push([i, t]);
    }
  });
  const pairs = new Set<string>();
  for (const [state, as] of since) {
    const bs = started.get(state) ?? [];
    if (as.length > MAX_BLOCK || bs.length > MAX_BLOCK) continue;
    for (const [i, a] of as) {
      for (const [j, b] of bs) {
        const [c, d] = [clusters[i]!, clusters[j]!];
        if (i === j || !apart(c.items[0]!, d.items[0]!) || [...c.sources].some((s) => d.sources.has(s)) || !sameState(a, b)) continue;
        pairs.add(i < j ? `${i},${j}` : `${j},${i}`);
      }
    }
  }
  return [...pairs].map((p) => p.split(",").map(Number) as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
