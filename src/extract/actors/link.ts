import type { ParsedSource, Token } from '../../nlp/types.js';
import { COMMON_WORD_TAGS, hasAnyTag } from '../../nlp/lexicon.js';
import type { ActorKind } from '../../model/mention.js';
import { KIN_NOUNS, NAME_PARTICLES, WORD_GIVEN_NAMES } from '../../lexicon/people.js';
import type { NameMention } from './classify.js';
import { looksLikeDemonym, spanKey, stripPossessive, surnameOf, withoutNickname } from './words.js';
import { byFirstName, bySurnameAlone, givenNamesFit } from './surnames.js';
import { facilityShortKey, placeBaseKey } from './facilities.js';

/** Actors inside one source: each cluster is one actor and the mentions that name it. */
export interface Cluster {
  kind: ActorKind;
  /** The rule of the mention that founded the cluster, and so gave it its kind. */
  readonly kindRule: string;
  /** Mentions in text order; the first full name founds the cluster. */
  readonly mentions: NameMention[];
  readonly keys: Set<string>;
  readonly surname: string | null;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', '&']);

/**
 * Links mentions within one article: full name ↔ surname ↔ title + surname, and
 * an organisation's acronym to its long name ("Harbour Workers Union" ↔ "HWU").
 * Strong mentions (prose) found actors; weak ones (headings, quotes) only link.
 */
export function linkMentions(doc: ParsedSource, mentions: readonly NameMention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const bySurname = new Map<string, Cluster[]>();
  // "Tom 'Tiny' Alder" is "Tom Alder": a nickname inside a name links as the name without it.
  const keyOf = (m: NameMention) => withoutNickname(spanKey(doc, m.first, m.end));
  const found = (m: NameMention, kind: ActorKind): Cluster => {
    const key = keyOf(m);
    const words = key.split(' ');
    const surname = kind === 'person' ? surnameOf(words) : null;
    const c: Cluster = { kind, kindRule: m.rule, mentions: [m], keys: new Set([key]), surname };
    clusters.push(c);
    byKey.set(key, c);
    // "Harbour Workers Union" is "HWU"; "Velmora province" is no "VP": a lower-case noun makes no initial.
    if (kind !== 'person' && words.length > 1 && !doc.tokens.slice(m.first, m.end).some((t) => t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !CONNECTORS.has(t.norm))) byKey.set(initials(words), c);
    // "the Harbor Ford Center" is also "Harbor Ford" (see facilities.ts).
    // "Meru province" is also "Meru" ("Lagos State", capitalised, is a name of its own).
    const lowerNoun = /^\p{Ll}/u.test(doc.tokens[m.end - 1]!.text) || /^\p{Ll}/u.test(doc.tokens[m.first]!.text);
    const short = kind === 'place' ? (facilityShortKey(key) ?? (lowerNoun ? placeBaseKey(key) : null)) : null;
    if (short && !byKey.has(short)) byKey.set(short, c);
    // "SV Lindenau" / "FC Porto": the club is also called by its name without the prefix.
    const firstToken = doc.tokens[m.first]!;
    if (kind === 'organization' && words.length === 2 && /^\p{Lu}{2,4}$/u.test(firstToken.text) && !byKey.has(words[1]!)) byKey.set(words[1]!, c);
    // "Lagos State Independent Electoral Commission (LASIEC)": the acronym in brackets names it too
    // (not after a dateline's place: "MONTBRUN (AP) —" credits an agency).
    const [open, acronym, close] = [doc.tokens[m.end], doc.tokens[m.end + 1], doc.tokens[m.end + 2]];
    if (kind !== 'person' && m.rule !== 'dateline' && open?.text === '(' && close?.text === ')' && acronym && /^\p{Lu}{2,}$/u.test(acronym.text)) byKey.set(acronym.norm, c);
    if (surname) bySurname.set(surname, [...(bySurname.get(surname) ?? []), c]);
    return c;
  };
  const attach = (c: Cluster, m: NameMention) => {
    c.mentions.push(m);
    c.keys.add(keyOf(m));
  };
  // Pass 1: full names (two or more words) of people, and every org and place, found clusters.
  const linked = new Set<NameMention>(); // placed in pass 1: pass 2 must not add them twice
  // "Phil Ford … Ford scored": a word the lexicon knows as a company is the surname of a person the article names.
  const surnames = new Set(mentions.filter((m) => !m.weak && m.kind === 'person' && m.end - m.first > 1).map((m) => surnameOf(keyOf(m).split(' '))));
  for (const m of mentions) {
    if (m.weak || m.kind === null) continue;
    const key = keyOf(m);
    if (m.kind === 'organization' && m.end - m.first === 1 && surnames.has(key)) continue;
    const short = m.kind === 'place' ? (facilityShortKey(key) ?? (/^\p{Ll}/u.test(doc.tokens[m.end - 1]!.text) || /^\p{Ll}/u.test(doc.tokens[m.first]!.text) ? placeBaseKey(key) : null)) : null;
    const existing = byKey.get(key) ?? byKey.get(key.replace(/\./g, '')) ?? (short ? byKey.get(short) : undefined);
    if (existing) attach(existing, m);
    else if (m.kind !== 'person' ? m.rule.startsWith('lexicon') : isFullName(key)) found(m, m.kind);
    else continue;
    linked.add(m);
  }
  // Single words used as names anywhere in the article: a surname used alone marks a person.
  const bareWords = new Set(mentions.filter((m) => m.end - m.first === 1 && (m.kind === null || m.kind === 'person')).map(keyOf));
  const repeated = repeatedNames(doc, mentions, keyOf);
  // Where each pass-1 cluster is named, in text order, for "most recent before" look-ups.
  const named = new Map<Cluster, number[]>(clusters.map((c) => [c, c.mentions.map((x) => x.first)]));
  // Where pass 2 linked each cluster, sorted.
  const seen = new Map<Cluster, number[]>();
  const nearest = (candidates: readonly Cluster[], m: NameMention): Cluster | undefined => {
    let best: Cluster | undefined;
    let bestAt = -1;
    for (const c of candidates) {
      const at = Math.max(lastBefore(named.get(c) ?? [], m.first), lastBefore(seen.get(c) ?? [], m.first));
      if (at > bestAt) [best, bestAt] = [c, at];
    }
    return best ?? candidates[0];
  };
  // Pass 2: everything else links by key or surname; strong, typed or name-like leftovers found clusters.
  // Strong mentions go first, then weak ones (headings, quotes), which found nothing: a heading's
  // "ANA RUIZ KEEPS HER TITLE" links to the Ana Ruiz the prose names only below it.
  const order = [...mentions.filter((m) => !m.weak), ...mentions.filter((m) => m.weak)];
  for (const m of order) {
    if (linked.has(m)) continue;
    const key = keyOf(m);
    const words = key.split(' ');
    const direct = byKey.get(key) ?? byKey.get(key.replace(/\./g, '')) ?? (m.rule === 'spaced-name' ? byKey.get(key.replace(/ /g, '')) : undefined);
    const sameSurname = bySurname.get(surnameOf(words)) ?? [];
    // "Mira Marsh" is not "Owen Marsh": a full name links by surname only when a given name fits too.
    // "the BBC Vessel": words before the surname that are no given names let it link as the surname alone would.
    const strict = words.length > 1 && givesName(doc.tokens.slice(m.first, m.end));
    // "Vessel was fined for hiding the accounts from his sister, Ana Vessel": the surname alone names the one whose relative
    // she is, not her: a person the article names only as someone's relative takes it only from no one else,
    // and when every bearer is such a relative, it names another, whom the article never names in full.
    const relatives = words.length === 1 && sameSurname.length > 0 && sameSurname.every((c) => relativeOnly(doc, c));
    const fitting = words.length !== 1 ? sameSurname.filter((c) => givenNamesFit(words, c.keys, strict)) : relatives ? [] : notRelatives(doc, bySurnameAlone(sameSurname, bareWords));
    const target = direct ?? nearest(fitting, m) ?? (words.length === 1 && m.roles.length === 0 && m.kind !== 'place' && m.kind !== 'organization' ? byFirstName(clusters, key) : undefined);
    if (target && (direct || words.length === 1 || target.kind === 'person')) {
      attach(target, m);
      insertSorted(seen.get(target) ?? seen.set(target, []).get(target)!, m.first);
    }
    else if (!m.weak && m.kind !== null) found(m, m.kind);
    else if (!m.weak && relatives && m.kind === null) found({ ...m, rule: 'relative-surname' }, 'person');
    // An unknown capitalised phrase: a person when the article later uses its last word alone
    // ("Funmilayo Adeyemi … Adeyemi said"), else more often a club, company or group
    // ("Eintracht Braunschweig") than a person never referred to again.
    else if (!m.weak && words.length >= 2 && words.length <= 4) {
      // …but "SV Lindenau" / "FC Porto": an acronym in the name marks a club or company.
      const tokens = doc.tokens.slice(m.first, m.end);
      const acronym = tokens.some((t) => /^\p{Lu}{2,}$/u.test(t.text));
      const person = words.length <= 3 && !acronym && (bareWords.has(surnameOf(words)) || looksLikePersonalName(tokens));
      found({ ...m, rule: person ? 'name-and-surname' : 'capitalised-name' }, person ? 'person' : 'organization');
    }
    // "Veltrix’s appeal … Veltrix employs": an unknown word the article keeps capitalising is a
    // name; never given in full as a person's is, it is most often a company, brand or group.
    else if (!m.weak && words.length === 1 && repeated.has(key)) found({ ...m, rule: 'repeated-name' }, 'organization');
  }
  const kept = describedBeforeName(doc, clusters, keyOf);
  for (const c of kept) c.mentions.sort((a, b) => a.first - b.first);
  return kept.sort((a, b) => a.mentions[0]!.first - b.mentions[0]!.first);
}

/** Of two or more candidates for a bare surname, those not named only as someone's relative, if any. */
function notRelatives(doc: ParsedSource, candidates: readonly Cluster[]): readonly Cluster[] {
  if (candidates.length < 2) return candidates;
  const left = candidates.filter((c) => !relativeOnly(doc, c));
  return left.length ? left : candidates;
}

/** Every full name of a person cluster is given as someone's relative: "his wife, Ana Vessel", "their son Tom Vessel". */
function relativeOnly(doc: ParsedSource, c: Cluster): boolean {
  if (c.kind !== 'person') return false;
  const full = c.mentions.filter((m) => m.end - m.first > 1);
  return full.length > 0 && full.every((m) => {
    let k = m.first - 1;
    if (doc.tokens[k]?.text === ',') k--;
    const owner = doc.tokens[k - 1];
    return KIN_NOUNS.has(doc.tokens[k]?.norm ?? '') && owner !== undefined && (/^(?:his|her|their)$/.test(owner.norm) || /['’]s$/.test(owner.text));
  });
}

/** Rules of a name that tells who someone is rather than naming them: "Dorvale Mother", "another Harrier". */
const DESCRIBING_RULES: ReadonlySet<string> = new Set(['described-name', 'team-member']);

/**
 * "the Dorvale Mother of 7 Ana Ruiz", "Another Harrier, winger Tom Alder,": a described name (see classify.ts) right before a person's
 * name, or before the count that goes with it, is that person's description. Its cluster joins the
 * person's, its mentions weak: they link, but the person keeps the name.
 */
function describedBeforeName(doc: ParsedSource, clusters: readonly Cluster[], keyOf: (m: NameMention) => string): Cluster[] {
  if (!clusters.some((c) => DESCRIBING_RULES.has(c.kindRule))) return [...clusters];
  const personAt = new Map<number, Cluster>();
  for (const c of clusters) if (c.kind === 'person') for (const m of c.mentions) personAt.set(m.first, c);
  const gone = new Set<Cluster>();
  for (const c of clusters) {
    if (!DESCRIBING_RULES.has(c.kindRule)) continue;
    let target: Cluster | undefined;
    for (const m of c.mentions) {
      if (!DESCRIBING_RULES.has(m.rule)) continue;
      let k = m.end;
      if (doc.tokens[k]?.text === 'of' && /^\d{1,2}$/.test(doc.tokens[k + 1]?.text ?? '')) k += 2;
      // "Another Harrier, winger Tom Alder,": a comma, and a lower-case title or two.
      else if (doc.tokens[k]?.text === ',') for (k++; k < m.end + 4 && doc.tokens[k]?.kind === 'word' && /^\p{Ll}/u.test(doc.tokens[k]!.text); k++);
      const next = personAt.get(k);
      if (next && next !== c) {
        target = next;
        break;
      }
    }
    if (!target) continue;
    for (const m of c.mentions) {
      target.mentions.push({ ...m, weak: true });
      target.keys.add(keyOf(m));
    }
    gone.add(c);
  }
  return clusters.filter((c) => !gone.has(c));
}

/**
 * Keys of single unknown words (no kind, no ordinary English word) written as names at least twice
 * outside headings and quotes, once at least not at the start of a sentence, where capitals say little.
 */
function repeatedNames(doc: ParsedSource, mentions: readonly NameMention[], keyOf: (m: NameMention) => string): Set<string> {
  const count = new Map<string, number>();
  const inside = new Set<string>();
  for (const m of mentions) {
    if (m.weak || m.kind !== null || m.end - m.first !== 1) continue;
    const t = doc.tokens[m.first]!;
    const bare = stripPossessive(t.norm);
    // "the Irish exchequer": an adjective of a people, which the lexicon may not know, is no name.
    if (!/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(t.text) || hasAnyTag(bare, NOT_NAME_TAGS) || looksLikeDemonym(bare)) continue;
    const key = keyOf(m);
    count.set(key, (count.get(key) ?? 0) + 1);
    if (doc.sentences[m.sentence]!.firstToken !== m.first) inside.add(key);
  }
  return new Set([...count].filter(([key, n]) => n >= 2 && inside.has(key)).map(([key]) => key));
}

/**
 * Two or three capitalised words none of which is an ordinary English word ("Mette Sørensen",
 * "Funmilayo Adeyemi"): far more often a person than an organisation that never says what it is.
 */
function looksLikePersonalName(tokens: readonly Token[]): boolean {
  // "Miles Korrin": a given name the word lists know only as an ordinary word counts as no such word.
  return tokens.length >= 2 && tokens.every((t, k) => t.kind === 'word' && /^\p{Lu}\p{Ll}+(?:[-’'][\p{Lu}\p{Ll}]\p{Ll}+)?$/u.test(t.text) && (!hasAnyTag(t.norm, NOT_NAME_TAGS) || (k === 0 && WORD_GIVEN_NAMES.has(t.norm))));
}

/**
 * Some word before the surname may be a given name or an initial: capitalised, neither an acronym ("BBC") nor an
 * ordinary word ("Enter") unless a given name too ("Bill").
 */
function givesName(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  return words.slice(0, -1).some((t) => /^\p{Lu}(?:\.|\p{Ll}.*)?$/u.test(t.text) && (!hasAnyTag(t.norm, NOT_NAME_TAGS) || WORD_GIVEN_NAMES.has(t.norm)));
}

/** Ordinary words, and known places and organisations: no part of a personal name, nor an unknown name. */
const NOT_NAME_TAGS = [...COMMON_WORD_TAGS, 'Place', 'Country', 'City', 'Region', 'Organization'];

/** "anna de vries" names a person in full; "von der leyen" is a surname with its particles, to link by surname. */
function isFullName(key: string): boolean {
  return key.split(' ').slice(0, -1).some((w) => !NAME_PARTICLES.has(w));
}

/** Puts `at` into a sorted list, in order. */
function insertSorted(sorted: number[], at: number): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1]! > at) i--;
  sorted.splice(i, 0, at);
}

/** The largest position in a sorted list that is below `at`, or -1 (binary search). */
function lastBefore(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : -1;
}

function initials(words: readonly string[]): string {
  return words.filter((w) => !CONNECTORS.has(w)).map((w) => w.charAt(0)).join('');
}
