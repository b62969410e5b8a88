import type { ParsedSource, Token } from '../../nlp/types.js';
import type { NameMention } from './classify.js';
import { COMMON_WORD_TAGS, hasAnyTag, hasTag, ORG_TAGS, PERSON_TAGS, PLACE_TAGS } from '../../nlp/lexicon.js';
import { FACILITY_HEADS, PLACE_HEADS } from '../../lexicon/places.js';
import { spanKey, stripPossessive, surnameOf } from './words.js';

/**
 * Sports results name teams by their town or school: "Aldermoor beat Kestrel 71-64", "No. 1
 * Aldermoor (22-9)", "an 88-70 win over visiting Kestrel". Such a name is a team (an organisation),
 * whatever place it is named after. Each row: a rule name and what it looks for, with an example.
 */
const RESULT_VERBS = new Set(['beat', 'beats', 'beating', 'defeat', 'defeats', 'defeated', 'defeating', 'topped', 'tops', 'edged', 'edges', 'routed', 'outlasted', 'stunned', 'upset', 'downed', 'blanked', 'thrashed', 'trounced', 'whipped', 'clobbered']);
const BEFORE_OPPONENT = new Set(['over', 'against', 'to', 'vs', 'vs.', 'versus']);
const HOME_AWAY = new Set(['visiting', 'host', 'hosts', 'home', 'the']);
const SCORE = /^\d{1,3}-\d{1,3}$/;

const isScore = (t: Token | undefined) => t !== undefined && SCORE.test(t.text);

/** The rule that reads the name at [first, end) as a team, or null. */
export function teamRule(doc: ParsedSource, first: number, end: number): string | null {
  // "Ana Ruiz beat Tom Alder": players and boxers win too.
  if (givenAndSurname(doc.tokens, first, end)) return null;
  if (givenNameTeam(doc.tokens, first, end)) return 'team-name'; // "the Carol Hornets"
  const at = (i: number) => doc.tokens[i];
  let p = first - 1;
  while (at(p) && HOME_AWAY.has(at(p)!.norm)) p--;
  // "Aldermoor 65, Kestrel 53" is left out: a bare number after a name says little.
  if (isScore(at(end)) || (at(end)?.text === ',' && isScore(at(end + 1)))) return 'team-score'; // "beat Kestrel 88-70", "Kestrel, 88-70"
  if (at(end)?.text === '(' && isScore(at(end + 1)) && at(end + 2)?.text === ')') return 'team-record'; // "Aldermoor (22-9)"
  if (at(p)?.kind === 'word' && RESULT_VERBS.has(at(p)!.norm)) return 'team-result'; // "beat visiting Kestrel"
  if (at(end)?.kind === 'word' && RESULT_VERBS.has(at(end)!.norm)) {
    let q = end + 1;
    while (at(q) && HOME_AWAY.has(at(q)!.norm)) q++;
    if (/^\p{Lu}/u.test(at(q)?.text ?? '')) return 'team-result'; // "the Stags beat visiting Kestrel"
  }
  const rank = /^\d{1,2}$/.test(at(p)?.text ?? '') && ((at(p - 1)?.text === '.' && at(p - 2)?.norm === 'no') || at(p - 1)?.norm === 'no.');
  if (rank) return 'team-rank'; // "No. 1 Aldermoor"
  if (at(p) && BEFORE_OPPONENT.has(at(p)!.norm) && /^(?:win|victory|loss|defeat)$/.test(at(p - 1)?.norm ?? '')) return 'team-result'; // "win over Kestrel"
  return null;
}

/**
 * "Ana Ruiz", "Tom Alder": a known given name (no place's or team's name too) and one or two words that
 * are no ordinary word, place or organisation name a person, whatever result they stand in. A team's
 * plural ("Charlotte Hornets") is no surname: a last word in "s" must be one the lexicon knows as one.
 */
function givenAndSurname(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first < 2 || end - first > 3) return false;
  const given = stripPossessive(tokens[first]!.norm);
  if (!hasTag(given, 'FirstName', 'MaleName', 'FemaleName') || hasAnyTag(given, NOT_GIVEN_TAGS)) return false;
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k]!;
    const norm = stripPossessive(t.norm);
    if (t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text) || hasAnyTag(norm, NOT_SURNAME_TAGS)) return false;
  }
  const last = stripPossessive(tokens[end - 1]!.norm);
  return !last.endsWith('s') || hasTag(last, 'LastName', 'MaleName', 'FemaleName', 'FirstName');
}

const NOT_GIVEN_TAGS = [...PLACE_TAGS, ...ORG_TAGS];

/**
 * "the Carol Hornets", "the 1998 Ada Harriers": a given name (a town's, here) and a capitalised plural,
 * right after "the" or after "the" and a season's year, name a team. A person's name takes no "the", and
 * a surname in "s" the word lists know ("Brooks") is left to givenAndSurname; a plural that heads a place
 * ("the Victoria Islands") is a place's.
 */
function givenNameTeam(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first !== 2) return false;
  const given = stripPossessive(tokens[first]!.norm);
  const plural = stripPossessive(tokens[first + 1]!.norm);
  if (!hasTag(given, 'FirstName', 'MaleName', 'FemaleName') || !/^\p{Lu}\p{Ll}/u.test(tokens[first + 1]!.text) || !/^\p{Ll}{2,}[^su's]s$/u.test(plural)) return false;
  if (hasAnyTag(plural, NOT_TEAM_TAGS) || hasAnyTag(`${given} ${plural}`, NOT_TEAM_TAGS) || PLACE_HEADS.has(plural) || FACILITY_HEADS.has(plural)) return false;
  const year = /^\d{4}(?:-\d{2})?$/.test(tokens[first - 1]?.text ?? '');
  return (year ? tokens[first - 2] : tokens[first - 1])?.norm === 'the';
}

const NOT_TEAM_TAGS = [...PERSON_TAGS, ...PLACE_TAGS];
const NOT_SURNAME_TAGS = [...COMMON_WORD_TAGS, ...PLACE_TAGS, ...ORG_TAGS];

/**
 * In a sports report (one where some name is a team by a result, a score or a rank), a place's name
 * is its team where the words around say so. Each row: a rule name and a test at the name [first, end).
 */
const SPORTS_NOUNS = new Set(['record', 'records', 'playoff', 'playoffs', 'season', 'game', 'games', 'coach', 'offense', 'defense',
  'offence', 'defence', 'roster', 'loss', 'win', 'victory', 'career', 'all-time', 'scoring', 'quarterback', 'starter', 'starters',
  'lineup', 'bench', 'fans', 'squad', 'franchise', 'head', 'rushing', 'passing', 'leading']);
const TEAM_MODIFIED = new Set(['basketball', 'football', 'baseball', 'hockey', 'soccer', 'scoring', 'record', 'coach', 'fans', 'team', 'squad', 'program', 'offense', 'defense', 'roster', 'quarterback']);
const RANKED = new Set(['top-ranked', 'unbeaten', 'undefeated', 'seeded', 'top-seeded', 'no.', 'seed']);
const TEAM_CUES: ReadonlyArray<readonly [string, (doc: ParsedSource, first: number, end: number) => boolean]> = [
  // "Kestrel's career scoring record", "before Kestrel's playoff loss"
  ['team-possessive', (doc, _first, end) => {
    const last = doc.tokens[end - 1]!;
    const glued = /['’]s?$/u.test(last.text) ? end : (doc.tokens[end]?.text === '’s' || doc.tokens[end]?.text === "'s") ? end + 1 : -1;
    if (glued < 0) return false;
    // "Kestrel's 14th head coach", "Kestrel's new coach": an ordinal or an adjective may come between.
    for (let k = glued; k < glued + 4; k++) {
      const norm = doc.tokens[k]?.norm ?? '';
      if (SPORTS_NOUNS.has(norm)) return true;
      if (!/^(?:\d+(?:st|nd|rd|th)?|st|nd|rd|th|new|former|interim|first|last|next)$/.test(norm)) return false;
    }
    return false;
  }],
  // "Kestrel basketball", "the all-time Kestrel scoring record": the town before its sport or its record.
  ['team-modifier', (doc, _first, end) => TEAM_MODIFIED.has(doc.tokens[end]?.norm ?? '') && doc.tokens[end]!.text === doc.tokens[end]!.norm],
  // "games against Aldermoor and Kestrel", "Kestrel vs. Aldermoor"
  ['team-opponent', (doc, first) => /^(?:against|vs\.?|versus)$/.test(doc.tokens[first - 1]?.norm ?? '')],
  // "top-ranked Aldermoor", "fifth seed Kestrel"
  ['team-rank', (doc, first) => RANKED.has(doc.tokens[first - 1]?.norm ?? '')],
  // "knocked out in the semi-final by Kestrel", "a 3-1 victory over Kestrel"
  ['team-result', (doc, first) => {
    const p = doc.tokens[first - 1]?.norm ?? '';
    if (p === 'over') return /^(?:win|victory|triumph)$/.test(doc.tokens[first - 2]?.norm ?? '');
    if (p !== 'by') return false;
    // "knocked out in the semi-final by Kestrel", "were beaten at home by Kestrel"
    for (let k = first - 2; k >= Math.max(0, first - 10) && doc.tokens[k]!.kind === 'word'; k--) {
      if (RESULT_VERBS.has(doc.tokens[k]!.norm) || /^(?:eliminated|beaten|swept|knocked)$/.test(doc.tokens[k]!.norm)) return true;
    }
    return false;
  }],
  // "Kestrel have chosen to rest their captain": a town's name with a plural verb is its team.
  ['team-plural', (doc, _first, end) => /^(?:have|are|were)$/.test(doc.tokens[end]?.norm ?? '') && doc.tokens[end]!.text === doc.tokens[end]!.norm],
];

/**
 * Words only a sports report uses: with two of them, the report's towns may be its teams even when it
 * gives no score ("is out for the last three matches against Kestrel" in a story about an injured player).
 */
const SPORTS_WORDS = new Set(['playoff', 'playoffs', 'quarterback', 'touchdown', 'touchdowns', 'rebounds', 'wild-card', 'halftime', 'inning',
  'innings', 'goalkeeper', 'striker', 'linebacker', 'receiver', 'preseason', 'postseason', 'coach', 'roster', 'standings', 'tournament']);

function sportsReport(doc: ParsedSource): boolean {
  const seen = new Set<string>();
  for (const t of doc.tokens) if (SPORTS_WORDS.has(t.norm) && seen.add(t.norm).size >= 2) return true;
  return false;
}

/** A name read as a team once is that team wherever the article uses it ("Kestrel … in Kestrel's gym"). */
export function propagateTeams(doc: ParsedSource, mentions: readonly NameMention[]): NameMention[] {
  const keyOf = (m: NameMention) => spanKey(doc, m.first, m.end);
  if (!mentions.some((m) => m.rule.startsWith('team-')) && !sportsReport(doc)) return [...mentions];
  // Only names read as places: "Dorsey's passing record" may be a player's, whose surname is no known town.
  const placeLike = (m: NameMention) => m.kind === 'place' && !m.weak && m.rule !== 'dateline' && !m.rule.startsWith('place-of') && m.rule !== 'place-kind' && m.rule !== 'place-noun';
  mentions = mentions.map((m) => {
    if (!placeLike(m)) return m;
    const cue = TEAM_CUES.find(([, test]) => test(doc, m.first, m.end));
    return cue ? { ...m, kind: 'organization' as const, rule: cue[0] } : m;
  });
  // "against Bristol and Toledo": the second of a pair of opponents is a team too.
  const byEnd = new Map(mentions.map((m) => [m.end, m]));
  mentions = mentions.map((m) => {
    const sep = doc.tokens[m.first - 1]?.norm;
    const before = sep === 'and' || sep === ',' ? byEnd.get(m.first - 1) : undefined;
    // (one word only guessed a person's, "against Kestrel and Madison", too)
    const oneWord = m.end - m.first === 1 && !m.weak && m.rule !== 'title-name' && m.roles.length === 0;
    return (placeLike(m) || oneWord) && before?.rule === 'team-opponent' ? { ...m, kind: 'organization' as const, rule: 'team-opponent' } : m;
  });
  const teams = new Set(mentions.filter((m) => m.rule.startsWith('team-')).map(keyOf));
  return mentions.map((m) => (m.kind !== 'organization' && m.rule !== 'title-name' && teams.has(keyOf(m)) ? { ...m, kind: 'organization' as const, roles: [], rule: 'team' } : m));
}

/**
 * "Another Harrier was hurt", "Another Harrier, winger Tom Alder,": one word after "a", "another", "each"
 * whose plural names a team or group of the article ("the Harriers", "the Kestrels said") is one of its
 * members, a person (rule team-member); before a person's name, that person's (see link.ts).
 */
export function markTeamMembers(doc: ParsedSource, mentions: readonly NameMention[]): NameMention[] {
  const groups = new Set<string>();
  for (const m of mentions) {
    if (m.weak || m.end - m.first !== 1) continue;
    const key = spanKey(doc, m.first, m.end);
    if (key.endsWith('s') && (m.kind === 'organization' || (m.kind === null && doc.tokens[m.first - 1]?.norm === 'the'))) groups.add(key);
  }
  if (groups.size === 0) return [...mentions];
  return mentions.map((m) => {
    // ("scored twice as a Kestrel" tells what the subject was, no one new.)
    if (m.kind !== null || m.end - m.first !== 1 || !MEMBER_DETERMINERS.has(doc.tokens[m.first - 1]?.norm ?? '') || doc.tokens[m.first - 2]?.norm === 'as') return m;
    return groups.has(`${spanKey(doc, m.first, m.end)}s`) ? { ...m, kind: 'person' as const, rule: 'team-member' } : m;
  });
}

const MEMBER_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'each', 'every', 'one', 'fellow', 'former']);
