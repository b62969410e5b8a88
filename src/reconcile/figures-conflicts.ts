import type { ConflictReason } from '../model/fact.js';
import type { BlockIndex } from './figures-index.js';
import { sameSubject, similarity } from './figures-keys.js';
import { itemCluster, sourcesOf, type Cluster, type Item } from './figures.js';
import { isPopulation, isShaking, isTally, isToll, NOT_THE_SAME, oneStretch, peopleOf, placesOf, sharePeople, sharePlaces, STRUCTURES, unitOf } from './figures-conflicts-rules.js';
import { canBothHold, comparableUnits } from './figures-conflicts-units.js';
import { ofOneHolder } from './figures-conflicts-holders.js';
import { samePriors } from './figures-conflicts-priors.js';
import { missionKeys, sameMission } from './figures-conflicts-missions.js';

/**
 * Same subject, strictly. Measures with a unit of their own (km, magnitude, kg) need one content word in
 * common ("depth" / "quake depth"): the unit already says much of what is measured. Money with a short
 * subject contained in the other's ("fine" / "privacy fine") names the same sum.
 */
function sameQuantity(unit: string, a: readonly string[], b: readonly string[]): boolean {
  if (sameSubject(a, b)) return true;
  if (unit === 'count' && a.length === 1 && b.length === 1 && a[0] === b[0] && (isTally(a) || STRUCTURES.has(a[0]!))) return true;
  // "a 14-hour debate" / "debated for 9 hours": how long the story's one debate lasted.
  if (STRETCH_UNITS.has(unit) && oneStretch(a, b)) return true;
  if (unit === 'percent' && isTurnout(a) && isTurnout(b)) return true;
  if (unit === 'count' && isPopulation(a) && isPopulation(b)) return true;
  if (SECONDS_OR_MINUTES.has(unit) && isShaking(a) && isShaking(b)) return true;
  if (a.length === 0 || b.length === 0) return false;
  if (MEASURE_UNITS(unit)) {
    const s = similarity(a, b);
    return s.shared >= 1 && s.jaccard >= 0.5;
  }
  if (!/^[A-Z]{3}$/.test(unit) || a.length > 3 || b.length > 3) return false;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  // "raised $12 million" / "raised $40m in three rounds", "funding" / "funding": a word any sum may have names no one sum.
  return small.every((k) => large.includes(k)) && small.some((k) => !GENERIC_MONEY.has(k));
}

const STRETCH_UNITS = new Set(['minutes', 'hours', 'days', 'weeks']);
const SECONDS_OR_MINUTES = new Set(['seconds', 'minutes']);

/**
 * "Turnout reached 71 percent", "64% of eligible voters participated", "voter turnout": the story's
 * election's turnout, however worded. A turnout with a word of its own ("turnout in Dorvale", "turnout
 * among the young") is a part of it.
 */
export const isTurnout = (keys: readonly string[]) => keys.includes('turnout') && keys.every((k) => TURNOUT_WORDS.has(k));
const TURNOUT_WORDS = new Set(['turnout', 'voter', 'eligible', 'election', 'vote', 'overall', 'national', 'nationwide', 'final', 'official', 'registered',
  // "the nation's registered voters cast ballots": the whole electorate, as "national" says.
  'country', 'nation', 'electorate']);

/** A prison term, in years or months, told by its one word ("sentenced", "sentence", "jailed"). */
const isSentence = (unit: string, keys: readonly string[]) => (unit === 'years' || unit === 'months') && keys.length === 1 && keys[0] === 'sentence';



/**
 * A bare toll is the story's own when no sentence dates it by a year of its own ("in 2009 a flood killed
 * 400"), none counts a part ("40 of the injured"), and some outlet gives it in its opening (the headline
 * and first lines, where a report states its toll) or sums it up ("Six people died and nine were
 * hurt"): "left one guard dead and four wounded" deep in a report is one incident among others.
 */
const ownToll = (c: Cluster) => c.items.every((x) => x.m.scope !== 'past' && x.m.scope !== 'part') && c.items.some((x) => lineOf(x) < OPENING_LINES || x.m.summary === true);

/** The headline and the first paragraphs (or, one sentence a line, sentences). */
const OPENING_LINES = 6;

function lineOf(x: Cluster['items'][number]): number {
  let lo = 0;
  let hi = x.lineStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x.lineStarts[mid]! <= x.m.start) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Words that relate a measure to somewhere else ("80 metres away from the depot", "8 km south of the
 * town") or to a whole ("a total of 180 yards"): what they are measured from or of is not in the
 * subject, so alone they name no one quantity.
 */
const RELATIONAL = new Set(['total', 'overall', 'combined', 'away', 'south', 'north', 'east', 'west', 'southeast', 'southwest', 'northeast', 'northwest', 'off', 'from', 'near', 'outside', 'inland', 'offshore', 'wide', 'long']);

/** Subject words every sum of money may have ("paid", "cash", "funding"): they say what kind of sum, not which. */
const GENERIC_MONEY = new Set(['cash', 'money', 'funding', 'fund', 'raised', 'raise', 'capital', 'investment', 'stock', 'share', 'payment',
  'paid', 'pay', 'spent', 'spend', 'cost', 'price', 'worth', 'deal', 'sale', 'revenue', 'sum', 'amount', 'total', 'round', 'buy']);

const MEASURE_UNITS = (unit: string) => !/^[A-Z]{3}$/.test(unit) && !['count', 'ordinal', 'percent', 'percentage points', 'fraction', 'years', 'months', 'days', 'hours', 'minutes', 'seconds'].includes(unit);

/**
 * Clusters gather the words of every outlet's subject ("fell", "man fell", "Dorvale climber has fallen"),
 * so a measure many outlets agree on may look unlike the one that differs: for measures, the sentences
 * decide (`sameThingSomewhere`). Counts keep the clusters' test: a war report's tolls of other incidents
 * would meet sentence by sentence.
 */
const mayBeOne = (c: Cluster, d: Cluster) => MEASURE_UNITS(unitOf(c)) || sameKind(c, d);

/**
 * Sources that give two values of one subject ("five shells were fired … the other two shells fell
 * near the bridge") use the words for several quantities: their figures of that subject take part in
 * no conflict, so a cluster none of whose sources is clear of that is left out.
 */
function vagueSources(clusters: readonly Cluster[], index: BlockIndex): Set<string> {
  const vague = new Set<string>();
  clusters.forEach((c, i) => {
    const mine = new Set(sourcesOf(c));
    for (const j of candidatesOf(index, c)) {
      if (j <= i) continue;
      const d = clusters[j]!;
      if (canBothHold(c, d) || !mayBeOne(c, d) || denial(c, d)) continue;
      // "Rask fell 120 metres … Alder, 29, fell 400 metres": one outlet's two people, not two values of one.
      // (Outlets that give both values are what makes a source vague: that rule does not exempt them.)
      if (NOT_THE_SAME.some(([rule, , differ]) => rule !== 'held-together' && (differ(c, d) || differ(d, c)))) continue;
      for (const x of d.items) if (mine.has(x.source)) vague.add(`${i}|${x.source}`).add(`${j}|${x.source}`);
    }
  });
  return vague;
}

/**
 * One sentence of each side speaks of the same thing: its words meet the other's, and no rule of
 * `NOT_THE_SAME` sets the two sentences apart (another person, another age, a stated period…). (A cluster gathers its subjects' words from every outlet: "warned
 * three times" and "fined three times" are one cluster, and only the fines meet "fined five times".)
 * Only the sentences of a side's clear sources count (`vagueSources`): an outlet that gives both values
 * ("blocked two shots in the run … six blocked shots") is no witness of a disagreement, so its sentence
 * must not be the one that makes the others' "two free shots" meet "six blocked shots".
 */
const KINDS = new WeakMap<Cluster, Array<{ x: Item; sources: Set<string> }>>();

function sameThingSomewhere(c: Cluster, d: Cluster, clear: (k: Cluster) => ReadonlySet<string>): boolean {
  // Sentences alike in all that decides (words, people, ages, scope, place in the report) are tried once:
  // a figure a thousand outlets repeat is a handful of kinds of sentence.
  const kinds = (k: Cluster) => {
    const known = KINDS.get(k);
    if (known) return known;
    const out = new Map<string, { x: Item; sources: Set<string> }>();
    const sources = clear(k);
    for (const item of k.items) {
      if (!sources.has(item.source)) continue;
      const x = ofThisSeason(k, item, sources);
      const sig = [x.keys.join(','), (x.m.people ?? []).join(','), (x.m.ages ?? []).join(','), x.m.scope ?? '', x.m.stage ?? '', x.m.summary ? 's' : '', lineOf(x) < OPENING_LINES ? 'o' : ''].join('|');
      const e = out.get(sig);
      if (e) {
        if (e.sources.size < 2) e.sources.add(x.source);
      } else out.set(sig, { x, sources: new Set([x.source]) });
    }
    const list = [...out.values()];
    KINDS.set(k, list);
    return list;
  };
  const theirs = kinds(d);
  return kinds(c).some((p) => theirs.some((q) => {
    const apart = p.sources.size > 1 || q.sources.size > 1 || [...p.sources][0] !== [...q.sources][0];
    const [a, b] = [itemCluster(p.x), itemCluster(q.x)];
    return apart && sameKind(a, b) && !NOT_THE_SAME.some(([, , differ]) => differ(a, b) || differ(b, a));
  }));
}

/**
 * "Ana Ruiz has missed eight matches, the cup tie among them" is this season's count when an outlet gives
 * that very value of hers for this season ("missed 8 matches this season", in a sentence another rule may
 * keep from meeting anything): the bare count meets a count of this season. Alone it does not: "missed two
 * matches with the injury" may be one injury's share of the season's six, and "has scored 150 goals" a
 * career. Only the current period lends itself so: "since March" or "last season" never, and a sentence
 * with a scope of its own ("a total", "in his career", a year) keeps it.
 */
function ofThisSeason(k: Cluster, x: Item, sources: ReadonlySet<string>): Item {
  if (x.m.scope !== undefined) return x;
  const mine = x.m.people ?? [];
  const told = k.items.some((y) => y.m.scope === 'current' && sources.has(y.source) && (!mine.length || !y.m.people?.length || y.m.people.some((p) => mine.includes(p))));
  return told ? { ...x, m: { ...x.m, scope: 'current' } } : x;
}


/**
 * "two quakes, measuring 6.8 and 6.5" in one outlet, "6.8 and 6.4 magnitude quakes" in two others: each gives a pair
 * of one measure for two things of one kind, in one order, and the first values agree, so the second values are one
 * quantity, the second thing's, and they differ (the first values likewise, when the second agree). An outlet that
 * gives a pair gives two values of one subject, which leaves it vague against any other outlet's figure
 * (`vagueSources`: which of the two does "the 6.6 quake" answer?), but not against another pair with a value in
 * common: the pairs say which value is which. Pairs of two kinds of thing ("6.8 and 6.5" quakes, "10 and 35 km"
 * depths) or of other units never meet.
 */
function pairedConflicts(clusters: readonly Cluster[], index: BlockIndex): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  clusters.forEach((c, i) => {
    if (!c.items.some((x) => x.m.pair)) return;
    const mine = sourcesOf(c);
    for (const j of candidatesOf(index, c)) {
      if (j <= i) continue;
      const d = clusters[j]!;
      // (An outlet that gives both values gives two pairs, or contradicts itself: no witness either way.)
      if (canBothHold(c, d) || sourcesOf(d).some((s) => mine.includes(s))) continue;
      if (c.items.some((p) => d.items.some((q) => samePlaceInPairs(p, q)))) out.push([i, j]);
    }
  });
  return out;
}

/**
 * Both figures hold one place in pairs whose other values are equal, of one unit and one kind of thing: a word
 * of their subjects in common names the things ("quakes"), not only what is measured of them ("120 metres and 90
 * metres tall" towers, "120 metres and 80 metres tall" bridges).
 */
function samePlaceInPairs(p: Item, q: Item): boolean {
  if (!p.m.pair || !q.m.pair || p.m.pair.n !== q.m.pair.n || p.m.pair.other !== q.m.pair.other || p.m.unit !== q.m.unit) return false;
  if (!p.keys.some((k) => q.keys.includes(k) && !DIMENSIONS.has(k) && !RELATIONAL.has(k))) return false;
  const [a, b] = [itemCluster(p), itemCluster(q)];
  return sameKind(a, b) && !NOT_THE_SAME.some(([, , differ]) => differ(a, b) || differ(b, a));
}

/** Words that say which dimension of a thing is measured, not which thing: "tall", "depth", "height". */
const DIMENSIONS = new Set(['tall', 'high', 'height', 'depth', 'length', 'width', 'far', 'distance', 'size', 'speed', 'temperature', 'measuring', 'measured', 'measure']);

/** A cluster's sources as a set, made once per cluster: asked for each candidate it is compared with. */
const ALL_SOURCES = new WeakMap<Cluster, Set<string>>();
const allOf = (c: Cluster): Set<string> => ALL_SOURCES.get(c) ?? ALL_SOURCES.set(c, new Set(sourcesOf(c))).get(c)!;

/** Clusters of this cluster's unit or a comparable one, sharing a subject key (or an errand people were sent on), ascending. */
function candidatesOf(index: BlockIndex, c: Cluster): number[] {
  const units = comparableUnits(unitOf(c));
  const keys = c.items.some((x) => x.m.mission) ? [...new Set([...c.keys, ...c.items.flatMap((x) => missionKeys(x.m))])] : c.keys;
  if (units.length === 1) return index.candidates(units[0]!, keys);
  return [...new Set(units.flatMap((u) => index.candidates(u, keys)))].sort((a, b) => a - b);
}

/**
 * "no casualties", "no one was killed or injured": none dead and none hurt, so against either toll. (A
 * count of casualties above zero is its own quantity: "40,000 casualties" is no death toll.)
 */
const noCasualties = (c: Cluster) => c.max === 0 && c.keys.length === 2 && c.keys.includes('kill') && c.keys.includes('wound');

/** One quantity of one subject; a bare toll only when neither side is dated as another event. */
function sameKind(c: Cluster, d: Cluster): boolean {
  const unit = unitOf(c);
  // "four prior DUI convictions" / "this is her third OWI": earlier offences, counted by what they count.
  const priors = unit === 'count' ? samePriors(c, d) : null;
  if (priors !== null) return priors;
  // "sent eleven inspectors to oversee the vote" / "sent four monitors to watch it": one sender's group on one errand.
  const mission = unit === 'count' ? sameMission(c, d) : null;
  if (mission !== null) return mission;
  if (unit === 'count' && ((noCasualties(c) && isToll(d.keys)) || (noCasualties(d) && isToll(c.keys)))) return ownToll(c) && ownToll(d);
  if (unit === 'count' && (isPopulation(c.keys) || isPopulation(d.keys)) && !(placesOf(c).size && placesOf(d).size && sharePlaces(c, d))) return false;
  // "Hollis was sentenced to 12 years" / "Hollis received a 15-year sentence": one person's sentence.
  if (isSentence(unit, c.keys) && isSentence(unit, d.keys)) return peopleOf(c).size > 0 && peopleOf(d).size > 0 && sharePeople(c, d);
  if (!sameQuantity(unit, c.keys, d.keys) && !(unit === 'count' && ofOneHolder(c, d))) return false;
  if (MEASURE_UNITS(unit) && c.keys.filter((k) => d.keys.includes(k)).every((k) => RELATIONAL.has(k))) return false;
  return sameSubject(c.keys, d.keys) || !isTally(c.keys) || (ownToll(c) && ownToll(d));
}

/** Pairs of clusters that cannot both be true, looked up through the block index. */
export function conflictPairs(clusters: readonly Cluster[], index: BlockIndex, tick: () => void): Array<[number, number]> {
  const vague = vagueSources(clusters, index);
  const clearSources = (c: Cluster, i: number) => sourcesOf(c).filter((s) => !vague.has(`${i}|${s}`));
  const clear = (c: Cluster, i: number) => clearSources(c, i).length > 0;
  const pairs: Array<[number, number]> = [];
  const clearSets = new Map<Cluster, ReadonlySet<string>>();
  const clearSet = (k: Cluster, i: number) => clearSets.get(k) ?? clearSets.set(k, new Set(clearSources(k, i))).get(k)!;
  clusters.forEach((c, i) => {
    tick();
    if (!clear(c, i)) return;
    const mine = clearSet(c, i);
    for (const j of candidatesOf(index, c)) {
      if (j <= i) continue;
      const d = clusters[j]!;
      if (canBothHold(c, d) || !clear(d, j) || !mayBeOne(c, d)) continue;
      // One article may give two numbers for two moments: the outlets that give one value each must differ.
      // (An article that gives a toll and its denial reports two claims: see `denial`.)
      const denied = denial(c, d);
      if (!denied && clearSources(d, j).some((s) => mine.has(s))) continue;
      // An outlet that gives two tolls of the dead or hurt ("nine were killed in the raid on the market … four
      // died in last week's shelling") tells of two strikes: no other outlet's two tolls are set against each other through it.
      if (!denied && isToll(c.keys) && isToll(d.keys) && c.keys[0] === d.keys[0] && sourcesOf(d).some((s) => allOf(c).has(s))) continue;
      clearSet(d, j);
      if (NOT_THE_SAME.some(([rule, , differ]) => !(denied && rule === 'held-together') && (differ(c, d) || differ(d, c))) || !sameThingSomewhere(c, d, (k) => clearSets.get(k)!)) continue;
      pairs.push([i, j]);
    }
  });
  const known = new Set(pairs.map(([i, j]) => `${i}|${j}`));
  for (const [i, j] of pairedConflicts(clusters, index)) if (!known.has(`${i}|${j}`)) pairs.push([i, j]);
  return oneTollPerDenial(clusters, pairs);
}

/**
 * "no casualties" against "nine killed" and against "four killed", where an outlet gives both nine and four
 * as two tolls (of two strikes: the outlets that give both keep them apart): a denial answers one of them,
 * the story's, the toll more outlets lead with (in their opening or summing up). When two such tolls are
 * led with by as many outlets, which one is denied is unknown, and neither pair is kept.
 */
function oneTollPerDenial(clusters: readonly Cluster[], pairs: Array<[number, number]>): Array<[number, number]> {
  const partners = new Map<number, number[]>();
  for (const [i, j] of pairs) {
    const [z, t] = isDenial(clusters[i]!) ? [i, j] : isDenial(clusters[j]!) ? [j, i] : [-1, -1];
    if (z >= 0) (partners.get(z) ?? partners.set(z, []).get(z)!).push(t);
  }
  const paired = new Set(pairs.map(([i, j]) => `${i}|${j}`));
  const drop = new Set<string>();
  for (const [z, ts] of partners) {
    if (ts.length < 2) continue;
    const lead = new Map(ts.map((t) => [t, leadingOutlets(clusters[t]!)]));
    const order = [...ts].sort((a, b) => lead.get(b)! - lead.get(a)! || a - b);
    const kept: number[] = [];
    for (const t of order) {
      const apart = kept.filter((k) => facetOf(clusters[z]!, clusters[k]!) === facetOf(clusters[z]!, clusters[t]!) && heldApart(clusters, paired, k, t));
      if (apart.length === 0) kept.push(t);
      else {
        drop.add(`${Math.min(z, t)}|${Math.max(z, t)}`);
        for (const k of apart) if (lead.get(k) === lead.get(t)) drop.add(`${Math.min(z, k)}|${Math.max(z, k)}`);
      }
    }
  }
  return drop.size ? pairs.filter(([i, j]) => !drop.has(`${i}|${j}`)) : pairs;
}

/** Two clusters some outlet gives both of, not paired as a conflict: two quantities to that outlet. */
function heldApart(clusters: readonly Cluster[], paired: ReadonlySet<string>, a: number, b: number): boolean {
  if (paired.has(`${Math.min(a, b)}|${Math.max(a, b)}`)) return false;
  const mine = new Set(sourcesOf(clusters[a]!));
  return sourcesOf(clusters[b]!).some((s) => mine.has(s));
}

/** How many outlets give the cluster's value in their opening lines or in a summing up of the toll. */
const leadingOutlets = (c: Cluster) => new Set(c.items.filter((x) => lineOf(x) < OPENING_LINES || x.m.summary === true).map((x) => x.source)).size;

/**
 * "no one was killed" against "nine people were killed": a toll and its denial. An outlet that gives both
 * ("the mayor said nine died; aid workers said no one did") reports two claims that cannot both be true,
 * which is what a reporter must see: it is a witness of the disagreement, not a vague source, and the
 * outlets that give both do not make the values two quantities. (Sentences of other outlets must still
 * meet: `sameThingSomewhere`.)
 */
const isDenial = (c: Cluster) => c.max === 0 && c.items.every((x) => x.m.rule === 'zero-toll');
function denial(c: Cluster, d: Cluster): boolean {
  return (isDenial(c) && d.min !== null && d.min > 0) || (isDenial(d) && c.min !== null && c.min > 0);
}

/**
 * Which toll a pair of conflicting clusters is about, so "no casualties" against "nine killed" and against
 * "14 wounded" are two conflicts, not one of "9 vs 14 vs 0". '' for any other quantity.
 */
export function facetOf(c: Cluster, d: Cluster): string {
  if (noCasualties(c) && isToll(d.keys)) return d.keys[0]!;
  if (noCasualties(d) && isToll(c.keys)) return c.keys[0]!;
  return isToll(c.keys) && isToll(d.keys) && c.keys[0] === d.keys[0] ? c.keys[0]! : '';
}

/** The reason a figure conflict was raised: one quantity (its subject and unit). */
export function reasonOf(group: readonly Cluster[]): ConflictReason {
  const subjects = [...new Set(group.map((c) => c.items[0]!.m.subject).filter((s): s is string => s !== null))];
  const people = [...new Set(group.flatMap((c) => c.items.flatMap((x) => x.m.people ?? [])))].sort();
  const who = people.length ? `; people named: ${people.join(', ')}` : '';
  // "homes damaged in Dorn", "Rostvale, a town of 48,000": the place every side names is part of what is shared.
  const where = [...placesOf(group[0]!)].filter((p) => group.every((c) => placesOf(c).has(p))).sort();
  // "dead" / "people killed": no two subject words in common, only the toll every report opens with.
  const toll = group.some((c, i) => group.some((d, j) => i !== j && !sameSubject(c.keys, d.keys))) && group.every((c) => isToll(c.keys));
  return { rule: toll ? 'same-toll' : 'same-quantity', shared: `${subjects.slice(0, 3).join(' / ') || 'no subject'} (${unitOf(group[0]!)})${who}${where.length ? `; place named: ${where.join(', ')}` : ''}` };
}
