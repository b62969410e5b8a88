import { daysInMonth } from '../../lexicon/calendar.js';
import { SEASON_CODES } from '../../lexicon/time-words.js';
import type { DateGranularity, RelativeDate } from '../../model/mention.js';

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

/**
 * The year of quarter `n` seen from quarter `cur` of year `y`. Past (-1): the latest one that has begun,
 * or the next one ("the fourth quarter" said in the third still means this year's); `strict` excludes the
 * current one. Future (+1): this year's unless it ended two quarters ago or more.
 */
function periodYear(n: number, cur: number, y: number, direction: -1 | 1, strict: boolean): number {
  // "will report third-quarter results" said in the fourth quarter is this year's: reports follow their quarter
  if (direction > 0) return n >= cur - 1 ? y : y + 1;
  if (strict) return n < cur ? y : y - 1;
  return n <= cur + 1 ? y : y - 1;
}

/**
 * Resolves a relative date against the reference day. News is told in the
 * past: direction -1 means the most recent such day on or before the
 * reference ("on Sunday" in a Monday story is yesterday), +1 the next one on
 * or after it; `strict` excludes the reference itself ("last Friday").
 * `years` and `days` shift the result ("a year earlier" after "the third quarter").
 */
export function resolveRelative(rel: RelativeDate, reference: string): { value: string; granularity: DateGranularity } | null {
  const base = resolveBase(rel, reference);
  if (!base || (!rel.years && !rel.days)) return base;
  return shifted(base.value, base.granularity, rel.years ?? 0, rel.days ?? 0);
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

/** The first `weekday` (0 = Sunday) on or after day `day` of `month`: Thanksgiving is the first Thursday from 22 November. */
function firstWeekdayFrom(year: number, month: number, day: number, weekday: number): Date {
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

/**
 * With no tense to go by (direction 0), a month or a day of a month up to two months ahead is the coming
 * one ("payable Dec. 7" in late October, "talks to conclude in May" in March); further ahead, the past one.
 */
const NEAR_MONTHS = 2;
const NEAR_DAYS = 62;

/** 0 when `back` is at least as near to `now` as `ahead` (ties go to the past, news's tense), else 1. */
function nearer(now: number, back: number, ahead: number): 0 | 1 {
  return now - back <= ahead - now ? 0 : 1;
}

function resolveBase(rel: RelativeDate, reference: string): { value: string; granularity: DateGranularity } | null {
  const ref = parseIsoDay(reference);
  if (!ref) return null;
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  const strict = rel.strict === true;
  switch (rel.type) {
    case 'weekday': {
      const dow = ref.getUTCDay();
      const sign = rel.direction > 0 ? 1 : -1;
      let diff = sign < 0 ? (dow - rel.n + 7) % 7 : (rel.n - dow + 7) % 7;
      if (diff === 0 && rel.strict) diff = 7;
      return { value: isoDay(addDays(ref, sign * diff)), granularity: 'day' };
    }
    case 'offset': {
      const unit = rel.unit ?? 'day';
      if (unit === 'day') return { value: isoDay(addDays(ref, rel.n)), granularity: 'day' };
      if (unit === 'week') {
        const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7));
        return { value: isoDay(addDays(monday, 7 * rel.n)), granularity: 'week' };
      }
      if (unit === 'month') {
        const total = y * 12 + (m - 1) + rel.n;
        return { value: isoMonth(Math.floor(total / 12), (total % 12) + 1), granularity: 'month' };
      }
      if (unit === 'quarter') {
        const total = y * 4 + (quarterOf(m) - 1) + rel.n;
        return { value: periodValue('quarter', Math.floor(total / 4), (total % 4) + 1), granularity: 'quarter' };
      }
      return { value: String(y + rel.n), granularity: 'year' };
    }
    case 'month': {
      if (rel.sameYear) return { value: isoMonth(y, rel.n), granularity: 'month' };
      const back = rel.n < m || (rel.n === m && !strict) ? y : y - 1;
      const ahead = rel.n > m || (rel.n === m && !strict) ? y : y + 1;
      const year = rel.direction < 0 ? back : rel.direction > 0 ? ahead : (ahead - y) * 12 + rel.n - m <= NEAR_MONTHS ? ahead : back;
      return { value: isoMonth(year, rel.n), granularity: 'month' };
    }
    case 'monthday': {
      const day = rel.day ?? 1;
      const before = rel.n < m || (rel.n === m && day <= ref.getUTCDate());
      const after = rel.n > m || (rel.n === m && day >= ref.getUTCDate());
      const back = before ? y : y - 1;
      const ahead = after ? y : y + 1;
      const at = (year: number) => Date.UTC(year, rel.n - 1, Math.min(day, daysInMonth(year, rel.n)));
      // "Monday, Oct. 26": the nearest year in which Oct. 26 is a Monday, when there is one within a year
      const agreeing = rel.weekday === undefined ? [] : [y, y - 1, y + 1].filter((c) => dayOf(c, rel.n, day) !== null && new Date(at(c)).getUTCDay() === rel.weekday);
      const byWeekday = agreeing.sort((a, b) => Math.abs(at(a) - ref.getTime()) - Math.abs(at(b) - ref.getTime()))[0];
      const year = byWeekday ?? (rel.sameYear ? y : rel.direction < 0 ? back : rel.direction > 0 ? ahead : at(ahead) - ref.getTime() <= NEAR_DAYS * 86_400_000 ? ahead : back);
      const value = dayOf(year, rel.n, day);
      return value ? { value, granularity: 'day' } : null;
    }
    case 'quarter':
      return { value: periodValue('quarter', rel.sameYear ? y : periodYear(rel.n, quarterOf(m), y, rel.direction > 0 ? 1 : -1, strict), rel.n), granularity: 'quarter' };
    case 'half': {
      const cur = m <= 6 ? 1 : 2;
      const year = rel.sameYear ? y : rel.direction > 0 ? (rel.n >= cur ? y : y + 1) : rel.n <= cur ? y : y - 1;
      return { value: periodValue('half', year, rel.n), granularity: 'half' };
    }
    case 'season': {
      const cur = seasonOf(m);
      const base = m <= 2 ? y - 1 : y; // January's winter began in December: "1998-WI" in January 1999
      const n = rel.n;
      const year = rel.sameYear ? (n === 3 ? base : y)
        : rel.direction > 0 ? (n > cur || (n === cur && !strict) ? base : base + 1)
          : n < cur || (n === cur && !strict) ? base : base - 1;
      return { value: periodValue('season', year, n), granularity: 'season' };
    }
    case 'holiday':
    case 'easter': {
      const at = (year: number): Date => (rel.type === 'easter' ? easterSunday(year) : firstWeekdayFrom(year, rel.n, rel.day ?? 1, rel.weekday ?? 0));
      const [prev, cur, next] = [at(y - 1), at(y), at(y + 1)];
      const back = cur.getTime() < ref.getTime() || (cur.getTime() === ref.getTime() && !strict) ? cur : prev;
      const ahead = cur.getTime() > ref.getTime() || (cur.getTime() === ref.getTime() && !strict) ? cur : next;
      const pick = rel.direction < 0 ? back : rel.direction > 0 ? ahead : nearer(ref.getTime(), back.getTime(), ahead.getTime()) === 0 ? back : ahead;
      return { value: isoDay(pick), granularity: 'day' };
    }
    case 'latest-quarter': {
      const total = y * 4 + (quarterOf(m) - 1) - 1;
      return { value: periodValue('quarter', Math.floor(total / 4), (total % 4) + 1), granularity: 'quarter' };
    }
  }
}

/**
 * The first and last day a TIMEX3 value covers, as "YYYY-MM-DD" strings that compare in order:
 * "2025-Q3" → 2025-07-01 … 2025-09-30, "2025-WI" → 2025-12-01 … 2026-02-28, "198" → the 1980s.
 * Null for values that are no stretch of the calendar ("PRESENT_REF").
 */
export function boundsOf(value: string): readonly [string, string] | null {
  const day = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const monthEnd = (y: number, m: number) => day(y, m, daysInMonth(y, m));
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return [m[0], m[0]];
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [day(+m[1]!, +m[2]!, 1), monthEnd(+m[1]!, +m[2]!)];
  m = /^(\d{4})-(Q|H)(\d)$/.exec(value);
  if (m) {
    const len = m[2] === 'Q' ? 3 : 6;
    const first = (+m[3]! - 1) * len + 1;
    return [day(+m[1]!, first, 1), monthEnd(+m[1]!, first + len - 1)];
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const y = +m[1]!;
    const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2] as 'SP' | 'SU' | 'FA' | 'WI'];
    return first === 12 ? [day(y, 12, 1), monthEnd(y + 1, 2)] : [day(y, first, 1), monthEnd(y, first + 2)];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [day(+m[1]!, 1, 1), day(+m[1]!, 12, 31)];
  m = /^(\d{3})$/.exec(value);
  if (m) return [day(+m[1]! * 10, 1, 1), day(+m[1]! * 10 + 9, 12, 31)];
  return null;
}
