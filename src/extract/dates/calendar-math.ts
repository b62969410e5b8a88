import { daysInMonth } from '../../lexicon/calendar.js';
import { SEASON_CODES } from '../../lexicon/time-words.js';
import type { DateGranularity } from '../../model/mention.js';

/** Pure calendar arithmetic on ISO strings, in UTC so no time zone leaks in. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a real calendar day "YYYY-MM-DD" (rejects 2025-02-30), else null. */
export function parseIsoDay(iso: string): Date | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return new Date(Date.UTC(y, mo - 1, d));
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isoMonth(y: number, m: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** The Monday of the (ISO) week holding the day. */
export function mondayOf(d: Date): Date {
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}

/** A valid day from parts, or null ("February 30"). */
export function dayOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || y < 1 || y > 9999) return null;
  return `${isoMonth(y, m)}-${String(d).padStart(2, '0')}`;
}

export const quarterOf = (month: number): number => Math.ceil(month / 3);
/** Spring 0 (March–May) … winter 3 (December–February). */
export const seasonOf = (month: number): number => (month === 12 || month <= 2 ? 3 : Math.floor((month - 3) / 3));

/** The TIMEX3 value of a numbered period: quarter "2025-Q3", half "2025-H2", season "2025-SU". */
export function periodValue(kind: 'quarter' | 'half' | 'season', year: number, n: number): string {
  const y = String(year).padStart(4, '0');
  return kind === 'season' ? `${y}-${SEASON_CODES[n]}` : `${y}-${kind === 'quarter' ? 'Q' : 'H'}${n}`;
}

/** A value moved by whole years and days: "2025-Q3" − 1 year = "2024-Q3". */
export function shifted(value: string, granularity: DateGranularity, years: number, days: number): { value: string; granularity: DateGranularity } | null {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m) return null;
  if (granularity === 'day' || granularity === 'week') {
    const d = parseIsoDay(value);
    if (!d) return null;
    const y = d.getUTCFullYear() + years;
    const moved = dayOf(y, d.getUTCMonth() + 1, Math.min(d.getUTCDate(), daysInMonth(y, d.getUTCMonth() + 1)));
    return moved ? { value: isoDay(addDays(parseIsoDay(moved)!, days)), granularity } : null;
  }
  return days ? null : { value: `${String(Number(m[1]) + years).padStart(4, '0')}${m[2]}`, granularity };
}

/** The ISO week of a day, as TIMEX3 writes it: "2025-W33" (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(d: Date): string {
  const thursday = addDays(mondayOf(d), 3);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/**
 * The Saturday of a weekend seen from `ref`: past (-1) the latest that has begun (strict: before `ref`'s own),
 * future (+1) the next on or after `ref` (strict: after `ref`'s own), 0 the nearer, the past one on a tie.
 */
export function weekendSaturday(ref: Date, direction: -1 | 0 | 1, strict: boolean): Date {
  const dow = ref.getUTCDay();
  const inWeekend = dow === 6 || dow === 0;
  const latest = addDays(ref, -((dow + 1) % 7)); // this weekend's Saturday, or the last one's
  const coming = inWeekend ? latest : addDays(ref, 6 - dow);
  if (direction < 0) return strict && inWeekend ? addDays(latest, -7) : latest;
  if (direction > 0) return strict && inWeekend ? addDays(latest, 7) : coming;
  const sinceSunday = ref.getTime() - addDays(latest, 1).getTime();
  return inWeekend || sinceSunday <= coming.getTime() - ref.getTime() ? latest : coming;
}

/** The first `weekday` (0 = Sunday) on or after day `day` of `month`: Thanksgiving is the first Thursday from 22 November. */
export function firstWeekdayFrom(year: number, month: number, day: number, weekday: number): Date {
  const from = new Date(Date.UTC(year, month - 1, day));
  return addDays(from, (weekday - from.getUTCDay() + 7) % 7);
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}
