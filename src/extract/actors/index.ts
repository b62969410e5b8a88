import type { ParsedSource, Token } from '../../nlp/types.js';
import type { ActorMention, ActorOccurrence } from '../../model/mention.js';
import { findCandidates, type Candidate } from './candidates.js';
import { findDateline, type Dateline } from './dateline.js';
import { classifyCandidate, type NameMention } from './classify.js';
import { linkMentions, type Cluster } from './link.js';
import { propagateCalledPlaces, propagateListKinds } from './lists.js';
import { markLocatedSites, markShortFacilityNames, placeBaseKey } from './facilities.js';
import { markTeamMembers, propagateTeams } from './teams.js';
import { addStates } from './states.js';
import { joinHeadingRuns } from './headings.js';
import { markSpacedNames, trimGluedWords } from './trim.js';
import { looksLikeDemonym, NICKNAME, nameKey, spanKey, stripPossessive } from './words.js';
import { firstWord } from './context.js';
import { hasAnyTag, wordTags } from '../../nlp/lexicon.js';

export interface ActorExtraction {
  readonly actors: ActorMention[];
  /** Token index → local actor id, for every token of every linked name. */
  readonly tokenActor: ReadonlyMap<number, string>;
  /**
   * One-word names that open a sentence and that nothing here says more of ("Alder was named …"),
   * as person actors without local ids (see `surnameOpeners`): kept only where another source names
   * the person in full. They take no part in finding speakers, figures or described people.
   */
  readonly openers: Array<Omit<ActorMention, 'local'>>;
}

/** Actors of one source: find capitalised runs, classify, link into in-article chains. */
export function extractActors(doc: ParsedSource, quoted: (offset: number) => boolean): ActorExtraction {
  const mentions: NameMention[] = [];
  const dateline = findDateline(doc);
  for (const c of findCandidates(doc, quoted)) mentions.push(...(dateline ? classifyInDateline(doc, c, dateline) : classifyCandidate(doc, c)));
  const named = markSpacedNames(doc, trimGluedWords(doc, joinHeadingRuns(doc, markTeamMembers(doc, propagateTeams(doc, markLocatedSites(doc, markShortFacilityNames(doc, propagateListKinds(doc, propagateCalledPlaces(doc, mentions)))))))));
  const clusters = linkMentions(doc, named);
  const actors: ActorMention[] = [];
  const tokenActor = new Map<number, string>();
  for (const cluster of clusters) {
    const local = `a${actors.length + 1}`;
    actors.push(toActor(doc, cluster, local));
    for (const m of cluster.mentions) for (let i = m.first; i < m.end; i++) tokenActor.set(i, local);
  }
  // "the Kenyan government", "Chile's armed forces": the country acting (see states.ts).
  const withStates = addStates(doc, actors, tokenActor);
  return { actors: withStates, tokenActor, openers: surnameOpeners(doc, named, tokenActor, clusters) };
}

/**
 * "Alder was named best newcomer": a capitalised word that opens a sentence before its verb,
 * that no word list knows and that linked to no actor here, is most often the surname of someone another
 * article names in full. It becomes a person of rule `surname-opener`, which reconciliation keeps only
 * when it joins such a person (see reconcile/actors.ts).
 */
function surnameOpeners(doc: ParsedSource, mentions: readonly NameMention[], tokenActor: ReadonlyMap<number, string>, clusters: readonly Cluster[]): Array<Omit<ActorMention, 'local'>> {
  // "Okoro won … a blow from Okoro": a word some actor here is called by is that actor's, not an opener.
  const keys = new Set(clusters.flatMap((c) => [...c.keys]));
  const byWord = new Map<string, ActorOccurrence[]>();
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.weak || m.kind !== null || m.end - m.first !== 1 || tokenActor.has(m.first) || firstWord(doc, m.sentence) !== m.first) continue;
    const t = doc.tokens[m.first]!;
    const next = doc.tokens[m.first + 1];
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || (t.norm.endsWith('s') && !singularVerb(next)) || keys.has(spanKey(doc, m.first, m.end)) || wordTags(t.norm).length > 0 || looksLikeDemonym(t.norm) || !next || next.kind !== 'word' || !hasAnyTag(next.norm, OPENER_VERB_TAGS)) continue;
    const list = byWord.get(t.text) ?? byWord.set(t.text, []).get(t.text)!;
    counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    if (list.length === 0) list.push({ source: doc.id, start: t.start, end: t.end, text: t.text, rule: 'surname-opener' });
  }
  return [...byWord].map(([name, occurrences]) => ({ kind: 'person' as const, name, aliases: [], roles: [], occurrences, count: counts.get(name)!, kindRule: 'surname-opener' }));
}

/**
 * "Kessels was", "Kessels will": a word in -s opens a sentence as a surname only before a verb of one
 * subject; "Crews worked", "Shells fell" are plurals the word lists miss.
 */
function singularVerb(next: Token | undefined): boolean {
  return next !== undefined && (/^(?:is|was|has|does)$/.test(next.norm) || hasAnyTag(next.norm, ['Modal']) || (next.norm.endsWith('s') && hasAnyTag(next.norm, ['PresentTense'])));
}

/** What may follow a surname that opens a sentence: "Alder has", "Alder was", "Alder will", "Alder joined". */
const OPENER_VERB_TAGS = ['Verb', 'Copula', 'Modal', 'Auxiliary', 'PastTense', 'PresentTense'];

/**
 * A candidate in the dateline: its place is one place mention, whatever its words look like
 * ("SÃO TOMÉ" is no person); the agency in brackets is a credit, not an actor. Elsewhere: as usual.
 */
function classifyInDateline(doc: ParsedSource, c: Candidate, dateline: Dateline): NameMention[] {
  const inside = (span: readonly [number, number] | null) => span !== null && c.first >= span[0] && c.first < span[1];
  if (inside(dateline.credit)) return [];
  const place = dateline.places.find(inside);
  if (!place) return classifyCandidate(doc, c);
  const out: NameMention[] = [];
  if (c.first === place[0]) out.push({ first: place[0], end: place[1], sentence: c.sentence, kind: 'place', roles: [], rule: 'dateline', weak: false });
  // "MONTBRUN March 3 -" without a comma: the words after the place are classified as usual.
  if (c.end > place[1]) out.push(...classifyCandidate(doc, { ...c, first: place[1], initial: false }));
  return out;
}

function toActor(doc: ParsedSource, cluster: Cluster, local: string): ActorMention {
  // Names and aliases are for reading: a no-break space or a line break inside is a space (the evidence keeps the exact text).
  // "Tom 'Tiny' Alder" is called Tom Alder, and Tiny is an alias.
  const nicknames: string[] = [];
  const surface = (m: NameMention) => {
    const text = nameText(doc, m.first, m.end).text.replace(/\s+/g, ' ');
    const nickname = cluster.kind === 'person' ? NICKNAME.exec(text) : null;
    if (!nickname) return text;
    nicknames.push(nickname[0].trim().slice(1, -1));
    return text.replace(NICKNAME, ' ');
  };
  const names = cluster.mentions.filter((m) => !m.weak).map(surface);
  const all = [...cluster.mentions.map(surface), ...nicknames];
  const written = baseOfPlace(cluster, asWritten(longest(names.length ? names : all), all), names);
  // A person the article only names in capitals (a transcript's "DANA KOVE:" label) is read as "Dana Kove".
  const name = cluster.kind === 'person' && written.length > 4 && written === written.toUpperCase() && /\p{Lu}/u.test(written)
    ? written.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : written;
  // "OKAFOR" from an all-caps heading adds nothing: variants that differ only in case are dropped.
  const lower = new Set([name.toLowerCase()]);
  const shouting = (n: string) => cluster.kind === 'person' && n === n.toUpperCase() && n.length > 4;
  const aliases = [...new Set(all)].filter((n) => !lower.has(n.toLowerCase()) && !shouting(n) && lower.add(n.toLowerCase())).sort();
  const roles: string[] = [];
  const seen = new Set<string>();
  for (const m of cluster.mentions) {
    for (const r of m.roles) {
      if (!r) continue;
      const text = doc.text.slice(doc.tokens[r[0]]!.start, doc.tokens[r[1] - 1]!.end).replace(/^(?:the|a|an)\s+/i, '');
      const key = text.toLowerCase().replace(/[.\s]+/g, ' ').trim(); // "Dr" and "Dr." are one title
      if (!seen.has(key)) {
        seen.add(key);
        roles.push(text);
      }
    }
  }
  // "President" adds nothing next to "Nigerian President".
  // "Ms" and "Mr" say how a person is addressed, not what they do: kept apart, for pronouns.
  const honorific = roles.find((r) => HONORIFIC.test(r)) ?? null;
  const kept = roles.filter((r) => !HONORIFIC.test(r) && !roles.some((o) => o !== r && o.toLowerCase().endsWith(' ' + r.toLowerCase())));
  // Provenance needs one span per form of the name, not every repetition: the count says how often.
  const forms = new Set<string>();
  const occurrences: ActorOccurrence[] = [];
  for (const m of cluster.mentions) {
    const at = nameText(doc, m.first, m.end);
    if (forms.has(at.text)) continue;
    forms.add(at.text);
    occurrences.push({ source: doc.id, ...at, rule: m.rule });
  }
  return { local, kind: cluster.kind, name, aliases, roles: kept, occurrences, count: cluster.mentions.length, ...(honorific ? { honorific } : {}), kindRule: cluster.kindRule };
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|messrs)\.?$/i;

/** The name's span without a trailing possessive: "Okafor’s" → "Okafor". */
export function nameText(doc: ParsedSource, first: number, end: number): { start: number; end: number; text: string } {
  const start = doc.tokens[first]!.start;
  const last = doc.tokens[end - 1]!;
  const stop = last.end - (last.text.length - stripPossessive(last.text).length);
  return { start, end: stop, text: doc.text.slice(start, stop) };
}

/** "MONTBRUN" from a dateline, "Montbrun" in the prose: a name in capitals gives way to its mixed-case spelling. */
function asWritten(name: string, forms: readonly string[]): string {
  if (name !== name.toUpperCase()) return name;
  return forms.find((f) => f !== f.toUpperCase() && f.toLowerCase() === name.toLowerCase()) ?? name;
}

/**
 * "Meru province" and "Meru" in one article: the place is called by its name, the noun stays an alias.
 * "the town of Meru" is Meru, whether or not the article names it alone.
 */
function baseOfPlace(cluster: Cluster, name: string, names: readonly string[]): string {
  const base = cluster.kind === 'place' ? placeBaseKey(nameKey(name)) : null;
  const named = base ? names.find((n) => nameKey(n) === base) : undefined;
  if (named) return named;
  const of = /^\p{Ll}+ of (\p{Lu}.*)$/u.exec(name);
  return base && of ? of[1]! : name;
}

/** Most words wins; ties go to the first seen, which keeps the choice deterministic. */
function longest(names: readonly string[]): string {
  let best = names[0]!;
  for (const n of names) if (n.split(/\s+/).length > best.split(/\s+/).length) best = n;
  return best;
}
