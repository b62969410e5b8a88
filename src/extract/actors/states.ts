import type { ActorMention, ActorOccurrence } from '../../model/mention.js';
import type { ParsedSource } from '../../nlp/types.js';
import { hasAnyTag, hasTag, PLACE_TAGS } from '../../nlp/lexicon.js';
import { isCapitalised, isPossessive, nameKey, stripPossessive } from './words.js';
import { IRREGULAR_DEMONYMS } from '../../lexicon/places.js';
import { namedAnchors } from './venues.js';

/**
 * A country acting through its state: "the Norwegian government", "Peruvian forces", "Chile's armed
 * forces", "the government of Chile"; and its land: "Peruvian territory", "on Chilean soil". News names
 * the state by its country, and outlets move between the forms ("Chile said", "the Chilean government
 * said"): each is an occurrence of the country, a place
 * (a geopolitical entity, as ACE and ECB+ annotate it). A state body with a name of its own ("the Chilean
 * Armed Forces", "the Defence Ministry") stays an organisation: only a lower-case noun, or "Government"
 * after a people's adjective, is read so.
 */
const STATE_NOUNS: ReadonlySet<string> = new Set(['government', 'forces', 'army', 'military', 'regime', 'territory', 'soil', 'airspace']);

/** Suffix rules from a people's adjective to its country's name: Kenyan → Kenya, Chinese → China, Swedish → Sweden. */
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['n', ''], ['ian', ''], ['ian', 'e'], ['ian', 'a'], ['ian', 'y'], ['an', 'o'], ['an', ''], ['i', ''], ['ese', ''], ['ese', 'on'], ['ese', 'a'],
  ['ish', 'ey'], ['ish', 'and'], ['ish', 'en'], ['', 'y'], ['', 'land'],
];

const titleCase = (key: string) => key.replace(/(^|\s)(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());

/** The country a people's adjective names ("kenyan" → "Kenya"), or null. */
export function countryOfDemonym(norm: string): string | null {
  const irregular = IRREGULAR_DEMONYMS.get(norm);
  if (irregular) return titleCase(irregular);
  for (const [suffix, replacement] of SUFFIXES) {
    if (!norm.endsWith(suffix) || norm.length - suffix.length < 3) continue;
    const key = norm.slice(0, norm.length - suffix.length) + replacement;
    if (hasTag(key, 'Country')) return titleCase(key);
  }
  return null;
}

interface StateSpan {
  readonly first: number;
  readonly end: number;
  readonly country: string;
}

/**
 * The country named before a state noun ending right before `k`: a people's adjective ("Kenyan"), with
 * a point of the compass before it ("South Korean"); a country's name, possessive or not ("Chile's",
 * "the Chile government"), or a place actor of the article.
 */
function countryBefore(doc: ParsedSource, k: number, placeAt: (i: number) => { first: number; name: string } | null): { first: number; country: string } | null {
  const t = doc.tokens[k];
  if (!t || !isCapitalised(t)) return null;
  const norm = stripPossessive(t.norm);
  const place = placeAt(k);
  if (place) return { first: place.first, country: place.name };
  if (hasTag(norm, 'Country')) return { first: k, country: titleCase(norm) };
  if (isPossessive(t)) return null;
  // ("Swedish" is no demonym to the word lists: the suffix rules still find Sweden.)
  const country = countryOfDemonym(norm);
  if (!country) return null;
  // "South Korean": the compass point and the country together, when that is a country.
  const prev = doc.tokens[k - 1];
  if (prev && isCapitalised(prev) && /^(?:north|south|east|west)$/.test(prev.norm) && hasTag(`${prev.norm} ${country.toLowerCase()}`, 'Country')) {
    return { first: k - 1, country: `${titleCase(prev.norm)} ${country}` };
  }
  return { first: k, country };
}

/** Every state named by its country in the article, as token spans. */
function findStates(doc: ParsedSource, actors: readonly ActorMention[], tokenActor: ReadonlyMap<number, string>): StateSpan[] {
  const tokens = doc.tokens;
  // Most articles name no state this way: nothing to build for them.
  if (!tokens.some((t) => STATE_NOUNS.has(t.norm))) return [];
  const { kindOf: byLocal, runEnd } = namedAnchors(doc, actors, tokenActor);
  // (Only a place the word lists know: "the government of Tom Alder" is his cabinet, whatever kind a name was given.)
  const placeAt = (i: number): { first: number; name: string } | null => {
    const a = byLocal.get(tokenActor.get(i) ?? '');
    if (!a || a.kind !== 'place' || !hasAnyTag(nameKey(a.name), PLACE_TAGS)) return null;
    let first = i;
    while (first > 0 && tokenActor.get(first - 1) === a.local) first--;
    return { first, name: a.name };
  };
  const found: StateSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "the Chilean Armed Forces", "Chile's Defence Forces": a body an actor already names keeps its name.
    if (t.kind !== 'word' || !STATE_NOUNS.has(t.norm) || tokenActor.has(i)) continue;
    // "Government" capitalised only after a people's adjective ("the Kenyan Government"); other capitals name a body.
    if (t.text !== t.norm && t.norm !== 'government') continue;
    const k = t.norm === 'forces' && tokens[i - 1]?.norm === 'armed' && tokens[i - 1]!.text === 'armed' ? i - 2 : i - 1;
    const before = countryBefore(doc, k, placeAt);
    if (before) {
      found.push({ first: before.first, end: i + 1, country: before.country });
      continue;
    }
    // "the government of Chile"
    if (tokens[i + 1]?.norm !== 'of') continue;
    const after = tokens[i + 2];
    const place = placeAt(i + 2);
    if (place && place.first === i + 2) {
      found.push({ first: i, end: runEnd(i + 2), country: place.name });
    } else if (after && isCapitalised(after) && hasTag(after.norm, 'Country')) found.push({ first: i, end: i + 3, country: titleCase(after.norm) });
  }
  return found;
}

/**
 * The article's actors with each state it names by its country added to that country (a new place
 * actor when the article names the country no other way), and the tokens of those names marked.
 */
export function addStates(doc: ParsedSource, actors: readonly ActorMention[], tokenActor: Map<number, string>): ActorMention[] {
  const states = findStates(doc, actors, tokenActor);
  if (states.length === 0) return [...actors];
  const out = [...actors];
  for (const s of states) {
    const start = doc.tokens[s.first]!.start;
    const last = doc.tokens[s.end - 1]!;
    const end = last.end - (last.text.length - stripPossessive(last.text).length);
    const occurrence: ActorOccurrence = { source: doc.id, start, end, text: doc.text.slice(start, end), rule: 'state-of-country' };
    const key = nameKey(s.country);
    const at = out.findIndex((a) => a.kind === 'place' && (nameKey(a.name) === key || a.aliases.some((x) => nameKey(x) === key)));
    const form = occurrence.text.replace(/\s+/g, ' ');
    let local: string;
    if (at >= 0) {
      const a = out[at]!;
      local = a.local;
      const known = a.occurrences.some((o) => o.text === occurrence.text);
      const aliases = a.aliases.includes(form) || a.name === form ? a.aliases : [...a.aliases, form].sort();
      out[at] = { ...a, aliases, occurrences: known ? a.occurrences : [...a.occurrences, occurrence], count: a.count + 1 };
    } else {
      local = `a${out.length + 1}`;
      out.push({ local, kind: 'place', name: s.country, aliases: [form], roles: [], occurrences: [occurrence], count: 1, kindRule: 'state-of-country' });
    }
    for (let i = s.first; i < s.end; i++) if (!tokenActor.has(i)) tokenActor.set(i, local);
  }
  return out;
}

