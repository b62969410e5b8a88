import { HARM_TALLIES } from './figures-conflicts-rules.js';
import { contentKeys } from './figures-keys.js';
import type { Cluster, Item } from './figures.js';

/**
 * "a 380-pupil school" in one outlet, "the school gym, where 420 pupils sat an exam" in another: a count written as
 * a compound counts its noun (pupils) in the thing it qualifies (the school), and a count of that noun alone whose
 * sentence names that thing counts the same: the pupils of that school. So do "a 150-bed hospital" and "the
 * hospital, which has 210 beds". What a compound of members counts ("a 40-member crew", "the 90-strong force") a
 * plain count gives of the thing itself: "a crew of 35", "a force of 85".
 *
 * A story may count students or beds in more places than one, so the plain count must be of the noun alone ("420
 * pupils", not "420 pupils evacuated"), and its sentence must name the thing itself, as one ("the club", "the
 * clubhouse", "the club lounge"; not "three clubs"), and tell of no harm (`harms`).
 */
export const ofOneHolder = (c: Cluster, d: Cluster): boolean => holds(c, d) || holds(d, c);

function holds(c: Cluster, d: Cluster): boolean {
  const compounds = c.items.map(compoundOf).filter((k): k is Compound => k !== null);
  return compounds.length > 0 && d.items.some((x) => x.m.rule !== 'count-compound' && compounds.some((k) => countsIn(k, x)));
}

interface Compound { readonly counted: string; readonly holder: string }

/** "members (clubhouse)" → members, clubhouse: the noun counted and the last word of what holds it. */
function compoundOf(x: Item): Compound | null {
  if (x.m.rule !== 'count-compound') return null;
  const m = /^(\S+) \((?:.* )?(\p{Ll}+)\)$/u.exec(x.m.subject ?? '');
  const counted = m ? contentKeys(m[1]!) : [];
  return m && counted.length === 1 ? { counted: counted[0]!, holder: m[2]! } : null;
}

function countsIn(k: Compound, x: Item): boolean {
  if (x.keys.length !== 1) return false;
  // "a 40-member crew" / "a crew of 35": the crew counted by its members.
  if (k.counted === 'member' && x.m.subject?.toLowerCase() === k.holder) return true;
  const setting = x.m.setting ? x.m.setting.split(' ') : [];
  return x.keys[0] === k.counted && setting.some((w) => oneThing(w, k.holder)) && !setting.some(harms);
}

/**
 * "40 pupils from the school were hurt", "12 pupils of the school are missing": a sentence that counts
 * whom an event struck counts some of those the place holds, not all of them. (The words that fold to the keys of
 * the tallies of harm: see figures-conflicts-rules HARM_TALLIES.)
 */
const harms = (word: string) => contentKeys(word).some((k) => HARM_TALLIES.has(k));

/**
 * One word names the thing, or one is the other closed up with a word of its own ("club" / "clubhouse",
 * "class" / "classroom"). A plural is no closed compound: "clubs" are several.
 */
function oneThing(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_STEM && long.length - short.length >= MIN_STEM - 1 && long.startsWith(short);
}
const MIN_STEM = 4;
