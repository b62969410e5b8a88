/**
 * What counts as rewording one utterance when two outlets quote it: the words compared with numbers as
 * digits and contractions opened, and the differences no reader would call a rewording (a typing slip,
 * a fragment's edge bent to the reporter's sentence). See quote-conflicts.ts.
 */
/**
 * Differences no reader would call a rewording: a letter slipped ("agreement" / "agreemnt", "planned" /
 * "planed"), and, in a fragment woven into the reporter's sentence, words at its edges, which the
 * reporter's grammar bends ("thought this was the right call" / "that this was the right call").
 */
export function meaningful(changes: ReadonlyArray<readonly [string, string]>, words: readonly string[], partial: boolean): boolean {
  const short = partial && words.length <= FRAGMENT_WORDS;
  const edges = short ? new Set([words[0], words[words.length - 1]]) : new Set<string>();
  // A house spelling at the edge ("a new defense plan" / "… new defence as") is the quote's own word.
  const real = changes.filter(([x, y]) => !(x && y && letterSlip(x, y)) && !(x && edges.has(x) && !(y && houseSpelling(x, y))));
  // "his refusal to 'pay for another car'" / "'he would not buy another car'": a short fragment
  // with two words of its few changed is a phrase of the reporter's, not one utterance quoted twice.
  const changed = changes.filter(([x, y]) => !(x && y && letterSlip(x, y))).length;
  // "into the Harbor Ford Center" / "into Harbor Ford Center", "gave first aid to her" / "gave first aid to": an article, a
  // preposition, a pronoun or a filler put in or left out says the same words, transcribed apart.
  if (real.every(([x, y]) => minor(x) && minor(y))) return false;
  return real.length > 0 && !(short && changed > 1);
}

/** Words whose presence or swap for another of them changes no claim: articles, determiners, conjunctions, prepositions, pronouns, fillers. */
const MINOR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'and', 'but', 'or', 'so', 'of', 'to', 'in', 'at', 'on', 'for', 'with', 'from', 'by',
  'about', 'as', 'into', 'onto', 'just', 'really', 'very', 'actually', 'well', 'i', 'we', 'us', 'you', 'he', 'she', 'it', 'they', 'him',
  'her', 'them', 'me', 'my', 'our', 'your', 'his', 'its', 'their',
]);

const minor = (w: string) => w === '' || w.split(' ').every((x) => MINOR_WORDS.has(x));

/** A fragment this short shows too little of the utterance for a change at its edge to be a rewording. */
const FRAGMENT_WORDS = 10;

/**
 * One letter added, dropped or changed in a word of five letters or more: a typing slip ("agreemnt" /
 * "agreement"). A house style's spelling is no slip: "defence" / "defense" is reported (as a spelling variant).
 */
function letterSlip(x: string, y: string): boolean {
  if (Math.min(x.length, y.length) < 5 || x === y || houseSpelling(x, y)) return false;
  if (x.length === y.length) return [...x].filter((c, k) => c !== y[k]).length === 1;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.length - short.length !== 1) return false;
  let k = 0;
  while (k < short.length && long[k] === short[k]) k++;
  return long.slice(k + 1) === short.slice(k);
}

/** British and American spellings of one word: defence/defense, colour/color, organise/organize, centre/center, travelled/traveled. */
function houseSpelling(x: string, y: string): boolean {
  const fold = (w: string) => w.replace(/ce$/, 'se').replace(/our/g, 'or').replace(/is(e|ed|es|ing|ation)$/, 'iz$1').replace(/ys(e|ed|es|ing)$/, 'yz$1').replace(/tre$/, 'ter').replace(/ll(ed|ing|er)$/, 'l$1').replace(/ogue$/, 'og');
  return fold(x) === fold(y);
}

/** Number words as digits ("eleventh" / "11th", "two" / "2") and contractions opened ("I'm" / "I am", "didn't" / "did not"). */
export function canonical(words: readonly string[]): string[] {
  return canonicalWithOrigin(words).tokens;
}

/** `canonical`, with the index of the written word each token comes from ("didn't" → "did" 0, "not" 0). */
export function canonicalWithOrigin(words: readonly string[]): { tokens: string[]; origin: number[] } {
  const tokens: string[] = [];
  const origin: number[] = [];
  words.forEach((w, k) => {
    const n = NUMBER_WORDS.get(w);
    const whole = n ? null : WHOLE.get(w);
    const c = n || whole ? null : /^(.+?)(n't|'m|'re|'ve|'ll|'d|'s)$/.exec(w);
    const out = n ? [n] : whole ? whole : c ? [c[1]!, ...CONTRACTED[c[2]!]!] : [SHORT.get(w) ?? w];
    for (const t of out) {
      tokens.push(t);
      origin.push(k);
    }
  });
  return { tokens, origin };
}

/**
 * What a contraction stands for. "'s" may be "is" or "has" and "'d" "would" or "had": each pair folds to
 * one token, so "my brother's been told" is "my brother has been told".
 */
const CONTRACTED: Readonly<Record<string, readonly string[]>> = { "n't": ['not'], "'m": ['am'], "'re": ['are'], "'ve": ['have'], "'ll": ['will'], "'d": ['_d'], "'s": ['_s'] };
const SHORT = new Map([['is', '_s'], ['has', '_s'], ['would', '_d'], ['had', '_d']]);
const WHOLE = new Map<string, readonly string[]>([["can't", ['can', 'not']], ["won't", ['will', 'not']], ["cannot", ['can', 'not']]]);

const NUMBER_WORDS = new Map<string, string>([
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, k) => [w, String(k + 1)] as const),
  // ("first" and "second" stay words: "the first thing we saw", "a second time" are no numbers.)
  ...['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'].map((w, k) => [w, `${k + 3}${k === 0 ? 'rd' : 'th'}`] as const),
]);
