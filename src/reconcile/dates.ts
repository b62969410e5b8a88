import { diagnostic } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Conflict, DateFact } from '../model/fact.js';
import type { SourceMentions } from '../model/extraction.js';
import type { DateGranularity, DateMention } from '../model/mention.js';
import { resolveRelative } from '../extract/dates/resolve.js';
import { chooseAnchor, type Anchor } from './dates-anchor.js';
import { compatibleDates, conflictOfDates, precision } from './dates-compare.js';
import { onceEventPairs, sameOnceEvent } from './dates-events.js';
import { compareEvidence, evidenceOf } from './evidence.js';
import { BlockIndex, components } from './figures-index.js';
import { memoKeys, sameSubject, sameTopic } from './figures-keys.js';
import type { MemberIds } from './figures.js';
import { IdAllocator, shortHash, slug } from './ids.js';

/**
 * Dates across sources. Relative dates resolve against --reference-date, else
 * the source's own full date, else the anchor inferred from the other sources
 * (`anchoredBy` says which); otherwise they stay null with their surface kept.
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
  const items: DateItem[] = [];
  const keysOf = memoKeys();
  for (const input of inputs) {
    const own = anchor?.source === null ? null : input.anchorDate;
    input.dates.forEach((m, index) => items.push(resolveItem(m, index, input, own ? { source: input.source.id, date: own } : anchor, diagnostics, keysOf)));
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
      return compatibleDates(head, it) && (sameTopic([...clusters[id]!.keys], it.keys) || sameOnceEvent(head, it, clusters[id]!.keys));
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
      if (j <= i || c.items[0]!.value === null || d.items[0]!.value === null) continue;
      if (compatibleDates(c.items[0]!, d.items[0]!) || !sameSubject([...c.keys], [...d.keys])) continue;
      if (!d.items.some((x) => mine.has(x.source))) pairs.push([i, j]);
    }
  });
  pairs.push(...onceEventPairs(clusters));
  return { ...build(clusters, pairs, options.evidence ?? true), anchor, diagnostics };
}

function resolveItem(m: DateMention, index: number, input: SourceMentions, anchor: Anchor | null, diagnostics: Diagnostic[], keysOf: (s: string | null) => string[]): DateItem {
  const base = { m, index, source: input.source.id, lineStarts: input.lineStarts, keys: keysOf(m.event) };
  if (m.value !== null || !m.relative) return { ...base, value: m.value, granularity: m.granularity, anchoredBy: null };
  const resolved = anchor ? resolveRelative(m.relative, anchor.date) : null;
  if (!resolved) {
    if (anchor) diagnostics.push(diagnostic('date/unresolvable', `"${m.text}" has no such day near ${anchor.date}`, { source: input.source.id, start: m.start, end: m.end }));
    return { ...base, value: null, granularity: 'relative', anchoredBy: null };
  }
  return { ...base, value: resolved.value, granularity: resolved.granularity, anchoredBy: anchor!.source ?? 'reference-date' };
}

function build(clusters: readonly DateCluster[], pairs: ReadonlyArray<readonly [number, number]>, withEvidence: boolean): { facts: DateFact[]; conflicts: Conflict[]; members: MemberIds } {
  const order = clusters.map((_, i) => i).sort((a, b) => compareClusters(clusters[a]!, clusters[b]!));
  const ids = new IdAllocator();
  const idOf = new Map<number, string>();
  for (const i of order) {
    const h = clusters[i]!.items[0]!;
    idOf.set(i, ids.take(`date-${h.value ?? 'unresolved'}-${slug(h.m.event ?? h.m.text, 32)}-${shortHash(`${h.value}|${h.m.event}|${h.m.text}`, 6)}`));
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
    return {
      id, type: 'date', sources, status: conflictIds.length > 0 ? 'conflict' : sources.length > 1 ? 'agreed' : 'single-source', conflicts: conflictIds,
      value: h.value, granularity: h.granularity, event: named.m.event, surface: h.m.text, qualifier: h.m.qualifier ?? 'on',
      anchoredBy: c.items.find((x) => x.anchoredBy !== null)?.anchoredBy ?? null, evidence,
    };
  });
  const members: MemberIds = new Map();
  clusters.forEach((c, i) => {
    for (const x of c.items) (members.get(x.source) ?? members.set(x.source, []).get(x.source)!)[x.index] = idOf.get(i)!;
  });
  return { facts, conflicts, members };
}

function compareClusters(a: DateCluster, b: DateCluster): number {
  const x = a.items[0]!;
  const y = b.items[0]!;
  const vx = x.value ?? '\uffff';
  const vy = y.value ?? '\uffff';
  if (vx !== vy) return vx < vy ? -1 : 1;
  const ex = (x.m.event ?? '').toLowerCase();
  const ey = (y.m.event ?? '').toLowerCase();
  if (ex !== ey) return ex < ey ? -1 : 1;
  return compareEvidence({ ...x.m, source: x.source }, { ...y.m, source: y.source });
}
