/**
 * Offences and the steps of a case against someone. Offences told under several names: "a DUI conviction",
 * "his DWI arrest", "convicted of drunk driving" and "driving while intoxicated" are one offence, as the law
 * of each place names it (event and subject words fold them: reconcile/figures-keys.ts, dates-spans.ts);
 * counts of earlier offences read them with the steps of a case ("four prior DUI convictions", "this is his
 * third OWI": extract/figures/priors.ts).
 */

/**
 * Each row: the offence's key, then its names (lower case, words separated by single spaces; a hyphen
 * reads as a space). The key is what event and subject words are compared by (reconcile/figures-keys.ts),
 * so two outlets naming one offence two ways meet, and two offences ("a theft conviction", "two assault
 * convictions") stay apart.
 * Offences named one way only are listed too: only a named offence can tell two of them apart.
 */
const OFFENCES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['dui', ['dui', 'duis', 'dwi', 'dwis', 'owi', 'oui', 'ovi', 'dwai', 'duii', 'drunk driving', 'drunken driving', 'drink driving', 'driving drunk',
    'impaired driving', 'driving while intoxicated', 'driving while impaired', 'driving under the influence',
    'operating while intoxicated', 'operating while impaired', 'operating under the influence', 'driving while ability impaired',
    'driving under the influence of alcohol', 'driving under the influence of drugs', 'operating under the influence of alcohol']],
  ['theft', ['theft', 'thefts', 'larceny', 'larcenies', 'stealing']],
  // ("battery" alone is left out: as often a car's as an offence.)
  ['assault', ['assault', 'assaults', 'assault and battery']],
  ['burglary', ['burglary', 'burglaries', 'breaking and entering']],
  ['robbery', ['robbery', 'robberies']],
  ['fraud', ['fraud', 'frauds']],
  ['arson', ['arson']],
  ['vandalism', ['vandalism', 'criminal mischief']],
  ['trespass', ['trespass', 'trespassing']],
  ['forgery', ['forgery', 'forgeries']],
  ['shoplifting', ['shoplifting']],
  ['murder', ['murder', 'murders']],
  ['manslaughter', ['manslaughter', 'vehicular homicide']],
];

const KEY_OF = new Map<string, string>();
for (const [key, names] of OFFENCES) for (const n of names) KEY_OF.set(n, key);

/** Names of more than one word, longest first: "driving under the influence" before "driving". */
const PHRASES = [...KEY_OF.keys()].filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
// (Words apart by spaces or a hyphen: "drunk driving", "drunk-driving".)
const PHRASE = new RegExp(`\\b(?:${PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&').replace(/ /g, '[\\s-]+')).join('|')})\\b`, 'gi');

/** The offence a word names, by its key ("dwi" → "dui", "larceny" → "theft"), or null. Case does not matter. */
export function offenceKey(word: string): string | null {
  return KEY_OF.get(word.toLowerCase()) ?? null;
}

/**
 * The text with each offence named in several words put as its key: "convicted of driving under the influence"
 * → "convicted of dui". Words in between keep their place; a one-word name is left as it is (see `offenceKey`).
 */
export function foldOffences(text: string): string {
  return text.replace(PHRASE, (m) => KEY_OF.get(m.toLowerCase().replace(/[\s-]+/g, ' ')) ?? m);
}

/** The keys of the offences a text names, sorted: "an old OWI conviction and a theft charge" → ["dui", "theft"]. */
export function offencesIn(text: string): string[] {
  const out = new Set<string>();
  for (const w of foldOffences(text).split(/[^\p{L}\p{N}]+/u)) {
    const k = offenceKey(w);
    if (k) out.add(k);
  }
  return [...out].sort();
}

/** Two texts name one offence, and no other: "five prior DUI convictions" and "an earlier DWI conviction". */
export function sameOffence(a: string, b: string): boolean {
  const x = offencesIn(a);
  const y = offencesIn(b);
  return x.length === 1 && y.length === 1 && x[0] === y[0];
}

/** The one key every name of drunk driving folds to. */
export const DRUNK_DRIVING_KEY = 'dui';
const DRUNK_DRIVING_NAMES = OFFENCES.find(([key]) => key === DRUNK_DRIVING_KEY)![1];
/** Drunk driving's names in one word, singular: "dui", "dwi", "owi". */
export const DRUNK_DRIVING_ACRONYMS: ReadonlySet<string> = new Set(DRUNK_DRIVING_NAMES.filter((n) => !/[\s-]/.test(n) && !n.endsWith('s')));
/** Drunk driving's names in several words, as words ("drunk-driving" is read "drunk", "driving"). */
export const DRUNK_DRIVING_PHRASES: ReadonlyArray<readonly string[]> = [...new Set(DRUNK_DRIVING_NAMES.filter((n) => /[\s-]/.test(n)).map((n) => n.replace(/-/g, ' ')))].map((n) => n.split(' '));
/** What a written-out name may end with: "driving under the influence of alcohol". */
export const DRUNK_DRIVING_TAILS: ReadonlyArray<readonly string[]> = [['of', 'alcohol'], ['of', 'drugs'], ['of', 'an', 'intoxicant']];

/**
 * The steps of a case a count of earlier ones may count: "two prior arrests" are not "two prior convictions".
 * `offence` is the offence itself, step untold ("her third OWI", "three earlier offences").
 */
export type CaseStep = 'conviction' | 'arrest' | 'charge' | 'offence' | 'term';

/** Nouns of a step, singular and plural. "term", "sentence" and "stint" are a step only after "prison" or "jail". */
export const STEP_NOUNS: ReadonlyMap<string, CaseStep> = new Map([
  ['conviction', 'conviction'], ['convictions', 'conviction'], ['arrest', 'arrest'], ['arrests', 'arrest'],
  ['charge', 'charge'], ['charges', 'charge'], ['offence', 'offence'], ['offences', 'offence'], ['offense', 'offence'], ['offenses', 'offence'],
]);
export const TERM_NOUNS: ReadonlySet<string> = new Set(['term', 'terms', 'sentence', 'sentences', 'stint', 'stints']);
export const CUSTODY_WORDS: ReadonlySet<string> = new Set(['prison', 'jail', 'gaol', 'custodial']);

/** Verbs of a step, told of someone: "the third time he has been arrested", "was convicted for a second time". */
export const STEP_VERBS: ReadonlyMap<string, CaseStep> = new Map([
  ['convicted', 'conviction'], ['arrested', 'arrest'], ['charged', 'charge'], ['jailed', 'term'], ['imprisoned', 'term'],
]);
