/** The regular plural of a lower-case noun: "clash" → "clashes", "bombing" → "bombings" (irregular ones are each lexicon's own). */
export const plural = (w: string): string => (/(?:s|sh|ch|x)$/.test(w) ? `${w}es` : `${w}s`);
