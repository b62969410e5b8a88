/**
 * Holidays whose date is the same wherever the story is told. Fixed days carry month and day; others a
 * rule: `weekday` on or after `month`/`day` (Thanksgiving: the fourth Thursday of November, the first
 * Thursday on or after the 22nd), or days from Easter Sunday. Election days and national days differ by
 * country, so they are not here.
 */
export interface HolidayRow {
  /** Lower-cased words as written, "'" for any apostrophe. */
  readonly words: readonly string[];
  readonly rule: string;
  readonly month?: number;
  readonly day?: number;
  /** 0 = Sunday: the first such weekday on or after month/day. */
  readonly weekday?: number;
  /** Days from Easter Sunday (Good Friday −2). */
  readonly easter?: number;
}

export const HOLIDAYS: readonly HolidayRow[] = [
  // "found on Thanksgiving Day", "last Thanksgiving"
  { words: ['thanksgiving', 'day'], rule: 'holiday-thanksgiving', month: 11, day: 22, weekday: 4 },
  { words: ['thanksgiving'], rule: 'holiday-thanksgiving', month: 11, day: 22, weekday: 4 },
  // "on Christmas Eve", "by Christmas"
  { words: ['christmas', 'eve'], rule: 'holiday-christmas-eve', month: 12, day: 24 },
  { words: ['christmas', 'day'], rule: 'holiday-christmas', month: 12, day: 25 },
  { words: ['christmas'], rule: 'holiday-christmas', month: 12, day: 25 },
  { words: ['boxing', 'day'], rule: 'holiday-boxing-day', month: 12, day: 26 },
  { words: ["new", "year's", 'eve'], rule: 'holiday-new-years-eve', month: 12, day: 31 },
  { words: ["new", "year's", 'day'], rule: 'holiday-new-years-day', month: 1, day: 1 },
  { words: ['halloween'], rule: 'holiday-halloween', month: 10, day: 31 },
  { words: ["valentine's", 'day'], rule: 'holiday-valentines-day', month: 2, day: 14 },
  // "on Easter Sunday", "over Easter"
  { words: ['good', 'friday'], rule: 'holiday-good-friday', easter: -2 },
  { words: ['easter', 'sunday'], rule: 'holiday-easter', easter: 0 },
  { words: ['easter', 'monday'], rule: 'holiday-easter-monday', easter: 1 },
  { words: ['easter'], rule: 'holiday-easter', easter: 0 },
];
