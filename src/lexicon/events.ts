import { plural } from './plural.js';

/**
 * Nouns that name an event a date can fall on: "the attack on the depot in Dorvale on Monday", "since the election
 * in Harbor Ford on 3 May". A date that follows such a noun phrase dates the phrase, not the clause around it
 * (see extract/dates/event.ts `nominalEventBefore`).
 *
 * Left out: what a speaker does ("conference", "briefing", "interview", "speech", "statement", "visit"), which
 * is told of the speaker's own day and recurs through a story; and words that are often no event at all
 * ("poll", "primary", "march", "match", "rule", "summit": "reached the summit of Mount Tarvo on Sunday").
 */
const SINGULAR = [
  // violence
  'attack', 'bombing', 'blast', 'explosion', 'raid', 'airstrike', 'shelling', 'bombardment', 'shooting', 'stabbing',
  'killing', 'murder', 'massacre', 'ambush', 'assault', 'clash', 'riot', 'uprising', 'coup', 'invasion', 'incursion',
  'offensive', 'kidnapping', 'abduction', 'hijacking', 'robbery', 'heist', 'execution', 'assassination',
  // politics and public life
  'election', 'vote', 'referendum', 'runoff', 'meeting', 'protest', 'demonstration', 'rally', 'inauguration',
  'ceremony', 'funeral', 'wedding', 'hearing', 'verdict', 'ruling', 'sentencing', 'arrest', 'escape', 'jailbreak',
  // accidents and disasters
  'crash', 'collision', 'derailment', 'fire', 'blaze', 'earthquake', 'quake', 'tremor', 'eruption', 'landslide',
  'collapse', 'sinking', 'capsizing', 'accident', 'incident', 'outbreak', 'spill', 'leak',
];

/** Event nouns, singular and plural, lower case. */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([...SINGULAR, ...SINGULAR.map(plural), 'talks']);

export function isEventNoun(norm: string): boolean {
  return EVENT_NOUNS.has(norm);
}
