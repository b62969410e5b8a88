import { NAME_PARTICLES, NAME_SUFFIXES, SHORT_GIVEN_NAMES } from '../lexicon/people.js';
/**
 * Transliteration-tolerant name comparison. Spellings of one name across outlets
 * differ in vowels, doubled letters and y/i, kh/h, ph/f, w/v ("Dmytro
 * Kovalenkyy" / "Kovalenkiy", "Khalid" / "Khaled", "Mohammed" / "Muhammad").
 */
const folded = new Map<string, string>();

export function foldName(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    f = fold(name);
    if (folded.size > 100_000) folded.clear(); // a bound, not an eviction policy: names repeat across articles
    folded.set(name, f);
  }
  return f;
}

function fold(name: string): string {
  return name
    .replace(/([aou])e(?=[a-z])/gi, '$1') // Mueller/Müller, Juergen/Jürgen: the German transliteration of umlauts
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`.]/g, '')
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/tch/g, 'ch')
    .replace(/ch(?=[rl])/g, 'k')
    .replace(/c(?=[aoukrl]|$)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/j/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .trim();
}

/** Consonant skeleton, the blocking key: "kristensen" → "krstnsn", "halid"/"haled" → "hld". */
export function skeleton(folded: string): string {
  return folded.replace(/[aeiou -]/g, '');
}

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Uint8Array(a.length);
  const bHit = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[j]) j++;
    if (a[i] !== b[j]) t++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Same person, spelled differently? Surnames close, given names compatible, never too short to judge.
 * A surname one letter longer or shorter ("Rait" / "Raite") is the same only when a given name agrees too.
 */
export function sameName(a: string, b: string): boolean {
  const fa = nameWords(a);
  const fb = nameWords(b);
  const sa = surnameOf(fa);
  const sb = surnameOf(fb);
  if (!suffixesFit(fa, fb)) return false;
  if (sa === sb) return firstNamesFit(fa, fb);
  // "Tarvo Kovan" / "Tarvo Coven": the fold makes one letter of C, K and Q, but two surnames written with different
  // first letters are two families unless that letter is all they differ in ("Qadiri" / "Kadiri").
  if (initialOf(a, sa) !== initialOf(b, sb) && sa.slice(1) !== sb.slice(1)) return false;
  if (Math.min(sa.length, sb.length) >= 4 && oneEditApart(sa, sb) && sa[0] === sb[0] && sharesGivenName(fa, fb)) return true;
  if (Math.min(sa.length, sb.length) < 4 || skeleton(sa) !== skeleton(sb)) return false;
  return vowelsFit(sa, sb) && jaroWinkler(sa, sb) >= 0.85 && firstNamesFit(fa, fb);
}

/** The first letter of the surname as written (accents dropped, lower case): the c of "Coven", where the fold wrote k. */
function initialOf(name: string, surname: string): string {
  const written = name.split(/\s+/).filter((w) => fold(w) === surname).pop();
  return (written ?? surname).normalize('NFKD').replace(/[^\p{L}]/gu, '').charAt(0).toLowerCase();
}

/**
 * "George H.W. Vessel" has two middle initials, "H. W.", not a middle name "hw". A first word of initials
 * ("T.J.") is a given name of its own, called so, no initial of "Tony"; and the last word is the surname.
 */
const spaceInitials = (name: string): string => name.replace(/(?<=\s\S*)\b(\p{Lu})\.(?=(?:\p{Lu}\.)+\s)/gu, '$1. ');

/** The words before the surname: "colts qb andrew luck" → colts, qb, andrew (a glued descriptor stays a word among them). */
export function givenNamesOf(words: readonly string[]): string[] {
  return givenNames(words);
}

function givenNames(words: readonly string[]): string[] {
  const surname = surnameOf(words);
  return words.slice(0, words.lastIndexOf(surname)).filter((w) => w !== '-');
}

/**
 * The folded words of a name, a particle after the first word written as "-": "Tarik bin Dorva" / "Yusuf bin
 * Dorva", "Ana de Vries" / "Ines de Vries" share a family name, no given name. A particle is one written in
 * lower case, or "bin"/"ibn" however written; "Ana Ben Dorva" keeps a given name "Ben".
 */
function nameWords(name: string): string[] {
  const raw = spaceInitials(name).trim().split(/\s+/);
  const folded = foldName(spaceInitials(name)).split(/\s+/);
  if (raw.length !== folded.length) return folded;
  return folded.map((w, i) => (i > 0 && i < folded.length - 1 && PARTICLES.has(w) && (raw[i] === raw[i]!.toLowerCase() || ALWAYS_PARTICLES.has(w)) ? '-' : w));
}

const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES].map((x) => fold(x)));
const ALWAYS_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn']);

function sharesGivenName(a: readonly string[], b: readonly string[]): boolean {
  const gb = givenNames(b);
  return givenNames(a).some((x) => x.length > 1 && gb.includes(x));
}

/** Folded "ray dunmore jr" → "dunmore": generational suffixes are not the surname. */
export function surnameOf(words: readonly string[]): string {
  for (let i = words.length - 1; i > 0; i--) if (!SUFFIXES.has(words[i]!)) return words[i]!;
  return words[0]!;
}

const SUFFIXES: ReadonlySet<string> = new Set([...NAME_SUFFIXES].map((x) => fold(x))); // folded: "jr" → "ir"

/** A folded generational suffix: "ir" (Jr), "sr", "ii", "iii", "iv". */
export const isNameSuffix = (folded: string): boolean => SUFFIXES.has(folded);

/** "… Jr" and "… Sr" are father and son: two different suffixes are two people. */
function suffixesFit(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = [a[a.length - 1]!, b[b.length - 1]!];
  return !(SUFFIXES.has(x) && SUFFIXES.has(y) && x !== y);
}

/** Vowel swaps that transliteration makes: Khalid/Khaled (i/e), Muhammad/Mohammed (u/o, a/e). Berg/Borg is not one. */
const SWAPS = new Set(['ie', 'ei', 'uo', 'ou', 'ae', 'ea']);

function vowelsFit(a: string, b: string): boolean {
  const va = a.replace(/[^aeiou]/g, '');
  const vb = b.replace(/[^aeiou]/g, '');
  if (va.length !== vb.length) return Math.min(a.length, b.length) >= 6;
  for (let i = 0; i < va.length; i++) if (va[i] !== vb[i] && !SWAPS.has(va[i]! + vb[i]!)) return false;
  return true;
}

/**
 * Given names compatible: one side has none ("Luck"); a given name in common ("Colts QB Andrew Luck" /
 * "Andrew Luck"), unless two middle initials differ ("George W." / "George P."); or the first given names are
 * spelling variants ("Jon" / "John", "Malcolm" / "Malcom") or an initial of each other ("A." / "Andrew").
 */
function firstNamesFit(a: readonly string[], b: readonly string[]): boolean {
  const ga = givenNames(a);
  const gb = givenNames(b);
  if (ga.length === 0 || gb.length === 0) return true;
  const ia = ga.filter((w) => w.length === 1);
  const ib = gb.filter((w) => w.length === 1);
  // "George W." / "George H. W.": the first middle initials differ, a father and his son.
  if (ia.length && ib.length && ia[0] !== ib[0]) return false;
  if (ga.some((x) => x.length > 1 && gb.includes(x))) return true;
  const x = ga[0]!;
  const y = gb[0]!;
  if (x === y || (skeleton(x) === skeleton(y) && jaroWinkler(x, y) >= 0.8)) return true;
  if (Math.min(x.length, y.length) >= 3 && x[0] === y[0] && oneEditApart(x, y)) return true;
  if (shortForm(x, y) || shortForm(y, x)) return true;
  return (x.charAt(0) === y && y.length === 1) || (y.charAt(0) === x && x.length === 1);
}

const SHORT_FORMS = new Map(SHORT_GIVEN_NAMES.map(([short, full]) => [fold(short), full.map(fold)]));

/** "mo" for "maurice", "chris" for "christopher" (a start of three letters or more): one given name, shortened. */
function shortForm(short: string, full: string): boolean {
  if (short.length >= 3 && full.length > short.length && full.startsWith(short)) return true;
  return SHORT_FORMS.get(short)?.includes(full) ?? false;
}

/**
 * One letter added or dropped: "rait" / "raite", "malkolm" / "malkom", "ion" / "iohn". A letter changed
 * ("Berg" / "Borg") is another name.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}
