import type { Conflict, DateAnchor, DateFact } from '../model/fact.js';
import { conflictOfDates } from './dates-compare.js';
import { offsetOf } from './dates-report-day.js';
import type { DateCluster, DateItem } from './dates.js';
import type { SourceAnchor } from './dates-anchor.js';
import { compareEvidence, evidenceOf } from './evidence.js';
import { components } from './figures-index.js';
import { fitted, type MemberIds } from './figures.js';
import { IdAllocator, NONE, shortHash, singleSourceLists, slug } from './ids.js';
import { compareDateValues } from '../model/date-values.js';

/** Date clusters into facts (ordered, with ids, anchors and report-day offsets) and their conflicts. */

/** The anchors of a cluster's relative mentions, one per source; `made` shares each source's among its facts. */
function anchorsOf(items: readonly DateItem[], made: Map<SourceAnchor, DateAnchor>): DateAnchor[] {
  const bySource = new Map<string, DateAnchor>();
  for (const x of items) {
    // --reference-date is one anchor for all, already named by `anchoredBy`
    if (!x.anchor || x.anchor.reason === 'reference-date' || bySource.has(x.source)) continue;
    const a = x.anchor;
    let out = made.get(a);
    if (out === undefined) made.set(a, (out = { source: a.source, date: a.date, reason: a.reason, ...(a.from ? { from: a.from } : {}) }));
    bySource.set(x.source, out);
  }
  return [...bySource.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

/** `apart`: pairs that are each a conflict of their own, not joined with `pairs` into one, with the message that tells it. */
export function build(clusters: readonly DateCluster[], pairs: ReadonlyArray<readonly [number, number]>, withEvidence: boolean, tick: () => void = () => undefined, apart: ReadonlyArray<{ readonly pair: readonly [number, number]; readonly message: string }> = []): { facts: DateFact[]; conflicts: Conflict[]; members: MemberIds } {
  const order = clusters.map((_, i) => i).sort((a, b) => compareClusters(clusters[a]!, clusters[b]!));
  const ids = new IdAllocator();
  const idOf = new Map<number, string>();
  for (const i of order) {
    const h = clusters[i]!.items[0]!;
    idOf.set(i, ids.take(`date-${idValue(h)}-${slug(h.m.event ?? h.m.text, 32)}-${shortHash(`${h.value}|${h.m.event}|${h.m.text}`, 6)}`));
  }
  const ofGroup = (g: readonly number[]) => conflictOfDates(g.map((i) => [idOf.get(i)!, clusters[i]!] as const));
  const joined = components(clusters.length, pairs).map(ofGroup);
  const own = apart.map(({ pair, message }) => ({ ...ofGroup(pair), message }));
  const conflicts = [...new Map([...joined, ...own].map((c) => [c.id, c])).values()];
  conflicts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const inConflict = new Map<string, string[]>();
  for (const c of conflicts) for (const f of c.facts) inConflict.set(f, [...(inConflict.get(f) ?? []), c.id].sort());
  const shared = singleSourceLists();
  const made = new Map<SourceAnchor, DateAnchor>();
  const facts = order.map((i): DateFact => {
    tick();
    const c = clusters[i]!;
    const h = c.items[0]!;
    const id = idOf.get(i)!;
    const sources = shared([...new Set(c.items.map((x) => x.source))].sort());
    const conflictIds = inConflict.get(id) ?? NONE;
    const evidence = withEvidence ? c.items.map((x) => evidenceOf(x.source, x.lineStarts, x.m)).sort(compareEvidence) : NONE;
    // The most informative wording names the event: the one with the most content words.
    const named = c.items.reduce((best, x) => (x.keys.length > best.keys.length ? x : best), h);
    const anchors = anchorsOf(c.items, made);
    const relative = h.frame !== 'calendar' && h.value !== null ? offsetOf(h.value, h.granularity, h.anchor?.weekday) : null;
    return {
      id, type: 'date', sources, status: conflictIds.length > 0 ? 'conflict' : sources.length > 1 ? 'agreed' : 'single-source', conflicts: conflictIds,
      value: h.frame !== 'calendar' ? null : h.value, granularity: h.granularity, ...(h.m.zone ? { zone: h.m.zone } : {}), event: named.m.event, surface: h.m.text, qualifier: h.m.qualifier ?? 'on',
      anchoredBy: c.items.find((x) => x.anchoredBy !== null)?.anchoredBy ?? null,
      ...(relative ? { relative } : {}), ...(anchors.length > 0 ? { anchors } : {}), evidence,
    };
  });
  const members: MemberIds = new Map();
  clusters.forEach((c, i) => {
    for (const x of c.items) (members.get(x.source) ?? members.set(x.source, []).get(x.source)!)[x.index] = idOf.get(i)!;
  });
  return { facts, conflicts, members: fitted(members) };
}

/** "2025-08-15"; "report-day-3" for report day − 3; "unresolved". */
function idValue(h: DateItem): string {
  if (h.value === null) return 'unresolved';
  if (h.frame === 'calendar') return h.value;
  const r = offsetOf(h.value, h.granularity, h.anchor?.weekday);
  const n = r?.days ?? r?.weeks ?? r?.months ?? r?.years ?? 0;
  return `report-${r?.days !== undefined ? 'day' : r?.weeks !== undefined ? 'week' : r?.months !== undefined ? 'month' : 'year'}${n < 0 ? '-' : '+'}${Math.abs(n)}`;
}

/** Calendar dates in order, then those counted from the report day, then "now" and its kin, then the unresolved. */
function compareClusters(a: DateCluster, b: DateCluster): number {
  const x = a.items[0]!;
  const y = b.items[0]!;
  const rank = (it: DateItem) => (it.value === null ? 3 : it.frame !== 'calendar' ? 1 : /^\d/.test(it.value) ? 0 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (x.value !== y.value && x.value !== null && y.value !== null) return compareDateValues(x.value, y.value);
  const ex = (x.m.event ?? '').toLowerCase();
  const ey = (y.m.event ?? '').toLowerCase();
  if (ex !== ey) return ex < ey ? -1 : 1;
  return compareEvidence({ ...x.m, source: x.source }, { ...y.m, source: y.source });
}
