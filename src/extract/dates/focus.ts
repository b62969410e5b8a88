import type { DateGranularity, RelativeDate } from '../../model/mention.js';
import { addDays, isoDay, parseIsoDay, shifted } from './resolve.js';
import type { Word } from '../figures/words.js';
import { eventOf } from './event.js';
import { SPEECH } from './tense.js';
// (Content words as the reconcile stage compares events: one notion of "speaks of the same thing".)
import { contentKeys } from '../../reconcile/figures-keys.js';
import type { RawDate } from './types.js';

/**
 * Dates that take their value from the date the story last named (its focus), in text order:
 *   "Net income rose in the third quarter. … in the latest quarter"  → the third quarter (see storyQuarter)
 *   "… the third quarter, up from $3 million a year earlier"         → the third quarter a year before
 *   "On May 22, 1995, Ruiz was promoted, and the following year …"   → 1996
 * A sentence about a longer stretch ("for the nine months", "for the year") breaks the quarter's hold:
 * its "a year earlier" is the year before.
 */

export interface Placed { readonly d: RawDate; readonly sentence: number; readonly words: readonly Word[] }

interface Focus {
  readonly value: string | null; readonly relative?: RelativeDate; readonly granularity: DateGranularity; readonly sentence: number;
  /** The day something was said ("the company said Friday"), not a day the story's figures belong to. */
  readonly spoken?: boolean;
  /** The date itself, for a clock time that narrows its day (`dayOf`). */
  readonly placed?: Placed;
}

/** "said Friday", "told reporters on Monday": a speech verb right before the date (or its "on"). */
function spokenAt(words: readonly Word[], first: number): boolean {
  const k = words[first - 1]?.norm === 'on' ? first - 2 : first - 1;
  return SPEECH.has(words[k]?.norm ?? '') || (SPEECH.has(words[k - 1]?.norm ?? '') && words[k]?.norm === 'reporters');
}

const DAY_LIKE = new Set<DateGranularity>(['day']);
const MONTH_LIKE = new Set<DateGranularity>(['day', 'month']);
const YEAR_LIKE = new Set<DateGranularity>(['day', 'month', 'year', 'quarter', 'half', 'season']);
/**
 * How far back "that day" looks for its day: further, the story has moved on ("killing the next day" a page
 * later). A month or a year holds longer: "In October, … [two sentences] … The following month, …".
 */
const MAX_SENTENCES_BACK: Record<'day' | 'month' | 'year', number> = { day: 1, month: 3, year: 3 };
/**
 * How far back a lone clock time looks for its day. A story gives the day in its lead and the hour a few
 * paragraphs on ("was arrested early Sunday" … "stopped at about 4:15 a.m."); further, it has moved on.
 */
const CLOCK_SENTENCES_BACK = 12;
const NEEDS: Record<'day' | 'month' | 'year', ReadonlySet<DateGranularity>> = { day: DAY_LIKE, month: MONTH_LIKE, year: YEAR_LIKE };

/** The absolute value truncated to a unit and moved: "1995-05-22" as a year, +1 → "1996". */
function moved(value: string, unit: 'day' | 'month' | 'year', shift: number): string | null {
  if (unit === 'year') return String(Number(value.slice(0, 4)) + shift).padStart(4, '0');
  if (unit === 'month') {
    const total = Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1 + shift;
    return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
  }
  return shifted(value, 'day', 0, shift)?.value ?? null;
}

/**
 * The story's quarter: the one it names most often without a year of its own (ties: the first), else the
 * first it names. "third-quarter profit … the fiscal first quarter … third-quarter sales" is about the third.
 */
function storyQuarter(placed: readonly Placed[]): Focus | null {
  const counts = new Map<number, { n: number; focus: Focus }>();
  let first: Focus | null = null;
  let fiscal: Focus | null = null;
  for (const p of placed) {
    const d = p.d;
    if (d.anaphor || d.granularity !== 'quarter') continue;
    const focus: Focus = { value: d.value, ...(d.relative ? { relative: d.relative } : {}), granularity: 'quarter', sentence: p.sentence };
    // "the fiscal first quarter" numbers another calendar: the story's quarter only when no other is named
    if (p.words.slice(d.first, d.next).some((w) => w.norm === 'fiscal')) {
      fiscal ??= focus;
      continue;
    }
    first ??= d.value !== null || d.relative ? focus : null;
    if (d.relative?.type !== 'quarter' || d.relative.years) continue;
    const c = counts.get(d.relative.n);
    counts.set(d.relative.n, { n: (c?.n ?? 0) + 1, focus: c?.focus ?? focus });
  }
  let best: { n: number; focus: Focus } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.focus ?? first ?? fiscal;
}

export function resolveAnaphors(placed: readonly Placed[], text = ''): Placed[] {
  const quarter = storyQuarter(placed);
  let last: Focus | null = null;
  const out: Placed[] = [];
  placed.forEach((p, k) => {
    const d = p.d.anaphor ? resolveOne(p, quarter, last, () => clockFocus(text, placed, k, out, last)) : p.d;
    if (!d) return;
    out.push({ ...p, d });
    const focus = focusOf({ ...p, d });
    if (focus && !(p.d.anaphor?.kind === 'year-ago')) last = focus;
  });
  return out;
}

/** What later dates count from, or null: "8 a.m. Thursday … the next day" counts from the whole day, not its hour. */
function focusOf(p: Placed): Focus | null {
  const d = p.d;
  if (d.value === null && !d.relative) return null;
  const timed = d.granularity === 'time';
  if (!timed && !YEAR_LIKE.has(d.granularity)) return null;
  return {
    value: d.value === null ? null : timed ? d.value.slice(0, 10) : d.value, ...(d.relative ? { relative: dayOnly(d.relative) } : {}),
    granularity: timed ? 'day' : d.granularity, sentence: p.sentence, placed: p, ...(spokenAt(p.words, d.first) ? { spoken: true } : {}),
  };
}

/**
 * The day a lone clock time is of: among the days its own sentence names and those of the sentences before,
 * the one whose event shares the most words with the clock's own event (twice) and its sentence, its own
 * sentence's first, then the latest ("Lena Holt was detained early Sunday, days before Friday's final. …
 * Police detained Holt at about 4:15 a.m., a long night before the final on Friday" is Sunday's). With none,
 * the day of its own sentence or of the one right before; or, for a sentence that opens on "It" (`itsDay`),
 * the day the story last named.
 */
function clockFocus(text: string, placed: readonly Placed[], k: number, before: readonly Placed[], last: Focus | null): Focus | null {
  const p = placed[k]!;
  const event = new Set(eventKeysOf(text, p));
  const sentence = new Set(noNumbers(contentKeys(p.words.map((w) => w.text).join(' '))));
  const own: Focus[] = [];
  const earlier: Focus[] = [];
  for (let j = before.length - 1; j >= 0 && p.sentence - before[j]!.sentence <= CLOCK_SENTENCES_BACK; j--) {
    (before[j]!.sentence === p.sentence ? own : earlier).push(...dayOf(before[j]!));
  }
  for (let j = k + 1; j < placed.length && placed[j]!.sentence === p.sentence; j++) if (!placed[j]!.d.anaphor) own.push(...dayOf(placed[j]!));
  let best: Focus | null = null;
  let most = 0;
  for (const day of [...own, ...earlier]) {
    const keys = eventKeysOf(text, day.placed!);
    const shared = 2 * keys.filter((x) => event.has(x)).length + keys.filter((x) => sentence.has(x)).length;
    if (shared > most) (best = day), (most = shared);
  }
  return best ?? own[0] ?? (last && (p.sentence - last.sentence <= 1 || itsDay(p, last)) ? last : null);
}

/**
 * "A strong quake shook Dorvale early Sunday. Dozens were hurt. … It struck at 4:15 a.m. local time.": a
 * sentence that opens on "It" tells more of the event last told, and its clock time is of the day the story
 * last named, a few sentences back (with a year or a month named since, "It" may be that one's event: none).
 */
function itsDay(p: Placed, last: Focus): boolean {
  return p.words[0]?.norm === 'it' && last.granularity === 'day' && p.sentence - last.sentence <= IT_SENTENCES_BACK;
}
/** How far back "It" looks for its day: a lead's day told again a paragraph or two on. */
const IT_SENTENCES_BACK = 4;

function dayOf(p: Placed): Focus[] {
  const f = focusOf(p);
  return f && f.granularity === 'day' ? [f] : [];
}

/**
 * The words of what a date dates, numbers left out ("4:15" shares nothing with "15 people"); read once per
 * date, as every clock time of a story weighs the same days.
 */
function eventKeysOf(text: string, p: Placed): string[] {
  let keys = EVENT_KEYS.get(p);
  if (!keys) EVENT_KEYS.set(p, (keys = noNumbers(contentKeys(eventOf(text, p.words, p.d.first, p.d.next, p.d.side, true)))));
  return keys;
}
const EVENT_KEYS = new WeakMap<Placed, string[]>();

const noNumbers = (keys: readonly string[]): string[] => keys.filter((k) => !/\d/.test(k));

/** A lone clock time on the day `day` names, or nothing when no day is near (see clock.ts). */
function clockDay(p: Placed, time: string, day: Focus | null): RawDate | null {
  if (!day?.placed || day.granularity !== 'day') return null;
  const clean = { ...p.d, anaphor: undefined, dayOf: { d: day.placed.d, words: day.placed.words } };
  delete clean.anaphor;
  if (day.value !== null) return { ...clean, value: `${day.value}T${time}`, granularity: 'time' };
  return { ...clean, value: null, relative: { ...day.relative!, time }, granularity: 'day' };
}

function dayOnly(rel: RelativeDate): RelativeDate {
  if (rel.time === undefined) return rel;
  const { time: _time, ...day } = rel;
  return day;
}

/** `clockFocus`: the day a lone clock time is of (asked only of one). */
function resolveOne(p: Placed, quarter: Focus | null, last: Focus | null, clockFocus: () => Focus | null): RawDate | null {
  const d = p.d;
  const a = d.anaphor!;
  const clean = { ...d, anaphor: undefined };
  delete clean.anaphor;
  if (a.kind === 'quarter') {
    // "For the nine months, orders trailed the 2023 period": the stretch of that year, not its quarter
    if (a.needsFocus && a.year !== undefined && stretchesLonger(p.words)) return { ...clean, value: String(a.year), granularity: 'year' };
    if (quarter) {
      if (a.year === undefined) return { ...clean, value: quarter.value, ...(quarter.relative ? { relative: quarter.relative } : {}), granularity: 'quarter' };
      const n = quarter.value?.slice(-1) ?? (quarter.relative?.type === 'quarter' ? String(quarter.relative.n) : null);
      return n ? { ...clean, value: `${a.year}-Q${n}`, granularity: 'quarter' } : null;
    }
    if (a.needsFocus || a.year !== undefined) return null;
    const relative: RelativeDate = a.current ? { type: 'offset', n: 0, unit: 'quarter', direction: -1 } : { type: 'latest-quarter', n: 0, direction: -1 };
    return { ...clean, value: null, relative, granularity: 'quarter' };
  }
  if (a.kind === 'year-ago') {
    // "Tarvo Mills reported third-quarter profit of $7 million, up from $6 million a year earlier": that sentence's quarter
    const own = last && last.sentence === p.sentence && last.granularity === 'quarter' ? last : null;
    if (own && !stretchesLonger(p.words)) {
      if (own.value !== null) return { ...clean, value: shifted(own.value, 'quarter', -1, 0)?.value ?? null, granularity: 'quarter' };
      if (own.relative) return { ...clean, value: null, relative: { ...own.relative, years: (own.relative.years ?? 0) - 1 }, granularity: 'quarter' };
    }
    if (quarter && !stretchesLonger(p.words)) {
      if (quarter.value !== null) return { ...clean, value: shifted(quarter.value, 'quarter', -1, 0)?.value ?? null, granularity: 'quarter' };
      return { ...clean, value: null, relative: { ...quarter.relative!, years: (quarter.relative!.years ?? 0) - 1 }, granularity: 'quarter' };
    }
    // "Sept. 30 … a year earlier": the day last named, a year before
    // (not the day it was said: "said Friday it lost $6 million, against a profit a year earlier" is the year before)
    if (!a.deictic && last && last.sentence === p.sentence && last.granularity === 'day' && !last.spoken) {
      if (last.value !== null) return { ...clean, value: shifted(last.value, 'day', -1, 0)?.value ?? null, granularity: 'day' };
      return { ...clean, value: null, relative: { ...last.relative!, years: (last.relative!.years ?? 0) - 1 }, granularity: 'day' };
    }
    if (d.relative) return clean;
    return { ...clean, value: null, relative: { type: 'latest-quarter', n: 0, direction: -1, years: -1 }, granularity: 'quarter' };
  }
  if (a.kind === 'weekday') return weekdayFrom(clean, a, last);
  if (a.kind === 'clock') return clockDay(p, a.time, clockFocus());
  // "that day", "the following year": the day, month or year last named, in this sentence or the one before
  // ("by the end of the month" with no month named before it is the reference's own: its `relative`)
  if (!last || p.sentence - last.sentence > MAX_SENTENCES_BACK[a.unit] || !NEEDS[a.unit].has(last.granularity)) return a.orReference ? clean : toldOnly(clean, p.words);
  if (last.value !== null) {
    const value = moved(last.value, a.unit, a.shift);
    return value ? { ...clean, value, granularity: a.unit } : toldOnly(clean, p.words);
  }
  // A relative focus keeps its kind: only the same unit can be moved ("Monday … the next day").
  if (last.granularity !== a.unit || !last.relative) return toldOnly(clean, p.words);
  const rel = last.relative;
  const moves = a.unit === 'year' ? { years: (rel.years ?? 0) + a.shift } : a.unit === 'day' ? { days: (rel.days ?? 0) + a.shift } : { months: (rel.months ?? 0) + a.shift };
  return { ...clean, value: null, granularity: a.unit, relative: a.shift ? { ...rel, ...moves } : rel };
}

/**
 * "The siege began in March. … Later that day a guard was killed.": a day with no day named to count from
 * keeps only its count from the event told before (`told`), no calendar value, when its sentence tells a
 * death, which reconcile compares across outlets (reconcile/dates-told.ts); other anaphors date nothing.
 */
function toldOnly(d: RawDate, words: readonly Word[]): RawDate | null {
  return d.told === undefined || !words.some((w) => DEATH_WORDS.has(w.norm)) ? null : { ...d, value: null, granularity: 'day' };
}
/** Words that tell a death, the once-only event a day told from another is compared by. */
const DEATH_WORDS = new Set(['killed', 'killing', 'kills', 'murdered', 'murdering', 'slain', 'slew', 'died', 'dead']);

/**
 * "the previous Friday" after "on Friday": a week before; "the following Monday" after "June 3, 2024": June 10.
 * "The previous" needs a point to count from: the day last named, however far back, as a calendar day or a
 * weekday; with none, the reference (the mention's own relative, as "last Friday").
 */
function weekdayFrom(d: RawDate, a: { n: number; shift: -1 | 1 }, last: Focus | null): RawDate {
  if (!last || last.granularity !== 'day') return d;
  const steps = (from: number) => (a.shift < 0 ? -(((from - a.n + 7) % 7) || 7) : ((a.n - from + 7) % 7) || 7);
  const day = last.value !== null ? parseIsoDay(last.value) : null;
  if (day) return { ...d, value: isoDay(addDays(day, steps(day.getUTCDay()))), relative: undefined };
  const rel = last.relative;
  if (rel?.type !== 'weekday') return d;
  const from = (((rel.n + (rel.days ?? 0)) % 7) + 7) % 7;
  return { ...d, relative: { ...rel, days: (rel.days ?? 0) + steps(from) } };
}

/** "For the nine months, …", "for the year": a sentence about a stretch longer than a quarter. */
function stretchesLonger(words: readonly Word[]): boolean {
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k]!.norm;
    const b = words[k + 1]!.norm;
    if (b === 'months' && /^(nine|six|first|latest|\d+)$/.test(a)) return true;
    if (a === 'the' && (b === 'year' || b === 'half') && !words[k + 2]?.joined) return true;
  }
  return false;
}
