/**
 * TIMEX3 date values as the JSON carries them ("2025-08-18", "2025-Q3", "2025-SU", "198", "PRESENT_REF"):
 * the stretch of calendar each covers, and their chronological order. Shared by reconcile and the renderers.
 */

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The first and last day a TIMEX3 value covers, as "YYYY-MM-DD" strings that compare in order:
 * "2025-Q3" → 2025-07-01 … 2025-09-30, "2025-WI" → 2025-12-01 … 2026-02-28, "198" → the 1980s,
 * "19" → 1900 … 1999 (the 20th century), "2025-W33-WE" → Saturday 2025-08-16 … Sunday 2025-08-17.
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
  m = /^(\d{4})-W(\d{2})-WE$/.exec(value);
  if (m) {
    // the ISO week's Saturday: week 1 holds 4 January
    const jan4 = Date.UTC(+m[1]!, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (+m[2]! - 1) * 7 * 86_400_000;
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    return [iso(monday + 5 * 86_400_000), iso(monday + 6 * 86_400_000)];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [day(+m[1]!, 1, 1), day(+m[1]!, 12, 31)];
  m = /^(\d{3})$/.exec(value);
  if (m) return [day(+m[1]! * 10, 1, 1), day(+m[1]! * 10 + 9, 12, 31)];
  m = /^(\d{2})$/.exec(value);
  if (m) return [day(+m[1]! * 100, 1, 1), day(+m[1]! * 100 + 99, 12, 31)];
  return null;
}

/**
 * Chronological order of two values: by the first day they cover, the longer stretch first ("2025" before
 * "2025-SU" before "2025-Q3" before "2025-08-18"), then as strings; values that are no stretch of the
 * calendar ("PRESENT_REF") after all others.
 */
export function compareDateValues(a: string, b: string): number {
  const x = boundsOf(a);
  const y = boundsOf(b);
  if (x && y) {
    if (x[0] !== y[0]) return x[0] < y[0] ? -1 : 1;
    if (x[1] !== y[1]) return x[1] > y[1] ? -1 : 1;
  } else if (x || y) return x ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** TIMEX3 parts of the day, as a reader says them. */
const DAY_PART_WORDS: Readonly<Record<string, string>> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };

/** A time a TIMEX3 value carries after its "T", as a reader says it: "NI" → "night", "08:00" stays. */
export function timeOfDayLabel(time: string): string {
  return DAY_PART_WORDS[time] ?? time;
}

/** A value as a table shows it: "2025-08-18TNI" → "2025-08-18 night", "2025-08-18T08:00" → "2025-08-18 08:00"; others as they are. */
export function readableDateValue(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(.+)$/.exec(value);
  return m ? `${m[1]} ${timeOfDayLabel(m[2]!)}` : value;
}

/** A clock time's zone as shown after it: "GMT", "EDT", "local time" (a mention's `zone` "local"). */
export const zoneLabel = (zone: string): string => (zone === 'local' ? 'local time' : zone);
