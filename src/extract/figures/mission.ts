import type { Mission } from '../../model/mention.js';
import type { RawFigure } from './find.js';
import { nounPhraseAt } from './subject.js';
import { isBoundary, isCapitalised, type Word } from './words.js';

/**
 * People sent on one errand: "the Harbor Council sent eleven inspectors to oversee the vote" in one outlet, "the
 * Harbor Council has sent only four monitors to watch the ballot" in another. The nouns differ (inspectors,
 * monitors) and share no word, yet the two counts are one quantity: who sent them and what for say who they
 * are. A count is such a mission when
 *   - it counts people of a mission's staff (`STAFF`: observers, monitors, experts, inspectors, officials …),
 *     nouns one outlet uses for another's; never kinds of people that are forces or trades of their own
 *     (soldiers, police, doctors: "sent 200 soldiers" and "sent 50 police" are two contingents);
 *   - a verb of sending governs it ("sent", "will deploy", "has dispatched", or "were sent" after it);
 *   - one sender is named: the verb's subject ("Dorvale sent …"), or "from <name>" after the noun, or "by
 *     <name>" after a passive verb. A list of senders ("from Dorvale, Kell and the Harbor Council") counts
 *     several groups, not one;
 *   - a purpose infinitive says what for ("to monitor the vote", "to investigate", "to help with the
 *     rescue"), folded to one family (`PURPOSES`: monitor, observe, oversee and watch are one errand).
 * The sender is kept as written, lower case, its spelling variants folded (see `nameOf`); reconcile decides
 * whether two senders are one (a name and its acronym).
 */
export function missionOf(words: readonly Word[], f: RawFigure, named: (w: Word) => boolean): Mission | null {
  if (f.unit !== 'count' || f.measure !== 'count' || f.rule === 'count-compound') return null;
  const np = nounPhraseAt(words, f.next);
  if (!np || !STAFF.has(words[np[1] - 1]!.norm)) return null;
  const verb = sendBefore(words, f.first);
  let k = np[1];
  // "four observers from the Harbor Council": whose they are, told after the noun.
  const from = words[k]?.norm === 'from' ? nameAt(words, k + 1) : null;
  if (from) k = from.next;
  let subject: Name | null | undefined = null;
  if (verb !== null) subject = subjectBefore(words, verb, named);
  else {
    const passive = passiveAt(words, k);
    if (passive === null) return null;
    k = passive;
    subject = words[k]?.norm === 'by' ? nameAt(words, k + 1) : null;
    if (subject) k = subject.next;
  }
  const sender = subject === undefined ? null : subject ?? from;
  if (!sender || sender.several || (from && from.several)) return null;
  const purpose = purposeAfter(words, k);
  return purpose ? { sender: sender.key, purpose } : null;
}

/**
 * Nouns for the people a body sends on an errand, any of which one outlet may use for another's word: the errand
 * and the sender say who they are. Forces and trades (soldiers, troops, police, firefighters, doctors, nurses,
 * engineers, rescuers) are left out: a report that sends soldiers and police sends two groups. So are words for
 * anyone ("people", "personnel"): "sent 300 personnel" may count a force besides the experts.
 */
const STAFF: ReadonlySet<string> = new Set([
  'observers', 'observer', 'monitors', 'monitor', 'experts', 'expert', 'inspectors', 'inspector', 'officials', 'official', 'staff', 'staffers',
  'members', 'specialists', 'specialist', 'investigators', 'investigator', 'envoys', 'envoy', 'delegates', 'representatives', 'advisers', 'advisors',
  'analysts', 'technicians',
]);

/** Verbs of sending people somewhere on an errand. */
const SEND: ReadonlySet<string> = new Set(['sent', 'send', 'sends', 'sending', 'deployed', 'deploy', 'deploys', 'deploying', 'dispatched', 'dispatch', 'dispatches', 'dispatching']);

/**
 * Words between the verb and the count: "sent only four", "dispatched a team of nine", "deployed a further
 * 12". (A hedge such as "about" is part of the figure's own words.)
 */
const BEFORE_COUNT: ReadonlySet<string> = new Set(['only', 'just', 'a', 'an', 'team', 'group', 'delegation', 'mission', 'contingent', 'total', 'of', 'further', 'another', 'its', 'their']);
const MAX_BEFORE_COUNT = 4;

/** The verb of sending right before the count (through `BEFORE_COUNT`), or null. */
function sendBefore(words: readonly Word[], first: number): number | null {
  for (let k = first - 1; k >= Math.max(0, first - 1 - MAX_BEFORE_COUNT); k--) {
    const w = words[k]!;
    if (SEND.has(w.norm)) return k;
    if (w.kind !== 'word' || !BEFORE_COUNT.has(w.norm)) return null;
  }
  return null;
}

/** Auxiliaries and adverbs between a subject and its verb: "has already sent", "will also deploy", "is sending". */
const AUX: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'shall', "'ll", 'is', 'are', 'was', 'were', 'be', 'been', 'also', 'already', 'now', 'recently', 'quickly',
  'immediately', 'reportedly', 'later', 'then', 'initially', 'originally']);
/** Verbs of intent that take the verb of sending as "to send": "Dorvale plans to send", "agreed to deploy". */
const INTENT: ReadonlySet<string> = new Set(['plans', 'planned', 'plan', 'intends', 'intended', 'agreed', 'decided', 'promised', 'pledged', 'offered', 'wants', 'hopes', 'expects', 'set', 'due', 'ready']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);

/**
 * The named subject of the verb of sending at `verb`: the sender's name, null when the subject is not
 * a name ("the group sent …", "it will send …": "from <name>" may still name it), undefined when the verb is
 * denied ("did not send 65 observers": none went; "has not sent only four" sent more, or none).
 */
function subjectBefore(words: readonly Word[], verb: number, named: (w: Word) => boolean): Name | null | undefined {
  let k = verb - 1;
  let denied = false;
  while (k >= 0) {
    const n = words[k]!.norm;
    if (NEGATIONS.has(n) || n.endsWith("n't")) denied = true;
    else if (n === 'to' && INTENT.has(words[k - 1]?.norm ?? '')) k--;
    else if (!AUX.has(n)) break;
    k--;
  }
  if (denied) return undefined;
  return nameEndingAt(words, k, named);
}

/** Words that join the words of one name: "Office for Relief and Recovery in the Islands", "Bank of Dorvale"; a name's initials leave them out. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'de']);
/** Connectors that open the tail of a name, after which "and" still joins its words ("Office for Relief and Recovery"). */
const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'on', 'de']);
const MAX_NAME = 10;

interface Name { readonly key: string; readonly several: boolean; readonly next: number }

/** The name whose last word is words[last] (capitalised), read back through `NAME_CONNECTORS`, or null. */
function nameEndingAt(words: readonly Word[], last: number, named: (w: Word) => boolean): Name | null {
  if (!isNameWord(words, last)) return null;
  let first = last;
  while (first > 0 && last - first < MAX_NAME) {
    const w = words[first - 1]!;
    const joins = w.kind === 'word' && NAME_CONNECTORS.has(w.norm) && !isCapitalised(w);
    if (isNameWord(words, first - 1) || (joins && isNameWord(words, first - 2))) first--;
    // "Bank of the Islands": two connectors in a row.
    else if (joins && w.norm === 'the' && NAME_CONNECTORS.has(words[first - 2]?.norm ?? '') && words[first - 2]!.norm !== 'the' && isNameWord(words, first - 3)) first -= 2;
    else break;
  }
  const opening = words.findIndex((w) => w.kind === 'word');
  // "Authorities sent …": a lone capitalised word that opens the sentence is a name only when the actors say so.
  if (first === opening && first === last && !isAcronym(words[first]!) && !named(words[first]!)) return null;
  // "the Kell Forum and the Harbor Council sent …": the last of several senders.
  const before = words[first - 1]?.norm === 'the' ? first - 2 : first - 1;
  const name = nameOf(words, first, last + 1);
  return words[before]?.norm === 'and' && isNameWord(words, before - 1) ? { ...name, several: true } : name;
}

/** The name that starts at words[i] ("the Harbor Council", "Dorvale and Kell"), or null. */
function nameAt(words: readonly Word[], i: number): Name | null {
  let first = i;
  if (words[first]?.norm === 'the') first++;
  if (!isNameWord(words, first)) return null;
  let next = first;
  while (next < words.length && next - first < MAX_NAME) {
    const w = words[next]!;
    if (isNameWord(words, next)) next++;
    else if (w.kind === 'word' && NAME_CONNECTORS.has(w.norm) && !isCapitalised(w) && (isNameWord(words, next + 1) || (w.norm !== 'the' && words[next + 1]?.norm === 'the' && isNameWord(words, next + 2)))) next++;
    else break;
  }
  // "from Dorvale, Kell and the Harbor Council": a list.
  const listed = words[next]?.text === ',' && (isNameWord(words, next + 1) || (words[next + 1]?.norm === 'the' && isNameWord(words, next + 2)));
  const name = nameOf(words, first, next);
  return listed ? { ...name, several: true } : name;
}

/**
 * The key of the name words[first, next): lower case, hyphens and dots dropped ("Co-ordination" =
 * "Coordination", "H.R.A." = "HRA"), British and American spellings folded ("Organisation" = "Organization"),
 * without a leading "the". Several senders when "and" joins names before any preposition of a name: "Dorvale
 * and Kell" are two, "Office for Relief and Recovery" one.
 */
function nameOf(words: readonly Word[], first: number, next: number): Name {
  while (first < next && words[first]!.norm === 'the') first++;
  const parts: string[] = [];
  let inTail = false;
  let several = false;
  for (let k = first; k < next; k++) {
    const w = words[k]!;
    const norm = w.norm.replace(/[.'’]/g, '').replace(/isation/g, 'ization');
    if (NAME_PREPOSITIONS.has(w.norm)) inTail = true;
    if (w.norm === 'and' && !inTail) several = true;
    if (w.joined && parts.length) parts[parts.length - 1] += norm;
    else parts.push(norm);
  }
  return { key: parts.join(' '), several, next };
}

/** A capitalised word, or a part hyphened to one ("Co-ordination" is read as "Co", "ordination"). */
function isNameWord(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (w === undefined || w.kind !== 'word' || !/^\p{L}/u.test(w.text)) return false;
  return isCapitalised(w) || (w.joined && k > 0 && isNameWord(words, k - 1));
}
const isAcronym = (w: Word) => /^(?:\p{Lu}\.?){2,}$/u.test(w.text);

/** "were sent", "have been deployed", "will be dispatched" at words[k]: the word after the verb, or null. */
function passiveAt(words: readonly Word[], k: number): number | null {
  let j = k;
  while (j < k + 3 && (AUX.has(words[j]?.norm ?? '') || words[j]?.norm === 'being')) j++;
  return j > k && SEND.has(words[j]?.norm ?? '') ? j + 1 : null;
}

/**
 * Errands, one family a key: to monitor, observe, oversee or watch a vote is one errand. Helping is told by what
 * is helped with ("to help with the rescue", "to assist rescue efforts", "to rescue survivors": help:rescue).
 */
const PURPOSES: ReadonlyMap<string, string> = new Map([
  ...['monitor', 'observe', 'oversee', 'watch', 'supervise', 'scrutinise', 'scrutinize'].map((v) => [v, 'monitor'] as const),
  ...['investigate', 'probe', 'examine'].map((v) => [v, 'investigate'] as const),
  ...['inspect'].map((v) => [v, 'inspect'] as const),
  ...['assess', 'evaluate'].map((v) => [v, 'assess'] as const),
]);
const HELP: ReadonlySet<string> = new Set(['help', 'assist', 'aid', 'support']);
/** Errands told by their own verb that helping may name too: "to rescue" = "to help with the rescue". */
const HELPED: ReadonlySet<string> = new Set(['rescue', 'search', 'rebuild', 'repair', 'clean', 'evacuate']);
const BEFORE_HELPED: ReadonlySet<string> = new Set(['with', 'in', 'the', 'a', 'an', 'to', 'on']);
/** Words that end the clause of the count before its purpose is told. */
const CLAUSE_END: ReadonlySet<string> = new Set(['who', 'which', 'that', 'while', 'but', 'after', 'before', 'because', 'as', 'since', 'when', 'and']);
const PURPOSE_REACH = 10;

/** The errand of the first purpose infinitive in the clause from words[k] ("to monitor", "in order to probe"), or null. */
function purposeAfter(words: readonly Word[], k: number): string | null {
  for (let j = k; j < Math.min(words.length, k + PURPOSE_REACH); j++) {
    const w = words[j]!;
    if (isBoundary(w) || CLAUSE_END.has(w.norm)) return null;
    if (w.norm !== 'to') continue;
    const verb = words[j + 1]?.norm ?? '';
    const family = PURPOSES.get(verb);
    if (family) return family;
    if (HELPED.has(verb)) return `help:${verb}`;
    if (!HELP.has(verb)) continue;
    let h = j + 2;
    while (h < j + 5 && BEFORE_HELPED.has(words[h]?.norm ?? '')) h++;
    const helped = stem(words[h]?.norm ?? '');
    return HELPED.has(helped) ? `help:${helped}` : null;
  }
  return null;
}

/** "rescuing", "rescue efforts" → rescue: the verb an errand's noun or participle comes from. */
function stem(word: string): string {
  if (HELPED.has(word)) return word;
  const base = word.replace(/(?:ing|s)$/, '');
  return HELPED.has(base) ? base : HELPED.has(`${base}e`) ? `${base}e` : word;
}
