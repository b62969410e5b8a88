import type { ConflictReason } from '../model/fact.js';
import type { BlockIndex } from './figures-index.js';
import { sameSubject, similarity } from './figures-keys.js';
import { overlaps, sourcesOf, type Cluster } from './figures.js';

/**
 * When two figure clusters that cannot both hold are one quantity of one subject, so a conflict.
 * Each row: why two such clusters are NOT evidently the same quantity, with an invented example.
 * (Same unit, different sources and values that exclude each other are required in any case; "at
 * least 10" and "10" overlap, so they agree.)
 */
const NOT_THE_SAME: ReadonlyArray<readonly [string, string, (c: Cluster, d: Cluster) => boolean]> = [
  // "the fifth straight day" (Monday's report) vs "the sixth straight day" (Tuesday's): a sequence moves on.
  ['ordinal', 'ranks and sequences move on from report to report', (c) => unitOf(c) === 'ordinal'],
  // "four days of protests" vs "eight days of protests": an ongoing span grows with the report date.
  ['short-span', 'spans of days or less of an ongoing event grow with the report date', (c) => SHORT_SPANS.has(unitOf(c))],
  // "Ruiz rushed for 404 yards" vs "Alder has 498 rushing yards": two people's quantities.
  ['other-people', 'the sentences name different people', (c, d) => !sharePeople(c, d)],
  // "two extra life sentences" vs "serving three life sentences": an addition and a total.
  ['increment', 'an addition against a total', (c, d) => c.items.every((x) => x.m.scope === 'increment') && !d.items.some((x) => x.m.scope === 'increment')],
  // "600 killed so far" vs "three killed in a separate strike": a running total and a smaller part of it.
  ['total-vs-part', 'a running or overall total against a smaller part', (c, d) => scopeOf(c) === 'total' && scopeOf(d) === 'part' && (d.max ?? d.items[0]!.m.value) < (c.min ?? c.items[0]!.m.value)],
];

const SHORT_SPANS = new Set(['seconds', 'minutes', 'hours', 'days']);
const unitOf = (c: Cluster) => c.items[0]!.m.unit;

/** Both clusters name people (some of their sentences do; "He is serving …" names none), and no surname is common to them. */
function sharePeople(c: Cluster, d: Cluster): boolean {
  const mine = new Set(c.items.flatMap((x) => x.m.people ?? []));
  const theirs = d.items.flatMap((x) => x.m.people ?? []);
  return mine.size === 0 || theirs.length === 0 || theirs.some((p) => mine.has(p));
}

/** `total` when every item is a running or overall total, else `part`. */
function scopeOf(c: Cluster): 'total' | 'part' {
  return c.items.every((x) => x.m.scope === 'total') ? 'total' : 'part';
}

/**
 * Same subject, strictly. Measures with a unit of their own (km, magnitude, kg) need one content word in
 * common ("depth" / "quake depth"): the unit already says much of what is measured. Money with a short
 * subject contained in the other's ("fine" / "privacy fine") names the same sum.
 */
function sameQuantity(unit: string, a: readonly string[], b: readonly string[]): boolean {
  if (sameSubject(a, b)) return true;
  if (a.length === 0 || b.length === 0) return false;
  if (MEASURE_UNITS(unit)) {
    const s = similarity(a, b);
    return s.shared >= 1 && s.jaccard >= 0.5;
  }
  if (!/^[A-Z]{3}$/.test(unit) || a.length > 3 || b.length > 3) return false;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((k) => large.includes(k));
}

const MEASURE_UNITS = (unit: string) => !/^[A-Z]{3}$/.test(unit) && !['count', 'ordinal', 'percent', 'percentage points', 'fraction', 'years', 'months', 'days', 'hours', 'minutes', 'seconds'].includes(unit);

/**
 * Sources that give two values of one subject ("four bombs were dropped … the other two bombs fell
 * near the airstrip") use the words for several quantities: their figures of that subject take part in
 * no conflict, so a cluster none of whose sources is clear of that is left out.
 */
function vagueSources(clusters: readonly Cluster[], index: BlockIndex): Set<string> {
  const vague = new Set<string>();
  clusters.forEach((c, i) => {
    const unit = unitOf(c);
    const mine = new Set(sourcesOf(c));
    for (const j of index.candidates(unit, c.keys)) {
      if (j <= i) continue;
      const d = clusters[j]!;
      if (overlaps(c, d) || !sameQuantity(unit, c.keys, d.keys)) continue;
      for (const x of d.items) if (mine.has(x.source)) vague.add(`${i}|${x.source}`).add(`${j}|${x.source}`);
    }
  });
  return vague;
}

/** Pairs of clusters that cannot both be true, looked up through the block index. */
export function conflictPairs(clusters: readonly Cluster[], index: BlockIndex, tick: () => void): Array<[number, number]> {
  const vague = vagueSources(clusters, index);
  const clearSources = (c: Cluster, i: number) => sourcesOf(c).filter((s) => !vague.has(`${i}|${s}`));
  const clear = (c: Cluster, i: number) => clearSources(c, i).length > 0;
  const pairs: Array<[number, number]> = [];
  clusters.forEach((c, i) => {
    tick();
    if (!clear(c, i)) return;
    const unit = unitOf(c);
    const mine = new Set(clearSources(c, i));
    for (const j of index.candidates(unit, c.keys)) {
      if (j <= i) continue;
      const d = clusters[j]!;
      if (overlaps(c, d) || !sameQuantity(unit, c.keys, d.keys) || !clear(d, j)) continue;
      // One article may give two numbers for two moments: the outlets that give one value each must differ.
      if (clearSources(d, j).some((s) => mine.has(s))) continue;
      if (NOT_THE_SAME.some(([, , differ]) => differ(c, d) || differ(d, c))) continue;
      pairs.push([i, j]);
    }
  });
  return pairs;
}

/** The reason a figure conflict was raised: one quantity (its subject and unit). */
export function reasonOf(group: readonly Cluster[]): ConflictReason {
  const subjects = [...new Set(group.map((c) => c.items[0]!.m.subject).filter((s): s is string => s !== null))];
  const people = [...new Set(group.flatMap((c) => c.items.flatMap((x) => x.m.people ?? [])))].sort();
  const who = people.length ? `; people named: ${people.join(', ')}` : '';
  return { rule: 'same-quantity', shared: `${subjects.slice(0, 3).join(' / ') || 'no subject'} (${unitOf(group[0]!)})${who}` };
}
