import { NAME_CONNECTORS } from '../extract/figures/mission.js';
import type { FigureMention, Mission } from '../model/mention.js';
import type { Cluster } from './figures.js';

/**
 * People sent on an errand (see extract/figures/mission.ts): "the Harbor Council sent eleven inspectors to oversee the
 * vote" and "the Harbor Council has sent only four monitors to watch the ballot" count one group, whatever each
 * outlet calls its members, so 8 and 3 disagree. Two such counts are one quantity when one sender sent them on one
 * errand; another sender or another errand makes them two groups ("Dorvale sent 12 inspectors to inspect the
 * plant" / "Kell sent 5 inspectors to inspect the plant").
 *
 * Returns null unless both clusters count people sent on an errand, so the other rules decide: a count with no
 * sender ("65 observers will monitor the vote") or of several ("65 observers from Dorvale, Kell and the Harbor
 * Council") is no mission, and meets one only as its words allow.
 */
export function sameMission(c: Cluster, d: Cluster): boolean | null {
  // (Asked of every pair of clusters, and almost none counts people sent: no list is made for them.)
  if (!c.items.some((x) => x.m.mission) || !d.items.some((x) => x.m.mission)) return null;
  const [p, q] = [missionsOf(c), missionsOf(d)];
  if (p.some((a) => q.some((b) => oneMission(a, b)))) return true;
  // (A cluster whose other sentences tell no errand may still be the same group by its words.)
  return c.items.every((x) => x.m.mission) && d.items.every((x) => x.m.mission) ? false : null;
}

/** One errand of one sender. */
export const oneMission = (a: Mission, b: Mission): boolean => a.purpose === b.purpose && sameSender(a.sender, b.sender);

/** The key a count of people sent on an errand is also filed under, so counts of other nouns are compared with it. */
export const missionKeys = (m: FigureMention): string[] => (m.mission ? [`\u0001mission ${m.mission.purpose}`] : []);

const missionsOf = (c: Cluster): Mission[] => c.items.flatMap((x) => (x.m.mission ? [x.m.mission] : []));

/** One name, or a name and its initials: "harbor relief agency" = "hra", "velmora election union" = "veu". */
function sameSender(a: string, b: string): boolean {
  return a === b || initialsOf(a) === b || initialsOf(b) === a;
}

function initialsOf(name: string): string {
  const words = name.split(' ').filter((w) => !NAME_CONNECTORS.has(w));
  return words.length < 2 ? '' : words.map((w) => w[0]).join('');
}
