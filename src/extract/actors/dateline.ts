import { COMMON_WORD_TAGS, hasAnyTag, hasTag, ORG_TAGS, PERSON_TAGS, PLACE_TAGS } from '../../nlp/lexicon.js';
import type { ParsedSource, Token } from '../../nlp/types.js';
import { ORG_HEADS } from '../../lexicon/places.js';
import { isFunctionWord, isParticle } from './words.js';

/** Token range [first, end). */
type Span = readonly [number, number];

/** Where a dateline names its places and credits its agency. */
export interface Dateline {
  /** One range per place: "NORDBY/VESTHAVN --" names two. */
  readonly places: readonly Span[];
  /** The words in brackets, "(Kestrel Wire)": the agency's credit, not an actor of the story. */
  readonly credit: Span | null;
}

/** A dateline opens one of the first paragraphs: a standfirst, or a headline not taken for one, may come first. */
const FIRST_PARAGRAPHS = 3;
/** Stray marks before the place that scraping leaves: "|", "*", "•". */
const MAX_STRAY = 2;
/** The most tokens between the place and the dash: ", Freeland, Aug. 14 (Kestrel Wire)". */
const MAX_TAIL = 16;
const DASHES = new Set(['-', '–', '—']);

/**
 * The dateline that opens an article, known by its shape rather than its words:
 *   "|KESTREL BAY, Freeland, Aug 14 (Kestrel Wire) - Fishermen …"
 *   "MONTBRUN (Wire) -"   "ALDERNEY, Freeland —"   "MONTBRUN, March 3 –"   "SÃO TOMÉ —"
 * A place in capitals starts the paragraph (after stray marks); then only commas, brackets,
 * capitalised words and numbers lead to a dash, or, after a comma, to the end of a paragraph of its
 * own ("LAMPTON, Calif."). Credit lines never hold one; a line that reads as a heading does only as a
 * place, a comma and a date ("DORVALE, DC, March 3, 2016").
 */
export function findDateline(doc: ParsedSource): Dateline | null {
  let seen = 0;
  for (const p of doc.paragraphs) {
    if (p.credit) continue;
    if (++seen > FIRST_PARAGRAPHS) break;
    if (p.firstSentence >= p.endSentence) continue;
    const from = doc.sentences[p.firstSentence]!.firstToken;
    const to = doc.sentences[p.endSentence - 1]!.endToken;
    // A line that reads as a heading may be a dateline of its own: "DORVALE, DC, March 3, 2016".
    const found = p.heading ? datedLine(doc.tokens, from, to) : datelineAt(doc.tokens, from, to);
    if (found) return found;
  }
  return null;
}

/** The dateline opening the tokens [from, to), if they open with one. */
function datelineAt(tokens: readonly Token[], from: number, to: number): Dateline | null {
  let i = from;
  while (i < to && i - from < MAX_STRAY && tokens[i]!.kind === 'punct' && !DASHES.has(tokens[i]!.text)) i++;
  let places = placesAt(tokens, i, to);
  if (!places.length) places = titlePlaceAt(tokens, i, to);
  if (!places.every((p) => isPlaceLike(tokens.slice(p[0], p[1])))) return null;
  return withTail(tokens, places, to);
}

/** The places, if what follows the last of them up to `to` is a dateline's tail. */
function withTail(tokens: readonly Token[], places: readonly Span[], to: number): Dateline | null {
  if (!places.length) return null;
  const tail = tailAt(tokens, places[places.length - 1]![1], to);
  return tail ? { places, credit: tail.credit } : null;
}

/** A line of its own that is a place in capitals, a comma and a date: "DORVALE, DC, March 3, 2016". */
function datedLine(tokens: readonly Token[], from: number, to: number): Dateline | null {
  const places = placesAt(tokens, from, to);
  // A headline in capitals is no place: a place's name is short and has no "BY" or "IN" in it.
  const short = (p: Span) => p[1] - p[0] <= 4 && !tokens.slice(p[0], p[1]).some(isFunctionWord);
  if (!places.length || !places.every((p) => short(p) && isPlaceLike(tokens.slice(p[0], p[1])))) return null;
  const end = places[places.length - 1]![1];
  if (tokens[end]?.text !== ',' || to - end > MAX_TAIL || !tokens.slice(end, to).some((t) => /\d/.test(t.text))) return null;
  return withTail(tokens, places, to);
}

/** "NORDBY/VESTHAVN", "ST. AUBIN": runs of words in capitals, "/" between places. */
function placesAt(tokens: readonly Token[], from: number, to: number): Span[] {
  const places: Span[] = [];
  let start = from;
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (isCapitalsWord(t)) i++;
    else if (t.text === '.' && i > start && isCapitalsWord(tokens[i + 1])) i++; // "ST. AUBIN"
    else if (t.text === '/' && i > start && isCapitalsWord(tokens[i + 1])) {
      places.push([start, i]);
      start = ++i;
    } else break;
  }
  if (i > start) places.push([start, i]);
  return places;
}

/**
 * "Lisbon -", "Vila Nova de Arcos, Portugal —": a dateline in title case, as some outlets write it.
 * Stricter than capitals, since a paragraph may open with any capitalised word: one to four
 * capitalised words (particles between), none an ordinary English word or a given name, unless
 * the lexicon knows the whole as a place.
 */
function titlePlaceAt(tokens: readonly Token[], from: number, to: number): Span[] {
  let i = from;
  while (i < to && i - from < 6 && (isTitleWord(tokens[i]) || (i > from && isParticle(tokens[i]!) && isTitleWord(tokens[i + 1])))) i++;
  // "The Brindisi-based group": a hyphen glued to the word, or a function word, opens no dateline.
  if (i === from || i - from > 5 || (i < to && DASHES.has(tokens[i]!.text) && tokens[i]!.start === tokens[i - 1]!.end)) return [];
  const words = tokens.slice(from, i);
  if (words.some((t) => isFunctionWord(t) && !isParticle(t))) return [];
  const phrase = words.map((t) => t.norm).join(' ');
  if (hasAnyTag(phrase, PLACE_TAGS)) return [[from, i]];
  const plain = words.every((t) => isParticle(t) || !hasTag(t.norm, ...PERSON_TAGS, ...COMMON_WORD_TAGS));
  return plain ? [[from, i]] : [];
}

const isTitleWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * What may stand between the place and the dash: ", Freeland, Aug 14 (Kestrel Wire)".
 * A lower-case word means the sentence has begun without a dash: no dateline ("NATO, which …").
 */
function tailAt(tokens: readonly Token[], from: number, to: number): { credit: Span | null } | null {
  let open = -1;
  let credit: Span | null = null;
  for (let k = from; k < Math.min(to, from + MAX_TAIL); k++) {
    const t = tokens[k]!;
    if (DASHES.has(t.text)) return { credit };
    if (t.text === '(') open = k;
    else if (t.text === ')' && open >= 0) credit = [open + 1, k];
    else if (t.kind === 'punct' && /^[,./]$/.test(t.text)) continue;
    else if (t.kind !== 'word' || !/^[\p{Lu}\p{N}]/u.test(t.text)) return null;
  }
  // "LAMPTON, Calif." or "DORVALE, DC, March 3, 2016" on a line of its own: the line ends the dateline.
  return to - from <= MAX_TAIL && tokens[from]?.text === ',' ? { credit } : null;
}

/** A word in capitals: "KESTREL", "SÃO", "ST.", "U.S.". */
function isCapitalsWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.text);
}

/** Not a dateline's place: only function words ("THE"), or an organisation ("BREAKING NEWS", a known acronym). */
function isPlaceLike(words: readonly Token[]): boolean {
  if (!words.some((t) => /\p{L}{2}/u.test(t.text) && !isFunctionWord(t))) return false;
  const phrase = words.map((t) => t.norm).join(' ');
  return !hasAnyTag(phrase, ORG_TAGS) && !ORG_HEADS.has(words[words.length - 1]!.norm);
}
