import { isBoundary, type Word } from '../figures/words.js';

/**
 * Future markers in the clause before a date: "will meet on Friday", "is
 * expected to vote in June", "scheduled for Tuesday", "would be posted by Friday".
 * Anything else reads as past, the default tense of news.
 */
const FUTURE = new Set(['will', 'shall', 'scheduled', 'expected', 'plans', 'planned', 'due', 'upcoming', 'set',
  // "results would be posted by Friday", "has promised to publish by 8 March": a deadline still ahead
  'would', 'promised', 'pledged', 'vowed', 'intends', 'aims', 'hopes', 'deadline',
  // "forecasters expect the wind to ease on Thursday"
  'expect', 'expects', 'predict', 'predicts', 'anticipate', 'anticipates',
  // "must be repaid by Jan. 14", "were planning to march on Monday", "as soon as Tuesday"
  'must', 'should', 'might', 'plan', 'planning', 'intend', 'intending', 'soon',
  // "payable Dec. 7 to holders", "effective June 1": dates announced ahead
  'payable', 'effective']);
const WINDOW = 10;
const AFTER_WINDOW = 6;

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
  // "her last visit in February", "the first meeting": an adjective before it
  'last', 'first', 'next', 'previous', 'recent', 'latest', 'final', 'second', 'official', 'planned']);
/** A verb in the past, met first, keeps a date in the past ("said they met on Monday"). */
const PAST = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'met', 'began', 'went', 'came', 'left', 'took', 'held', 'saw',
  'made', 'gave', 'got', 'ran', 'sat', 'won', 'lost', 'rose', 'fell', 'spoke', 'broke', 'chose', 'drove', 'flew', 'knew', 'wrote',
  'struck', 'fought', 'thought', 'brought', 'bought', 'caught', 'sought', 'found', 'kept', 'sent', 'spent', 'built', 'paid', 'led']);
/** Words ending in -ed that are not past verbs. */
const NOT_PAST_ED = new Set(['need', 'proceed', 'exceed', 'succeed', 'speed', 'indeed', 'bed', 'red', 'shed', 'feed', 'seed', 'breed', 'hundred', 'sacred', 'naked', 'wicked']);

const isPast = (n: string): boolean => PAST.has(n) || (n.length > 3 && n.endsWith('ed') && !NOT_PAST_ED.has(n));

/**
 * The tense of the clause around a date at words[at, next): +1 future, -1 past. The words before decide;
 * when they tell nothing, the verb after the date does ("The crash on August 18 shocked the town").
 * With `nearest`, a clause that tells neither gives 0 (a month or a day of a month then resolves to the
 * nearest one).
 */
export function directionBefore(words: readonly Word[], at: number, nearest = false, next = at + 1): -1 | 0 | 1 {
  let verb: -1 | 1 | 0 = 0; // the tense of the nearest verb that tells one
  for (let j = at - 1; j >= 0 && at - j <= WINDOW && !isBoundary(words[j]); j--) {
    const n = words[j]!.norm;
    if (FUTURE.has(n) || n.endsWith("'ll")) return 1;
    // "is going to", "is to resume trading on Tuesday"
    if (n === 'to' && /^(going|is|are)$/.test(words[j - 1]?.norm ?? '')) return 1;
    if (verb !== 0) continue;
    if (isPast(n)) verb = -1;
    else if (isScheduled(words, j)) verb = 1;
  }
  if (verb === 0) verb = directionAfter(words, at, next);
  return verb === 1 ? 1 : verb === 0 && nearest ? 0 : -1;
}

/** A timetabled verb in the present at words[j], not a noun ("her last visit") or an infinitive. */
function isScheduled(words: readonly Word[], j: number): boolean {
  const before = words[j - 1]?.norm ?? '';
  return SCHEDULED.has(words[j]!.norm) && !NOUN_BEFORE.has(before) && !/'s$/.test(before);
}

/** The first verb that tells a tense in the few words after a date, up to the clause's end. */
function directionAfter(words: readonly Word[], at: number, next: number): -1 | 0 | 1 {
  // "On Tuesday, the league plans to …": a date opening the sentence dates the clause after its comma
  const from = at <= 1 && words[next]?.text === ',' ? next + 1 : next;
  for (let j = from; j < words.length && j - from < AFTER_WINDOW && !isBoundary(words[j]); j++) {
    const n = words[j]!.norm;
    if (FUTURE.has(n) || n.endsWith("'ll")) return 1;
    if (isPast(n)) return -1;
    if (isScheduled(words, j)) return 1;
  }
  return 0;
}
