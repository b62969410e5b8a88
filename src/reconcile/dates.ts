import type { Diagnostic } from '../model/diagnostic.js';
import type { Conflict, DateAnchor, DateFact } from '../model/fact.js';
import type { SourceMentions } from '../model/extraction.js';
import type { DateGranularity, DateMention } from '../model/mention.js';
import { resolveRelative } from '../extract/dates/resolve.js';
import { chooseAnchor, sourceAnchors, type Anchor, type SourceAnchor } from './dates-anchor.js';
import { offsetOf, reportDayValue } from './dates-report-day.js';
import { compatibleDates, conflictOfDates, precision } from './dates-compare.js';
import { onceEventPairs, sameOnceEvent } from './dates-events.js';
import { compareEvidence, evidenceOf } from './evidence.js';
import { BlockIndex, components } from './figures-index.js';
import { memoKeys, sameSubject, sameTopic } from './figures-keys.js';
import type { MemberIds } from './figures.js';
import { IdAllocator, shortHash, slug } from './ids.js';

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
 * once-only event (a death, a settlement; see dates-events.ts).
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
  /** `calendar`, or `report-day`: the value is on the stand-in calendar of dates-report-day.ts. */
  readonly frame: 'calendar' | 'report-day';
  /** Position of the mention in its source's `dates`. */
  readonly index: number;
}
export interface DateCluster { readonly items: DateItem[]; readonly keys: Set<string> }

export function reconcileDates(
  inputs: readonly SourceMentions[],
  options: { referenceDate?: string | null; evidence?: boolean; tick?: () => void },
): { facts: DateFact[]; conflicts: Conflict[]; anchor: Anchor | null; diagnostics: Diagnostic[]; members: MemberIds } {
  const diagnostics: Diagnostic[] = [];
  const anchor = chooseAnchor(inputs, options.referenceDate, diagnostics);
  const anchors = sourceAnchors(inputs, anchor);
  const items: DateItem[] = [];
  const keysOf = memoKeys();
  for (const input of inputs) {
    const own = anchors.get(input.source.id) ?? null;
    input.dates.forEach((m, index) => items.push(resolveItem(m, index, input, own, diagnostics, keysOf)));
  }
  // Most precise first, exact before tolerant, so "on Friday" founds the cluster "two days after" joins.
  items.sort((a, b) => precision(b.granularity) - precision(a.granularity) || (a.m.toleranceDays ?? 0) - (b.m.toleranceDays ?? 0)
    || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.m.start - b.m.start));
  const clusters: DateCluster[] = [];
  const index = new BlockIndex();
  const tick = options.tick ?? ((): void => undefined);
  for (const it of items) {
    tick();
    const hit = index.candidates('', it.keys).find((id) => {
      const head = clusters[id]!.items[0]!;
      return joins(clusters[id]!, it) && compatibleDates(head, it) && (sameTopic([...clusters[id]!.keys], it.keys) || sameOnceEvent(head, it, clusters[id]!.keys));
    });
    if (hit === undefined) clusters.push({ items: [it], keys: new Set(it.keys) });
    else {
      clusters[hit]!.items.push(it);
      for (const k of it.keys) clusters[hit]!.keys.add(k);
    }
    index.add(hit ?? clusters.length - 1, '', it.keys);
  }
  const pairs: Array<[number, number]> = [];
  clusters.forEach((c, i) => {
    tick();
    const mine = new Set(c.items.map((x) => x.source));
    for (const j of index.candidates('', [...c.keys])) {
      const d = clusters[j]!;
      if (j <= i || c.items[0]!.value === null || d.items[0]!.value === null || c.items[0]!.frame !== d.items[0]!.frame) continue;
      if (compatibleDates(c.items[0]!, d.items[0]!) || !sameSubject([...c.keys], [...d.keys])) continue;
      if (!d.items.some((x) => mine.has(x.source))) pairs.push([i, j]);
    }
  });
  pairs.push(...onceEventPairs(clusters));
  return { ...build(clusters, pairs, options.evidence ?? true), anchor, diagnostics };
}

/**
 * A fact has one value, and its evidence must bear it out: a mention joins a cluster of its own precision,
 * or, from a source the cluster does not have yet, a finer one it contains ("in 2022" joins another
 * outlet's "in February 2022"). A story's own "this year" never takes the day of its "on Monday".
 */
function joins(c: DateCluster, it: DateItem): boolean {
  return c.items[0]!.granularity === it.granularity || !c.items.some((x) => x.source === it.source);
}

function resolveItem(m: DateMention, index: number, input: SourceMentions, anchor: SourceAnchor | null, diagnostics: Diagnostic[], keysOf: (s: string | null) => string[]): DateItem {
  const base = { m, index, source: input.source.id, lineStarts: input.lineStarts, keys: keysOf(m.event), frame: 'calendar' as const };
  if (m.value !== null || !m.relative) return { ...base, value: m.value, granularity: m.granularity, anchoredBy: null, anchor: null };
  const unresolved = { ...base, value: null, granularity: 'relative' as const, anchoredBy: null, anchor: null };
  if (anchor?.date == null) {
    const stand = anchor ? reportDayValue(m.relative, anchor.weekday) : null;
    return stand ? { ...base, ...stand, frame: 'report-day', anchoredBy: null, anchor } : unresolved;
  }
  const resolved = resolveRelative(m.relative, anchor.date);
  if (!resolved) {
    diagnostics.push({ code: 'date/unresolvable', severity: 'warning', message: `"${m.text}" has no such day near ${anchor.date}`, source: input.source.id, start: m.start, end: m.end });
    return unresolved;
  }
  return { ...base, value: resolved.value, granularity: resolved.granularity, anchoredBy: anchor.reason === 'reference-date' ? 'reference-date' : anchor.from ?? anchor.source, anchor };
}

/** The anchors of a cluster's relative mentions, one per source. */
function anchorsOf(items: readonly DateItem[]): DateAnchor[] {
  const bySource = new Map<string, DateAnchor>();
  for (const x of items) {
    // --reference-date is one anchor for all, already named by `anchoredBy`
    if (!x.anchor || x.anchor.reason === 'reference-date' || bySource.has(x.source)) continue;
    const a = x.anchor;
    bySource.set(x.source, { source: a.source, date: a.date, reason: a.reason, ...(a.from ? { from: a.from } : {}) });
  }
  return [...bySource.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

function build(clusters: readonly DateCluster[], pairs: ReadonlyArray<readonly [number, number]>, withEvidence: boolean): { facts: DateFact[]; conflicts: Conflict[]; members: MemberIds } {
  const order = clusters.map((_, i) => i).sort((a, b) => compareClusters(clusters[a]!, clusters[b]!));
  const ids = new IdAllocator();
  const idOf = new Map<number, string>();
  for (const i of order) {
    const h = clusters[i]!.items[0]!;
    idOf.set(i, ids.take(`date-${idValue(h)}-${slug(h.m.event ?? h.m.text, 32)}-${shortHash(`${h.value}|${h.m.event}|${h.m.text}`, 6)}`));
  }
  const conflicts = components(clusters.length, pairs).map((g) => conflictOfDates(g.map((i) => [idOf.get(i)!, clusters[i]!] as const)));
  conflicts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const inConflict = new Map<string, string[]>();
  for (const c of conflicts) for (const f of c.facts) inConflict.set(f, [...(inConflict.get(f) ?? []), c.id].sort());
  const facts = order.map((i): DateFact => {
    const c = clusters[i]!;
    const h = c.items[0]!;
    const id = idOf.get(i)!;
    const sources = [...new Set(c.items.map((x) => x.source))].sort();
    const conflictIds = inConflict.get(id) ?? [];
    const evidence = withEvidence ? c.items.map((x) => evidenceOf(x.source, x.lineStarts, x.m)).sort(compareEvidence) : [];
    // The most informative wording names the event: the one with the most content words.
    const named = c.items.reduce((best, x) => (x.keys.length > best.keys.length ? x : best), h);
    const anchors = anchorsOf(c.items);
    const relative = h.frame === 'report-day' && h.value !== null ? offsetOf(h.value, h.granularity, h.anchor?.weekday) : null;
    return {
      id, type: 'date', sources, status: conflictIds.length > 0 ? 'conflict' : sources.length > 1 ? 'agreed' : 'single-source', conflicts: conflictIds,
      value: h.frame === 'report-day' ? null : h.value, granularity: h.granularity, event: named.m.event, surface: h.m.text, qualifier: h.m.qualifier ?? 'on',
      anchoredBy: c.items.find((x) => x.anchoredBy !== null)?.anchoredBy ?? null,
      ...(relative ? { relative } : {}), ...(anchors.length > 0 ? { anchors } : {}), evidence,
    };
  });
  const members: MemberIds = new Map();
  clusters.forEach((c, i) => {
    for (const x of c.items) (members.get(x.source) ?? members.set(x.source, []).get(x.source)!)[x.index] = idOf.get(i)!;
  });
  return { facts, conflicts, members };
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
  const rank = (it: DateItem) => (it.value === null ? 3 : it.frame === 'report-day' ? 1 : /^\d/.test(it.value) ? 0 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  const vx = x.value ?? '\uffff';
  const vy = y.value ?? '\uffff';
  if (vx !== vy) return vx < vy ? -1 : 1;
  const ex = (x.m.event ?? '').toLowerCase();
  const ey = (y.m.event ?? '').toLowerCase();
  if (ex !== ey) return ex < ey ? -1 : 1;
  return compareEvidence({ ...x.m, source: x.source }, { ...y.m, source: y.source });
}
