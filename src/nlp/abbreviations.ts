/**
 * Words that end with a period without ending the sentence ("Mr. Bakker",
 * "Gen. Okoro"). Lower-case, without the period.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'ste', 'sr', 'jr', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt',
  'sen', 'rep', 'gov', 'pres', 'rev', 'hon', 'fr', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co',
  'corp', 'dept', 'univ', 'approx', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'ave', 'blvd',
]);

/** Capitalised words that start a new sentence after an acronym ("… to the U.S. The talks …"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this',
  'that', 'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', 'after', 'before', 'when', 'while',
  'however', 'meanwhile', 'still', 'yet', 'so', 'if', 'as', 'for', 'with', 'both', 'some', 'many', 'most',
]);
