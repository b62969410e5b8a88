import { daysInMonth } from '../../lexicon/calendar.js';
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

/**
 * Resolves a relative date against the reference day. News is told in the
 * past: direction -1 means the most recent such day on or before the
 * reference ("on Sunday" in a Monday story is yesterday), +1 the next one on
 * or after it; `strict` excludes the reference itself ("last Friday").
 */
export function resolveRelative(rel: RelativeDate, reference: string): { value: string; granularity: DateGranularity } | null {
  const ref = parseIsoDay(reference);
  if (!ref) return null;
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  switch (rel.type) {
    case 'weekday': {
      const dow = ref.getUTCDay();
      let diff = rel.direction < 0 ? (dow - rel.n + 7) % 7 : (rel.n - dow + 7) % 7;
      if (diff === 0 && rel.strict) diff = 7;
      return { value: isoDay(addDays(ref, rel.direction * diff)), granularity: 'day' };
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
      return { value: String(y + rel.n), granularity: 'year' };
    }
    case 'month': {
      const year = rel.direction < 0 ? (rel.n <= m ? y : y - 1) : rel.n >= m ? y : y + 1;
      return { value: isoMonth(year, rel.n), granularity: 'month' };
    }
    case 'monthday': {
      const day = rel.day ?? 1;
      const before = rel.n < m || (rel.n === m && day <= ref.getUTCDate());
      const after = rel.n > m || (rel.n === m && day >= ref.getUTCDate());
      const year = rel.direction < 0 ? (before ? y : y - 1) : after ? y : y + 1;
      const value = dayOf(year, rel.n, day);
      return value ? { value, granularity: 'day' } : null;
    }
  }
}
