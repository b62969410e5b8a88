import type { ParsedSource, Token } from '../../nlp/types.js';
import type { NameMention } from './classify.js';
import { nameKey } from './words.js';

/**
 * Sports results name teams by their town or school: "Aldermoor beat Kestrel 65-53", "No. 1
 * Aldermoor (25-7)", "a 91-73 win over visiting Kestrel". Such a name is a team (an organisation),
 * whatever place it is named after. Each row: a rule name and what it looks for, with an example.
 */
const RESULT_VERBS = new Set(['beat', 'beats', 'beating', 'defeat', 'defeats', 'defeated', 'defeating', 'topped', 'tops', 'edged', 'edges', 'routed', 'outlasted', 'stunned', 'upset', 'downed', 'blanked', 'thrashed', 'trounced', 'whipped', 'clobbered']);
const BEFORE_OPPONENT = new Set(['over', 'against', 'to', 'vs', 'vs.', 'versus']);
const HOME_AWAY = new Set(['visiting', 'host', 'hosts', 'home', 'the']);
const SCORE = /^\d{1,3}-\d{1,3}$/;

const isScore = (t: Token | undefined) => t !== undefined && SCORE.test(t.text);

/** The rule that reads the name at [first, end) as a team, or null. */
export function teamRule(doc: ParsedSource, first: number, end: number): string | null {
  const at = (i: number) => doc.tokens[i];
  let p = first - 1;
  while (at(p) && HOME_AWAY.has(at(p)!.norm)) p--;
  // "Aldermoor 65, Kestrel 53" is left out: a bare number after a name says little.
  if (isScore(at(end)) || (at(end)?.text === ',' && isScore(at(end + 1)))) return 'team-score'; // "beat Kestrel 91-73", "Kestrel, 91-73"
  if (at(end)?.text === '(' && isScore(at(end + 1)) && at(end + 2)?.text === ')') return 'team-record'; // "Aldermoor (25-7)"
  if (at(p)?.kind === 'word' && RESULT_VERBS.has(at(p)!.norm)) return 'team-result'; // "beat visiting Kestrel"
  if (at(end)?.kind === 'word' && RESULT_VERBS.has(at(end)!.norm)) {
    let q = end + 1;
    while (at(q) && HOME_AWAY.has(at(q)!.norm)) q++;
    if (/^\p{Lu}/u.test(at(q)?.text ?? '')) return 'team-result'; // "the Tar Heels beat visiting Kestrel"
  }
  const rank = /^\d{1,2}$/.test(at(p)?.text ?? '') && ((at(p - 1)?.text === '.' && at(p - 2)?.norm === 'no') || at(p - 1)?.norm === 'no.');
  if (rank) return 'team-rank'; // "No. 1 Aldermoor"
  if (at(p) && BEFORE_OPPONENT.has(at(p)!.norm) && /^(?:win|victory|loss|defeat)$/.test(at(p - 1)?.norm ?? '')) return 'team-result'; // "win over Kestrel"
  return null;
}

/** A name read as a team once is that team wherever the article uses it ("Kestrel … in Kestrel's gym"). */
export function propagateTeams(doc: ParsedSource, mentions: readonly NameMention[]): NameMention[] {
  const keyOf = (m: NameMention) => nameKey(doc.text.slice(doc.tokens[m.first]!.start, doc.tokens[m.end - 1]!.end));
  const teams = new Set(mentions.filter((m) => m.rule.startsWith('team-')).map(keyOf));
  if (teams.size === 0) return [...mentions];
  return mentions.map((m) => (m.kind !== 'organization' && m.rule !== 'title-name' && teams.has(keyOf(m)) ? { ...m, kind: 'organization' as const, roles: [], rule: 'team' } : m));
}
