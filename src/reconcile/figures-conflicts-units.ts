import { overlaps, type Cluster } from './figures.js';
import { isPopulation, isTally, isToll, unitOf } from './figures-conflicts-rules.js';

/** Lengths in metres: "200 ft" and "60 m" are one height, "10 miles" and "25 km" two distances. */
const METRES: Readonly<Record<string, number>> = { m: 1, km: 1000, cm: 0.01, mm: 0.001, mi: 1609.344, ft: 0.3048, in: 0.0254, yd: 0.9144 };
/** Rounding when an outlet converts ("about 450 metres (1,500 feet)"): a converted interval widens by this share. */
const CONVERSION_SLACK = 0.03;

/** Short spans in seconds: "about 15 seconds" and "about one minute" are two lengths of one shaking. */
const SECONDS: Readonly<Record<string, number>> = { seconds: 1, minutes: 60 };

/** Units whose figures may be compared with this unit's: itself, and the other lengths (or short spans). */
export function comparableUnits(unit: string): readonly string[] {
  return unit in METRES ? Object.keys(METRES) : unit in SECONDS ? Object.keys(SECONDS) : [unit];
}

/** The cluster's interval in metres, widened when converted from another unit. */
function inBase(c: Cluster, other: Cluster): { min: number | null; max: number | null } {
  const [u, v] = [unitOf(c), unitOf(other)];
  if (u === v) return { min: c.min, max: c.max };
  const f = (u in SECONDS ? SECONDS[u] : METRES[u])!;
  const slack = u === 'm' || u in SECONDS ? 0 : CONVERSION_SLACK;
  return { min: c.min === null ? null : c.min * f * (1 - slack), max: c.max === null ? null : c.max * f * (1 + slack) };
}

/**
 * "at least seven dead" is the dead counted so far, as firm a count as "seven dead": a toll's lower
 * bound of "at least" is a count, so "at least seven" and "at least four" dead are two counts, not two
 * bounds both true. ("more than 300 injured" rounds, and stays a bound.)
 */
const countedSoFar = (c: Cluster) => unitOf(c) === 'count' && c.items.some((x) => isToll(x.keys)) && c.items.every((x) => x.m.qualifier === 'exact' || x.m.qualifier === 'at least');

/**
 * "more than 30,000 evacuated" / "more than 38,000 evacuated": a floor an outlet puts on a tally of people
 * is the count it has, rounded down; two floors more than a tenth apart are two counts, however both
 * "hold". (A floor against an exact count keeps its interval: "more than 300 injured" / "341 injured".)
 */
const tallyFloor = (c: Cluster) => unitOf(c) === 'count' && c.max === null && c.min !== null && c.items.every((x) => isTally(x.keys) && x.m.max === null);
const FLOOR_SLACK = 0.1;

/**
 * "about 12,000 refugees", "more than 14,000 people", "over 16,000 refugees" living in one camp: a population is
 * an estimate, and a floor or a ceiling an outlet puts on it is its estimate rounded ("more than 14,000" is
 * some 14,000 to 15,400, not a million). So an open end closes a tenth away, as "about" does, and estimates
 * spread further apart than their hedges disagree. ("at least 10" and "10" still meet.)
 */
const POPULATION_SLACK = 0.1;
function estimated(c: Cluster): { min: number | null; max: number | null } {
  if (c.min === null && c.max === null) return c;
  return { min: c.min ?? c.max! * (1 - POPULATION_SLACK), max: c.max ?? c.min! * (1 + POPULATION_SLACK) };
}

/** Intervals that can both hold, across units of one family. */
export function canBothHold(c: Cluster, d: Cluster): boolean {
  if (unitOf(c) === 'count' && unitOf(d) === 'count' && isPopulation(c.keys) && isPopulation(d.keys)) return overlaps(estimated(c), estimated(d));
  if (countedSoFar(c) && countedSoFar(d) && c.items[0]!.m.value !== d.items[0]!.m.value) return false;
  if (tallyFloor(c) && tallyFloor(d) && Math.abs(c.min! - d.min!) > FLOOR_SLACK * Math.max(c.min!, d.min!)) return false;
  return unitOf(c) === unitOf(d) ? overlaps(c, d) : overlaps(inBase(c, d), inBase(d, c));
}
