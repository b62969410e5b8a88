import { LOCAL } from '../extract/dates/clock.js';
import { parseIsoDay } from '../extract/dates/resolve.js';
import { countryOffsets, ZONE_OFFSETS } from '../lexicon/time-zones.js';
import type { ActorFact } from '../model/fact.js';
import type { DateItem } from './dates.js';

/**
 * Clock times told in time zones. A value keeps the clock as the source wrote it ("2:52 a.m. EDT" is
 * "…T02:52", its mention's `zone` "EDT"); two times are one moment when they are one instant:
 *   "0652 GMT" / "2:52 a.m. EDT"                            one instant, agree
 *   "1:52 p.m. local time" / "0652 GMT", in a story set in a country seven hours east: one instant, agree
 *   "6:52 a.m. local time" / "0652 GMT", in a country never on UTC+0: the same clock reading told in two
 *   zones, which cannot both be right: they disagree
 * Times whose zones cannot be set side by side ("6:52 a.m." with no zone and "0652 GMT"; "ET" and "PT";
 * "local time" in a story whose country is not known) are compared by their clocks as before, for
 * agreeing, but never raise a conflict (`blindZones`): one of them may be the other told in another zone.
 */

/** Times this close are one moment (see dates-compare.ts). */
export const SLACK_MINUTES = 15;

/** Minutes since 1970 of the clock of a value "YYYY-MM-DDThh:mm", read as if on UTC, or null. */
function clockMinutes(value: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  const day = m ? parseIsoDay(m[1]!) : null;
  return day ? day.getTime() / 60_000 + Number(m![2]) * 60 + Number(m![3]) : null;
}

/** The instant (minutes since 1970, UTC) of a time told in a zone of known offset ("0652 GMT", "2:52 a.m. EDT"), else null. */
export function instantOf(it: DateItem): number | null {
  const offset = it.m.zone ? ZONE_OFFSETS.get(it.m.zone.toLowerCase()) : undefined;
  if (offset === undefined || it.value === null) return null;
  const t = clockMinutes(it.value);
  return t === null ? null : t - offset;
}

/** The clock reading of a value in "local time" or in no zone, moved to UTC by each offset of the story's country. */
function placeInstants(it: DateItem): number[] | null {
  if (!it.offsets || it.value === null || (it.m.zone && it.m.zone !== LOCAL)) return null;
  const t = clockMinutes(it.value);
  return t === null ? null : it.offsets.map((h) => t - h * 60);
}

/**
 * Two times of known minutes: one moment? Two instants are compared as instants; an instant and a local
 * clock of a story whose country is known, by that country's offsets ("local time" read at none of them is
 * another moment); any others by their clocks (`byClock`: same day, within the slack).
 */
export function sameMoment(a: DateItem, b: DateItem, byClock: boolean): boolean {
  const [ia, ib] = [instantOf(a), instantOf(b)];
  if (ia !== null && ib !== null) return Math.abs(ia - ib) <= SLACK_MINUTES;
  const [fixed, other] = ia !== null ? [ia, b] : ib !== null ? [ib, a] : [null, null];
  if (fixed === null) return byClock;
  const shifted = placeInstants(other!);
  if (shifted?.some((t) => Math.abs(t - fixed) <= SLACK_MINUTES)) return true;
  return shifted !== null && other!.m.zone === LOCAL ? false : byClock;
}

const isTime = (it: DateItem): boolean => it.value !== null && /T\d{2}:\d{2}$/.test(it.value);
const localish = (zone: string | undefined): boolean => zone === undefined || zone === LOCAL;

/**
 * Two times whose zones were not set side by side, so no disagreement between them is sure: one told in a
 * zone of known offset and one in another zone or in none ("6:52 a.m." / "0652 GMT"), or two in zones of
 * unknown offset. A "local time" of a country known never on UTC+0 and an instant are set side by side
 * when their clocks read the same (the same reading told in two zones); read apart, the country's offsets
 * (a lexicon's) would decide alone, and they are left alone.
 */
export function blindZones(a: DateItem, b: DateItem): boolean {
  if (!isTime(a) || !isTime(b)) return false;
  const [za, zb] = [a.m.zone, b.m.zone];
  const [ia, ib] = [instantOf(a), instantOf(b)];
  if (ia !== null && ib !== null) return false;
  if (ia === null && ib === null) return !(za?.toLowerCase() === zb?.toLowerCase() || (localish(za) && localish(zb)));
  const other = ia !== null ? b : a;
  if (other.m.zone !== LOCAL || !other.offsets || other.offsets.includes(0)) return true;
  return !sameClock(a.value!, b.value!);
}

/** The hour of a time as an outlet tells it, one for one instant whatever its zone: "0652 GMT" and "2:52 a.m. EDT" are one. */
export function hourOf(it: DateItem): string {
  const t = instantOf(it);
  return t === null ? it.value!.slice(11) : `@${t}`;
}

/** Minutes between two times: their instants when both have one, else their clocks on their own day; null for no clock. */
export function minutesApart(a: DateItem, b: DateItem): number | null {
  const [ia, ib] = [instantOf(a), instantOf(b)];
  if (ia !== null && ib !== null) return Math.abs(ia - ib);
  const [x, y] = [a.value === null ? null : minutesOf(a.value), b.value === null ? null : minutesOf(b.value)];
  return x === null || y === null ? null : Math.abs(x - y);
}

/** The minutes after midnight of a value with a clock time ("…T04:30"), else null. */
export function minutesOf(value: string): number | null {
  const m = /T(\d{2}):(\d{2})$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The same clock reading on the same day, within the slack. */
function sameClock(a: string, b: string): boolean {
  const [x, y] = [clockMinutes(a), clockMinutes(b)];
  return x !== null && y !== null && Math.abs(x - y) <= SLACK_MINUTES;
}

/**
 * The offsets (hours) the clocks of a source's story may show: those of every country it names (the names
 * of its place actors), or null
 * when it names none the lexicon knows. A country that may be on UTC+0 (Britain, Portugal, Ghana) counts
 * as offset 0, so a story naming one is never known to be off UTC+0.
 */
export function placeOffsets(names: readonly string[]): readonly number[] | null {
  const out = new Set<number>();
  for (const name of names) {
    const known = countryOffsets(name);
    if (known) for (const h of known) out.add(h);
    else if (MAYBE_ON_UTC.has(name.toLowerCase().replace(/^the\s+/, ''))) out.add(0);
  }
  return out.size > 0 ? [...out].sort((x, y) => x - y) : null;
}

/** The names (and other names) of the places each source names, from the actor facts: what `placeOffsets` reads. */
export function placesBySource(actors: readonly ActorFact[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of actors) {
    if (a.kind !== 'place') continue;
    for (const s of a.sources) (out.get(s) ?? out.set(s, []).get(s)!).push(a.name, ...a.aliases);
  }
  return out;
}

/** Countries on UTC+0 all year or in some season, or in some part: their "local time" may be GMT. */
const MAYBE_ON_UTC: ReadonlySet<string> = new Set([
  'britain', 'great britain', 'united kingdom', 'uk', 'u.k.', 'england', 'scotland', 'wales', 'northern ireland', 'ireland', 'portugal',
  'spain', 'iceland', 'greenland', 'denmark', 'faroe islands', 'morocco', 'western sahara', 'mauritania', 'senegal', 'gambia', 'the gambia',
  'guinea', 'guinea-bissau', 'sierra leone', 'liberia', 'ivory coast', "côte d'ivoire", "cote d'ivoire", 'mali', 'burkina faso', 'ghana',
  'togo', 'são tomé and príncipe', 'sao tome and principe', 'saint helena', 'canary islands', 'azores', 'madeira',
]);
