import type { Priors } from '../model/mention.js';
import type { Cluster } from './figures.js';
import { sharePeople } from './figures-conflicts-rules.js';

/**
 * Counts of someone's earlier offences (see extract/figures/priors.ts): "has four prior DUI convictions" in one
 * outlet, "this is her third OWI" (two earlier) in another. Their subjects share too few words to meet as other
 * counts do, and what decides is what they count: one offence (both name the same, or neither names any) at one
 * step of a case. Arrests are not convictions ("two prior arrests" and "his second conviction" may both hold); an
 * offence told with no step ("her third OWI") meets any step. A count of one offence never meets one of another
 * ("two prior theft convictions" / "her third OWI"), nor one that names none ("four prior convictions" may count
 * other crimes).
 *
 * Returns null when neither cluster counts earlier offences, so the other rules decide; a rank's derived count
 * (rule `ordinal-prior`) meets nothing else.
 */
export function samePriors(c: Cluster, d: Cluster): boolean | null {
  const [p, q] = [priorsOf(c), priorsOf(d)];
  if (p && q) return p.offence === q.offence && (p.step === q.step || p.step === 'offence' || q.step === 'offence') && sharePeople(c, d);
  return derived(c) || derived(d) ? false : null;
}

/** What every item of the cluster counts, when they count one thing; null otherwise. */
function priorsOf(c: Cluster): Priors | null {
  const first = c.items[0]!.m.priors;
  if (!first) return null;
  return c.items.every((x) => x.m.priors?.offence === first.offence && x.m.priors.step === first.step) ? first : null;
}

const derived = (c: Cluster) => c.items.some((x) => x.m.rule === 'ordinal-prior');
