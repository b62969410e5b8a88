import { ABBREVIATIONS } from '../../nlp/abbreviations.js';
import { isBoundary, isCapitalised, type Word } from '../figures/words.js';

/**
 * Future markers in the clause before a date: "will meet on Friday", "is
 * expected to vote in June", "scheduled for Tuesday", "would be posted by Friday".
 * Anything else reads as past, the default tense of news.
 */
const FUTURE = new Set(['will', 'shall', 'scheduled', 'expected', 'due', 'upcoming',
  // "results would be posted by Friday", "has promised to publish by 8 March": a deadline still ahead
  'would', 'promised', 'pledged', 'vowed', 'deadline',
  // "forecasters expect the wind to ease on Thursday"
  'expect', 'expects', 'predict', 'predicts', 'anticipate', 'anticipates',
  // "must be repaid by Nov. 8", "as soon as Tuesday"
  'must', 'should', 'might', 'soon',
  // "payable Dec. 7 to holders", "effective June 1": dates announced ahead
  'payable', 'effective']);
/** Verbs of intention, future only before "to": "plans to vote on Monday", not "the plans for Monday"; "planned" is past. */
const INTENT = new Set(['plan', 'plans', 'planning', 'intend', 'intends', 'intending', 'aim', 'aims', 'hope', 'hopes']);
/**
 * Speech verbs. Right before the date they are its event ("said on Monday", "told reporters Monday"); further
 * back, the date is in what was said and their tense is not its own ("said it is calling the bonds on Dec. 7").
 */
export const SPEECH: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'announced', 'added', 'stated', 'declared', 'reported']);
const WINDOW = 10;
/** How far back a future marker reaches when no verb stands between it and the date. */
const FUTURE_REACH = 16;

/**
 * A clause ends at a boundary mark, but not at the period of an initial or an abbreviation ("will succeed
 * Ada P. Lund March 3", "Tessaro Corp. will pay on Friday").
 */
export function clauseEnd(words: readonly Word[], j: number): boolean {
  const w = words[j]!;
  if (w.text !== '.' || !w.glued) return isBoundary(w);
  const prev = words[j - 1];
  return !(prev && prev.kind === 'word' && (ABBREVIATIONS.has(prev.norm) || (prev.text.length === 1 && isCapitalised(prev))));
}
const AFTER_WINDOW = 6;
/** "On Tuesday, the league plans to …": a clause after an opening date's comma may take longer to reach its verb. */
const AFTER_COMMA_WINDOW = 10;

/**
 * Verbs of timetabled events, in the present tense: news uses it for what is scheduled
 * ("Nurses return on Thursday", "the trial opens Monday", "talks resume next
 * week"), while what already happened takes the past ("returned", "opened").
 * Only forms that are not also past or participles ("set", "put", "cut" are left out).
 * A verb found behind the date decides only when no past verb comes between them.
 */
const SCHEDULED = new Set([
  'return', 'returns', 'resume', 'resumes', 'begin', 'begins', 'start', 'starts', 'open', 'opens', 'reopen', 'reopens',
  'restart', 'restarts', 'end', 'ends', 'expire', 'expires', 'meet', 'meets', 'reconvene', 'reconvenes', 'convene', 'convenes',
  'travel', 'travels', 'arrive', 'arrives', 'visit', 'visits', 'leave', 'leaves', 'depart', 'departs', 'sit', 'sits',
  'vote', 'votes', 'testify', 'testifies', 'appear', 'appears', 'face', 'faces', 'host', 'hosts', 'launch', 'launches',
  'kick', 'kicks', 'close', 'closes', 'hold', 'holds', 'rule', 'rules', 'decide', 'decides', 'go', 'goes',
  // a state that lasts into the future: "whose contract runs until June", "the road stays closed until Monday"
  'run', 'runs', 'lasts', 'remain', 'remains', 'stay', 'stays', 'continue', 'continues',
]);
/** Before one of those, a word that makes it no verb in the present: a noun ("the return on Thursday") or an infinitive ("voted to return"). */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'whose', 'to',
  // "her last trip in March", "the first meeting": an adjective before it
  'last', 'first', 'next', 'previous', 'recent', 'latest', 'final', 'second', 'official', 'planned',
  // "a more open market", "a very close vote": an adjective after an adverb of degree
  'more', 'less', 'most', 'least', 'very', 'too', 'so']);
/** A verb in the past, met first, keeps a date in the past ("said they met on Monday"). */
const PAST = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'met', 'began', 'went', 'came', 'left', 'took', 'held', 'saw',
  'made', 'gave', 'got', 'ran', 'sat', 'won', 'lost', 'rose', 'fell', 'spoke', 'broke', 'chose', 'drove', 'flew', 'knew', 'wrote',
  'struck', 'fought', 'thought', 'brought', 'bought', 'caught', 'sought', 'found', 'kept', 'sent', 'spent', 'built', 'paid', 'led',
  'became', 'grew', 'drew', 'threw', 'withdrew', 'stood', 'heard', 'felt', 'meant', 'sold', 'shook', 'taught', 'fled', 'forgot',
  'slid', 'stuck', 'swept', 'slept', 'wept', 'dealt', 'lent', 'arose', 'woke', 'froze', 'stole', 'undertook', 'overtook', 'hid', 'wore', 'tore', 'swore']);
/** Words ending in -ed that are not past verbs. */
const NOT_PAST_ED = new Set(['need', 'proceed', 'exceed', 'succeed', 'speed', 'indeed', 'bed', 'red', 'shed', 'feed', 'seed', 'breed', 'hundred', 'sacred', 'naked', 'wicked']);

/**
 * Past verbs of intention before "to", or a plan's new object: "the inspectors planned to visit on Thursday", "the club
 * planned a picnic on Saturday". The plan is past; what it plans, dated after it, lies ahead. Not after "had"
 * ("had planned to visit on Thursday" may never have happened), nor a known object ("planned the attack on Friday");
 * "agreed to end the strike on Monday" is left alone: the day may be the agreement's.
 */
const PAST_INTENT = new Set(['planned', 'intended', 'hoped', 'arranged', 'scheduled']);
const PLAN_OBJECT = new Set(['planned', 'scheduled']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);

const isPast = (n: string): boolean => PAST.has(n) || (n.length > 3 && n.endsWith('ed') && !NOT_PAST_ED.has(n)) || (n.startsWith('re') && PAST.has(n.slice(2)));

/** A verb form that can take a time after it: a past or participle ("redeemed", "repaid"), a timetabled verb, "be". */
export const isVerbForm = (n: string): boolean => n === 'be' || isPast(n) || n.endsWith('en') || SCHEDULED.has(n);
/** Before a participle, a present passive: "when the appeal is heard in June", "the plan is approved on Friday" tell no past. */
const PRESENT_BE = new Set(['is', 'are', 'be', 'being', "'s"]);
const isPastAt = (words: readonly Word[], j: number): boolean => isPast(words[j]!.norm) && !PRESENT_BE.has(words[j - 1]?.norm ?? '');

/**
 * The tense of the clause around a date at words[at, next): +1 future, -1 past, 0 a plan's target ("was
 * planned for March": the nearer one). The words before decide;
 * when they tell nothing, the verb after the date does ("The crash on August 18 shocked the town").
 * With `nearest`, a clause that tells neither gives 0 (a month or a day of a month then resolves to the
 * nearest one).
 */
export function directionBefore(words: readonly Word[], at: number, nearest = false, next = at + 1): -1 | 0 | 1 {
  let verb: -1 | 1 | 0 = 0; // the tense of the nearest verb that tells one
  // "will leave at dawn (5 a.m. EDT Thursday)": a date that opens a bracket glosses what comes before it,
  // and takes that clause's tense
  const glossed = words[at - 1]?.text === '(' && words[at - 2]?.kind === 'word';
  let j = glossed ? at - 2 : at - 1;
  for (; j >= 0 && at - j <= WINDOW && !clauseEnd(words, j); j--) {
    const n = words[j]!.norm;
    if (isFutureAt(words, j)) return 1;
    if (SPEECH.has(n) && at - j > 2) break;
    if (verb !== 0) continue;
    if (isPastIntent(words, j)) return 1;
    // "the launch was planned for early December": a plan's target, the nearer one
    if (PLAN_OBJECT.has(n) && words[j + 1]?.norm === 'for' && /^(was|were)$/.test(words[j - 1]?.norm ?? '')) return 0;
    if (isPastAt(words, j)) verb = -1;
    else if (isScheduled(words, j)) verb = 1;
  }
  // a future marker further back rules the words it governs when no verb comes between: "will be named
  // commander of the Tarvo rescue fleet for a voyage in December"
  if (verb === 0 && at - j > WINDOW) {
    for (; j >= 0 && at - j <= FUTURE_REACH && !clauseEnd(words, j) && !SPEECH.has(words[j]!.norm); j--) {
      if (isFutureAt(words, j)) return 1;
      if (isPastAt(words, j) || isScheduled(words, j)) break;
    }
  }
  if (verb === 0) verb = directionAfter(words, at, next);
  return verb === 1 ? 1 : verb === 0 && nearest ? 0 : -1;
}

/** "planned to visit", "hoped to sell", "planned a picnic": a past plan of what follows it (see PAST_INTENT). */
function isPastIntent(words: readonly Word[], j: number): boolean {
  const n = words[j]!.norm;
  if (!PAST_INTENT.has(n) || words[j - 1]?.norm === 'had' || words[j - 1]?.norm === 'was' || words[j - 1]?.norm === 'were') return false;
  const after = words[j + 1]?.norm ?? '';
  return after === 'to' || (PLAN_OBJECT.has(n) && (after === 'a' || after === 'an'));
}

/** A word at words[j] that puts the clause ahead: "will", "is to resume", "to be completed", "as early as", "plans to". */
function isFutureAt(words: readonly Word[], j: number): boolean {
  const n = words[j]!.norm;
  const before = words[j - 1]?.norm ?? '';
  const after = words[j + 1]?.norm ?? '';
  // "lower-than-expected earnings", "a long-expected move": a word inside a compound is no verb
  if (words[j]!.joined || words[j + 1]?.joined) return false;
  // "due to the storm", "than expected", "as expected": a cause or a comparison, not a schedule
  if ((n === 'due' && after === 'to' && DETERMINERS.has(words[j + 2]?.norm ?? '')) || (n === 'expected' && (before === 'than' || before === 'as'))) return false;
  if (FUTURE.has(n) || n.endsWith("'ll")) return true;
  // "the vote is set for Monday", "set to expire on Friday"; "set aside reserves on Friday" is past
  if (n === 'set' && (after === 'to' || after === 'for')) return true;
  // "may finally be resolved", but "may have met"
  if (n === 'may' && after !== 'have' && !isCapitalised(words[j])) return true;
  // "is going to", "is to resume trading on Tuesday", "to be finished around Nov. 1", "as early as Tuesday"
  if (n === 'to' && /^(going|is|are)$/.test(before)) return true;
  if (n === 'be' && before === 'to') return true;
  if (n === 'early' && before === 'as') return true;
  // "the march is planned for Easter", but "a service planned for Saturday was cancelled"
  if ((n === 'planned' || n === 'slated') && (before === 'is' || before === 'are')) return true;
  // "taking part in planning for the harvest fair in April", "is preparing for the vote in May"
  if ((n === 'planning' || n === 'preparing') && after === 'for') return true;
  return INTENT.has(n) && words[j + 1]?.norm === 'to';
}

/** A timetabled verb in the present at words[j], not a noun ("her last visit") or an infinitive. */
function isScheduled(words: readonly Word[], j: number): boolean {
  const before = words[j - 1]?.norm ?? '';
  if (NOUN_BEFORE.has(before) || /'s$/.test(before)) return false;
  return SCHEDULED.has(words[j]!.norm) || inForce(words, j);
}

/** "the law takes effect Jan. 1", "the rules come into force in March": a law's timetable, in the present tense. */
function inForce(words: readonly Word[], j: number): boolean {
  const n = words[j]!.norm;
  const after = words[j + 1]?.norm;
  if (n === 'take' || n === 'takes') return after === 'effect';
  return (n === 'come' || n === 'comes') && after === 'into' && (words[j + 2]?.norm === 'force' || words[j + 2]?.norm === 'effect');
}

/** The first verb that tells a tense in the few words after a date, up to the clause's end. */
function directionAfter(words: readonly Word[], at: number, next: number): -1 | 0 | 1 {
  // "On Tuesday, the league plans to …": a date opening the sentence dates the clause after its comma
  const opening = at <= 1 && words[next]?.text === ',';
  const from = opening ? next + 1 : next;
  const window = opening ? AFTER_COMMA_WINDOW : AFTER_WINDOW;
  for (let j = from; j < words.length && j - from < window && !isBoundary(words[j]); j++) {
    if (isFutureAt(words, j)) return 1;
    if (isPastAt(words, j)) return -1;
    if (isScheduled(words, j)) return 1;
  }
  return 0;
}

/**
 * A weekday or a day in the possessive names what has happened ("would get around Wednesday's ruling",
 * "will appeal Friday's verdict"), unless the clause looks ahead to taking part in it: "will play in
 * Sunday's final", "is fit for Sunday's match", "ahead of Sunday's vote".
 */
export function possessiveDirection(words: readonly Word[], at: number): -1 | 1 {
  const prev = words[at - 1]?.norm ?? '';
  if (prev === 'of' && words[at - 2]?.norm === 'ahead') return 1;
  if (prev !== 'in' && prev !== 'for' && prev !== 'at') return -1;
  for (let j = at - 2; j >= 0 && !isBoundary(words[j]); j--) {
    if (isFutureAt(words, j)) return 1;
    if (isPastAt(words, j)) return -1;
  }
  return -1;
}

/** "had" in the clause before words[at]: the past perfect of "had bought shares through Sept. 29". */
export function pastPerfectBefore(words: readonly Word[], at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j <= WINDOW && !isBoundary(words[j]); j--) if (words[j]!.norm === 'had') return true;
  return false;
}

/** The past perfect before the date, or right after an opening one: "Until Thursday, officials had refused to comment". */
export function pastPerfectAround(words: readonly Word[], at: number, next: number): boolean {
  if (pastPerfectBefore(words, at)) return true;
  if (at > 1 || words[next]?.text !== ',') return false;
  for (let j = next + 1; j < words.length && j - next <= AFTER_WINDOW && !isBoundary(words[j]); j++) if (words[j]!.norm === 'had') return true;
  return false;
}

/** Words before a date that make it a deadline: "repaid by Nov. 8", "stay until mid-November": ahead. */
const DEADLINE_WORDS = new Set(['by', 'until', 'till']);
/** Words before a date that make it a limit, ahead or near: "extended to Nov. 16", "loans through January". */
const LIMIT_WORDS = new Set(['to', 'through']);

/** A month's or a day's direction, and whether a deadline widens "the near one" (RelativeDate.wide). */
export interface MonthTense { readonly direction: -1 | 0 | 1; readonly wide?: true }

/**
 * The direction of a month or a day of a month: the clause's tense, none (0: the near one) when it
 * tells none. A deadline lies ahead when the clause looks ahead ("must repay by Nov. 8"), behind in the
 * past perfect ("had bought by May 2"), else it is the nearer one, up to half a year ahead ("ordered the
 * ship returned by Nov. 8", "the Nov. 8 deadline"); so is a limit ("extended to Nov. 16", "loans through
 * January") or a record date ("holders of record Dec. 21") in a past clause.
 */
export function monthTense(words: readonly Word[], i: number, next: number): MonthTense {
  let k = i - 1;
  while (k >= 0 && /^(early|late|mid|around|about)$/.test(words[k]!.norm)) k--;
  const tense = directionBefore(words, i, true, next);
  const before = words[k]?.norm ?? '';
  if (before === 'since') return { direction: -1 };
  if (DEADLINE_WORDS.has(before) || words[next]?.norm === 'deadline') {
    if (pastPerfectAround(words, k + 1, next)) return { direction: -1 };
    return tense > 0 ? { direction: 1 } : { direction: 0, wide: true };
  }
  const record = before === 'record' && words[k - 1]?.norm === 'of';
  return (LIMIT_WORDS.has(before) || record) && tense <= 0 ? { direction: 0, wide: true } : { direction: tense };
}
