import { diagnostic } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceMentions } from '../model/extraction.js';
import type { DateMention } from '../model/mention.js';
import type { DateAnchorReason } from '../model/fact.js';
import { parseIsoDay } from '../extract/dates/resolve.js';

export interface Anchor { readonly source: string | null; readonly date: string }

/**
 * What one source's relative dates count from, and why:
 *   `reference-date` --reference-date, for every source;
 *   `dateline`, `weekday-date`, `lead-date` the source's own report date (extract/dates/anchor.ts);
 *   `borrowed`       no date of its own: the report date most other sources give (`from` names one);
 *   `report-day`     no full date anywhere: relative dates count days from the report day (`date` null),
 *                    on the weekday the sources' past weekdays point to (see reportWeekday).
 */
export interface SourceAnchor {
  readonly source: string;
  readonly date: string | null;
  readonly reason: DateAnchorReason;
  readonly from?: string;
  /** The report day's weekday, 0 = Sunday, in `report-day` mode when the sources tell one. */
  readonly weekday?: number;
  /**
   * In `report-day` mode: the source tells a weekday and counts from the report day all such sources
   * share; without one its report day is its own, and its dates are compared with no other source's.
   */
  readonly shared?: boolean;
}

/**
 * The folder's anchor: --reference-date when given and valid (source null); else the full date
 * most sources state as their own (ties: the latest date, then the first source id); else null.
 */
export function chooseAnchor(inputs: readonly SourceMentions[], referenceDate: string | null | undefined, diagnostics: Diagnostic[]): Anchor | null {
  if (referenceDate) {
    if (parseIsoDay(referenceDate)) return { source: null, date: referenceDate };
    diagnostics.push(diagnostic('date/bad-reference', `Reference date "${referenceDate}" is not a calendar day (expected YYYY-MM-DD); inferring one from the sources`, { source: null }));
  }
  const votes = new Map<string, string[]>();
  for (const input of inputs) {
    const d = input.anchorDate;
    if (d && parseIsoDay(d)) votes.set(d, [...(votes.get(d) ?? []), input.source.id]);
  }
  let best: Anchor | null = null;
  let bestVotes = 0;
  for (const [date, sources] of [...votes].sort((a, b) => (a[0] < b[0] ? 1 : -1))) {
    if (sources.length > bestVotes) {
      best = { source: [...sources].sort()[0]!, date };
      bestVotes = sources.length;
    }
  }
  return best;
}

/** Each source's anchor (see SourceAnchor), by source id. */
export function sourceAnchors(inputs: readonly SourceMentions[], folder: Anchor | null): Map<string, SourceAnchor> {
  const out = new Map<string, SourceAnchor>();
  if (folder?.source === null) {
    for (const input of inputs) out.set(input.source.id, { source: input.source.id, date: folder.date, reason: 'reference-date' });
    return out;
  }
  const pastWeekdays: number[] = [];
  const telling = new Set<string>();
  for (const input of inputs) {
    const id = input.source.id;
    const own = input.anchorDate && parseIsoDay(input.anchorDate) ? input.dates.find((d) => d.anchor !== undefined) : undefined;
    if (own?.anchor && input.anchorDate) out.set(id, { source: id, date: input.anchorDate, reason: own.anchor });
    else if (folder) out.set(id, { source: id, date: folder.date, reason: 'borrowed', from: folder.source! });
    // "won on Thursday night": a night's events are reported the next day at the earliest.
    const told = input.dates.filter(isToldWeekday).map((d) => (/\snight$/i.test(d.text) ? (d.relative!.n + 1) % 7 : d.relative!.n));
    if (told.length > 0) telling.add(id);
    pastWeekdays.push(...told);
  }
  if (folder) return out;
  const weekday = reportWeekday(pastWeekdays);
  for (const input of inputs) {
    const id = input.source.id;
    // A source that tells no weekday may have been written on another day: its "yesterday" stays its own.
    const shared = telling.has(id);
    out.set(id, { source: id, date: null, reason: 'report-day', shared, ...(shared && weekday !== undefined ? { weekday } : {}) });
  }
  return out;
}

/** "met on Monday": a weekday told in the past, not "last Monday" and not a possessive ("Sunday's game" may lie ahead). */
function isToldWeekday(d: DateMention): boolean {
  return d.relative?.type === 'weekday' && d.relative.direction < 0 && !d.relative.strict && d.rule === 'weekday';
}

/**
 * No full date in any source: all count from one report day, the weekday after which the weekdays the
 * sources tell in the past are most recent (the least days back, summed over every mention). "Met on
 * Monday" three times and "on Friday" once give Monday (Friday is 3 days back); "reached the summit on
 * Sunday, descended on Tuesday" gives Tuesday; "won on Thursday night" counts as Friday. Outlets on one event publish together, and one frame
 * keeps their dates comparable.
 */
function reportWeekday(told: readonly number[]): number | undefined {
  let best: number | undefined;
  let bestCost = Infinity;
  for (const w of [...new Set(told)].sort((a, b) => a - b)) {
    const cost = told.reduce((sum, x) => sum + ((w - x + 7) % 7), 0);
    if (cost < bestCost) (best = w), (bestCost = cost);
  }
  return best;
}
