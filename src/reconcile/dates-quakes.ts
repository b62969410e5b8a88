import { compatibleDates, precision } from './dates-compare.js';
import type { DateCluster } from './dates.js';
import { MAX_BLOCK } from './figures-keys.js';

/**
 * An earlier quake a story recalls, dated by two outlets in two wordings:
 *   "a 7.2-magnitude quake rocked the sea off Port Vell in April last year"
 *   "a 7.3-magnitude tremor shook the sea near Port Vell in May 2023"
 * Their other words differ too much for one subject, and magnitudes told 0.1 apart are two numbers; yet a
 * quake is known by its size and where it struck: two quakes of (nearly) one magnitude near one place are
 * one quake, and months apart they disagree. Magnitudes are near when within NEAR of each other (agencies
 * give one shock 6.1 or 6.2); the place is a content word both share besides the words of any quake.
 * Only dates of a month or coarser on one side at least: two days or hours of a quake may be one moment
 * told in two time zones.
 */
const QUAKE = 'quake';
/** Magnitudes this close, relatively, are one shock told by two agencies (7.2 and 7.3; not 6.1 and 6.4). */
export const NEAR = 0.03;
/** Words any quake's telling has: they name no place. */
const QUAKE_WORDS = new Set([QUAKE, 'magnitude', 'richter', 'scale', 'measuring', 'measured', 'struck', 'strike', 'hit', 'shake', 'rocked', 'strong', 'powerful',
  'major', 'massive', 'huge', 'deadly', 'off', 'near', 'coast', 'sea', 'undersea', 'offshore', 'kilometre', 'kilometer', 'triggered', 'tsunami', 'also',
  'island', 'province', 'region', 'area', 'country', 'tip', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);

/** Numbers within NEAR of each other, relatively: "7.2" and "7.3". */
export function nearNumbers(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= NEAR * Math.max(Math.abs(a), Math.abs(b));
}

function magnitudes(keys: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (const k of keys) if (/^\d\.\d$/.test(k) && Number(k) >= 2) out.push(Number(k));
  return out;
}

/** Pairs of quake clusters, from different sources, of near magnitudes, sharing a place word, dated apart. */
export function quakePairs(clusters: readonly DateCluster[]): Array<[number, number]> {
  const ids: number[] = [];
  clusters.forEach((c, i) => {
    if (c.keys.has(QUAKE) && c.items[0]!.value !== null && magnitudes(c.keys).length > 0) ids.push(i);
  });
  if (ids.length > MAX_BLOCK) return [];
  const coarse = (c: DateCluster) => precision(c.items[0]!.granularity) <= precision('month');
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < ids.length; b++) {
      const [c, d] = [clusters[ids[a]!]!, clusters[ids[b]!]!];
      const [x, y] = [c.items[0]!, d.items[0]!];
      if (x.frame !== y.frame || compatibleDates(x, y) || (!coarse(c) && !coarse(d)) || [...c.sources].some((s) => d.sources.has(s))) continue;
      if (!magnitudes(c.keys).some((m) => magnitudes(d.keys).some((n) => nearNumbers(m, n)))) continue;
      if (![...c.keys].some((k) => !QUAKE_WORDS.has(k) && !/^\d/.test(k) && d.keys.has(k))) continue;
      pairs.push([ids[a]!, ids[b]!]);
    }
  }
  return pairs;
}
