/**
 * Number words, scales and fractions. Data only; the parser lives in
 * src/extract/figures/number.ts.
 */

/** Units and teens: "seven", "nineteen". */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

/** Tens: "forty" (also "twenty-five" once split at the hyphen). */
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words: "a million", "2.5 billion", "1.3 trillion yen", and South Asia's "Rs 500 crore", "3 lakh". */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** Scale abbreviations written after a digit: "€500m", "£2.5bn", "¥1.1tn", "$40k". */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9], ['t', 1e12], ['tn', 1e12], ['trn', 1e12],
]);

/** Fraction words: "a quarter", "three-quarters", "two-thirds", "half". */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2], ['halves', 1 / 2], ['third', 1 / 3], ['thirds', 1 / 3], ['quarter', 1 / 4], ['quarters', 1 / 4],
  ['fifth', 1 / 5], ['fifths', 1 / 5], ['tenth', 1 / 10], ['tenths', 1 / 10],
]);

/** Ordinals that carry meaning ("the third round"); "first" is left out: mostly idiom ("at first light"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['twentieth', 20],
]);

/** "a dozen" */
export const DOZEN = 'dozen';

/** Largest integer we keep exactly; longer digit strings are reported, not guessed. */
export const MAX_EXACT_DIGITS = 15;
