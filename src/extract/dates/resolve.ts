import { daysInMonth } from '../../lexicon/calendar.js';
import type { DateGranularity, RelativeDate } from '../../model/mention.js';
import { addDays, dayOf, easterSunday, firstWeekdayFrom, isoDay, isoMonth, isoWeek, mondayOf, parseIsoDay, periodValue, quarterOf, seasonOf, shifted, weekendSaturday } from './calendar-math.js';

/** Relative dates resolved against a reference day; the calendar arithmetic is in calendar-math.ts. */
export { boundsOf } from '../../model/date-values.js';
export { addDays, dayOf, easterSunday, isoDay, isoMonth, mondayOf, parseIsoDay, periodValue, quarterOf, seasonOf, shifted } from './calendar-math.js';

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
  const day = resolveDay(rel, reference);
  // "Wednesday night", "8 a.m. Thursday": the day and its time, "2025-08-20TNI"
  return day && rel.time !== undefined && day.granularity === 'day' ? { value: `${day.value}T${rel.time}`, granularity: 'time' } : day;
}

function resolveDay(rel: RelativeDate, reference: string): { value: string; granularity: DateGranularity } | null {
  if (rel.unit === 'week' && rel.type !== 'offset') return weekHolding(rel, reference);
  const base = resolveBase(rel, reference);
  if (base && rel.months && base.granularity === 'month') {
    const total = Number(base.value.slice(0, 4)) * 12 + Number(base.value.slice(5, 7)) - 1 + rel.months + 12 * (rel.years ?? 0);
    return { value: isoMonth(Math.floor(total / 12), (total % 12) + 1), granularity: 'month' };
  }
  if (!base || (!rel.years && !rel.days)) return base;
  return shifted(base.value, base.granularity, rel.years ?? 0, rel.days ?? 0);
}

/**
 * "the week of May 12", "Easter week": the week (its Monday) holding the day. Its side of the reference is
 * the week's: past, the latest that has begun (the day resolved against the Sunday closing the reference's
 * week); future, the next that has not ended (against the reference's Monday).
 */
function weekHolding(rel: RelativeDate, reference: string): { value: string; granularity: DateGranularity } | null {
  const ref = parseIsoDay(reference);
  if (!ref) return null;
  const monday = mondayOf(ref);
  const { unit: _unit, ...day } = rel;
  const resolved = resolveRelative(day, isoDay(rel.direction < 0 ? addDays(monday, 6) : monday));
  const d = resolved && resolved.granularity === 'day' ? parseIsoDay(resolved.value) : null;
  return d ? { value: isoDay(mondayOf(d)), granularity: 'week' } : null;
}

/**
 * With no tense to go by (direction 0), a month or a day of a month up to two months ahead is the coming
 * one ("payable Dec. 7" in late October, "talks to conclude in May" in March); further ahead, the past one.
 */
const NEAR_MONTHS = 2;
const NEAR_DAYS = 62;
/** A deadline or a limit with no tense (`wide`): the nearer one, up to half a year ahead. */
const WIDE_MONTHS = 6;
const WIDE_DAYS = 183;

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
      const back = (dow - rel.n + 7) % 7;
      // no tense ("the Tuesday deadline"): the nearer one, the past one on a tie
      const sign = rel.direction > 0 || (rel.direction === 0 && (rel.n - dow + 7) % 7 < back) ? 1 : -1;
      let diff = sign < 0 ? back : (rel.n - dow + 7) % 7;
      if (diff === 0 && rel.strict) diff = 7;
      return { value: isoDay(addDays(ref, sign * diff)), granularity: 'day' };
    }
    case 'offset': {
      const unit = rel.unit ?? 'day';
      if (unit === 'day') return { value: isoDay(addDays(ref, rel.n)), granularity: 'day' };
      if (unit === 'week') {
        const monday = mondayOf(ref);
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
      const year = rel.direction < 0 ? back : rel.direction > 0 ? ahead : (ahead - y) * 12 + rel.n - m <= (rel.wide ? WIDE_MONTHS : NEAR_MONTHS) ? ahead : back;
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
      const year = byWeekday ?? (rel.sameYear ? y : rel.direction < 0 ? back : rel.direction > 0 ? ahead : at(ahead) - ref.getTime() <= (rel.wide ? WIDE_DAYS : NEAR_DAYS) * 86_400_000 ? ahead : back);
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
    case 'weekend':
      return { value: `${isoWeek(weekendSaturday(ref, rel.direction, strict))}-WE`, granularity: 'weekend' };
    case 'latest-quarter': {
      const total = y * 4 + (quarterOf(m) - 1) - 1;
      return { value: periodValue('quarter', Math.floor(total / 4), (total % 4) + 1), granularity: 'quarter' };
    }
  }
}

