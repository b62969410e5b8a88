import type { Conflict } from '../model/fact.js';
import type { DateGranularity } from '../model/mention.js';
import { addDays, boundsOf, isoDay, mondayOf, parseIsoDay } from '../extract/dates/resolve.js';
import { readableDateValue, zoneLabel } from '../model/date-values.js';
import { reportDayLabel } from '../model/report-day.js';
import { offsetOf } from './dates-report-day.js';
import { evidenceOf } from './evidence.js';
import { shortHash } from './ids.js';
import { minutesOf, sameMoment, SLACK_MINUTES } from './dates-zones.js';
import type { DateCluster, DateItem } from './dates.js';

const PRECISION: Record<DateGranularity, number> = {
  time: 9, day: 8, weekend: 7, week: 7, month: 6, season: 5, quarter: 5, half: 4, year: 3, decade: 2, century: 2, present: 1, past: 1, future: 1, relative: 0, unknown: 0,
};
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
  if (a.frame !== b.frame) return false;
  // a week is its Monday; a weekend ("2025-W33-WE") lies in the week of that Monday
  // ("this week's final" holds "Sunday's final")
  if (a.granularity === 'week' || b.granularity === 'week') return a.value === b.value || weekOf(a) === weekOf(b);
  // "about 4:30 a.m. Sunday" / "about 4 a.m. Sunday": one day, two times; "8:05" / "8:07" is one time.
  // "0652 GMT" / "2:52 a.m. EDT": one instant told in two zones (dates-zones.ts)
  const [ta, tb] = [minutesOf(a.value), minutesOf(b.value)];
  if (ta !== null && tb !== null) return sameMoment(a, b, a.value.slice(0, a.value.indexOf('T')) === b.value.slice(0, b.value.indexOf('T')) && Math.abs(ta - tb) <= TIME_SLACK_MINUTES);
  if (nightInto(a, b) || nightInto(b, a)) return true;
  if (a.value.startsWith(b.value) || b.value.startsWith(a.value)) return true;
  // "2025-Q3" holds "2025-08"; "2025-SU" holds "2025-07-14"
  const x = boundsOf(a.value);
  const y = boundsOf(b.value);
  if (x && y && ((x[0] <= y[0] && y[1] <= x[1]) || (y[0] <= x[0] && x[1] <= y[1]))) return true;
  const tolerance = Math.max(a.m.toleranceDays ?? 0, b.m.toleranceDays ?? 0);
  if (tolerance === 0 || a.granularity !== 'day' || b.granularity !== 'day') return false;
  const p = parseIsoDay(a.value);
  const q = parseIsoDay(b.value);
  return p !== null && q !== null && Math.abs(p.getTime() - q.getTime()) <= tolerance * 86_400_000;
}

/** Times of one day closer than this are one time given by two outlets, one of them rounding. */
const TIME_SLACK_MINUTES = SLACK_MINUTES;

/** Words that take a day into its night: "late Thursday", "Thursday night", "overnight Thursday". */
const NIGHT = /\b(?:late|night|overnight)\b/i;
/** Hours after midnight that a night before still holds. */
const NIGHT_ENDS_MINUTES = 6 * 60;

/**
 * "left the harbour late Thursday" and "left the harbour at about 2:40 a.m. Friday": a night runs past midnight, so its
 * day holds the small hours of the next one.
 */
function nightInto(day: DateItem, time: DateItem): boolean {
  if (day.granularity !== 'day' || time.granularity !== 'time' || !NIGHT.test(day.m.text)) return false;
  const t = minutesOf(time.value!);
  const d = parseIsoDay(day.value!);
  return t !== null && t < NIGHT_ENDS_MINUTES && d !== null && isoDay(addDays(d, 1)) === time.value!.slice(0, 10);
}

/** The Monday of a week, or of the week of a day (or a time on it) or a weekend, else null. */
function weekOf(it: DateItem): string | null {
  if (it.granularity === 'week') return it.value;
  if ((it.granularity === 'day' || it.granularity === 'time') && it.value !== null) {
    const day = parseIsoDay(it.value.slice(0, 10));
    return day ? isoDay(mondayOf(day)) : null;
  }
  if (it.granularity !== 'weekend' || it.value === null) return null;
  const b = boundsOf(it.value);
  return b ? addDays(parseIsoDay(b[0])!, -5).toISOString().slice(0, 10) : null;
}

/**
 * The value as the reader sees it: "2025-08-15", or "report day − 3 (Friday)"; a time with the zone it was
 * told in, "2025-08-15 06:52 GMT", "06:52 local time"; a year of a span, the span: "1966–1969".
 */
export function shownValue(it: DateItem): string {
  // A month named alone, with no year to resolve it against, is shown as written: "March".
  if (it.value === null) return it.m.text;
  // one end of "from 1966 to 1969" stands for the span
  if (it.m.range && it.frame === 'calendar') return `${it.m.range.from}–${it.m.range.to}`;
  const zone = it.m.zone && /T\d{2}:\d{2}$/.test(it.value) ? ` ${zoneLabel(it.m.zone)}` : '';
  if (it.frame === 'calendar') return readableDateValue(it.value) + zone;
  const r = offsetOf(it.value, it.granularity, it.anchor?.weekday);
  return (r ? reportDayLabel(r) : it.value) + zone;
}

/**
 * The finest granularity the values of the sides still differ in: "…T04:30" and "…T03:00" of one day differ in
 * the hour. Months named alone ("March" / "June") have no value to compare: every item tells them.
 */
function differIn(heads: readonly DateItem[]): DateGranularity {
  if (heads.some((x) => x.value === null)) return 'unknown';
  const values = heads.map((x) => x.value!);
  const same = (n: number) => values.every((v) => v.length >= n && v.slice(0, n) === values[0]!.slice(0, n));
  return same(10) ? 'time' : same(7) ? 'day' : same(4) ? 'month' : 'year';
}

export function conflictOfDates(group: ReadonlyArray<readonly [string, DateCluster]>): Conflict {
  // A side names the sources that tell what the sides differ in: another outlet's "Sunday", which joined
  // "4:30 a.m. Sunday" as evidence of the day, stands on the Sunday side of two days, and on neither side of two hours.
  const level = differIn(group.map(([, c]) => c.items[0]!));
  // (A "day after" counted from the report day for want of a better day is a guess, no side: see dates.ts `firm`.)
  const telling = (c: DateCluster) => c.items.filter((x) => precision(x.granularity) >= precision(level) && !x.guessed);
  const sourcesOf = (c: DateCluster) => [...new Set(telling(c).map((x) => x.source))].sort();
  // A side's hours a few minutes apart ("16:00", "15:56") are each shown with their outlets: one time
  // rounded by one of them, but no outlet is credited with a time it did not write.
  const side = (c: DateCluster) => {
    const byValue = new Map<string, Set<string>>();
    for (const x of telling(c)) (byValue.get(shownValue(x)) ?? byValue.set(shownValue(x), new Set()).get(shownValue(x))!).add(x.source);
    const first = [...byValue.keys()][0]!;
    const day = /^\d{4}-\d{2}-\d{2} /.exec(first)?.[0];
    return [...byValue].map(([v, s], k) => `${k > 0 && day && v.startsWith(day) ? v.slice(day.length) : v} (${[...s].sort().join(', ')})`).join(' and ');
  };
  const parts = group.map(([, c]) => side(c));
  const facts = group.map(([id]) => id).sort();
  const details = group.flatMap(([id, c]) => sourcesOf(c).map((s) => {
    const x = telling(c).find((i) => i.source === s)!;
    const ev = evidenceOf(s, x.lineStarts, x.m);
    return { source: s, fact: id, value: `${shownValue(x)} ("${x.m.text}")`, evidence: { start: ev.start, end: ev.end, line: ev.line, column: ev.column } };
  })).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0));
  const event = withoutAttribution(group[0]![1].items[0]!.m.event ?? group[0]![1].items[0]!.m.text);
  return {
    id: `conflict-date-${shortHash(facts.join('|'))}`, type: 'date', facts,
    sources: [...new Set(details.map((d) => d.source))].sort(),
    message: `Sources date "${event}" differently: ${parts.join(' vs ')}`, details,
  };
}

/**
 * An event as a conflict names it, without the words that say who told it: "Court papers show Tom Alder
 * has two earlier fines" names "Tom Alder has two earlier fines", "Residents said there were four loud
 * blasts" names "four loud blasts". What is left must still say something (three words or more).
 */
export function withoutAttribution(event: string): string {
  const m = ATTRIBUTION.exec(event);
  const rest = m ? event.slice(m[0].length) : event;
  return rest.split(/\s+/).length >= 3 ? rest : event;
}
const ATTRIBUTION = /^(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:(?:said|says|say|show|shows|showed|shown|reported|reports|report|confirmed|confirms|stated|states)\s+(?:that\s+)?|(?:told|tells)\s+(?:[\p{L}'’.-]+\s+){1,3}?that\s+)(?:there\s+(?:was|were|had\s+been|have\s+been)\s+)?/u;
