import { timeOfDayLabel } from './date-values.js';
import type { ReportDayOffset } from './fact.js';

/**
 * How an offset from the report day reads, in tables, timelines and conflict messages:
 * "report day − 3 (Friday)", "report day − 3 (Friday 08:00)", "report day", "report week − 1", "report year − 1".
 */
export function reportDayLabel(r: ReportDayOffset): string {
  const [unit, n] = r.days !== undefined ? ['day', r.days] : r.weeks !== undefined ? ['week', r.weeks] : r.months !== undefined ? ['month', r.months] : ['year', r.years ?? 0];
  const count = n === 0 ? '' : n < 0 ? ` − ${-n}` : ` + ${n}`;
  const when = [r.weekday, r.time !== undefined ? timeOfDayLabel(r.time) : undefined].filter((x) => x !== undefined).join(' ');
  return `report ${unit}${count}${when ? ` (${when})` : ''}`;
}

/** Roughly how many days an offset is, to order a timeline: weeks 7, months 30, years 365. */
export function offsetDays(r: ReportDayOffset): number {
  return (r.days ?? 0) + 7 * (r.weeks ?? 0) + 30 * (r.months ?? 0) + 365 * (r.years ?? 0);
}
