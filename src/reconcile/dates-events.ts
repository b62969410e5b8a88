import { FULL_MONTHS, FULL_WEEKDAYS } from '../lexicon/calendar.js';
import { parseIsoDay } from '../extract/dates/resolve.js';
import { compatibleDates } from './dates-compare.js';
import { hourOf, minutesApart } from './dates-zones.js';
import type { DateCluster, DateItem } from './dates.js';
import { MAX_BLOCK } from './figures-keys.js';

/**
 * Events that happen once in a story, so two sources giving them different
 * days disagree even when the rest of their wording differs:
 *   "the volunteer died on Monday when his truck …"  vs  "a volunteer … died on Tuesday after …"
 *   "dockworkers agreed on Tuesday"  vs  "employers and the union signed an agreement on Wednesday"
 * Rows: the content key (see figures-keys.ts synonyms), why it is once-only, and whether it ties two
 * dates alone.
 * Meetings, strikes and attacks repeat, so they are not here.
 */
const ONCE_EVENTS: ReadonlyArray<readonly [string, string, boolean]> = [
  ['kill', 'a person dies once: "died", "was killed"', false],
  ['deal', 'a settlement is reached once: "agreed", "signed an agreement", "struck a deal"', false],
  ['escape', 'an inmate escapes once: "escaped from a prison van", "the escape"', false],
  ['admit', 'a patient is admitted once: "checked into the clinic", "entered rehab", "was admitted to hospital"', false],
  ['arrest', 'a suspect is arrested once: "was arrested", "police detained", "taken into custody"', false],
  ['pullover', 'a driver is stopped once: "was pulled over", "police stopped his car"', false],
  ['hire', 'a coach or official is hired once: "hired", "appointed", "brought back"', false],
  ['resign', 'an official resigns once: "resigned", "stepped down", "quit"', false],
  ['convict', 'a defendant is convicted once: "was convicted", "found guilty"', false],
  ['sentence', 'a defendant is sentenced once: "was sentenced", "the sentencing"', false],
  // A story's court rules once within a week, so the decision alone ties "the court ruled on Wednesday"
  // to "the judgment was delivered on Tuesday" however else they are worded.
  ['ruling', 'a court decides once: "ruled", "the ruling", "the judgment was delivered", "upheld"', true],
  // A story tells several signings, a day apart: the signed player's name, not the key, tells them apart (`signedName`).
  ['sign', 'a player is signed once: "signed", "re-signed", "picked up", "claimed off waivers"', false],
];
const ONCE = new Set(ONCE_EVENTS.map(([key]) => key));
/** Keys that tie two dates alone; the others also need a second shared word (two deaths, two people). */
const ALONE = new Set(ONCE_EVENTS.filter(([, , alone]) => alone).map(([key]) => key));
/** Sources a day or so apart disagree; a week apart they speak of two events. */
const MAX_GAP_DAYS = 7;

export function onceKeys(keys: Iterable<string>): string[] {
  return [...keys].filter((k) => ONCE.has(k)).sort();
}

/** A day-precise, on-the-day date of a once-only event: the kind this rule compares. */
function eligible(it: DateItem): boolean {
  return it.value !== null && (it.granularity === 'day' || it.granularity === 'time') && (it.m.qualifier ?? 'on') === 'on' && !it.m.toleranceDays;
}

/** Merge test for clustering: the same once-only event on the same day ("agreed on Tuesday" + "reached an agreement on Tuesday"). */
export function sameOnceEvent(head: DateItem, it: DateItem, clusterKeys: ReadonlySet<string>): boolean {
  // "died at 9 p.m. Friday" and "died on Friday" are one day
  if (!eligible(head) || !eligible(it) || head.value!.slice(0, 10) !== it.value!.slice(0, 10)) return false;
  return it.keys.some((k) => ONCE.has(k) && clusterKeys.has(k));
}

function daysApart(a: string, b: string): number {
  const x = parseIsoDay(a.slice(0, 10));
  const y = parseIsoDay(b.slice(0, 10));
  return x === null || y === null ? Infinity : Math.abs(x.getTime() - y.getTime()) / 86_400_000;
}

/**
 * Pairs of clusters dating one once-only event on different days, in
 * different sources, sharing at least one other content word. A source that
 * itself dates the event on two days (several deaths in a war report) is
 * telling of several events, so its clusters are left out.
 */
export function onceEventPairs(clusters: readonly DateCluster[]): Array<[number, number]> {
  const buckets = new Map<string, number[]>();
  const daysBySource = new Map<string, Set<string>>();
  const names = new Map<DateItem, string | null>();
  /** What a source's days are counted by: the key, or for a signing the key and the player signed (else null: not counted). */
  const told = (key: string, x: DateItem): string | null => {
    if (key !== SIGN) return `${key}\u0000${x.source}`;
    const name = names.get(x) ?? null;
    return name === null ? null : `${key}\u0000${x.source}\u0000${name}`;
  };
  clusters.forEach((c, i) => {
    const head = c.items[0]!;
    if (!eligible(head)) return;
    for (const key of onceKeys(c.keys)) {
      (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(i);
      for (const x of c.items) {
        if (key === SIGN && !names.has(x)) names.set(x, signedName(x));
        const k = told(key, x);
        if (k !== null) daysBySource.set(k, (daysBySource.get(k) ?? new Set()).add(head.value!.slice(0, 10)));
      }
    }
  });
  const pairs: Array<[number, number]> = [];
  for (const [key, ids] of [...buckets].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (ids.length > MAX_BLOCK) continue;
    const single = (c: DateCluster) => c.items.every((x) => {
      const k = told(key, x);
      return k === null || daysBySource.get(k)!.size === 1;
    });
    const signedSets = new Map<DateCluster, Set<string>>();
    const signed = (c: DateCluster) => signedSets.get(c) ?? signedSets.set(c, new Set(c.items.map((x) => names.get(x) ?? null).filter((n): n is string => n !== null))).get(c)!;
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const c = clusters[ids[a]!]!;
        const d = clusters[ids[b]!]!;
        if (c.items[0]!.frame !== d.items[0]!.frame || compatibleDates(c.items[0]!, d.items[0]!) || daysApart(c.items[0]!.value!, d.items[0]!.value!) > MAX_GAP_DAYS) continue;
        if ([...c.sources].some((s) => d.sources.has(s)) || !single(c) || !single(d)) continue;
        if (!ALONE.has(key) && ![...c.keys].some((k) => k !== key && d.keys.has(k))) continue;
        // one player's signing: both sides name the player signed
        if (key === SIGN && ![...signed(c)].some((n) => signed(d).has(n))) continue;
        pairs.push([ids[a]!, ids[b]!]);
      }
    }
  }
  return pairs;
}

/** Content words two hours of one day must share, numbers left out, to be told of one moment. */
const HOUR_SHARED_WORDS = 2;
/** Hours further apart tell two moments of the day (an arrest at 2 a.m., the hearing at 10), not one told twice. */
const MAX_HOUR_GAP_MINUTES = 90;

/**
 * Hours of one day that outlets give for one moment of the story: "jets struck the camp at 2:50 p.m."
 * / "four bombs fell on the camp at 3:30 p.m.". Two time clusters of one day, in different sources,
 * whose hours disagree, are paired when their words share two content words and every source of either
 * gives that day one hour only: an outlet telling a timeline (the first blast at 2:50, the second at
 * 3:30) names several, and is left out. Hours more than an hour and a half apart are two moments. An hour
 * told in two zones is one hour ("0652 GMT (2:52 a.m. EDT)"; see dates-zones.ts).
 */
export function hourPairs(clusters: readonly DateCluster[]): Array<[number, number]> {
  const hoursBySource = new Map<string, Set<string>>();
  const byDay = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    const head = c.items[0]!;
    if (head.granularity !== 'time' || head.value === null) return;
    const day = `${head.frame}\u0000${head.value.slice(0, 10)}`;
    (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(i);
    for (const x of c.items) {
      if (x.granularity !== 'time') continue;
      const k = `${day}\u0000${x.source}`;
      hoursBySource.set(k, (hoursBySource.get(k) ?? new Set()).add(hourOf(x)));
    }
  });
  const pairs: Array<[number, number]> = [];
  for (const [day, ids] of [...byDay].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (ids.length > MAX_BLOCK) continue;
    const oneHour = (c: DateCluster) => c.items.every((x) => x.granularity !== 'time' || hoursBySource.get(`${day}\u0000${x.source}`)!.size === 1);
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const c = clusters[ids[a]!]!;
        const d = clusters[ids[b]!]!;
        const gap = minutesApart(c.items[0]!, d.items[0]!);
        if (gap === null || gap > MAX_HOUR_GAP_MINUTES || compatibleDates(c.items[0]!, d.items[0]!)) continue;
        if ([...c.sources].some((s) => d.sources.has(s)) || !oneHour(c) || !oneHour(d)) continue;
        if ([...c.keys].filter((k) => !/\d/.test(k) && d.keys.has(k)).length < HOUR_SHARED_WORDS) continue;
        pairs.push([ids[a]!, ids[b]!]);
      }
    }
  }
  return pairs;
}


const SIGN = 'sign';
/** A signing's verb, then up to three words before the name: "re-signed running back Leo Varga", "picked up RB Leo Varga". */
const SIGNING = /\b(?:re-?signed|signed|signing|picked up|claimed)\s+((?:(?:(?!(?:the|a|an|against|for|from|with|to|at|in|on|by|of|and)\b)[a-z][a-z-]*|[A-Z]{2,3})\s+){0,3}?)((?:\p{Lu}[\p{L}'’-]*\s*){1,3})/u;
/** Capitalised words that are dates, not names: "Tuesday", "March", "Today". */
const DAY_NAMES = [...FULL_WEEKDAYS, ...FULL_MONTHS, 'today', 'yesterday'].map((w) => w[0]!.toUpperCase() + w.slice(1));
const DATE_WORDS = new RegExp(`^(?:${DAY_NAMES.join('|')})$`);
/** After a name, a date of its own: "signed Leo Varga on Tuesday and Ned Holt today" — Varga is Tuesday's. */
const OWN_DATE = new RegExp(`^\\s*(?:(?:on|in|last|early|late)\\s+)?(?:${DAY_NAMES.join('|')}|today|yesterday)\\b[\\s,]*and\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s*){1,3})`, 'u');

/** The last word of a run of capitalised words, up to the first that is a date; null when there is none. */
function surname(run: string): string | null {
  const words = run.trim().split(/\s+/);
  const end = words.findIndex((w) => DATE_WORDS.test(w));
  const last = words[(end < 0 ? words.length : end) - 1];
  return last ? last.replace(/['’]s?$/, '').toLowerCase() : null;
}

/**
 * The surname of the player a signing's event names right after its verb ("Kestrels re-signed RB Leo Varga" →
 * "varga"), or the next name when a date of its own follows the first; null when the event names none.
 */
export function signedName(x: DateItem): string | null {
  const ev = x.m.eventWhole ?? x.m.event ?? '';
  const m = SIGNING.exec(ev);
  if (!m) return null;
  const run = m[2]!;
  const start = m.index + m[0].length - run.length;
  const date = run.trim().split(/\s+/).find((w) => DATE_WORDS.test(w));
  const own = OWN_DATE.exec(ev.slice(start + (date ? run.indexOf(date) : run.trimEnd().length)));
  return surname(own ? own[1]! : run);
}
