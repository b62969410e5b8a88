import { isZoneWord } from '../../lexicon/time-words.js';
import type { Word } from '../figures/words.js';
import type { Base, RawDate } from './types.js';

/**
 * A clock time that names no day of its own: "Police stopped the van at about 4:15 a.m.", "two blasts at
 * 5pm", "at 9.40am (0840 GMT)". It is the time of the day the story last named ("Lena Holt was detained
 * early Sunday. … at about 4:15 a.m.") or of the day its own sentence names ("at 6:20 p.m. in the harbour
 * on Friday"): `anaphor` `clock`, resolved in focus.ts. A time right before its day ("4:15 a.m. Sunday")
 * is read with that day (modifiers.ts), so this form gives way to it.
 */

/** `zone`: the zone written after the time, as written in capitals ("GMT", "EDT"), or "local" for "local time". */
export interface Clock { readonly first: number; readonly next: number; readonly time: string; readonly zone?: string }

const AM = /^a\.?m\.?$/;
const PM = /^p\.?m\.?$/;

/** The clock time at words[i] with its zone ("3 p.m. EDT", "2:50 p.m. local time"), or null. "Noon" and "midnight" are left out: which day's they are, is not sure. */
export function clockAt(words: readonly Word[], i: number): Clock | null {
  const military = militaryAt(words, i);
  if (military) return military;
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(words[i]?.text ?? '');
  if (!m) return null;
  let minutes = m[2];
  let k = i + 1;
  // "5:30" is three words: "5", a glued ":", a glued "30"
  if (minutes === undefined && isClockColon(words, k)) {
    minutes = words[k + 1]!.text;
    k += 2;
  }
  const mark = words[k]?.norm ?? '';
  const half = AM.test(mark) ? 0 : PM.test(mark) ? 12 : -1;
  const hour = Number(m[1]);
  if (half < 0 || hour < 1 || hour > 12 || Number(minutes ?? 0) > 59) return null;
  k++;
  const zone = zoneAt(words, k);
  return { first: i, next: zone ? zone.next : k, time: `${String((hour % 12) + half).padStart(2, '0')}:${minutes ?? '00'}`, ...(zone ? { zone: zone.zone } : {}) };
}

/** The zone written at words[k] after a clock time: "EDT", "GMT" (in capitals), or "local time". */
function zoneAt(words: readonly Word[], k: number): { next: number; zone: string } | null {
  if (isZoneWord(words[k])) return { next: k + 1, zone: words[k]!.text };
  if (words[k]?.norm === 'local' && words[k + 1]?.norm === 'time') return { next: k + 2, zone: LOCAL };
  return null;
}

/** The zone of "6:52 a.m. local time": the place's own, whatever its offset. */
export const LOCAL = 'local';

/**
 * A wire service's time of day, four digits of a 24-hour clock before its zone: "0815 GMT", "1600 UTC". The
 * zone is what makes four digits a time ("in 1600" is a year). Not one in brackets right after another clock
 * time ("5 p.m. (1400 GMT)", "11.26am (1026 GMT)"): that tells the same moment in another zone, and is no
 * second time of the story.
 */
function militaryAt(words: readonly Word[], i: number): Clock | null {
  const m = /^([01]\d|2[0-3])([0-5]\d)$/.exec(words[i]?.text ?? '');
  const zone = m && words[i + 1]?.norm !== 'local' ? zoneAt(words, i + 1) : null;
  if (!m || !zone || glossOfClock(words, i)) return null;
  return { first: i, next: zone.next, time: `${m[1]}:${m[2]}`, zone: zone.zone };
}

/** words[i] opens a bracket right after a clock time: "5 p.m. (1400 GMT)". */
function glossOfClock(words: readonly Word[], i: number): boolean {
  if (words[i - 1]?.text !== '(') return false;
  for (let j = Math.max(0, i - 7); j < i - 1; j++) if (clockAt(words, j)?.next === i - 1) return true;
  return false;
}

/** words[k] is the colon of a clock time: "5", a glued ":", a glued two-digit "30". */
export function isClockColon(words: readonly Word[], k: number): boolean {
  return words[k]?.text === ':' && words[k]!.glued && /^\d{1,2}$/.test(words[k - 1]?.text ?? '') && words[k + 1]?.glued === true && /^\d{2}$/.test(words[k + 1]!.text);
}

/**
 * The clock time that ends right before words[at], a day's ("8 a.m. Thursday", "5:30 p.m. EST Friday", "6:10 p.m.
 * local time Thursday", "noon Friday"), or null. (Noon is said of a day it names; alone it is left out with
 * midnight, see `clockAt`.)
 */
export function clockBefore(words: readonly Word[], at: number): { first: number; time: string; zone?: string } | null {
  let k = at - 1;
  if (words[k]?.norm === 'time' && words[k - 1]?.norm === 'local') k -= 2;
  if (isZoneWord(words[k])) k--;
  const zone = zoneAt(words, k + 1)?.zone;
  if (words[k]?.norm === 'noon') return { first: k, time: '12:00', ...(zone ? { zone } : {}) };
  // "0815 GMT Friday": a wire service's four digits
  const military = militaryAt(words, k);
  if (military?.next === at) return { first: k, time: military.time, zone: military.zone! };
  // "5:30 p.m." is four words, "5 p.m." two (and "30 p.m." of "5:30 p.m." is none)
  const first = isClockColon(words, k - 2) ? k - 3 : k - 1;
  // (The hour as a word of its own: a dotted "10.30am on Tuesday" leaves the day alone, its hour told apart,
  // as the fixtures' truth dates it.)
  if (!/^\d{1,2}$/.test(words[first]?.text ?? '')) return null;
  const c = clockAt(words, first);
  return c && c.next === at ? { first, time: c.time, ...(c.zone ? { zone: c.zone } : {}) } : null;
}

/**
 * The lone clock time at words[i], or null. `dayAfter` says whether a day starts at a word index (the date
 * forms of find.ts): "4:15 a.m. on Sunday" and "4:15 a.m., March 10" are that day's.
 */
export function loneClockAt(words: readonly Word[], i: number, base: Base, dayAfter: (k: number) => boolean): RawDate | null {
  const c = clockAt(words, i);
  if (!c) return null;
  let k = c.next;
  if (words[k]?.text === ',') k++;
  if (words[k]?.norm === 'on') k++;
  if (k < words.length && dayAfter(k)) return null;
  return { ...base, next: c.next, value: null, granularity: 'time', rule: 'clock', anaphor: { kind: 'clock', time: c.time }, ...(c.zone ? { zone: c.zone } : {}) };
}
