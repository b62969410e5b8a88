import { plural } from './plural.js';

/**
 * Nouns that tell a person (or a group of people) by what they are, for descriptions tied to a named
 * place, organisation or people: "a Dorvale man", "a Lampton mother
 * of five", "a Kestrel Times correspondent", "Vexel executives", "the Velmoran officials".
 * Each written form maps to its singular, the word the description is keyed by; plurals keep a mark of
 * their own (`officials` is a group, `official` one person), so they are listed apart.
 */
const SINGULAR = [
  // who someone is at home
  'man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'youth', 'mother', 'mom', 'mum', 'father', 'dad', 'parent',
  'grandmother', 'grandfather', 'grandma', 'grandpa', 'son', 'daughter', 'wife', 'husband', 'widow', 'widower',
  'couple', 'resident', 'native', 'homeowner', 'landlord', 'neighbour', 'neighbor', 'retiree', 'veteran',
  // a bench of citizens
  'jury', 'juror', 'grand jury',
  // work and office
  'official', 'officer', 'executive', 'spokesman', 'spokeswoman', 'spokesperson', 'correspondent', 'reporter',
  'journalist', 'photographer', 'expert', 'analyst', 'lawyer', 'attorney', 'prosecutor', 'investigator',
  'detective', 'trooper', 'deputy', 'firefighter', 'paramedic', 'rescuer', 'doctor', 'nurse', 'surgeon',
  'scientist', 'researcher', 'engineer', 'teacher', 'student', 'employee', 'worker', 'staffer', 'manager',
  'customer', 'shopper', 'driver', 'pilot', 'passenger', 'tourist', 'climber', 'hiker', 'soldier', 'guard',
  'activist', 'protester', 'lawmaker', 'legislator', 'senator', 'diplomat', 'negotiator', 'source', 'insider',
  'witness', 'eyewitness', 'survivor', 'victim', 'inmate', 'prisoner', 'suspect', 'gunman', 'shooter',
  'fan', 'supporter', 'voter', 'player', 'coach', 'lineman', 'quarterback', 'boxer', 'fighter', 'champion',
];
const IRREGULAR_PLURALS: ReadonlyArray<readonly [string, string]> = [
  ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['people', 'person'], ['moms', 'mom'], ['mums', 'mum'],
  ['spokespeople', 'spokesperson'], ['juries', 'jury'], ['deputies', 'deputy'], ['policemen', 'policeman'],
  ['policewomen', 'policewoman'], ['wives', 'wife'],
];

/** Written form (lower case) → `{ head, plural }`: "officials" → official, plural. */
export interface DescribedNoun {
  readonly head: string;
  readonly plural: boolean;
}
export const DESCRIBED_PERSON_NOUNS: ReadonlyMap<string, DescribedNoun> = new Map<string, DescribedNoun>([
  ...SINGULAR.filter((w) => !w.includes(' ')).map((w) => [w, { head: w, plural: false }] as [string, DescribedNoun]),
  ...SINGULAR.filter((w) => !w.includes(' ') && !IRREGULAR_PLURALS.some(([, s]) => s === w)).map((w) => [plural(w), { head: w, plural: true }] as [string, DescribedNoun]),
  ...IRREGULAR_PLURALS.map(([p, s]) => [p, { head: s, plural: true }] as [string, DescribedNoun]),
  ['policeman', { head: 'policeman', plural: false }],
  ['policewoman', { head: 'policewoman', plural: false }],
]);

/** Words that tell whose child a parent is: "a Dorvale mother of five", "father of two". */
export const PARENT_NOUNS: ReadonlySet<string> = new Set(['mother', 'mom', 'mum', 'father', 'dad', 'parent', 'grandmother', 'grandfather']);

/**
 * Lower-case words that may stand between the named place and the noun: "a Dorvale single mother",
 * "Vexel senior executives", "a Lampton police officer".
 */
export const DESCRIBED_PERSON_MODIFIERS: ReadonlySet<string> = new Set([
  'single', 'young', 'elderly', 'older', 'teenage', 'pregnant', 'retired', 'former', 'senior', 'top', 'local',
  'police', 'county', 'state', 'city', 'federal', 'military', 'army', 'government', 'company', 'hospital',
  'school', 'church', 'union', 'party', 'club', 'team', 'news', 'veteran', 'chief', 'defence', 'defense',
]);

/** Peoples' names in the plural that the word lists miss: "two Britons were hurt". */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  'britons', 'frenchmen', 'englishmen', 'scots', 'swedes', 'danes', 'finns', 'poles', 'turks', 'kurds', 'serbs',
  'croats', 'thais', 'arabs',
]);

/**
 * Nouns that tell who the story's own subject is, when the lead keeps the name for later ("A Dorvale man
 * was convicted …; Tom Alder, 27, …"): a description made of one of them may be the person the article
 * names most. Office and trade ("a Vexel spokesman", "a Lampton expert") are never the story's subject
 * by default: another person than the one it is about.
 */
export const SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'youth', 'mother', 'mom', 'mum', 'father', 'dad', 'parent',
  'grandmother', 'grandfather', 'grandma', 'grandpa', 'son', 'daughter', 'wife', 'husband', 'widow', 'widower',
  'resident', 'native', 'homeowner', 'retiree', 'student', 'inmate', 'prisoner', 'climber', 'hiker', 'driver',
  'pilot', 'player', 'lineman', 'quarterback', 'boxer', 'fighter', 'champion', 'suspect', 'gunman', 'shooter',
]);

/** Nouns that say a person's sex: a description never goes to a person known to be of the other. */
export const NOUN_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...['man', 'boy', 'father', 'dad', 'grandfather', 'grandpa', 'son', 'husband', 'widower', 'spokesman', 'policeman', 'gunman', 'lineman']
    .map((w) => [w, 'male'] as [string, 'male']),
  ...['woman', 'girl', 'mother', 'mom', 'mum', 'grandmother', 'grandma', 'daughter', 'wife', 'widow', 'spokeswoman', 'policewoman']
    .map((w) => [w, 'female'] as [string, 'female']),
]);
