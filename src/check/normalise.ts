/**
 * The stated normalisations a draft quote may need to equal its source, in the
 * order they are tried. Each row: a name that goes into the verdict, and a
 * length-free fold (these compare copies; offsets come from the word match).
 */
export const NORMALISATIONS: ReadonlyArray<{ readonly name: string; readonly fold: (s: string) => string }> = [
  // “We won” / "We won" / «We won»
  { name: 'quote marks', fold: (s) => s.replace(/[“”„‟«»‹›"]/g, '"') },
  // we’re / we're
  { name: 'apostrophes', fold: (s) => s.replace(/[’‘‚‛`´']/g, "'") },
  // "win, today" / "win today"; "deal—and" / "deal - and" (the spaces around a mark go with it).
  // Quote marks and apostrophes are left to their own rows, so the verdict names them.
  { name: 'punctuation', fold: (s) => s.replace(/\s*[^\p{L}\p{N}\s'’‘‚‛`´"“”„‟«»‹›]+\s*/gu, ' ').trim() },
  // "a  step", "a\u00a0step", a line break inside the quote
  { name: 'spacing', fold: (s) => s.replace(/[\s\u00a0\u2007\u202f]+/g, ' ') },
  // "A step" / "a step"
  { name: 'case', fold: (s) => s.toLowerCase() },
];

const foldAll = (s: string, skip = -1): string => NORMALISATIONS.reduce((acc, n, i) => (i === skip ? acc : n.fold(acc)), s);

/**
 * Which normalisations make `draft` equal `source`: [] when they are already
 * identical (verbatim), null when even all of them are not enough.
 */
export function normalisationsBetween(draft: string, source: string): string[] | null {
  if (draft === source) return [];
  if (foldAll(draft) !== foldAll(source)) return null;
  // A step is needed when every other step together still leaves a difference.
  const needed = NORMALISATIONS.filter((_, i) => foldAll(draft, i) !== foldAll(source, i)).map((n) => n.name);
  if (needed.length > 0) return needed;
  return NORMALISATIONS.filter((n) => n.fold(draft) !== draft || n.fold(source) !== source).map((n) => n.name);
}

/** Ellipses a writer uses for omitted words: "…", "...", ". . .", "[…]", "(...)". */
const ELLIPSIS = /\s*(?:[[(]\s*)?(?:…|\.\s?\.\s?\.)(?:\s*[\])])?\s*/u;

/** "We won … and we will stay" → ["We won", "and we will stay"]; empty pieces dropped. */
export function splitEllipsis(text: string): string[] {
  return text.split(ELLIPSIS).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

export const hasEllipsis = (text: string): boolean => ELLIPSIS.test(text);
