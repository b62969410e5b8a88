import type { Conflict, FigureFact } from '../model/fact.js';
import type { SourceMentions } from '../model/extraction.js';
import type { FigureMention } from '../model/mention.js';
import { compareEvidence, evidenceOf } from './evidence.js';
import { formatFigure } from './figures-format.js';
import { BlockIndex, components } from './figures-index.js';
import { memoKeys, sameTopic } from './figures-keys.js';
import { conflictPairs, facetOf, isTurnout, reasonOf } from './figures-conflicts.js';
import { canBothHold } from './figures-conflicts-units.js';
import { missionKeys, oneMission } from './figures-conflicts-missions.js';
import { IdAllocator, NONE, shortHash, singleSourceLists, slug } from './ids.js';

/**
 * Figures across sources. A mention joins a cluster of the same unit when the
 * values are equal, the intervals overlap and the subjects share enough
 * content words ("roughly $90 billion" + "about $90 billion"; "eight decades"
 * + "80 years"). Clusters of one unit whose subjects match strictly, whose
 * sources differ and whose intervals cannot both hold are a conflict
 * ("12,000 troops" vs "15,000 troops").
 */
export interface Item { readonly m: FigureMention; readonly source: string; readonly lineStarts: readonly number[]; readonly keys: string[]; readonly index: number; readonly anchor?: string | null }
/**
 * `keys`: every content key of the cluster's subjects, in first-seen order. Most clusters keep
 * one item, so they share that item's (read-only, memoised) keys until a second item adds one.
 */
export interface Cluster { readonly items: Item[]; keys: readonly string[]; ownKeys: boolean; min: number | null; max: number | null }

function addKeys(c: Cluster, keys: readonly string[]): void {
  for (const k of keys) {
    if (c.keys.includes(k)) continue;
    if (!c.ownKeys) {
      c.keys = [...c.keys];
      c.ownKeys = true;
    }
    (c.keys as string[]).push(k);
  }
}

const noop = (): void => undefined;
const EPS = 1e-9;
const sameValue = (a: number, b: number) => Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
export const overlaps = (a: { min: number | null; max: number | null }, b: { min: number | null; max: number | null }) =>
  (a.max === null || b.min === null || b.min <= a.max + EPS) && (b.max === null || a.min === null || a.min <= b.max + EPS);

/** Which fact each mention joined: source id → fact id per mention index (see reconcile/members.ts). */
export type MemberIds = Map<string, string[]>;

/**
 * The members with each source's list copied at its own length. A list is filled by index in cluster
 * order, not mention order, and an array written past its end grows to half as much again plus 16
 * slots: four kinds of lists of a few mentions each held 33 MB after reconciling the 50 MB bench
 * corpus. The lists are kept to the end of the run (evidence is filed from them).
 */
export function fitted(members: MemberIds): MemberIds {
  for (const [source, list] of members) members.set(source, list.slice());
  return members;
}

/** `evidence: false` leaves the facts' evidence empty, for a caller that builds it later (reconcile/members.ts). */
/** Nouns of a running count: "the death toll rose to 17" counts the dead ("tolls will end" on a bridge is no figure's). */
const RUNNING_COUNT: ReadonlySet<string> = new Set(['toll', 'tally']);

export function reconcileFigures(inputs: readonly SourceMentions[], { evidence = true, tick = noop } = {}): { facts: FigureFact[]; conflicts: Conflict[]; members: MemberIds } {
  const items: Item[] = [];
  const keysOf = memoKeys(RUNNING_COUNT);
  for (const input of inputs) {
    input.figures.forEach((m, index) => items.push({ m, source: input.source.id, lineStarts: input.lineStarts, keys: keysOf(m.subject), index, anchor: input.anchorDate }));
  }
  items.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.m.start - b.m.start || a.m.end - b.m.end));

  const clusters: Cluster[] = [];
  const index = new BlockIndex();
  for (const it of items) {
    tick();
    const filed = [...it.keys, ...missionKeys(it.m)];
    const hit = index.candidates(it.m.unit, filed).find((id) => {
      const c = clusters[id]!;
      const head = c.items[0]!.m;
      // ("40 of the injured" is some of a group; "40 injured" the whole: one value, two quantities. So are
      // "six hurt in Kell, the capital of Varo district" and "six hurt", a share a law sets and one reached.)
      // ("sent four inspectors to oversee the vote" / "sent four monitors to watch it": one group, see figures-conflicts-missions.ts.)
      return sameValue(head.value, it.m.value) && overlaps(c, it.m) && (sameTopic(c.keys, it.keys) || sentTogether(c, it.m)) && apartScope(head) === apartScope(it.m);
    });
    if (hit === undefined) {
      clusters.push({ items: [it], keys: it.keys, ownKeys: false, min: it.m.min, max: it.m.max });
      index.add(clusters.length - 1, it.m.unit, filed);
      continue;
    }
    const c = clusters[hit]!;
    c.items.push(it);
    addKeys(c, it.keys);
    // Keep the interval every source allows: "about 90" ∩ "more than 85".
    if (it.m.min !== null && (c.min === null || it.m.min > c.min)) c.min = it.m.min;
    if (it.m.max !== null && (c.max === null || it.m.max < c.max)) c.max = it.m.max;
    index.add(hit, it.m.unit, filed);
  }
  return build(clusters, conflictPairs(clusters, index, tick), evidence, tick);
}

/** Some sentence of the cluster counts the people one sender sent on the errand the mention's count was sent on. */
const sentTogether = (c: Cluster, m: FigureMention) => m.mission !== undefined && c.items.some((x) => x.m.mission !== undefined && oneMission(x.m.mission, m.mission!));

/** Scopes that make a figure another quantity than the same value told without them. */
const APART_SCOPES: ReadonlySet<string> = new Set(['part', 'local', 'threshold']);
const apartScope = (m: FigureMention) => (m.scope && APART_SCOPES.has(m.scope) ? m.scope : '');

export function sourcesOf(c: Cluster): string[] {
  return [...new Set(c.items.map((i) => i.source))].sort();
}

function build(clusters: readonly Cluster[], pairs: ReadonlyArray<readonly [number, number]>, withEvidence: boolean, tick: () => void): { facts: FigureFact[]; conflicts: Conflict[]; members: MemberIds } {
  const order = clusters.map((_, i) => i).sort((a, b) => compareClusters(clusters[a]!, clusters[b]!));
  const ids = new IdAllocator();
  const idOf = new Map<number, string>();
  for (const i of order) {
    const head = clusters[i]!.items[0]!.m;
    idOf.set(i, ids.take(`figure-${slug(`${head.subject ?? head.unit} ${head.value}`, 40)}-${shortHash(`${head.unit}|${head.value}|${head.subject ?? ''}`, 6)}`));
  }
  // One conflict per group of pairs about one toll (see facetOf): "no casualties" may deny two.
  const byFacet = new Map<string, Array<readonly [number, number]>>();
  for (const p of pairs) {
    const f = facetOf(clusters[p[0]]!, clusters[p[1]]!);
    (byFacet.get(f) ?? byFacet.set(f, []).get(f)!).push(p);
  }
  const conflicts: Conflict[] = [...byFacet.values()].flatMap((ps) => components(clusters.length, ps)).map((group) => conflictOf(group.map((g) => [idOf.get(g)!, clusters[g]!] as const)));
  conflicts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const inConflict = new Map<string, string[]>();
  for (const c of conflicts) for (const f of c.facts) inConflict.set(f, [...(inConflict.get(f) ?? []), c.id].sort());
  const shared = singleSourceLists();
  const facts = order.map((i): FigureFact => {
    tick();
    const c = clusters[i]!;
    const head = c.items[0]!.m;
    const id = idOf.get(i)!;
    const sources = shared(sourcesOf(c));
    const conflictIds = inConflict.get(id) ?? NONE;
    return {
      id, type: 'figure', sources, status: conflictIds.length > 0 ? 'conflict' : sources.length > 1 ? 'agreed' : 'single-source', conflicts: conflictIds,
      value: head.value, unit: head.unit, qualifier: head.qualifier, min: c.min, max: c.max, subject: head.subject, measure: head.measure ?? null,
      evidence: withEvidence ? c.items.map((x) => evidenceOf(x.source, x.lineStarts, x.m)).sort(compareEvidence) : NONE,
    };
  });
  const members: MemberIds = new Map();
  clusters.forEach((c, i) => {
    for (const x of c.items) (members.get(x.source) ?? members.set(x.source, []).get(x.source)!)[x.index] = idOf.get(i)!;
  });
  return { facts, conflicts, members: fitted(members) };
}

function compareClusters(a: Cluster, b: Cluster): number {
  const x = a.items[0]!.m;
  const y = b.items[0]!.m;
  const sx = (x.subject ?? '\uffff').toLowerCase();
  const sy = (y.subject ?? '\uffff').toLowerCase();
  if (sx !== sy) return sx < sy ? -1 : 1;
  if (x.unit !== y.unit) return x.unit < y.unit ? -1 : 1;
  return x.value - y.value || compareEvidence({ ...x, source: a.items[0]!.source }, { ...y, source: b.items[0]!.source });
}

/** The value most often given, the first in alphabetical order among equals. */
function commonest(values: readonly string[]): string {
  return byCount(values)[0]!;
}

/** The distinct values, most often given first, in alphabetical order among equals. */
function byCount(values: readonly string[]): string[] {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

/** One outlet's figure as a value of its own, to set against other values. */
export const itemCluster = (x: Item): Cluster => ({ items: [x], keys: x.keys, ownKeys: false, min: x.m.min, max: x.m.max });

function conflictOf(group: ReadonlyArray<readonly [string, Cluster]>): Conflict {
  // Values that can both hold are one side ("150 ft and 45 m"): the group is joined through the values
  // each of them disagrees with, not with each other.
  const sides: Cluster[][] = [];
  for (const [, c] of group) {
    const side = sides.find((s) => s.every((d) => canBothHold(c, d)));
    if (side) side.push(c);
    else sides.push([c]);
  }
  // An outlet whose own words could hold with every other side ("more than 30 hours", in a value of 30,
  // against 40) is no witness of the disagreement: it stands on no side (while one of its value's outlets is).
  const others = (side: Cluster[]) => sides.filter((s) => s !== side);
  const witnesses = new Map<Cluster, Item[]>();
  for (const side of sides) for (const c of side) {
    const told = c.items.filter((x) => others(side).some((s) => s.every((d) => !canBothHold(itemCluster(x), d))));
    witnesses.set(c, told.length > 0 ? told : c.items);
  }
  const sourcesOf = (c: Cluster) => [...new Set(witnesses.get(c)!.map((x) => x.source))].sort();
  const parts = sides.map((side) => side.map((c) => {
    const items = witnesses.get(c)!;
    const m = items[0]!.m;
    // "at least 7 (a) vs at least 60 (b)": a hedge every source of the value gives is part of what they say;
    // worded apart ("over 200" / "more than 200") it is the same interval, shown as most sources word it.
    // Hedges of different reach ("about 12,000" / "more than 12,000") are each shown: "about or more than 12,000".
    const hedged = items.every((x) => x.m.qualifier !== 'exact');
    const oneReach = items.every((x) => x.m.min === m.min && x.m.max === m.max);
    const hedge = !hedged ? '' : oneReach ? `${commonest(items.map((x) => x.m.qualifier))} ` : `${byCount(items.map((x) => x.m.qualifier)).join(' or ')} `;
    return `${hedge}${formatFigure(m.value, m.unit, m.min, m.max)} (${sourcesOf(c).join(', ')})`;
  }).join(' and '));
  // "no casualties" against "nine killed": a denial says nothing of what it denies, the count names it ("people killed").
  // A turnout is named so however an outlet words it ("eligible voters who cast ballots").
  const named = group.find(([, c]) => c.items[0]!.m.max !== 0) ?? group[0]!;
  const subject = group.every(([, c]) => isTurnout(c.keys)) ? 'turnout' : named[1].items[0]!.m.subject ?? named[1].items[0]!.m.unit;
  const facts = group.map(([id]) => id).sort();
  const details = group.flatMap(([id, c]) => sourcesOf(c).map((s) => {
    const x = witnesses.get(c)!.find((i) => i.source === s)!;
    const ev = evidenceOf(s, x.lineStarts, x.m);
    return { source: s, fact: id, value: x.m.text, evidence: { start: ev.start, end: ev.end, line: ev.line, column: ev.column } };
  })).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0));
  return {
    id: `conflict-figure-${shortHash(facts.join('|'))}`, type: 'figure', facts,
    sources: [...new Set(details.map((d) => d.source))].sort(),
    message: `Sources disagree on ${subject}: ${parts.join(' vs ')}`, reason: reasonOf(group.map(([, c]) => c)), details,
  };
}
