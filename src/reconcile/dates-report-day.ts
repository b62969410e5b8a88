import type { ReportDayOffset } from '../model/fact.js';
import type { DateGranularity, RelativeDate } from '../model/mention.js';
import { addDays, isoDay, parseIsoDay, resolveRelative } from '../extract/dates/resolve.js';

/**
 * Relative dates with no calendar to resolve against: counted from the report day. They are placed on a
 * stand-in calendar whose week starts on Monday 2001-01-01, each source's report day on its own weekday
 * (Monday's stories on the 1st), so the clustering and conflict rules that compare calendar days work
 * unchanged; the output turns them back into offsets: "Friday" in a Monday story is report day − 3.
 * Named months, seasons and quarters need a real year: they stay unresolved.
 */
const STAND_IN_MONDAY = '2001-01-01';
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const COUNTABLE = new Set<RelativeDate['type']>(['weekday', 'offset']);

/** The stand-in day of a report day with this weekday (unknown: the Monday). */
export function standInReportDay(weekday: number | undefined): string {
  return isoDay(addDays(parseIsoDay(STAND_IN_MONDAY)!, weekday === undefined ? 0 : (weekday + 6) % 7));
}

/** The stand-in value of a relative date, or null when it needs a calendar (or the report day's weekday). */
export function reportDayValue(rel: RelativeDate, weekday: number | undefined): { value: string; granularity: DateGranularity } | null {
  if (!COUNTABLE.has(rel.type) || (rel.type === 'weekday' && weekday === undefined) || rel.unit === 'quarter') return null;
  return resolveRelative(rel, standInReportDay(weekday));
}

/** A stand-in value as an offset from the stand-in report day: `{to: "report-day", days: -3, weekday: "Friday"}`, with `time: "08:00"` for "8 a.m. Friday". */
export function offsetOf(value: string, granularity: DateGranularity, weekday: number | undefined): ReportDayOffset | null {
  const report = parseIsoDay(standInReportDay(weekday))!;
  if (granularity === 'day' || granularity === 'time') {
    // "8 a.m. Friday": the day's offset and the time it carries after its "T"
    const day = parseIsoDay(value.slice(0, 10));
    if (!day) return null;
    const days = Math.round((day.getTime() - report.getTime()) / 86_400_000);
    const time = granularity === 'time' ? value.slice(11) : '';
    return { to: 'report-day', days, ...(weekday !== undefined ? { weekday: WEEKDAY_NAMES[day.getUTCDay()]! } : {}), ...(time ? { time } : {}) };
  }
  if (granularity === 'week') {
    const monday = parseIsoDay(value);
    return monday ? { to: 'report-day', weeks: Math.round((monday.getTime() - parseIsoDay(STAND_IN_MONDAY)!.getTime()) / (7 * 86_400_000)) } : null;
  }
  const y = Number(value.slice(0, 4)) - report.getUTCFullYear();
  if (granularity === 'month') return { to: 'report-day', months: y * 12 + Number(value.slice(5, 7)) - (report.getUTCMonth() + 1) };
  if (granularity === 'year') return { to: 'report-day', years: y };
  return null;
}
