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

/** Same person, spelled differently? Surnames close, first names compatible, never too short to judge. */
export function sameName(a: string, b: string): boolean {
  const fa = foldName(a).split(/\s+/);
  const fb = foldName(b).split(/\s+/);
  const sa = fa[fa.length - 1]!;
  const sb = fb[fb.length - 1]!;
  if (sa === sb) return firstNamesFit(fa, fb);
  if (Math.min(sa.length, sb.length) < 4 || skeleton(sa) !== skeleton(sb)) return false;
  return vowelsFit(sa, sb) && jaroWinkler(sa, sb) >= 0.85 && firstNamesFit(fa, fb);
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

function firstNamesFit(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return true;
  const x = a[0]!;
  const y = b[0]!;
  return x === y || (skeleton(x) === skeleton(y) && jaroWinkler(x, y) >= 0.8) || x.charAt(0) === y && y.length === 1;
}
