/**
 * Offences and the steps of a case against someone, for counts of earlier offences ("four prior DUI
 * convictions", "this is her third OWI": see extract/figures/priors.ts).
 */

/**
 * Drunk driving, one offence however a state or an outlet names it: the acronyms (driving under the
 * influence, while intoxicated or impaired, operating while intoxicated, operating under the influence) and
 * the phrases written out. Each phrase as its words, lower case ("drunk-driving" is read "drunk", "driving").
 */
export const DRUNK_DRIVING_ACRONYMS: ReadonlySet<string> = new Set(['dui', 'dwi', 'owi', 'oui', 'dwai', 'duii']);
export const DRUNK_DRIVING_PHRASES: ReadonlyArray<readonly string[]> = [
  ['drunk', 'driving'], ['drunken', 'driving'], ['drink', 'driving'], ['impaired', 'driving'], ['driving', 'drunk'],
  ['driving', 'while', 'intoxicated'], ['driving', 'while', 'impaired'], ['driving', 'while', 'drunk'], ['driving', 'while', 'under', 'the', 'influence'],
  ['driving', 'under', 'the', 'influence'], ['operating', 'while', 'intoxicated'], ['operating', 'while', 'impaired'], ['operating', 'under', 'the', 'influence'],
];
/** What a written-out phrase may end with: "driving under the influence of alcohol". */
export const DRUNK_DRIVING_TAILS: ReadonlyArray<readonly string[]> = [['of', 'alcohol'], ['of', 'drugs'], ['of', 'an', 'intoxicant']];

/** The one key every name of drunk driving folds to (see reconcile/figures-keys.ts). */
export const DRUNK_DRIVING_KEY = 'dui';

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
