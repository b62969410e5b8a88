import { isSpeechVerb } from '../../lexicon/speech.js';
import { isBoundary, type Word } from './words.js';

/**
 * What a figure measures, from the words around it, as short original text:
 *   "the floods have killed or wounded 40,000 people"     → "people killed or wounded"
 *   "offered to buy about $3 billion worth of Vexel drills" → "Vexel drills offered to buy"
 *   "Velmora's worst flood in 80 years"                    → "Velmora's worst flood"
 * Rule of thumb, in order: the noun phrase after the figure (through "worth
 * of" / "of" / money's "in"), plus the verb group right before it; else the
 * noun phrase before a linking preposition ("flood in 80 years"); else null.
 */

/** Words that end a noun phrase. */
const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'than', 'that',
  'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'after', 'before', 'since', 'until', 'during', 'into', 'over',
  'under', 'including', 'according', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will',
  'would', 'could', 'should', 'may', 'might', 'can', 'did', 'do', 'does', 'this', 'these', 'those', 'it', 'its', 'their',
  'his', 'her', 'our', 'your', 'my', 'they', 'he', 'she', 'we', 'i', 'you', 'not', 'also', 'so', 'if', 'because', 'across',
  'about', 'against', 'between', 'through', 'per', 'each', 'every', 'ago', 'later', 'earlier', 'more', 'less', 'worth',
  'much', 'very', 'become', 'became', 'becomes', 'remain', 'remains', 'remained', 'within', 'next', 'past', 'last',
  // Prepositions of place: "9 towns around the lake" counts towns.
  'around', 'along', 'among', 'amid', 'near', 'beyond', 'throughout', 'toward', 'towards', 'via', 'despite', 'without', 'alongside',
]);
/** "three more people": additional, not a hedge; skipped before the noun. */
const ADDITIONAL = new Set(['more', 'additional', 'other', 'further', 'extra', 'new']);
/** Auxiliaries that link a clause subject to its verb: "the repairs would be finished". */
const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can']);
/** Determiners skipped at the start of a noun phrase: "of its eastern region". */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'some', 'all', 'both']);
/** Verbs that take an amount as object; words in -ed are verbs too. */
const VERBS = new Set([
  'buy', 'sell', 'pay', 'spend', 'cost', 'costs', 'raise', 'send', 'lose', 'cut', 'borrow', 'lend', 'owe', 'give', 'earn',
  'invest', 'purchase', 'kill', 'kills', 'wound', 'injure', 'hit', 'reach', 'reached', 'seek', 'seeks', 'sought', 'deploy',
  'provide', 'pledge', 'spent', 'paid', 'sold', 'bought', 'lost', 'sent', 'gave', 'won', 'rose', 'fell', 'grew', 'caused',
  'cause', 'approve', 'offer', 'fund', 'win', 'take', 'took', 'taken', 'hold', 'held', 'raised', 'has', 'have',
  // Verbs of scope, whose object is the counted group: "covers some 12,000 workers", "affects 300 families".
  'cover', 'covers', 'affect', 'affects', 'employ', 'employs', 'gives', 'include', 'includes', 'involve', 'involves',
  'burn', 'burns', 'burnt', 'consume', 'consumes', 'destroy', 'destroys', 'evacuate', 'evacuates',
  // Verbs of a fall, whose measure is its height: "after falling about 120 metres", "plunging 300m".
  'fall', 'falls', 'falling', 'fallen', 'plunge', 'plunges', 'plunging', 'tumble', 'tumbles', 'tumbling', 'drop', 'drops', 'dropping', 'slide', 'slid', 'sliding',
  // A toll told as what the event did: "the quake struck on Sunday, killing six people and hurting many more".
  'killing', 'injuring', 'wounding',
  // Jobs a company cuts: "plans to shed 1,500 jobs", "is axing 900 jobs".
  'shed', 'sheds', 'shedding', 'axe', 'axes', 'axing', 'slash', 'slashes', 'slashing', 'eliminate', 'eliminates', 'eliminating', 'cutting', 'cuts',
]);
/** Verbs that reach their amount through "to": "applies to 15,000 workers", "amounts to €2 billion". */
const TO_VERBS = new Set(['applies', 'apply', 'applied', 'extends', 'extend', 'extended', 'amounts', 'amount', 'amounted', 'rose', 'fell', 'grew', 'climbed', 'jumped']);
const LINKS = new Set(['to', 'or', 'and']);
const MAX_NP = 5;

function isWordy(w: Word | undefined): w is Word {
  return w !== undefined && w.kind === 'word' && !isBoundary(w);
}

function isVerb(w: Word | undefined): boolean {
  if (!isWordy(w)) return false;
  return VERBS.has(w.norm) || (w.norm.length >= 5 && w.norm.endsWith('ed') && !/^\p{Lu}/u.test(w.text));
}

/** Irregular past forms that end a noun phrase ("ships left", "boats sank"). */
const IRREGULAR_PAST = new Set([
  'left', 'sank', 'fell', 'rose', 'went', 'came', 'took', 'made', 'said', 'won', 'lost', 'held', 'met', 'saw', 'gave', 'ran',
  'began', 'became', 'grew', 'stood', 'sent', 'spent', 'paid', 'sold', 'bought', 'fled', 'died', 'dead', 'got', 'hit', 'found',
  'told', 'kept', 'led', 'struck', 'fought', 'broke', 'drew', 'flew', 'froze', 'shot', 'stole', 'wrote', 'remain', 'remained',
]);

/** A word that ends a noun phrase: a past form or an adverb ("round easily"). */
export function endsPhrase(w: Word): boolean {
  const n = w.norm;
  return IRREGULAR_PAST.has(n) || (n.length >= 5 && (n.endsWith('ed') || n.endsWith('ly')) && !/^\p{Lu}/u.test(w.text));
}

/** Noun phrase starting at words[i]: [first, next) or null. */
export function nounPhraseAt(words: readonly Word[], i: number): [number, number] | null {
  let j = i;
  while (isWordy(words[j]) && (DETERMINERS.has(words[j]!.norm) || ADDITIONAL.has(words[j]!.norm))) j++;
  const first = j;
  while (j - first < MAX_NP && isWordy(words[j]) && !STOP.has(words[j]!.norm) && !/^\d/.test(words[j]!.text) && !(j > first && endsPhrase(words[j]!))) j++;
  return j > first ? [first, j] : null;
}

/** Noun phrase ending right before words[end] (possessives kept): "Velmora's worst flood". */
function nounPhraseBefore(words: readonly Word[], end: number): [number, number] | null {
  let j = end;
  // "Authorities said turnout reached …": a verb of saying ends the phrase too.
  while (j > 0 && end - j < MAX_NP && isWordy(words[j - 1]) && !STOP.has(words[j - 1]!.norm) && !isVerb(words[j - 1]) && !isSpeechVerb(words[j - 1]!.norm)) j--;
  return j < end ? [j, end] : null;
}

/** Verb group ending right before words[end]: "killed or wounded", "offered to buy", "resulted in". */
function verbsBefore(words: readonly Word[], end: number): [number, number] | null {
  let j = end;
  if (words[j - 1]?.norm === 'in' && isVerb(words[j - 2])) j--; // "resulted in at least 12 deaths"
  else if (words[j - 1]?.norm === 'to' && TO_VERBS.has(words[j - 2]?.norm ?? '')) return [j - 2, j]; // "applies to 15,000 workers"
  const last = j;
  while (j > 0 && last - j < 4) {
    const w = words[j - 1];
    if (isVerb(w) && w!.norm !== 'has' && w!.norm !== 'have') j--;
    else if (w && LINKS.has(w.norm) && isVerb(words[j - 2]) && j < last) j--;
    else break;
  }
  return j < last ? [j, last] : null;
}

function textOf(text: string, words: readonly Word[], r: [number, number]): string {
  return text.slice(words[r[0]]!.start, words[r[1] - 1]!.end).replace(/\s+/g, ' ');
}

/** Subject of the figure occupying words[first, next) (qualifier included). */
export function subjectOf(text: string, words: readonly Word[], first: number, next: number, money: boolean): string | null {
  let i = next;
  // "a 1.4 billion euro ($1.5 billion) fine": a conversion in brackets sits between figure and noun.
  if (words[i]?.text === '(') {
    const close = words.findIndex((w, k) => k > i && k <= i + 12 && w.text === ')');
    if (close > 0) i = close + 1;
  }
  if (words[i]?.norm === 'worth' && words[i + 1]?.norm === 'of') i += 2;
  else if (words[i]?.norm === 'of' || (money && (words[i]?.norm === 'in' || words[i]?.norm === 'for'))) i += 1;
  const np = nounPhraseAt(words, i);
  const population = populationBefore(words, first, np);
  if (population) return population;
  const verbs = verbsBefore(words, first);
  // "the death toll rose to 17", "raising the toll to 17": what rose is the subject, not "rose to".
  const risen = np ? null : tallyBefore(words, first);
  if (risen) return textOf(text, words, risen);
  if (np) {
    const after = verbs ?? votedAfter(words, np, first) ?? casualtyAfter(words, np[1]) ?? participleAfter(words, np[1]) ?? tollScopeBefore(words, first);
    return after ? `${textOf(text, words, np)} ${textOf(text, words, after)}` : textOf(text, words, np);
  }
  // "nine were hurt", "two are missing": the state is what is counted.
  const state = casualtyAfter(words, next);
  if (state) return textOf(text, words, state);
  const prep = words[first - 1]?.norm;
  // "debated for 9 hours", "searched for three days": what went on that long is the verb's.
  const verb = words[first - 2];
  if (prep === 'for' && isWordy(verb) && /^\p{Ll}+ed$/u.test(verb!.text) && verb!.text.length > 4) return verb!.text;
  // "deliberated Tom Alder's fate for 25 hours", "deliberated the case for two days": a jury's deliberation,
  // whatever it weighs (a case, a fate, a verdict): the verb alone, as "after 25 hours of deliberation" says it.
  if (prep === 'for') {
    const sat = sittingVerbBefore(words, first - 1);
    if (sat) return sat.text;
  }
  // "searched the area for three days", "debated the budget for 9 hours": the verb and its object.
  const past = words[first - 4];
  if (prep === 'for' && isWordy(past) && /^\p{Ll}+ed$/u.test(past.text) && past.text.length > 4 && OBJECT_DETERMINERS.has(words[first - 3]?.norm ?? '') && isWordy(verb) && /^\p{Ll}+$/u.test(verb!.text)) {
    return textOf(text, words, [first - 4, first - 1]);
  }
  if (prep === 'in' || prep === 'for' || prep === 'of' || prep === 'over') {
    const before = nounPhraseBefore(words, first - 1);
    if (before) return textOf(text, words, before);
  }
  if (verbs) return textOf(text, words, verbs);
  if (money) {
    // "fined Vexel $5 million", "awarded the family $2 million": the sum is the verb's second object.
    const verb = words[first - 2];
    if (isWordy(verb) && SECOND_OBJECT.has(verb.norm) && isWordy(words[first - 1])) return verb.text;
  }
  // "put the damage at $3.5 billion", "organisers put the crowd at 10,000": what was estimated.
  const estimated = estimatedAt(words, first);
  if (estimated) return textOf(text, words, estimated);
  return clauseSubject(text, words, first);
}

/**
 * "the wave killed 9,000 people in 12 countries", "hurting dozens across 40 villages": a count of where a
 * toll was taken is the toll's scope, named with the toll's word ("countries killed"), so it meets
 * another outlet's count of the same scope and no other count of countries.
 */
function tollScopeBefore(words: readonly Word[], first: number): [number, number] | null {
  if (!SCOPE_PREPOSITIONS.has(words[first - 1]?.norm ?? '')) return null;
  for (let k = first - 2; k >= 0 && first - k <= 7 && isWordy(words[k]); k--) {
    if (TOLL_WORDS.has(words[k]!.norm)) return [k, k + 1];
  }
  return null;
}
const SCOPE_PREPOSITIONS = new Set(['in', 'across']);
const TOLL_WORDS = new Set(['killed', 'killing', 'kills', 'died', 'dead', 'injured', 'injuring', 'wounded', 'wounding', 'hurt']);

/**
 * A verb of deliberating a few words before words[end] ("deliberated Tom Alder's fate", "deliberated the case"),
 * with only words between: what a jury weighs is no other stretch of time than its deliberation.
 */
function sittingVerbBefore(words: readonly Word[], end: number): Word | null {
  for (let k = end - 2; k >= 0 && end - k <= MAX_OBJECT + 1; k--) {
    const w = words[k];
    // (a possessive's mark may stand apart: "the Reyes' fate")
    if (w?.text === "'" || w?.text === '’') continue;
    if (!isWordy(w)) return null;
    if (SITTING_VERBS.has(w.norm)) return w;
  }
  return null;
}
const SITTING_VERBS = new Set(['deliberated', 'deliberating']);
const MAX_OBJECT = 4;

/** Words that open a verb's object: "searched the area", "debated the budget". */
const OBJECT_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an', 'this', 'that']);

/** Verbs whose second object is a sum: "fined Vexel $5 million". */
const SECOND_OBJECT = new Set(['fined', 'awarded', 'paid', 'charged', 'billed', 'granted', 'lent', 'owed', 'cost', 'offered']);

/** "put the damage from the storm at $3.5 billion", "estimated losses at $2 million": what is estimated. */
function estimatedAt(words: readonly Word[], first: number): [number, number] | null {
  if (words[first - 1]?.norm !== 'at') return null;
  for (let k = first - 2; k >= 0 && first - k <= 9 && isWordy(words[k]); k--) {
    if (ESTIMATE_VERBS.has(words[k]!.norm)) return nounPhraseAt(words, k + 1);
  }
  return null;
}
const ESTIMATE_VERBS = new Set(['put', 'puts', 'estimated', 'estimates', 'estimate', 'valued', 'values', 'value', 'pegged', 'pegs', 'priced', 'prices', 'set', 'sets']);

/**
 * The noun phrase a figure after "to" brings up to date: "the death toll rose to 17" → "death toll",
 * "exports climbed to 400 tonnes" → "exports", "raising the death toll in the district to 17"
 * → "confirmed death toll" (a tally noun within the clause).
 */
function tallyBefore(words: readonly Word[], first: number): [number, number] | null {
  // "turnout reached 71 percent", "turnout stood at 64%": the level a quantity reached.
  const level = words[first - 1]?.norm === 'at' && words[first - 2]?.norm === 'stood' ? first - 2 : LEVEL_VERBS.has(words[first - 1]?.norm ?? '') ? first - 1 : -1;
  if (level > 0) return nounPhraseBefore(words, level);
  if (words[first - 1]?.norm !== 'to') return null;
  if (TO_VERBS.has(words[first - 2]?.norm ?? '') && !AUX.has(words[first - 3]?.norm ?? '')) return nounPhraseBefore(words, first - 2);
  for (let k = first - 2; k >= 0 && first - k <= 10 && isWordy(words[k]); k--) if (TALLY_NOUNS.has(words[k]!.norm)) return nounPhraseBefore(words, k + 1);
  return null;
}

/** Verbs of a level reached, whose subject is what is measured: "turnout reached 71 percent". */
const LEVEL_VERBS = new Set(['reached', 'topped', 'exceeded', 'surpassed']);

/**
 * "Rostvale, a town of 48,000 people", "home to some 52,000 residents", "a population of 50,000
 * people": how many live in a place, told as what the place is. The settlement word is kept ("town
 * population"); reconcile's figures-conflicts compares populations only of one named place.
 */
function populationBefore(words: readonly Word[], first: number, np: [number, number] | null): string | null {
  // "a camp sheltering more than 6,000 villagers fleeing the floods": who lives there, and why.
  const sheltered = np && RESIDENTS.has(words[np[0]]!.norm) ? shelteredBy(words, first) : null;
  if (sheltered) return sheltered;
  if (np && (np[1] - np[0] !== 1 || !RESIDENTS.has(words[np[0]]!.norm))) return null;
  const before = words[first - 2];
  if (!isWordy(before)) return null;
  if (words[first - 1]?.norm === 'to' && before.norm === 'home') return 'population';
  // "a port town of population 30,000"
  if (words[first - 1]?.norm === 'population' && before.norm === 'of' && isWordy(words[first - 3]) && SETTLEMENTS.has(words[first - 3]!.norm)) return `${words[first - 3]!.norm} population`;
  if (words[first - 1]?.norm !== 'of') return null;
  if (before.norm === 'population') return 'population';
  return SETTLEMENTS.has(before.norm) ? `${before.norm} population` : null;
}

/**
 * "a camp sheltering 6,000 people", "the town, on the river, houses about 3,000 residents", "the camp consists
 * of over 14,000 refugees": a settlement that shelters, houses or hosts so many, or is made of them, tells
 * its population. The settlement is the verb's subject, found back through its clause (a description
 * between commas crossed): "town population".
 */
function shelteredBy(words: readonly Word[], first: number): string | null {
  let v = first - 1;
  if (words[v]?.norm === 'of' && CONSISTS.has(words[v - 1]?.norm ?? '')) v--;
  else if (!SHELTERS.has(words[v]?.norm ?? '')) return null;
  for (let k = v - 1, n = 0; k >= 0 && n < 12; k--, n++) {
    const w = words[k]!;
    if (w.text === ',') {
      let open = k - 1;
      while (open >= 0 && k - open < 14 && words[open]!.text !== ',' && !isBoundary(words[open])) open--;
      if (words[open]?.text === ',') k = open;
      continue;
    }
    if (!isWordy(w)) return null;
    if (SETTLEMENTS.has(w.norm)) return `${w.norm} population`;
  }
  return null;
}
const SHELTERS = new Set(['sheltering', 'shelters', 'housing', 'houses', 'hosting', 'hosts']);
const CONSISTS = new Set(['consists', 'consisting', 'consisted']);

/** Who a population counts: "a town of 48,000 people", "home to 52,000 residents", "a camp of 18,000 refugees". */
const RESIDENTS = new Set(['people', 'residents', 'inhabitants', 'souls', 'refugees', 'civilians']);
/** Places that have a population: "a city of 90,000". */
export const SETTLEMENTS: ReadonlySet<string> = new Set(['town', 'city', 'village', 'country', 'nation', 'island', 'province', 'district', 'region', 'state', 'county', 'municipality', 'community', 'capital', 'suburb', 'borough', 'hamlet', 'metropolis',
  // "a camp of about 18,000 refugees", "Kessa is home to more than 26,000 refugees"
  'camp']);

/** Nouns of a running count, raised "to" a figure: "raising the toll to 17". */
const TALLY_NOUNS = new Set(['toll', 'tally']);

/** "people were reported dead", "votes had been counted" → the participle after the noun: "reported dead", "counted". */
function participleAfter(words: readonly Word[], at: number): [number, number] | null {
  if (!AUX.has(words[at]?.norm ?? '')) return null;
  const v = PASSIVE_BE.has(words[at + 1]?.norm ?? '') ? at + 2 : at + 1;
  const p = words[v];
  if (!isVerb(p) || VERBS.has(p!.norm)) return null;
  const dead = ['dead', 'missing', 'injured'].includes(words[v + 1]?.norm ?? '');
  return [v, dead ? v + 2 : v + 1];
}

/**
 * "Six people died", "31 people were dead", "nine were hurt": a word for the dead, hurt or missing
 * right after the counted noun (or its auxiliary) says what the count is of.
 */
export function casualtyAfter(words: readonly Word[], at: number): [number, number] | null {
  // "nine miners who remain missing", "12 people who were hurt": a relative clause says it as well.
  let k = /^(?:who|that)$/.test(words[at]?.norm ?? '') && (AUX.has(words[at + 1]?.norm ?? '') || STILL.has(words[at + 1]?.norm ?? '')) ? at + 1 : at;
  const first = k;
  while ((AUX.has(words[k]?.norm ?? '') || STILL.has(words[k]?.norm ?? '') || HEARSAY.has(words[k]?.norm ?? '')) && k - at < 3) k++;
  if (PASSIVE_BE.has(words[k]?.norm ?? '')) k++;
  // "were taken to hospital", "were made homeless": the state is reached through a verb.
  if (TAKEN.has(words[k]?.norm ?? '') && words[k + 1]?.norm === 'to') {
    const h = /^(?:a|the)$/.test(words[k + 2]?.norm ?? '') ? k + 3 : k + 2;
    return /^hospitals?$/.test(words[h]?.norm ?? '') ? [k, h + 1] : null;
  }
  if (MADE.has(words[k]?.norm ?? '') && words[k + 1]?.norm === 'homeless') return [k, k + 2];
  // "8,000 people turned out for the rally": a crowd; "39% of voters cast ballots": a turnout.
  if (k === first && words[k]?.norm === 'turned' && words[k + 1]?.norm === 'out') return [k, k + 2];
  if (k === first && words[k]?.norm === 'cast' && /^(?:their|a)$/.test(words[k + 1]?.norm ?? '') && /^(?:ballots?|votes?)$/.test(words[k + 2]?.norm ?? '')) return [k, k + 3];
  if (k === first && words[k]?.norm === 'cast' && /^(?:ballots?|votes?)$/.test(words[k + 1]?.norm ?? '')) return [k, k + 2];
  return isWordy(words[k]) && (CASUALTY_WORDS.has(words[k]!.norm) || (k === first && VOTING_WORDS.has(words[k]!.norm))) ? [k, k + 1] : null;
}

/**
 * "64 percent of registered voters had cast their ballots by noon", "77% of voters went to the polls", "2.1
 * million people, or some 61 percent of eligible voters, took part": a share of the voters that voted is the
 * turnout (see reconcile's figures-keys, which folds the verbs into one key). The share may stand between
 * commas, a description of the clause's subject, whose verb follows it. "61 percent of voters backed the
 * plan" is a share of the vote, not a turnout: only verbs of voting count. Returns the verb's words.
 */
function votedAfter(words: readonly Word[], np: [number, number], first: number): [number, number] | null {
  if (!VOTERS.has(words[np[1] - 1]!.norm)) return null;
  let k = np[1];
  // "2.1 million people, or 61 percent of eligible voters, voted": the figure is a description set off by commas.
  if (words[k]?.text === ',' && words.slice(Math.max(0, first - 4), first).some((w) => w.text === ',')) k++;
  while (k - np[1] < 4 && (AUX.has(words[k]?.norm ?? '') || VOTE_ADVERBS.has(words[k]?.norm ?? ''))) k++;
  const verb = votingVerb(words, k);
  if (!verb) return null;
  // "voted for Alder", "cast their ballots against the plan": the choice is kept, and says a share of the vote.
  return CHOICE.has(words[verb[1]]?.norm ?? '') ? [verb[0], verb[1] + 1] : verb;
}

/** "voted", "cast (their) ballots", "went to the polls", "took part", "turned out" at words[k]. */
function votingVerb(words: readonly Word[], k: number): [number, number] | null {
  const [a, b, c] = [words[k]?.norm ?? '', words[k + 1]?.norm ?? '', words[k + 2]?.norm ?? ''];
  if (a === 'voted' || a === 'participated') return [k, k + 1];
  if (a === 'cast' && /^(?:ballots?|votes?)$/.test(b)) return [k, k + 2];
  if (a === 'cast' && /^(?:their|a|an)$/.test(b) && /^(?:ballots?|votes?)$/.test(c)) return [k, k + 3];
  if (/^(?:went|gone|go|going)$/.test(a) && b === 'to' && c === 'the' && words[k + 3]?.norm === 'polls') return [k, k + 4];
  if (/^(?:took|take|taken|taking)$/.test(a) && b === 'part') return [k, k + 2];
  if (a === 'turned' && b === 'out') return [k, k + 2];
  return null;
}
const CHOICE = new Set(['for', 'against']);
/** Who a turnout counts: "of eligible voters", "of the electorate". */
const VOTERS = new Set(['voters', 'electors', 'electorate']);
const VOTE_ADVERBS = new Set(['already', 'reportedly', 'actually']);

/** Words that keep a state going: "four fishermen are still missing", "20 students remained trapped". */
export const STILL: ReadonlySet<string> = new Set(['still', 'remain', 'remains', 'remained']);
/** Crossed as "still" is on the way to the state, but says nothing of whether it goes on. */
const HEARSAY = new Set(['reportedly']);
/** "five people were taken to hospital", "rushed to the hospital". */
const TAKEN = new Set(['taken', 'rushed', 'brought', 'flown', 'airlifted']);
/** "3,500 people were made homeless", "left homeless". */
const MADE = new Set(['made', 'left', 'rendered']);

/**
 * "64% of eligible voters participated": what the share did (a turnout, see reconcile's figures-keys);
 * "2,000 people attended the rally", "10,000 protesters marched": a crowd.
 */
const VOTING_WORDS = new Set(['participated', 'voted', 'attended', 'gathered', 'marched', 'rallied', 'protested', 'demonstrated']);

const CASUALTY_WORDS = new Set(['died', 'dead', 'killed', 'injured', 'wounded', 'hurt', 'missing', 'hospitalised', 'hospitalized', 'rescued', 'evacuated', 'arrested', 'detained',
  'trapped', 'stranded', 'displaced', 'homeless']);

/** "had been counted", "were being moved": the passive's own auxiliary, skipped to reach the participle. */
const PASSIVE_BE = new Set(['been', 'being', 'be']);

/**
 * Fallback: the clause's own subject and verb, found through the auxiliary
 * before the figure. "the repairs would be finished within the next
 * month to six weeks" → "repairs finished".
 */
function clauseSubject(text: string, words: readonly Word[], first: number): string | null {
  let a = first - 1;
  // Quote marks are crossed: "would be “finished by the council within …”".
  while (a >= 0 && first - a < 12 && (words[a]!.kind === 'quote' || !isBoundary(words[a])) && !AUX.has(words[a]!.norm)) a--;
  if (a < 0 || !AUX.has(words[a]?.norm ?? '')) return null;
  while (a > 0 && AUX.has(words[a - 1]!.norm)) a--;
  const np = nounPhraseBefore(words, a);
  if (!np) return null;
  let v = a + 1;
  while (v < first && !isVerb(words[v])) v++;
  return v < first ? `${textOf(text, words, np)} ${words[v]!.text}` : textOf(text, words, np);
}

/** The capitalised name ending at words[last] ("Ana Ruiz" of "Ana Ruiz, 41,"), at most four words. */
export function nameBefore(words: readonly Word[], last: number): string {
  let first = last;
  while (first > 0 && last - first < 3 && isWordy(words[first - 1]) && /^\p{Lu}/u.test(words[first - 1]!.text)) first--;
  return words.slice(first, last + 1).map((w) => w.text).join(' ');
}

/**
 * What a temperature or speed is of, from the words before it: "winds of up to 60 km/h" → "winds",
 * "temperatures reached 44 °C" → "temperatures reached", "the wind blew at 35 knots" → "wind blew".
 */
export function measuredSubject(text: string, words: readonly Word[], first: number): string | null {
  if (words[first - 1]?.norm === 'of') {
    const np = nounPhraseBefore(words, first - 1);
    return np ? textOf(text, words, np) : null;
  }
  const end = words[first - 1]?.norm === 'at' || words[first - 1]?.norm === 'to' ? first - 1 : first;
  let v = end;
  while (v > 0 && end - v < 2 && isWordy(words[v - 1]) && (isVerb(words[v - 1]) || endsPhrase(words[v - 1]!))) v--;
  if (v === end) return null;
  const np = nounPhraseBefore(words, v);
  return np ? `${textOf(text, words, np)} ${textOf(text, words, [v, end])}` : textOf(text, words, [v, end]);
}
