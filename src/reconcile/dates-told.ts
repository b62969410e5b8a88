import { FULL_MONTHS } from '../lexicon/calendar.js';
import { SMALL_NUMBERS, TENS } from '../lexicon/numbers.js';
import type { DateMention } from '../model/mention.js';
import type { DateCluster, DateItem } from './dates.js';

/**
 * A death told as so many days from another event of the story, by outlets that give that event no day:
 *   "The gunman stabbed a guard at the depot gate. Later that day he murdered ferry pilot Tom Alder."
 *   "… leaving a guard dead at the depot gate and murdering the next day ferry pilot Tom Alder."
 * A person dies once, so the same victim killed on the day of one event and the day after it is a
 * disagreement, though neither day has a date. Only a death is compared, and only of one victim: both
 * name the victim in words one of which holds all of the other's, two words at least ("a ferry pilot",
 * "retired ferry pilot Tom Alder"); "a prison guard" and "a retired guard" are two victims. The
 * event counted from must be one too: the words before the day (its sentence, the sentence before)
 * share two content words besides the victim's, the death's, and numbers and months. Days that both have a calendar date are
 * compared as dates (dates-events.ts), and a source that tells one victim's death at two counts is left out.
 */

/** Verbs that kill someone named after them: "killed a guard", "murdering the next day Tom Alder". */
const KILLS = String.raw`(?:shot and killed|killed|killing|kills|murdered|murdering|slew|slaying|fatally (?:shot|stabbed)|shot dead)`;
/** A victim's words end at a clause's end, a conjunction, or a preposition ("killed Tom Alder near the depot"). */
const NP_END = String.raw`(?![\p{L}\p{N}.'’-])(?=\s*[,;:!?()"“”]|\s+(?:and|or|but|in|at|on|outside|inside|near|with|who|whom|as|after|before|while|when|during|for|from|by|to|into|of|that|which)\b|\s*$)`;
/** Up to seven words, none a conjunction or an auxiliary ("fled and Tom Alder" is no victim). */
const NP_WORD = String.raw`(?!(?:and|or|but|was|were|is|are|had|has|have|been)\b)[\p{L}\p{N}.'’-]+`;
const NP = String.raw`((?:${NP_WORD}\s+){0,6}?${NP_WORD})`;
/** "… murdered a ferry pilot": the victim after the verb. */
const OBJECT_AFTER = new RegExp(String.raw`\b${KILLS}\s+${NP}${NP_END}`, 'iu');
/** "… and murdering" right before the day: the victim follows the day ("murdering the next day Tom Alder"). */
const VERB_LAST = new RegExp(String.raw`\b${KILLS}\s*$`, 'iu');
const NP_FIRST = new RegExp(String.raw`^\s*${NP}${NP_END}`, 'iu');
/** "Tom Alder died", "a guard was killed" right before the day. */
const SUBJECT_LAST = new RegExp(String.raw`(?:^|[,;]\s*|\band\s+)${NP}\s+(?:died|(?:was|were)\s+(?:also\s+)?(?:killed|murdered|slain|shot dead))\s*$`, 'iu');
/** "A guard was killed at the gate and a driver the next day": the victim of a verb left out. */
const GAPPED = new RegExp(String.raw`\b(?:was|were)\s+(?:also\s+)?(?:killed|murdered|slain|shot dead)\b[^;]*?\band\s+${NP}\s*$`, 'iu');
/** "The next day, Tom Alder died": the victim after the day. */
const SUBJECT_AFTER = new RegExp(String.raw`^[,\s]*${NP}\s+(?:died|(?:was|were)\s+(?:also\s+)?(?:killed|murdered|slain|shot dead))\b`, 'iu');

/** Words that say nothing of who a victim is, or a pronoun standing for someone named elsewhere. */
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'also', 'then']);
const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'they', 'them', 'it', 'himself', 'herself', 'who', 'one', 'people', 'others']);
/** Words that tell one victim from another of the same kind: "a second guard", "another agent". */
const OTHER_WORDS = new Set(['another', 'other', 'second', 'third', 'fourth', 'fellow', 'both', 'several', 'least', 'most', 'dozens', 'many', 'some', 'all', 'more']);

/** The victim's words, lower-case, or null when the victim is a pronoun, a number of people, someone's kin ("Alder's wife"). */
export function victimWords(np: string): string[] | null {
  const words = np.trim().split(/\s+/).map((w) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w && !DETERMINERS.has(w));
  // ("at least seven members", "two guards": a number of people, each of whom may have died another day)
  if (words.length === 0 || words.some((w) => PRONOUNS.has(w) || OTHER_WORDS.has(w) || SMALL_NUMBERS.has(w) || TENS.has(w) || /\d/.test(w) || /['’]s?$/.test(w))) return null;
  return words;
}

/** Who a told day's death is of: the victim's words, or null when its sentence tells no death of one named victim there. */
export function toldVictim(told: NonNullable<DateMention['told']>): string[] | null {
  return toldVictimNamed(told)?.words ?? null;
}

function toldVictimNamed(told: NonNullable<DateMention['told']>): { words: string[]; text: string } | null {
  const after = told.after.split(';')[0]!;
  const np = VERB_LAST.test(told.before) ? NP_FIRST.exec(after)?.[1]
    : SUBJECT_LAST.exec(told.before)?.[1] ?? GAPPED.exec(told.before)?.[1] ?? SUBJECT_AFTER.exec(after)?.[1] ?? OBJECT_AFTER.exec(after)?.[1];
  const words = np ? victimWords(np) : null;
  return words ? { words, text: np!.trim().replace(/[.,;:]+$/, '') } : null;
}

/** One victim: the shorter naming's words all in the longer one, two of them at least. */
export function sameVictim(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && short.every((w) => long.includes(w));
}

/** Content words two anchors share, besides the victim's and the death's, to be told of one event. */
const ANCHOR_SHARED_WORDS = 2;
const DEATH_KEY = 'kill';

interface Told { readonly cluster: number; readonly item: DateItem; readonly days: number; readonly victim: string[]; readonly named: string; readonly anchor: Set<string> }

/** "the same day", "the next day", "2 days after", "the day before": a count of days from the event told before. */
function daysWords(n: number): string {
  if (n === 0) return 'the same day';
  if (n === 1) return 'the next day';
  if (n === -1) return 'the day before';
  return n > 0 ? `${n} days after` : `${-n} days before`;
}

/** Pairs of clusters that tell one victim's death different days from one event, each with the conflict's message. */
export function toldPairs(clusters: readonly DateCluster[], keysOf: (s: string | null) => string[]): Array<{ pair: [number, number]; message: string }> {
  const all: Told[] = [];
  clusters.forEach((c, cluster) => {
    for (const item of c.items) {
      const told = item.m.told;
      if (!told) continue;
      const found = toldVictimNamed(told);
      if (!found) continue;
      const victim = found.words;
      // (a month or a year both name says nothing of the event: the story's days all lie in it)
      const anchor = new Set(keysOf(`${told.previous} ${told.before}`).filter((k) => k !== DEATH_KEY && !victim.includes(k) && !/\d/.test(k) && !FULL_MONTHS.has(k)));
      all.push({ cluster, item, days: told.days, victim, named: found.text, anchor });
    }
  });
  // a source that tells one victim's death at two counts tells of two deaths, or of two events counted from
  const known = new Map<Told, number>();
  const counts = (t: Told) => known.get(t) ?? known.set(t, new Set(all.filter((u) => u.item.source === t.item.source && sameVictim(u.victim, t.victim)).map((u) => u.days)).size).get(t)!;
  const pairs: Array<{ pair: [number, number]; message: string }> = [];
  const seen = new Set<string>();
  for (let a = 0; a < all.length; a++) {
    for (let b = a + 1; b < all.length; b++) {
      const [x, y] = [all[a]!, all[b]!];
      if (x.days === y.days || x.item.source === y.item.source || x.cluster === y.cluster) continue;
      if (dated(x.item) && dated(y.item)) continue;
      if (!sameVictim(x.victim, y.victim) || [...x.anchor].filter((k) => y.anchor.has(k)).length < ANCHOR_SHARED_WORDS) continue;
      if (counts(x) > 1 || counts(y) > 1) continue;
      const [c, d] = [clusters[x.cluster]!, clusters[y.cluster]!];
      if ([...c.sources].some((s) => d.sources.has(s))) continue;
      const [p, q] = x.cluster < y.cluster ? [x, y] : [y, x];
      const key = `${p.cluster} ${q.cluster}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const victim = (p.victim.length >= q.victim.length ? p : q).named;
      const message = `Sources tell the death of "${victim}" on different days counted from the event told before it: ${daysWords(p.days)} (${p.item.source}, "${p.item.m.text}") vs ${daysWords(q.days)} (${q.item.source}, "${q.item.m.text}")`;
      pairs.push({ pair: [p.cluster, q.cluster], message });
    }
  }
  return pairs;
}

/** A day with its calendar date, which dates-events.ts compares. */
function dated(it: DateItem): boolean {
  return it.value !== null && it.frame === 'calendar' && (it.granularity === 'day' || it.granularity === 'time');
}
