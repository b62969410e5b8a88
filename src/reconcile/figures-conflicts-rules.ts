import type { Cluster } from './figures.js';
import { SETTLEMENTS } from '../extract/figures/subject.js';

/**
 * When two figure clusters that cannot both hold are one quantity of one subject, so a conflict.
 * Each row: why two such clusters are NOT evidently the same quantity, with an invented example.
 * (Same unit, different sources and values that exclude each other are required in any case; "at
 * least 10" and "10" overlap, so they agree.)
 */
export const NOT_THE_SAME: ReadonlyArray<readonly [string, string, (c: Cluster, d: Cluster) => boolean]> = [
  // "the fifth straight day" (Monday's report) vs "the sixth straight day" (Tuesday's): a sequence moves on.
  ['ordinal', 'ranks and sequences move on from report to report', (c) => unitOf(c) === 'ordinal'],
  // "four days of protests" vs "eight days of protests": an ongoing span grows with the report date.
  // (A debate that ended in a vote has one length: see STRETCHES.)
  ['short-span', 'spans of days or less of an ongoing event grow with the report date', (c, d) => SHORT_SPANS.has(unitOf(c)) && !oneStretch(c.keys, d.keys) && !(isShaking(c.keys) && isShaking(d.keys))],
  // "Ruiz rushed for 404 yards" vs "Alder has 498 rushing yards": two people's quantities.
  ['other-people', 'the sentences name different people', (c, d) => !sharePeople(c, d)],
  // "12 homes were wrecked in Dorn" vs "250 homes in Velmora": a place's count against another place's.
  // (Tolls are left out: outlets give the story's toll with its place as often as without.)
  // A count of things a disaster damages located in a place stands apart from one told with no place too.
  ['other-place', 'a count located in one place against one of another place', (c, d) => unitOf(c) === 'count' && !ofTheHurtOrDead(c.keys) && placesOf(c).size > 0 && (placesOf(d).size > 0 || c.keys.some((k) => STRUCTURES.has(k))) && !sharePlaces(c, d)],
  // "two extra life sentences" vs "serving three life sentences": an addition and a total.
  ['increment', 'an addition against a total', (c, d) => c.items.every((x) => x.m.scope === 'increment') && !d.items.some((x) => x.m.scope === 'increment')],
  // "the 41-year-old fell 90 metres" vs "Ray Alder, 29, fell 400 metres": two people, known by their ages.
  ['other-ages', 'the sentences give ages of different people', (c, d) => !shareAges(c, d)],
  // "Ana Ruiz had 9 points, 7 rebounds and five assists while Leo Park …": a line of statistics,
  // four figures or more of one unit in a sentence that names people, whose words say too little about
  // whose figure is whose. (A list of damage, "31 offices, 6 hotels, 5 bridges", names each count's thing.)
  ['stat-line', 'a sentence of four figures or more of one unit, a line of statistics', (c) => c.items.every((x) => (x.m.crowd ?? 0) >= STAT_LINE && (x.m.people?.length ?? 0) > 0)],
  // "26-year-old Ray Alder" in January, "27-year-old Ray Alder" in September: a birthday between two reports.
  ['birthday', 'ages a year apart from reports not dated within three months of each other', (c, d) => oneYearApart(c, d) && !datedTogether(c, d)],
  // "One of the tremors, of magnitude 6.9, was felt …" vs "the magnitude 5.8 quake": one of several against the one.
  // (Two such, "one of the tremors" in each outlet, need not be the same one either.)
  ['one-of-several', 'one of several things of the kind against another', (c) => c.items.every((x) => x.m.scope === 'part')],
  // "spent three seasons as scout (2001-2004)" vs "has spent 14 seasons with the club": a period dated by
  // its own years against the whole.
  ['dated-period', 'a period dated by its own years against an undated one', (c, d) => isPeriod(c) && c.items.every((x) => x.m.scope === 'past') && d.items.some((x) => x.m.scope !== 'past')],
  // "fined three times since March" vs "fined five times": a count over a stated period against one over all time;
  // "fined twice since March" vs "fined five times this year": over two periods.
  // (A cluster some of whose outlets state the period too is compared sentence by sentence: see sameThingSomewhere,
  // where a bare "missed ten games" is this season's when an outlet gives ten for this season.)
  ['period', 'a count over a stated period against one without, or over another', (c, d) => c.items.every(overPeriod) && !d.items.some((x) => c.items.some((y) => y.m.scope === x.m.scope))],
  // "I expected they would win 4 matches" vs "went on to win 12 matches": a guess against what happened.
  ['prediction', 'what someone expected against what is reported', (c, d) => c.items.every((x) => x.m.scope === 'prediction') && d.items.some((x) => x.m.scope !== 'prediction')],
  // "a 5-yard scoring pass … a 23-yard pass on second down", in two outlets or more: the outlets
  // that give both values hold them as two quantities (one outlet doing so may just contradict itself).
  ['held-together', 'two outlets or more give both values, as two quantities', (c, d) => heldTogether(c, d)],
  // "In May 1999 a 7.2-magnitude quake hit the region" vs "the 5.4-magnitude quake": a sentence dated to a time of its
  // own tells of an earlier event. (Sums of money are left to the other rules: "paid $5m in 2019" is often the
  // very deal another outlet prices at $6m.)
  ['other-event', 'a figure of a sentence dated to an earlier time against one of the story', (c, d) => !/^[A-Z]{3}$/.test(unitOf(c)) && c.items.every((x) => x.m.scope === 'past') && d.items.some((x) => x.m.scope !== 'past')],
  // "arrested 14 people on Monday" vs "arrested 40 over the weekend": counts of two days. (Outlets that date
  // one count by other words, "yesterday" and "on Monday", are left apart too.)
  // "won 54 percent in the first round" vs "61 percent in the runoff": two rounds of a vote.
  ['other-day', 'counts or shares told of different days or rounds', (c, d) => (unitOf(c) === 'count' || unitOf(c) === 'percent') && otherDays(c, d)],
  // "nine miners remain trapped" vs "14 miners were trapped": those still in a state against all who were.
  ['remaining', 'a count of those still in a state against one of all who were', (c, d) => c.items.every((x) => x.m.scope === 'remaining') && d.items.some((x) => x.m.scope !== 'remaining')],
  // "six injured in Kell, the capital of Varo district" vs "more than 300 injured": one town's count and the
  // area's, which holds it. (A town's count above another outlet's whole is a disagreement; so is one set
  // against a count told of the same town.)
  ['local', 'a count in a place told as part of a larger area against a larger count', (c, d) => c.items.every((x) => x.m.scope === 'local') && !d.items.every((x) => x.m.scope === 'local')
    && (c.max ?? c.items[0]!.m.value) < (d.min ?? d.items[0]!.m.value) && !sharePlaces(c, d)],
  // "the vote is valid only if more than 40 percent take part" vs "turnout was 38 percent": a condition, not what happened.
  ['threshold', 'a share a rule sets as a condition against one reached', (c, d) => c.items.every((x) => x.m.scope === 'threshold') && d.items.some((x) => x.m.scope !== 'threshold')],
  // "convicted Tom Alder after 7 hours of deliberation" vs "could not agree on a sentence after 19 hours of
  // deliberation": a jury's two deliberations, on guilt and on the penalty.
  ['trial-stage', 'a jury\'s deliberation of one stage of a trial against another stage, or one still going on', (c, d) => !sameStage(c, d)],
  // "600 killed so far" vs "three killed in a separate strike": a running total and a smaller part of it.
  ['total-vs-part', 'a running or overall total against a smaller part', (c, d) => scopeOf(c) === 'total' && scopeOf(d) === 'part' && (d.max ?? d.items[0]!.m.value) < (c.min ?? c.items[0]!.m.value)],
];

/**
 * Things a disaster report counts ("five bridges", "300 homes", "2,400 houses"): one word names the
 * story's whole count of them, as "dead" does the toll. (Most one-word counts do not: "two games",
 * "six rebounds", "400 residents" belong to someone or somewhere the words do not say.)
 */
export const STRUCTURES = new Set(['house', 'building', 'bridge', 'school', 'road', 'church', 'mosque', 'hospital', 'hotel', 'shop', 'store', 'vehicle', 'car', 'aftershock']);

/**
 * "31 dead", "six people died", "killing at least two people", "the death toll rose to 13": the toll
 * of the story's event, the one count every outlet gives of it, whatever the words ("people" and the
 * verb fold to one key). A count of a part names more ("six children killed", "one man killed").
 */
export const isToll = (keys: readonly string[]) => keys.length === 1 && (keys[0] === 'kill' || keys[0] === 'wound');

/** The tallies of harm: whom an event struck. */
export const HARM_TALLIES: ReadonlySet<string> = new Set(['kill', 'wound', 'evacuate', 'rescue', 'missing', 'displace', 'homeless', 'hospitalise', 'arrest', 'trapped', 'stranded']);
/**
 * The people a disaster or a crackdown counts as it counts the dead: "40,000 people were displaced",
 * "3,000 residents evacuated", "six fishermen are missing", "12 rescued", "five taken to hospital",
 * "14 protesters arrested". One word names the story's whole count of them (see figures-keys.ts for the
 * words each folds).
 */
const TALLIES: ReadonlySet<string> = new Set([...HARM_TALLIES,
  // and how many came out: "10,000 protesters marched", "organisers put the crowd at 50,000"
  'crowd',
  // and how many were aboard: "the ferry carried 120 passengers"
  'passenger']);
export const isTally = (keys: readonly string[]) => keys.length === 1 && TALLIES.has(keys[0]!);

/** At least two outlets give both values, and they are half or more of the outlets of one side. */
function heldTogether(c: Cluster, d: Cluster): boolean {
  const mine = new Set(c.items.map((x) => x.source));
  const theirs = new Set(d.items.map((x) => x.source));
  const both = [...mine].filter((s) => theirs.has(s)).length;
  return both >= 2 && both * 2 >= Math.min(mine.size, theirs.size);
}

/**
 * Sittings that end in a vote or a decision, so a story tells their length once they are over (see
 * figures-keys.ts for the words). A search or a siege is told while it goes on, and grows (the `short-span`
 * rule). A jury deliberates once on guilt and again on the sentence: its hours are one stretch only when
 * their sentences tell the same stage (the `trial-stage` rule).
 */
const STRETCHES: ReadonlySet<string> = new Set(['debate', 'deliberate']);

/**
 * Some sentence of each side tells the same stage of a jury's deliberation: both the guilt, both the penalty,
 * or both neither (the story's own, told plainly). One told `apart` meets none (see extract/figures/stage.ts).
 */
function sameStage(c: Cluster, d: Cluster): boolean {
  if (!c.items.some((x) => x.m.stage) && !d.items.some((x) => x.m.stage)) return true;
  return c.items.some((x) => x.m.stage !== 'apart' && d.items.some((y) => y.m.stage === x.m.stage));
}

/** Both subjects are that one sitting and nothing else ("debate" / "debated"). */
export const oneStretch = (a: readonly string[], b: readonly string[]): boolean => a.length === 1 && b.length === 1 && a[0] === b[0] && STRETCHES.has(a[0]!);
const SHORT_SPANS = new Set(['seconds', 'minutes', 'hours', 'days']);
const STAT_LINE = 4;
export const unitOf = (c: Cluster) => c.items[0]!.m.unit;

/** Both clusters name people (some of their sentences do; "He is serving …" names none), and no surname is common to them. */
export function sharePeople(c: Cluster, d: Cluster): boolean {
  const mine = peopleOf(c);
  const theirs = peopleOf(d);
  return mine.size === 0 || theirs.size === 0 || [...theirs].some((p) => mine.has(p));
}

export const placesOf = (c: Cluster) => new Set(c.items.flatMap((x) => x.m.places ?? []));
/** Some place is named with both counts. */
export const sharePlaces = (c: Cluster, d: Cluster) => {
  const mine = placesOf(c);
  return [...placesOf(d)].some((p) => mine.has(p));
};
/** The dead or the hurt ("people killed", "dead", "injured"). */
const ofTheHurtOrDead = (keys: readonly string[]) => keys.includes('kill') || keys.includes('wound');

/** Every sentence of both sides names a day, and no day is named on both sides. */
function otherDays(c: Cluster, d: Cluster): boolean {
  if (!c.items.every((x) => x.m.days?.length) || !d.items.every((x) => x.m.days?.length)) return false;
  const mine = new Set(c.items.flatMap((x) => x.m.days ?? []));
  return !d.items.some((x) => x.m.days!.some((day) => mine.has(day)));
}

/** Both clusters give ages (some of their sentences do), and none of one side is within a year of the other's. */
export function shareAges(c: Cluster, d: Cluster): boolean {
  const mine = agesOf(c);
  const theirs = agesOf(d);
  return mine.size === 0 || theirs.size === 0 || [...theirs].some((a) => mine.has(a) || mine.has(a - 1) || mine.has(a + 1));
}

// Clusters are complete when conflicts are sought: what their sentences name is gathered once each.
const PEOPLE = new WeakMap<Cluster, Set<string>>();
const AGES = new WeakMap<Cluster, Set<number>>();
export const peopleOf = (c: Cluster) => PEOPLE.get(c) ?? PEOPLE.set(c, new Set(c.items.flatMap((x) => x.m.people ?? []))).get(c)!;
const agesOf = (c: Cluster) => AGES.get(c) ?? AGES.set(c, new Set(c.items.flatMap((x) => x.m.ages ?? []))).get(c)!;

/** A count over a stated period: "since March" (`period`), or the season or year the story is told in (`current`). */
const overPeriod = (x: Cluster['items'][number]) => x.m.scope === 'period' || x.m.scope === 'current';

/** Counts of time: a duration, or a count of seasons, years, terms. */
const PERIOD_WORDS = new Set(['season', 'year', 'term', 'month', 'week', 'decade']);
const isPeriod = (c: Cluster) => c.items[0]!.m.measure === 'duration' || c.keys.some((k) => PERIOD_WORDS.has(k));

const isAge = (c: Cluster) => c.items.every((x) => x.m.measure === 'age');
const oneYearApart = (c: Cluster, d: Cluster) => isAge(c) && isAge(d) && Math.abs(c.items[0]!.m.value - d.items[0]!.m.value) === 1;

/** Every report of both sides is dated, and all within three months of each other. */
function datedTogether(c: Cluster, d: Cluster): boolean {
  const days = [...c.items, ...d.items].map((x) => (x.anchor ? Date.parse(`${x.anchor.slice(0, 10)}T00:00:00Z`) / 86_400_000 : NaN));
  if (days.some((x) => Number.isNaN(x))) return false;
  return Math.max(...days) - Math.min(...days) <= 92;
}

/** `total` when every item is a running or overall total, else `part`. */
function scopeOf(c: Cluster): 'total' | 'part' {
  return c.items.every((x) => x.m.scope === 'total') ? 'total' : 'part';
}

/**
 * "a town of 48,000 people", "home to 52,000 residents", "its population of 50,000": how many live in
 * a place, whatever it is called (see extract/figures populationBefore). Only one named place's
 * populations are one quantity (see figures-conflicts sameKind).
 */
export const isPopulation = (keys: readonly string[]) => keys.includes('population') && keys.every((k) => k === 'population' || SETTLEMENTS.has(k));

/**
 * "the quake was felt clearly for about 20 seconds", "the tremor shook houses for a minute", "the shaking
 * lasted 40 seconds": how long the story's quake shook, whatever the verb. Only the shaking, the quake and
 * what it shook (or how: "clearly") are named.
 */
export const isShaking = (keys: readonly string[]) => keys.includes('shake') && keys.every((k) => SHAKING.has(k) || (k.length > 4 && k.endsWith('ly')));
const SHAKING = new Set(['shake', 'quake', 'lasted', 'last', 'house', 'building', 'ground', 'city', 'town', 'region', 'area', 'island', 'capital']);
