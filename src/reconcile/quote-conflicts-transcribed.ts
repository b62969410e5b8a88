import type { ActorFact, Conflict, QuoteFact } from '../model/fact.js';
import { PERSON_TITLES } from '../lexicon/people.js';
import { shortHash } from './ids.js';
import { quoteWordSpans } from './quote-text.js';
import { canonicalWithOrigin, meaningful } from './quote-conflicts-wording.js';
import { compact, describeChanges, details, familyName, MAX_ALIGNMENT, MAX_POSTINGS, noop, quotedPassage } from './quote-conflicts.js';
import type { QuoteGroup } from './quotes.js';

/**
 * `quote-wording` (rule `one-utterance-transcribed`): one person's utterance that two outlets wrote down
 * in different words — "At this stage we felt resting him was the wisest choice" / "At this point we
 * believed that giving him a rest was the wisest choice" — too far apart word for word for the wording
 * rule (quote-conflicts.ts), which compares whole quotations.
 *
 * Two quotations are one utterance here when:
 * - one person speaks both (the same actor, or one name that ends the other: "Marek" / "Ivo Marek";
 *   two people of one family name are two speakers);
 * - a sentence of one, set inside the other, keeps at least three of its content words, in order, and
 *   at least two in three of the content words of the sentence and of the stretch of the other it stands
 *   in: a stock phrase ("we will keep fighting") shared by two remarks keeps too few of the rest;
 * - content words are compared as a light lemma ("listened" / "listen", "won" / "win") with a few
 *   synonyms folded ("think" / "believe" / "feel", "jail" / "prison");
 * - the words as written still differ in a word of substance (quote-conflicts-wording.ts: an article,
 *   a pronoun, "that" or a slipped letter is no rewording);
 * - each side has an outlet that quotes that stretch and not the other wording.
 * Candidates are compared only within one speaker's quotes, and only when they share three content words.
 */
export function transcribedConflicts(groups: readonly QuoteGroup[], facts: readonly QuoteFact[], actors: ReadonlyMap<string, ActorFact>, raised: readonly Conflict[], tick: () => void = noop): Conflict[] {
  const done = new Set(raised.flatMap((c) => (c.facts.length === 2 ? [`${c.facts[0]}|${c.facts[1]}`, `${c.facts[1]}|${c.facts[0]}`] : [])));
  // One block per speaker's family name: the pairs compared are one speaker's quotes, never all quotes.
  const blocks = new Map<string, number[]>();
  facts.forEach((f, i) => {
    const name = speakerName(f, actors);
    if (name) (blocks.get(familyName(name)) ?? blocks.set(familyName(name), []).get(familyName(name))!).push(i);
  });
  const conflicts: Conflict[] = [];
  for (const members of [...blocks.values()].filter((m) => m.length > 1)) {
    tick();
    // One block's quotations as compared, dropped with the block: a quote is in one block only, and a run of
    // thousands of articles holds tens of thousands of them.
    const units = new Map<number, Unit | null>();
    const unit = (i: number) => {
      if (!units.has(i)) units.set(i, unitOf(groups[i]!, facts[i]!));
      return units.get(i)!;
    };
    // Pairs that share three content words, found through the words: a speaker quoted often is not compared all with all.
    const byKey = new Map<string, number[]>();
    for (const i of members) for (const k of blockKeys(groups[i]!)) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(i);
    const shared = new Map<number, number>();
    for (const list of byKey.values()) {
      if (list.length > MAX_POSTINGS) continue;
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * facts.length + list[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
    // Pairs sharing the most words first: a quotation takes part in MAX_PER_QUOTE conflicts at most, its
    // closest versions (a remark reworded by many outlets is not set against each of them).
    const pairs = [...shared].filter(([, n]) => n >= MIN_CONTENT).sort((p, q) => q[1] - p[1] || p[0] - q[0]).map(([k]) => [Math.floor(k / facts.length), k % facts.length] as const);
    const taken = new Map<number, number>();
    for (const [i, j] of pairs) {
      tick();
      const [qi, qj] = [facts[i]!, facts[j]!];
      if ((taken.get(i) ?? 0) >= MAX_PER_QUOTE || (taken.get(j) ?? 0) >= MAX_PER_QUOTE) continue;
      if (done.has(`${qi.id}|${qj.id}`) || !oneSpeaker(speakerName(qi, actors)!, speakerName(qj, actors)!)) continue;
      // Two quotations that one article alone gives are no disagreement between outlets (each side needs an
      // outlet of its own, see `witnesses`), and aligning them is the costly part.
      if (oneOutlet(groups[i]!, groups[j]!)) continue;
      const [ua, ub] = [unit(i)!, unit(j)!];
      const match = best([...ua.sentences.map((s) => matchIn(ua, s, ub, [qi.partial, qj.partial])), ...ub.sentences.map((s) => flip(matchIn(ub, s, ua, [qj.partial, qi.partial])))]);
      if (!match) continue;
      const [witA, witB] = [witnesses(groups[i]!, match.a), witnesses(groups[j]!, match.b)];
      const [mineA, mineB] = [witA.filter((x) => !witB.includes(x)), witB.filter((x) => !witA.includes(x))];
      if (mineA.length === 0 || mineB.length === 0) continue;
      // The side of the first outlet is shown first.
      const swap = mineB[0]! < mineA[0]!;
      const [fa, fb, ga, gb, sideA, sideB, at] = swap ? [facts[j]!, facts[i]!, groups[j]!, groups[i]!, mineB, mineA, flip(match)!] : [facts[i]!, facts[j]!, groups[i]!, groups[j]!, mineA, mineB, match];
      const pair = `${fa.id}|${fb.id}`;
      done.add(pair).add(`${fb.id}|${fa.id}`);
      taken.set(i, (taken.get(i) ?? 0) + 1).set(j, (taken.get(j) ?? 0) + 1);
      const name = speakerName(fa, actors)!.length >= speakerName(fb, actors)!.length ? speakerName(fa, actors) : speakerName(fb, actors);
      const keep = (g: QuoteGroup, sources: readonly string[]) => ({ ...g, items: g.items.filter((it) => sources.includes(it.source.source.id)) });
      conflicts.push({
        id: `conflict-wording-${shortHash(pair)}`,
        type: 'quote-wording',
        facts: [fa.id, fb.id],
        sources: [...new Set([...sideA, ...sideB])].sort(),
        message: `Same quote, different words: ${quotedPassage(fa, { start: at.a[0], end: at.a[1] })} (${sideA.join(', ')}) vs ${quotedPassage(fb, { start: at.b[0], end: at.b[1] })} (${sideB.join(', ')}): ${describeChanges(at.changes)}`,
        reason: { rule: 'one-utterance-transcribed', shared: `speaker ${name}; ${at.kept} of ${at.content} content words in order` },
        details: [...details(keep(ga, sideA), fa.id, () => fa.text), ...details(keep(gb, sideB), fb.id, () => fb.text)],
      });
    }
  }
  return conflicts;
}

/** A quotation as compared: one token per word as spoken (numbers as digits, contractions opened). */
interface Unit {
  /** The group's words as written. */
  readonly words: readonly string[];
  readonly tokens: readonly string[];
  /** Content words as their lemma key, other words as they are. */
  readonly keys: readonly string[];
  readonly content: readonly boolean[];
  /** The written word (in the group's words) each token comes from. */
  readonly origin: readonly number[];
  /** The sentence of each token. */
  readonly sentence: readonly number[];
  /** Sentences as [start, end) of tokens. */
  readonly sentences: ReadonlyArray<readonly [number, number]>;
  readonly contentKeys: ReadonlySet<string>;
}

/** A sentence of one quotation found in the other: [start, end) of written words on each side. */
interface Match {
  readonly a: readonly [number, number];
  readonly b: readonly [number, number];
  /** Content words of the sentence kept in the other, and content words of the stretch compared. */
  readonly kept: number;
  readonly content: number;
  /** What changed, in the words as written. */
  readonly changes: ReadonlyArray<readonly [string, string]>;
}

/**
 * The content words a quotation is blocked by, without the rest of its `Unit`: most quotations share too few
 * with any other of their speaker's to be compared, and their units are never built. (A superset of the
 * unit's: words an editor bracketed are left in.)
 */
function blockKeys(g: QuoteGroup): Set<string> {
  if (g.words.length < MIN_WORDS) return new Set();
  return new Set(canonicalWithOrigin(g.words).tokens.filter(isContent).map(keyOf));
}

function unitOf(g: QuoteGroup, f: QuoteFact): Unit | null {
  if (g.words.length < MIN_WORDS) return null;
  const all = canonicalWithOrigin(g.words);
  // Sentence ends in the text as written, and words an editor put in brackets ("[the dockers]", "(for
  // the trial)"), which are no part of the utterance; a quotation whose words cannot be placed is one sentence.
  const spans = quoteWordSpans(f.text);
  const sentenceOf: number[] = g.words.map(() => 0);
  const editor = new Set<number>();
  if (spans && spans.length === g.words.length) {
    let n = 0;
    let at = 0;
    for (const m of f.text.matchAll(/(?:[.!?]+|…)["'”’)]*(?=\s+\S)/g)) {
      const end = m.index + m[0].length;
      while (at < spans.length && spans[at]![0] < end) sentenceOf[at++] = n;
      n++;
    }
    while (at < spans.length) sentenceOf[at++] = n;
    for (const m of f.text.matchAll(/[[(][^\])]{0,80}[\])]/g)) spans.forEach(([x], k) => x > m.index && x < m.index + m[0].length && editor.add(k));
  }
  const kept = all.tokens.map((_, k) => k).filter((k) => !editor.has(all.origin[k]!));
  const tokens = kept.map((k) => all.tokens[k]!);
  const origin = kept.map((k) => all.origin[k]!);
  if (tokens.length < MIN_WORDS) return null;
  const content = tokens.map(isContent);
  const keys = tokens.map((t, k) => (content[k] ? keyOf(t) : t));
  const sentences: Array<[number, number]> = [];
  origin.forEach((w, k) => {
    const last = sentences[sentences.length - 1];
    if (last && sentenceOf[origin[last[0]]!] === sentenceOf[w]) last[1] = k + 1;
    else sentences.push([k, k + 1]);
  });
  return { words: g.words, tokens, keys, content, origin, sentence: origin.map((w) => sentenceOf[w]!), sentences, contentKeys: new Set(keys.filter((_, k) => content[k])) };
}

/**
 * Sentence [s, e) of `a` set inside the whole of `b`: the best-scoring stretch the two share (a local
 * alignment that counts a content word kept for more than a little word), and how many of the sentence's
 * content words it keeps, in order. Null unless both the sentence and the stretch of `b` keep most of their
 * content words, and the words as written differ in a word of substance.
 */
function matchIn(a: Unit, [s, e]: readonly [number, number], b: Unit, partial: readonly [boolean, boolean]): Match | null {
  const inSentence = a.content.slice(s, e).filter(Boolean).length;
  if (e - s < MIN_WORDS || inSentence < MIN_CONTENT || (e - s) * b.keys.length > MAX_ALIGNMENT) return null;
  const local = localAlign(a, s, e, b);
  if (!local || local.kept < MIN_KEPT) return null;
  // Words of the sentence before the other quotation begins, or after it ends, are quoted by one outlet
  // only, when the other's words there are whole sentences: "I only came here to say I see …" / "I see …".
  // Two remarks that meet only in a phrase at their edges ("Within a minute or two, the roof was ablaze" /
  // "… got there within a minute or two") are compared whole.
  const startsSentence = local.bStart === 0 || b.sentence[local.bStart - 1] !== b.sentence[local.bStart];
  const endsSentence = local.bEnd === b.keys.length || b.sentence[local.bEnd] !== b.sentence[local.bEnd - 1];
  const from = local.bStart === 0 && endsSentence ? local.aStart : s;
  const to = local.bEnd === b.keys.length && startsSentence ? local.aEnd : e;
  // The other sentence's words next to the stretch, as many as the sentence has left before or after it
  // (and any little words), are its wording of them: "I don't think the council …" / "I believe the
  // council …", "the kick off time" / "the kickoff time".
  let [bFrom, bTo] = [local.bStart, local.bEnd];
  const [before, after] = [local.aStart - from, to - local.aEnd];
  if (before > 0) while (bFrom > 0 && b.sentence[bFrom - 1] === b.sentence[local.bStart] && (local.bStart - bFrom < before || !b.content[bFrom - 1])) bFrom--;
  if (after > 0) while (bTo < b.keys.length && b.sentence[bTo] === b.sentence[local.bEnd - 1] && (bTo - local.bEnd < after || !b.content[bTo])) bTo++;
  const { pairs, kept } = globalAlign(a, from, to, b, bFrom, bTo);
  const inA = a.content.slice(from, to).filter(Boolean).length;
  const inB = b.content.slice(bFrom, bTo).filter(Boolean).length;
  if (kept < MIN_KEPT || kept * 3 < inA * 2 || kept * 3 < inB * 2) return null;
  const changes = changedTokens(a, b, pairs);
  // (Either side may be a fragment woven into the reporter's sentence, whose edges the reporter bends.)
  if (changes.length === 0 || !meaningful(changes, a.tokens.slice(from, to), partial[0]) || !meaningful(changes.map(([x, y]) => [y, x]), b.tokens.slice(bFrom, bTo), partial[1])) return null;
  return {
    a: [a.origin[from]!, a.origin[to - 1]! + 1],
    b: [b.origin[bFrom]!, b.origin[bTo - 1]! + 1],
    kept,
    content: Math.max(inA, inB),
    changes: asWritten(a, b, pairs),
  };
}

/** Tokens [aFrom, aTo) of `a` and [bFrom, bTo) of `b` aligned end to end with the scores of `localAlign`; `kept`: content words kept. */
function globalAlign(a: Unit, aFrom: number, aTo: number, b: Unit, bFrom: number, bTo: number): { pairs: Array<[number, number]>; kept: number } {
  const [n, m] = [aTo - aFrom, bTo - bFrom];
  const w = m + 1;
  const score = new Int32Array((n + 1) * w);
  const move = new Uint8Array((n + 1) * w);
  for (let i = 1; i <= n; i++) [score[i * w], move[i * w]] = [score[(i - 1) * w]! - gap(a, aFrom + i - 1), DROP];
  for (let j = 1; j <= m; j++) [score[j], move[j]] = [score[j - 1]! - gap(b, bFrom + j - 1), ADD];
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = score[(i - 1) * w + j - 1]! + pairScore(a, aFrom + i - 1, b, bFrom + j - 1);
      let how = DIAGONAL;
      const drop = score[(i - 1) * w + j]! - gap(a, aFrom + i - 1);
      if (drop > best) [best, how] = [drop, DROP];
      const add = score[i * w + j - 1]! - gap(b, bFrom + j - 1);
      if (add > best) [best, how] = [add, ADD];
      score[i * w + j] = best;
      move[i * w + j] = how;
    }
  }
  const pairs: Array<[number, number]> = [];
  let kept = 0;
  let [i, j] = [n, m];
  while (i > 0 || j > 0) {
    const how = move[i * w + j]!;
    if (how === DIAGONAL) {
      if (a.keys[aFrom + i - 1] === b.keys[bFrom + j - 1] && a.content[aFrom + i - 1]) kept++;
      pairs.push([aFrom + --i, bFrom + --j]);
    } else if (how === DROP) pairs.push([aFrom + --i, -1]);
    else pairs.push([-1, bFrom + --j]);
  }
  return { pairs: pairs.reverse(), kept };
}

/**
 * The changed tokens of an alignment, [a's, b's] ('' for none), but for a compound one side writes as one
 * word and the other as two ("end game" / "endgame"): a house style, no rewording.
 */
function changedTokens(a: Unit, b: Unit, pairs: ReadonlyArray<readonly [number, number]>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let run: Array<[string, string]> = [];
  const close = () => {
    if (run.map(([x]) => x).join('') !== run.map(([, y]) => y).join('')) out.push(...run);
    run = [];
  };
  for (const [x, y] of pairs) {
    const pair: [string, string] = [x < 0 ? '' : a.tokens[x]!, y < 0 ? '' : b.tokens[y]!];
    if (pair[0] === pair[1]) close();
    else run.push(pair);
  }
  close();
  return out;
}

const pairScore = (a: Unit, x: number, b: Unit, y: number) => (a.keys[x] === b.keys[y] ? (a.content[x] ? KEPT_CONTENT : KEPT_WORD) : CHANGED);
const gap = (u: Unit, x: number) => (u.content[x] ? GAP_CONTENT : GAP_WORD);

/**
 * Smith–Waterman over the tokens' keys: the stretch of tokens [s, e) of `a` and of `b` that score best,
 * a content word kept counting twice a little word, and how many content words it keeps.
 */
function localAlign(a: Unit, s: number, e: number, b: Unit): { aStart: number; aEnd: number; bStart: number; bEnd: number; kept: number } | null {
  const n = e - s;
  const m = b.keys.length;
  const w = m + 1;
  const score = new Int32Array((n + 1) * w);
  const move = new Uint8Array((n + 1) * w);
  let top = 0;
  let at = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = score[(i - 1) * w + j - 1]! + pairScore(a, s + i - 1, b, j - 1);
      let how = DIAGONAL;
      const drop = score[(i - 1) * w + j]! - gap(a, s + i - 1);
      if (drop > best) [best, how] = [drop, DROP];
      const add = score[i * w + j - 1]! - gap(b, j - 1);
      if (add > best) [best, how] = [add, ADD];
      if (best <= 0) [best, how] = [0, STOP];
      score[i * w + j] = best;
      move[i * w + j] = how;
      if (best > top) [top, at] = [best, i * w + j];
    }
  }
  if (top === 0) return null;
  let kept = 0;
  let [i, j] = [Math.floor(at / w), at % w];
  const [aEnd, bEnd] = [s + i, j];
  while (i > 0 && j > 0 && score[i * w + j]! > 0) {
    const how = move[i * w + j]!;
    if (how === DIAGONAL && a.keys[s + i - 1] === b.keys[j - 1] && a.content[s + i - 1]) kept++;
    if (how !== ADD) i--;
    if (how !== DROP) j--;
  }
  return { aStart: s + i, aEnd, bStart: j, bEnd, kept };
}

const [DIAGONAL, DROP, ADD, STOP] = [0, 1, 2, 3];
/** Scores of the local alignment: a content word kept, a little word kept, a word changed, a word left out. */
const [KEPT_CONTENT, KEPT_WORD, CHANGED, GAP_CONTENT, GAP_WORD] = [4, 2, -2, 2, 1];

/**
 * The changes of an alignment in the words as written, a run of changed words one change of phrase
 * ("don't think" → "believe"), each written word shown once.
 */
function asWritten(a: Unit, b: Unit, pairs: ReadonlyArray<readonly [number, number]>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let run: [number[], number[]] | null = null;
  const close = () => {
    if (run) {
      const [x, y] = [words(a, run[0]), words(b, run[1])];
      if (x.replace(/ /g, '') !== y.replace(/ /g, '')) out.push([x, y]);
    }
    run = null;
  };
  for (const [x, y] of pairs) {
    if (x >= 0 && y >= 0 && a.tokens[x] === b.tokens[y]) {
      close();
      continue;
    }
    run ??= [[], []];
    if (x >= 0) run[0].push(a.origin[x]!);
    if (y >= 0) run[1].push(b.origin[y]!);
  }
  close();
  return out;
}

/** The written words of these tokens, each once, in order. */
const words = (u: Unit, origins: readonly number[]) => [...new Set(origins)].map((k) => u.words[k]).join(' ');

const flip = (m: Match | null): Match | null => (m ? { ...m, a: m.b, b: m.a, changes: m.changes.map(([x, y]) => [y, x]) } : null);

/** The match that keeps the most content words, then the one that shows more of the two wordings; ties go to the first. */
function best(matches: ReadonlyArray<Match | null>): Match | null {
  let out: Match | null = null;
  const shown = (m: Match) => m.a[1] - m.a[0] + m.b[1] - m.b[0];
  for (const m of matches) if (m && (!out || m.kept > out.kept || (m.kept === out.kept && shown(m) > shown(out)))) out = m;
  return out;
}

/** The outlets whose own quotation of the group covers at least half of the written words [start, end). */
/** Whether every item of both quotations is of one outlet. */
function oneOutlet(g: QuoteGroup, h: QuoteGroup): boolean {
  const id = g.items[0]?.source.source.id;
  return [...g.items, ...h.items].every((it) => it.source.source.id === id);
}

function witnesses(g: QuoteGroup, [start, end]: readonly [number, number]): string[] {
  const key = ` ${g.words.join(' ')} `;
  const out = new Set<string>();
  for (const it of g.items) {
    const at = key.indexOf(` ${it.words.join(' ')} `);
    if (at < 0) continue;
    const first = key.slice(0, at + 1).split(' ').length - 2;
    const overlap = Math.min(end, first + it.words.length) - Math.max(start, first);
    if (overlap * 2 >= end - start) out.add(it.source.source.id);
  }
  return [...out].sort();
}

/** The speaker's name when the speaker is a person named by more than a title. */
function speakerName(f: QuoteFact, actors: ReadonlyMap<string, ActorFact>): string | null {
  const actor = f.speaker ? actors.get(f.speaker) : undefined;
  if (!actor || actor.kind !== 'person') return null;
  if (!/\s/.test(actor.name) && PERSON_TITLES.has(actor.name.toLowerCase())) return null;
  return actor.name;
}


/** One person: one name, or one that ends the other ("Marek" / "Ivo Marek"). "Ivo Marek" and "Lena Marek" are two. */
function oneSpeaker(a: string, b: string): boolean {
  const [x, y] = [compact(a), compact(b)];
  return x === y || x.endsWith(y) || y.endsWith(x);
}

/** Words that carry no content of their own: articles, pronouns, auxiliaries, prepositions, conjunctions, fillers, negation. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'and', 'but', 'or', 'so', 'nor', 'of', 'to', 'in', 'at', 'on', 'for', 'with', 'from',
  'by', 'about', 'as', 'into', 'onto', 'over', 'under', 'up', 'down', 'out', 'off', 'than', 'then', 'if', 'because', 'while', 'when',
  'where', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'there', 'here', 'i', 'we', 'us', 'you', 'he', 'she', 'it', 'they',
  'him', 'her', 'them', 'me', 'my', 'our', 'your', 'his', 'its', 'their', 'mine', 'ours', 'yours', 'theirs', 'myself', 'ourselves',
  'yourself', 'himself', 'herself', 'itself', 'themselves', 'am', 'are', 'was', 'were', 'be', 'been', 'being', '_s', '_d', 'have',
  'do', 'does', 'did', 'done', 'doing', 'will', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'yes', 'just',
  'really', 'very', 'actually', 'well', 'now', 'also', 'too', 'only', 'even', 'still', 'yet', 'all', 'any', 'some', 'each', 'every',
  'more', 'most', 'much', 'many', 'such', 'both', 'either', 'neither', 'own', 'again', 'ever', 'never', 'always', 'going', 'gonna', 'get', 'got', 'oh', 'okay',
]);

const isContent = (t: string) => !FUNCTION_WORDS.has(t) && (/\d/.test(t) || (/\p{L}/u.test(t) && t.length > 1));

/** A content word's key: its light lemma, and synonyms one key. */
function keyOf(word: string): string {
  const base = IRREGULAR.get(word) ?? stem(word);
  return SYNONYM.get(base) ?? base;
}

/** "listened" / "listen", "rests" / "resting" / "rest", "decided" / "decide": one stem for the forms of a word. */
function stem(w: string): string {
  let s = w;
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 4 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 3 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 3 && /(ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.length < 3 || !/[aeiouy]/.test(s)) return w;
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  if (s.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}

/** Irregular forms of common verbs and nouns, to the stem of their base form. */
const IRREGULAR = new Map<string, string>(
  [
    ['won', 'win'], ['thought', 'think'], ['felt', 'feel'], ['said', 'say'], ['says', 'say'], ['told', 'tell'], ['saw', 'see'], ['seen', 'see'],
    ['made', 'make'], ['went', 'go'], ['gone', 'go'], ['came', 'come'], ['took', 'take'], ['taken', 'take'], ['gave', 'give'], ['given', 'give'],
    ['knew', 'know'], ['known', 'know'], ['left', 'leave'], ['kept', 'keep'], ['lost', 'lose'], ['found', 'find'], ['held', 'hold'],
    ['brought', 'bring'], ['bought', 'buy'], ['sent', 'send'], ['spent', 'spend'], ['built', 'build'], ['met', 'meet'], ['ran', 'run'],
    ['began', 'begin'], ['begun', 'begin'], ['wrote', 'write'], ['written', 'write'], ['spoke', 'speak'], ['spoken', 'speak'],
    ['heard', 'hear'], ['meant', 'mean'], ['paid', 'pay'], ['sold', 'sell'], ['stood', 'stand'], ['understood', 'understand'],
    ['fell', 'fall'], ['fallen', 'fall'], ['chose', 'choose'], ['chosen', 'choose'], ['children', 'child'], ['men', 'man'], ['women', 'woman'],
    ['people', 'person'],
  ].map(([form, base]) => [form!, stem(base!)] as const),
);

/** Words one speaker's utterance may be written down with either of: the first of each row is the key. */
const SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['think', 'believe', 'feel', 'reckon', 'suppose'],
  ['prison', 'jail', 'gaol'],
  ['time', 'point', 'moment', 'stage'],
  ['year', 'season'],
  ['big', 'large', 'huge'],
  ['small', 'little'],
  ['begin', 'start'],
  ['finish', 'end'],
  ['child', 'kid'],
  ['glad', 'happy', 'pleased'],
  ['quick', 'fast'],
  ['choose', 'pick', 'select'],
  ['choice', 'decision', 'option'],
  ['talk', 'speak'],
  ['help', 'assist'],
  ['buy', 'purchase'],
  ['home', 'house'],
];

const SYNONYM = new Map<string, string>(SYNONYMS.flatMap((row) => row.map((w) => [stem(w), stem(row[0]!)] as const)));

/** Words a sentence needs to be compared, and content words it must keep. */
const MIN_WORDS = 5;
const MIN_CONTENT = 3;
/**
 * Content words the two transcriptions must keep in order: three is a slogan or a stock phrase a speaker
 * repeats on every stage ("make the valley safe again"), said anew each time, not one remark told twice.
 */
const MIN_KEPT = 4;
/** Conflicts one quotation takes part in through this rule, at most. */
const MAX_PER_QUOTE = 2;
