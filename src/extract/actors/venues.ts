import type { ActorKind, ActorMention, ActorOccurrence } from '../../model/mention.js';
import type { ParsedSource } from '../../nlp/types.js';
import { COMPASS_POINTS, DISTANCE_UNITS, VENUE_MODIFIERS, VENUE_NOUNS, VENUE_OF_NOUNS } from '../../lexicon/places.js';
import { isCapitalised, isFunctionWord, isPossessive, isSoftWord, looksLikeDemonym, nameKey, stripPossessive } from './words.js';

/**
 * Places an article describes rather than names, tied to a place it does name: "a Dorvale treatment
 * facility", "a prison in Harlow", "the streets of Lampton", "42 km west of Virel". News tells where
 * things happened this way more often than by a venue's own name, and outlets differ on it ("a rehab
 * clinic in Dorvale" against "a Lampton rehab centre"), so such places are actors of their own.
 *
 * Each is keyed by what it is and the place that locates it (`facility|dorvale`, `42km west|virel`): two
 * descriptions meet across outlets only when both agree, never with a named actor.
 */
export function findVenues(doc: ParsedSource, actors: readonly ActorMention[], tokenActor: ReadonlyMap<number, string>, taken = actors.length): ActorMention[] {
  const tokens = doc.tokens;
  const { named, kindOf } = namedAnchors(doc, actors, tokenActor);
  const lower = (i: number, end: number) => i < end && tokens[i]!.kind === 'word' && tokens[i]!.text === tokens[i]!.norm;
  const found: Array<{ first: number; end: number; key: string }> = [];
  for (const s of doc.sentences) {
    const end = s.endToken;
    /** "the town of", "the provincial capital", "a" before the place that locates: skipped. */
    const anchorAt = (k: number): number => {
      if (k < end && ARTICLES.has(tokens[k]!.norm)) k++;
      // "west of the county's main port of Virel"
      if (k < end && /^\p{Ll}/u.test(tokens[k]!.text) && isPossessive(tokens[k]!) && LOCATING.has(stripPossessive(tokens[k]!.norm))) k++;
      for (let n = 0; n < 2 && lower(k, end) && LOCATING.has(tokens[k]!.norm); n++) k++; // "the provincial capital"
      if (k < end && tokens[k]!.norm === 'of' && k > 0 && LOCATING.has(tokens[k - 1]!.norm)) k++;
      return k;
    };
    const venueWordAt = (k: number) => k >= s.firstToken && lower(k, end) && (VENUE_MODIFIERS.has(tokens[k]!.norm) || VENUE_NOUNS.has(tokens[k]!.norm));
    // Every rule starts from a noun of a venue or a unit of distance: one lookup a word finds them.
    for (let h = s.firstToken; h < end; h++) {
      const t = tokens[h]!;
      const venue = VENUE_NOUNS.get(t.norm);
      if (venue !== undefined && lower(h, end) && !tokenActor.has(h) && (!AFTER_HOUSING.has(t.norm) || tokens[h - 1]?.norm === 'housing')) {
        // 1. "a Dorvale treatment facility", "Lampton's highest peak": the place (or the body that runs it),
        // up to two words of what kind, then the venue (the last such noun: "a Harlow prison unit").
        let b = h;
        while (h - b < 2 && venueWordAt(b - 1)) b--;
        const start = venueWordAt(h + 1) && VENUE_NOUNS.has(tokens[h + 1]!.norm) ? -1 : anchorStart(doc, tokenActor, b, s.firstToken);
        const anchor = start >= 0 ? named(start, end, true) : undefined;
        const org = start >= 0 && tokenActor.has(start) && kindOf.get(tokenActor.get(start)!)!.kind === 'organization';
        if (anchor && anchor.end === b && !VENUE_OF_ONLY.has(t.norm) && (!org || ORG_VENUES.has(venue))) {
          found.push({ first: start, end: h + 1, key: `${venue}|${anchor.key}` });
          continue;
        }
        // 2. "a rehab clinic in Dorvale", "the streets of Lampton", "the border with Velmora".
        if (h + 1 < end) {
          const prep = tokens[h + 1]!.norm;
          const fits = VENUE_OF_NOUNS.has(t.norm) ? prep === 'of' || (prep === 'with' && venue === 'border') || PREPOSITIONS.has(prep) : PREPOSITIONS.has(prep);
          const k = fits ? anchorAt(h + 2) : -1;
          const there = k >= 0 && k < end ? named(k, end, false) : undefined;
          if (there) {
            let first = h;
            while (first - 1 >= s.firstToken && first > h - 2 && lower(first - 1, end) && VENUE_MODIFIERS.has(tokens[first - 1]!.norm)) first--;
            found.push({ first, end: there.end, key: `${venue}|${there.key}` });
          }
        }
        continue;
      }
      // 3. "42 km (26 miles) west of Virel", "26 miles from Dorn": a distance from a named place.
      const unit = DISTANCE_UNITS.get(t.norm);
      const i = h - 1;
      if (unit === undefined || i < s.firstToken || !/^\d[\d,.]*$/.test(tokens[i]!.text)) continue;
      let j = h + 1;
      if (j < end && tokens[j]!.text === '(') {
        const close = tokens.slice(j, Math.min(end, j + 7)).findIndex((x) => x.text === ')');
        if (close > 0) j += close + 1;
      }
      const direction = j < end && COMPASS_POINTS.has(tokens[j]!.norm) ? tokens[j++]!.norm : null;
      const prep = j < end ? tokens[j]!.norm : '';
      if ((prep === 'from' || (prep === 'of' && direction)) && (direction || unit !== 'm')) {
        const k = anchorAt(j + 1);
        const there = k < end ? named(k, end, false) : undefined;
        if (there) found.push({ first: i, end: there.end, key: `${tokens[i]!.text.replace(/,/g, '')}${unit} ${direction ?? 'from'}|${there.key}` });
      }
    }
  }
  // Found head by head: in the order of the text, as the article names them.
  found.sort((x, y) => x.first - y.first || x.end - y.end);
  return toActors(doc, found, taken, 'place', 'venue');
}

/**
 * How an article names the place, organisation or people a description hangs on, at token `i`:
 * `named(i, end, org)` is the named place (or organisation, with `org`) that starts there: an actor's run
 * of tokens, or capitalised words no actor took ("a Dorvale treatment facility", where nothing else says
 * what Dorvale is). Never a person ("the Alder home" is a family's house, no place named Alder), never a
 * people's adjective ("Spanish border towns"). `runEnd(i)`: the end of the run of tokens of the actor at `i`.
 */
export function namedAnchors(doc: ParsedSource, actors: readonly ActorMention[], tokenActor: ReadonlyMap<number, string>) {
  const kindOf = new Map(actors.map((a) => [a.local, a]));
  const tokens = doc.tokens;
  const runEnd = (i: number) => {
    const local = tokenActor.get(i);
    let j = i;
    while (j < tokens.length && tokenActor.get(j) === local) j++;
    return j;
  };
  const named = (i: number, end: number, org: boolean): { end: number; key: string } | undefined => {
    const local = tokenActor.get(i);
    if (local !== undefined) {
      const a = kindOf.get(local)!;
      return a.kind === 'place' || (org && a.kind === 'organization') ? { end: runEnd(i), key: nameKey(a.name) } : undefined;
    }
    let j = i;
    while (j < end && j - i < 3 && isCapitalised(tokens[j]!) && !isFunctionWord(tokens[j]!) && !isSoftWord(tokens[j]!) && !tokenActor.has(j)) if (isPossessive(tokens[j++]!)) break;
    // "a Velmoran chapel", "the Dorvish uplands": a one-word adjective of a people or region, no name.
    if (j === i || (j === i + 1 && (looksLikeDemonym(stripPossessive(tokens[i]!.norm)) || /an$/.test(tokens[i]!.norm)))) return undefined;
    return { end: j, key: nameKey(doc.text.slice(tokens[i]!.start, tokens[j - 1]!.end)) };
  };
  return { named, runEnd, kindOf };
}

export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'on', 'off', 'along', 'across', 'within']);
/** Nouns between a preposition and the place that locates: "west of the town of Virel", "from the provincial capital Dorn". */
const LOCATING = new Set(['town', 'city', 'village', 'province', 'state', 'district', 'region', 'county', 'island', 'country', 'provincial', 'regional', 'capital', 'main', 'port']);
/**
 * Where the name that ends right before token `b` starts: the first token of an actor's run, or of up to
 * three capitalised words; -1 when no name ends there or it opens its sentence.
 */
function anchorStart(doc: ParsedSource, tokenActor: ReadonlyMap<number, string>, b: number, first: number): number {
  const tokens = doc.tokens;
  const last = b - 1;
  if (last < first) return -1;
  const local = tokenActor.get(last);
  let a = last;
  if (local !== undefined) while (a - 1 >= first && tokenActor.get(a - 1) === local) a--;
  else {
    if (!isCapitalised(tokens[last]!)) return -1;
    while (a - 1 >= first && last - (a - 1) < 3 && isCapitalised(tokens[a - 1]!) && !tokenActor.has(a - 1)) a--;
  }
  // A capital that opens the sentence, or a name run on from another, starts no anchor here; after a
  // place's possessive a name starts afresh ("in Lampton's Kestrel section").
  const owner = a - 1 >= first && isPossessive(tokens[a - 1]!);
  if (a === first || (local === undefined && isCapitalised(tokens[a - 1]!) && !owner) || (local !== undefined && tokenActor.has(a - 1) && tokenActor.get(a - 1) === local)) return -1;
  return a;
}

/** What an organisation runs where people go: "a Kestrel Mart store", "a VRA school" (not "a Vexel business unit"). */
const ORG_VENUES = new Set(['store', 'school', 'hospital', 'facility', 'camp', 'building', 'station', 'church', 'park']);
/** Venue nouns that name housing only after "housing": "the Morrow housing projects", not "Vexel projects". */
const AFTER_HOUSING = new Set(['projects', 'estate', 'estates']);
/** Parts of a place that need "of" to say whose ("the tip of Velmora"): "a Velmora tip" is no venue. */
const VENUE_OF_ONLY = new Set(['tip', 'parts', 'outskirts', 'edge', 'heart']);

/** One actor per key, each distinct wording of it one occurrence (without a possessive ending). */
export function toActors(doc: ParsedSource, found: ReadonlyArray<{ first: number; end: number; key: string }>, taken: number, kind: ActorKind, rule: string): ActorMention[] {
  const byKey = new Map<string, Array<{ first: number; end: number }>>();
  for (const f of found) (byKey.get(f.key) ?? byKey.set(f.key, []).get(f.key)!).push(f);
  const out: ActorMention[] = [];
  for (const [key, spans] of byKey) {
    const occurrences: ActorOccurrence[] = [];
    const forms: string[] = [];
    for (const sp of spans) {
      const start = doc.tokens[sp.first]!.start;
      const last = doc.tokens[sp.end - 1]!;
      const stop = last.end - (last.text.length - stripPossessive(last.text).length);
      const text = doc.text.slice(start, stop);
      if (occurrences.some((o) => o.text === text)) continue;
      occurrences.push({ source: doc.id, start, end: stop, text, rule });
      forms.push(text.replace(/\s+/g, ' '));
    }
    const name = forms[0]!;
    out.push({
      local: `a${taken + out.length + 1}`,
      kind,
      name,
      aliases: [...new Set(forms.slice(1))].filter((f) => f !== name).sort(),
      roles: [],
      occurrences,
      count: spans.length,
      kindRule: rule,
      described: key,
    });
  }
  return out;
}
