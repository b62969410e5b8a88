import type { Conflict } from '../model/fact.js';
import type { DateGranularity } from '../model/mention.js';
import { parseIsoDay } from '../extract/dates/resolve.js';
import { evidenceOf } from './evidence.js';
import { shortHash } from './ids.js';
import type { DateCluster, DateItem } from './dates.js';

const PRECISION: Record<DateGranularity, number> = { day: 4, week: 3, month: 2, year: 1, relative: 0, unknown: 0 };
export function precision(g: DateGranularity): number {
  return PRECISION[g];
}

/**
 * Two dates can be the same moment: equal; one contains the other ("2022" ⊃
 * "2022-02"); or days within the looser one's tolerance ("two days after" ±1).
 * Unresolved dates match only the same surface words.
 */
export function compatibleDates(a: DateItem, b: DateItem): boolean {
  if (a.value === null || b.value === null) return a.value === b.value && a.m.text.toLowerCase() === b.m.text.toLowerCase();
  if (a.granularity === 'week' || b.granularity === 'week') return a.value === b.value;
  if (a.value.startsWith(b.value) || b.value.startsWith(a.value)) return true;
  const tolerance = Math.max(a.m.toleranceDays ?? 0, b.m.toleranceDays ?? 0);
  if (tolerance === 0 || a.granularity !== 'day' || b.granularity !== 'day') return false;
  const x = parseIsoDay(a.value);
  const y = parseIsoDay(b.value);
  return x !== null && y !== null && Math.abs(x.getTime() - y.getTime()) <= tolerance * 86_400_000;
}

export function conflictOfDates(group: ReadonlyArray<readonly [string, DateCluster]>): Conflict {
  const sourcesOf = (c: DateCluster) => [...new Set(c.items.map((x) => x.source))].sort();
  const parts = group.map(([, c]) => `${c.items[0]!.value} (${sourcesOf(c).join(', ')})`);
  const facts = group.map(([id]) => id).sort();
  const details = group.flatMap(([id, c]) => sourcesOf(c).map((s) => {
    const x = c.items.find((i) => i.source === s)!;
    const ev = evidenceOf(s, x.lineStarts, x.m);
    return { source: s, fact: id, value: `${x.value} ("${x.m.text}")`, evidence: { start: ev.start, end: ev.end, line: ev.line, column: ev.column } };
  })).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0));
  const event = group[0]![1].items[0]!.m.event ?? group[0]![1].items[0]!.m.text;
  return {
    id: `conflict-date-${shortHash(facts.join('|'))}`, type: 'date', facts,
    sources: [...new Set(details.map((d) => d.source))].sort(),
    message: `Sources date "${event}" differently: ${parts.join(' vs ')}`, details,
  };
}
