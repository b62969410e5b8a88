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
  const covered = new Set<number>();
  for (const s of doc.sentences) {
    const end = s.endToken;
    /** "the town of", "the provincial capital", "a" before the place that locates: skipped. */
    const anchorAt = (k: number): number => {
      if (k < end && ARTICLES.has(tokens[k]!.norm)) k++;
      // "west of the region's main city of Virel"
      if (k < end && /^\p{Ll}/u.test(tokens[k]!.text) && isPossessive(tokens[k]!) && LOCATING.has(stripPossessive(tokens[k]!.norm))) k++;
      if (lower(k, end) && LOCATING.has(tokens[k]!.norm)) k++;
      if (lower(k, end) && LOCATING.has(tokens[k]!.norm)) k++;
      if (k < end && tokens[k]!.norm === 'of' && k > 0 && LOCATING.has(tokens[k - 1]!.norm)) k++;
      return k;
    };
    for (let i = s.firstToken; i < end; i++) {
      const t = tokens[i]!;
      // 1. "a Dorvale treatment facility", "Lampton's highest peak": the place (or the body that runs it), then what is there.
      const startsRun = i > s.firstToken && (tokenActor.has(i) ? tokenActor.get(i - 1) !== tokenActor.get(i) : !isCapitalised(tokens[i - 1]!));
      const anchor = startsRun ? named(i, end, true) : undefined;
      if (anchor) {
        const b = anchor.end;
        let head = -1;
        for (let j = b; j < Math.min(end, b + 3) && lower(j, end) && (VENUE_MODIFIERS.has(tokens[j]!.norm) || VENUE_NOUNS.has(tokens[j]!.norm)); j++) {
          if (VENUE_NOUNS.has(tokens[j]!.norm)) head = j;
        }
        const kind = head >= 0 ? VENUE_NOUNS.get(tokens[head]!.norm)! : '';
        const org = tokenActor.has(i) && kindOf.get(tokenActor.get(i)!)!.kind === 'organization';
        if (head >= 0 && !VENUE_OF_ONLY.has(tokens[head]!.norm) && (!org || ORG_VENUES.has(kind))) {
          found.push({ first: i, end: head + 1, key: `${kind}|${anchor.key}` });
          for (let j = i; j <= head; j++) covered.add(j);
        }
      }
      // 2. "a rehab clinic in Dorvale", "the streets of Lampton", "the border with Velmora".
      if (lower(i, end) && VENUE_NOUNS.has(t.norm) && !covered.has(i) && !tokenActor.has(i) && i + 1 < end) {
        const prep = tokens[i + 1]!.norm;
        const fits = VENUE_OF_NOUNS.has(t.norm) ? prep === 'of' || (prep === 'with' && VENUE_NOUNS.get(t.norm) === 'border') || PREPOSITIONS.has(prep) : PREPOSITIONS.has(prep);
        const k = fits ? anchorAt(i + 2) : -1;
        const there = k >= 0 && k < end ? named(k, end, false) : undefined;
        if (there) {
          let first = i;
          while (first - 1 >= s.firstToken && first > i - 2 && lower(first - 1, end) && VENUE_MODIFIERS.has(tokens[first - 1]!.norm)) first--;
          found.push({ first, end: there.end, key: `${VENUE_NOUNS.get(t.norm)}|${there.key}` });
          for (let j = first; j <= i; j++) covered.add(j);
        }
      }
      // 3. "42 km (26 miles) west of Virel", "26 miles from Dorn": a distance from a named place.
      if (/^\d[\d,.]*$/.test(t.text) && i + 1 < end && DISTANCE_UNITS.has(tokens[i + 1]!.norm)) {
        let j = i + 2;
        if (j < end && tokens[j]!.text === '(') {
          const close = tokens.slice(j, Math.min(end, j + 7)).findIndex((x) => x.text === ')');
          if (close > 0) j += close + 1;
        }
        const direction = j < end && COMPASS_POINTS.has(tokens[j]!.norm) ? tokens[j++]!.norm : null;
        const prep = j < end ? tokens[j]!.norm : '';
        if ((prep === 'from' || (prep === 'of' && direction)) && (direction || DISTANCE_UNITS.get(tokens[i + 1]!.norm) !== 'm')) {
          const k = anchorAt(j + 1);
          const there = k < end ? named(k, end, false) : undefined;
          if (there) {
            const amount = `${t.text.replace(/,/g, '')}${DISTANCE_UNITS.get(tokens[i + 1]!.norm)}`;
            found.push({ first: i, end: there.end, key: `${amount} ${direction ?? 'from'}|${there.key}` });
          }
        }
      }
    }
  }
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

const ARTICLES = new Set(['the', 'a', 'an']);
const PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'on', 'off', 'along', 'across', 'within']);
/** Nouns between a preposition and the place that locates: "west of the town of Virel", "from the provincial capital Dorn". */
const LOCATING = new Set(['town', 'city', 'village', 'province', 'state', 'district', 'region', 'county', 'island', 'country', 'provincial', 'regional', 'capital', 'main', 'port']);
/** What an organisation runs where people go: "a Kestrel Mart store", "a VRA school" (not "a Vexel business unit"). */
const ORG_VENUES = new Set(['store', 'school', 'hospital', 'facility', 'camp', 'building', 'station', 'church', 'park']);
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
