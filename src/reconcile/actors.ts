import type { ActorFact } from '../model/fact.js';
import type { ActorKind, ActorMention } from '../model/mention.js';
import type { SourceMentions } from '../model/extraction.js';
import { compareEvidence } from './evidence.js';
import { fitted, type MemberIds } from './figures.js';
import { IdAllocator, slug } from './ids.js';
import { foldName, sameName, skeleton, surnameOf } from './names.js';
import { attachBareNames, isBare } from './actor-bare.js';
import { guessedKind, votedKind } from './actor-kinds.js';
import { PLACE_NAME_NOUN_MODIFIERS, PLACE_NAME_NOUNS } from '../lexicon/places.js';
import { PERSON_TITLES, WORD_GIVEN_NAMES } from '../lexicon/people.js';
import { COMMON_WORD_TAGS, hasAnyTag, ORG_TAGS, PLACE_TAGS } from '../nlp/lexicon.js';
import { UnionFind } from './union-find.js';

interface Item {
  readonly source: SourceMentions;
  readonly actor: ActorMention;
  /** Position of the actor in its source's `actors`. */
  readonly index: number;
}

/** (source id, local actor id) → the actor fact id, for quotes. */
export type ActorIndex = (source: string, local: string) => string | undefined;

/**
 * The lookup from `members`: extraction numbers a source's actors a1, a2, … in order, so
 * the local id gives the position; a source numbered otherwise gets its own map.
 */
function actorIndex(members: MemberIds, unusual: ReadonlyMap<string, ReadonlyMap<string, number>>): ActorIndex {
  return (source, local) => {
    const own = unusual.get(source);
    const i = own ? own.get(local) : /^a[1-9]\d*$/.test(local) ? Number(local.slice(1)) - 1 : undefined;
    return i === undefined ? undefined : members.get(source)?.[i];
  };
}

/**
 * One actor fact per real-world actor across sources. Candidates are blocked by
 * the consonant skeleton of the surname (or the folded name of an organisation or
 * place, and its initials), so only plausible pairs are compared. Two actors of
 * the same source are never merged: the article itself kept them apart.
 */
export function reconcileActors(inputs: readonly SourceMentions[], tick: () => void = noop): { facts: ActorFact[]; index: ActorIndex; members: MemberIds } {
  const items: Item[] = inputs.flatMap((source) => source.actors.map((actor, index) => ({ source, actor, index })));
  const uf = new UnionFind(items.length);
  const blocks = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const key of blockKeys(item.actor)) {
      const block = blocks.get(key);
      if (block) block.push(i);
      else blocks.set(key, [i]);
    }
  });
  for (const [key, block] of blocks) {
    tick();
    if (key.startsWith('w:')) {
      joinOneWordNames(block, uf);
      continue;
    }
    // One description ("facility|dorvale", "person:man|dorvale"): the same place or person in every source that gives it.
    if (key.startsWith('v:')) {
      for (const i of block.slice(1)) uf.union(block[0]!, i);
      continue;
    }
    // Identical spellings merge at once; only distinct spellings are compared pairwise.
    const reps = new Map<string, number>();
    for (const i of block) {
      const key = `${items[i]!.actor.kind === 'person'}:${foldName(items[i]!.actor.name)}`;
      const rep = reps.get(key);
      if (rep === undefined) reps.set(key, i);
      else uf.union(rep, i);
    }
    const distinct = [...reps.values()];
    // An acronym that stands for two different names here ("BC": "Bexar County", "British Columbia") joins neither.
    if (key.startsWith('i:') && distinct.filter((i) => !isAcronym(items[i]!.actor.name)).length > 1) continue;
    for (let x = 0; x < distinct.length; x++) {
      for (let y = x + 1; y < distinct.length; y++) {
        const a = items[distinct[x]!]!;
        const b = items[distinct[y]!]!;
        if (a.source !== b.source && (key.startsWith('i:') ? sameInitials(a.actor, b.actor) : sameActor(a.actor, b.actor))) uf.union(distinct[x]!, distinct[y]!);
      }
    }
  }
  const actors = items.map((it) => it.actor);
  joinBlendedNicknames(actors, uf);
  joinTeamMembers(actors, uf);
  attachBareNames(items.map((it) => ({ sourceId: it.source.source.id, actor: it.actor })), uf);

  /** One word spelled alike: bare names join each other, and a guessed one joins an organisation or place read from the words. */
  function joinOneWordNames(block: readonly number[], uf: UnionFind): void {
    const bare = block.filter((i) => isBare(items[i]!.actor));
    for (const i of bare.slice(1)) uf.union(bare[0]!, i);
    const strong = block.filter((i) => !isBare(items[i]!.actor));
    const guessed = bare.find((i) => items[i]!.actor.kind !== 'person');
    if (guessed !== undefined && strong.length) uf.union(guessed, strong[0]!);
  }
  const ids = new IdAllocator();
  const members: MemberIds = new Map();
  const unusual = new Map<string, Map<string, number>>();
  for (const input of inputs) {
    if (input.actors.every((a, i) => a.local === `a${i + 1}`)) continue;
    unusual.set(input.source.id, new Map(input.actors.map((a, i) => [a.local, i])));
  }
  const facts = uf
    .groups()
    .map((group) => group.map((i) => items[i]!))
    // A surname that only opened a sentence ("Alder has …") is kept where it joined a person named in full.
    .map((group) => (group.some((item) => item.actor.kindRule !== OPENER_RULE && item.actor.kind === 'person' && /\s/.test(item.actor.name.trim())) ? group : group.filter((item) => item.actor.kindRule !== OPENER_RULE)))
    .filter((group) => group.length > 0)
    .map((group) => ({ group, fact: toFact(group), first: firstOccurrence(group) }))
    .sort((a, b) => KIND_ORDER[a.fact.kind] - KIND_ORDER[b.fact.kind] || Number(a.fact.described ?? false) - Number(b.fact.described ?? false) || b.fact.sources.length - a.fact.sources.length || compareEvidence(a.first, b.first))
    .map(({ group, fact }) => {
      const id = ids.take(`actor-${slug(fact.name)}`);
      for (const item of group) {
        const sid = item.source.source.id;
        (members.get(sid) ?? members.set(sid, []).get(sid)!)[item.index] = id;
      }
      return { ...fact, id };
    });
  fitted(members);
  return { facts, index: actorIndex(members, unusual), members };
}

const noop = (): void => undefined;

/** The rule of a one-word name that opens a sentence and nothing else tells of (see extract/actors/index.ts). */
const OPENER_RULE = 'surname-opener';

/**
 * "MiLo", "T.Ku", "A-Ruz", "KVell": one word made of the first letters of a person's given name and of
 * their surname is that person's nickname, when the run names exactly one person it fits.
 */
function joinBlendedNicknames(actors: readonly ActorMention[], uf: UnionFind): void {
  const people = new Map<string, { given: string; surname: string; index: number }>();
  actors.forEach((a, i) => {
    const words = foldName(a.name).split(/\s+/);
    if (a.kind === 'person' && a.described === undefined && words.length >= 2 && !people.has(words.join(' '))) people.set(words.join(' '), { given: words[0]!, surname: words[words.length - 1]!, index: i });
  });
  if (people.size === 0) return;
  const byName = new Map<string, number[]>();
  actors.forEach((a, i) => {
    if (BLEND.test(a.name)) (byName.get(a.name) ?? byName.set(a.name, []).get(a.name)!).push(i);
  });
  for (const [name, at] of [...byName].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const [, head, tail] = BLEND.exec(name)!;
    const [h, t] = [foldName(head!), foldName(tail!)];
    const fits = [...people.values()].filter((p) => p.given.startsWith(h) && p.surname.startsWith(t) && p.given !== h && p.surname !== t);
    if (fits.length !== 1) continue;
    for (const i of at) uf.union(fits[0]!.index, i);
  }
}

/**
 * "a fourth-quarter Kestrel Hawk stampede": a guessed name that is a known team's name without its final
 * "s" speaks of that team (its players, its run of play), not of a person called so.
 */
function joinTeamMembers(actors: readonly ActorMention[], uf: UnionFind): void {
  const teams = new Map<string, number>();
  actors.forEach((a, i) => {
    if (a.kind === 'organization' && !guessedKind(a) && /s$/i.test(a.name)) {
      const key = foldName(a.name);
      if (!teams.has(key)) teams.set(key, i);
    }
  });
  if (teams.size === 0) return;
  actors.forEach((a, i) => {
    const team = guessedKind(a) ? teams.get(`${foldName(a.name)}s`) : undefined;
    if (team !== undefined) uf.union(team, i);
  });
}

/** Two capitalised pieces in one word, the first of one to three letters: "MiLo", "T.Ku", "A-Ruz", "KVell". */
const BLEND = /^(\p{Lu}\p{Ll}{0,2})[.-]?(\p{Lu}\p{Ll}{1,4})$/u;

const KIND_ORDER: Record<ActorKind, number> = { person: 0, organization: 1, place: 2 };

function blockKeys(a: ActorMention): string[] {
  if (a.described !== undefined) return [`v:${a.described}`];
  const words = foldName(a.name).split(/\s+/);
  if (isBare(a)) return [`w:${words[0]}`];
  // "Vexo Trel" in one outlet is "VexoTrel" in another: the letters without spaces meet.
  const compact = words.length > 1 ? [`c:${words.join('')}`] : [];
  if (a.kind === 'person') return [`p:${skeleton(surnameOf(words))}`, `n:${words.join(' ')}`, ...compact];
  const keys = [`o:${words.join(' ').replace(/^the /, '')}`, `n:${words.join(' ')}`, `c:${words.join('').replace(/^the/, '')}`];
  if (words.length === 1) keys.push(`w:${words[0]}`);
  // "Meru province" in one outlet is "Meru" in another ("Lagos State", capitalised, is a name of its own).
  if (a.kind === 'place' && words.length > 1 && PLACE_NAME_NOUNS.has(words[words.length - 1]!) && /\s\p{Ll}+$/u.test(a.name)) {
    const base = words.slice(0, -1).filter((w, i, all) => !(i === all.length - 1 && PLACE_NAME_NOUN_MODIFIERS.has(w)));
    if (base.length) keys.push(`o:${base.join(' ').replace(/^the /, '')}`);
  }
  // An article that linked "Harbour Workers Union" and "HWU" lets other articles' "HWU" join too.
  for (const alias of a.aliases) keys.push(`o:${foldName(alias).replace(/^the /, '')}`);
  // Initials of a name written in capitals only ("Velmora province" is no "VP"): "Harbour Workers Union"
  // and "HWU". Only an acronym meets a name in this block (see `sameInitials`): two names that share
  // initials ("Bexar County", "Board of Contributors") are not one.
  if (words.length > 1 && !/\s(?!(?:of|the|and|for)\s)\p{Ll}/u.test(a.name)) keys.push(`i:${words.filter((w) => !['of', 'the', 'and', 'for'].includes(w)).map((w) => w[0]).join('')}`);
  else if (words.length === 1 && isAcronym(a.name)) keys.push(`i:${words[0]}`);
  return keys;
}

const isAcronym = (name: string): boolean => /^\p{Lu}{2,6}$/u.test(name);

/** An acronym and the name it abbreviates ("HWU", "Harbour Workers Union"); never a person, never two names. */
function sameInitials(a: ActorMention, b: ActorMention): boolean {
  if (a.kind === 'person' || b.kind === 'person') return false;
  return isAcronym(a.name) !== isAcronym(b.name);
}

function sameActor(a: ActorMention, b: ActorMention): boolean {
  // One article may guess "Funmilayo Adeyemi" is a group where another knows her: the same full name is one actor.
  if (a.kind !== b.kind && a.name.includes(' ') && foldName(a.name) === foldName(b.name)) return true;
  // "Vexo Trel" guessed a person's name by one outlet, "VexoTrel" a company by another: one actor, the kinds vote.
  if (a.kind !== b.kind && (a.name.includes(' ') !== b.name.includes(' ')) && compactName(a.name) === compactName(b.name) && (readFromContext(a) || readFromContext(b))) return true;
  if (a.kind === 'person' || b.kind === 'person') return a.kind === b.kind && sameName(a.name, b.name);
  return true; // same folded name or acronym ↔ initials, kinds may differ (a place that is also a government)
}

function toFact(group: readonly Item[]): Omit<ActorFact, 'id'> {
  const count = new Map<string, number>();
  for (const { actor } of group) count.set(actor.name, (count.get(actor.name) ?? 0) + 1);
  // A name no other shadows first (below), then most sources, then a name read from the words rather than
  // guessed ("Kestrel Hawks" over a "Kestrel Hawk" that joined it), then the fuller name, then the native
  // spelling ("Jürgen Müller" over "Juergen Mueller").
  const read = new Set(group.filter(({ actor }) => !guessedKind(actor)).map(({ actor }) => actor.name));
  const isRead = (n: string) => (read.has(n) ? 1 : 0);
  const kind = votedKind(group.map((g) => g.actor));
  // A person's name that a personal name of the group holds whole ("Ana" beside "Ana Ruiz"), or a personal name
  // with ordinary words put in front ("Democrat Ana Ruiz"), is a short form or a title glued on: it names the
  // actor only when nothing else does.
  const personal = kind === 'person' ? [...count.keys()].filter((n) => /\s/.test(n.trim()) && read.has(n) && looksPersonal(n)) : [];
  const shadowed = new Set<string>([...count.keys()].filter((n) => personal.some((m) => m !== n && ((holdsWord(m, n) && !titleWord(n)) || (n.endsWith(' ' + m) && n.slice(0, -m.length).trim().split(/\s+/).every(titleWord))))));
  const covered = (n: string) => (shadowed.has(n) ? 1 : 0);
  const best = [...count.entries()].sort((x, y) => covered(x[0]) - covered(y[0]) || y[1] - x[1] || isRead(y[0]) - isRead(x[0]) || words(y[0]) - words(x[0]) || accents(y[0]) - accents(x[0]) || (x[0] < y[0] ? -1 : 1))[0]![0];
  // A name in capitals ("MONTBRUN" from a dateline) gives way to the same name in mixed case from another source.
  const name = best === best.toUpperCase() ? ([...count.keys()].find((n) => n !== n.toUpperCase() && n.toLowerCase() === best.toLowerCase()) ?? best) : best;
  const aliases = new Set<string>();
  const roles: string[] = [];
  for (const { actor } of group) {
    for (const n of [actor.name, ...actor.aliases]) if (n !== name) aliases.add(n);
    for (const r of actor.roles) if (!roles.some((x) => roleKey(x) === roleKey(r))) roles.push(r);
  }
  const sources = [...new Set(group.map((g) => g.source.source.id))].sort();
  return {
    type: 'actor',
    status: sources.length > 1 ? 'agreed' : 'single-source',
    sources,
    conflicts: [],
    name,
    kind,
    aliases: [...aliases].sort(),
    mentions: group.reduce((n, { actor }) => n + (actor.count ?? actor.occurrences.length), 0),
    roles: roles.filter((r) => !roles.some((o) => o !== r && o.toLowerCase().endsWith(' ' + r.toLowerCase()))).sort(),
    evidence: [],
    ...(group.every(({ actor }) => actor.described !== undefined) ? { described: true as const } : {}),
  };
}

/** Where an actor is first named, in the order of evidence: the tie-break of the facts' order. */
function firstOccurrence(group: readonly Item[]): { source: string; start: number; end: number } {
  let first: { source: string; start: number; end: number } | null = null;
  for (const { source, actor } of group) {
    for (const o of actor.occurrences) {
      const here = { source: source.source.id, start: o.start, end: o.end };
      if (first === null || compareEvidence(here, first) < 0) first = here;
    }
  }
  return first!;
}

const words = (s: string) => s.split(/\s+/).length;
/**
 * Capitalised words none of which the lexicon knows as an ordinary word, a place or an organisation, save
 * given names that are words too ("Bill"): "Ana Ruiz", "Tom W. Bryce", not "Crooked Ana" or "State".
 */
function looksPersonal(name: string): boolean {
  return name.trim().split(/\s+/).every((w) => {
    const norm = w.toLowerCase().replace(/['’]s$|\.$/, '');
    return /^\p{Lu}/u.test(w) && (!hasAnyTag(norm, NOT_PERSONAL_TAGS) || WORD_GIVEN_NAMES.has(norm));
  });
}

const NOT_PERSONAL_TAGS = [...COMMON_WORD_TAGS, ...PLACE_TAGS, ...ORG_TAGS];

/** A word put before a name that is no given name: a title ("State"), a party, an ordinary word or a place. */
function titleWord(w: string): boolean {
  const norm = w.toLowerCase();
  return PERSON_TITLES.has(norm) || AFFILIATIONS.has(norm) || (hasAnyTag(norm, NOT_PERSONAL_TAGS) && !WORD_GIVEN_NAMES.has(norm));
}

/** Parties and roles written before a name like a title: "Democrat Ana Ruiz", "Moderator Ana Ruiz". */
const AFFILIATIONS: ReadonlySet<string> = new Set(['democrat', 'republican', 'independent', 'libertarian', 'conservative', 'liberal', 'socialist', 'moderator', 'host', 'anchor']);
/** "Ana Ruiz" holds the one-word name "Ana" (or "Ruiz") as a word of its own. */
const holdsWord = (name: string, word: string) => !/\s/.test(word.trim()) && name.split(/\s+/).includes(word);
const accents = (s: string) => s.replace(/[\x00-\x7f]/g, '').length;
/** "Dr" and "Dr.", "U.S. President" and "US President" are one role. */
const roleKey = (r: string) => r.toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();

const compactName = (name: string) => foldName(name).replace(/[\s-]+/g, '');

/** A kind guessed, or read from the verb of saying after the name only ("Vexo Trel said"). */
const readFromContext = (a: ActorMention) => guessedKind(a) || a.kindRule === 'speaker-subject' || a.kindRule === 'speaker-inverted';
