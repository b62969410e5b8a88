import { AMBIGUOUS_MONTHS, MONTHS } from '../../lexicon/calendar.js';
import type { Word } from './words.js';

/**
 * Which of a trial's deliberations a jury's hours or days are told of, by the words of their sentence. A jury
 * deliberates once on guilt and, in a trial with a penalty phase, again on the sentence, and a report of the one
 * often recalls the other, so only hours told of the same stage are one stretch:
 * - `guilt`: "convicted Tom Alder after 7 hours of deliberation", "deliberated two days before acquitting her";
 * - `penalty`: "deliberated two days on a sentence", "unable to agree on a penalty";
 * - `apart` when the words tell of some other stretch or leave open which one: both stages named; a verdict (of
 *   guilt or on the penalty); a deliberation still going on ("have deliberated 11 hours so far"); another trial
 *   ("in his first trial"); a date of its own ("convicted him on May 3 after 8 hours");
 * - none (undefined) when the sentence names none of these: the story's own deliberation, told plainly.
 */
export type TrialStage = 'guilt' | 'penalty' | 'apart';

export function trialStage(words: readonly Word[]): TrialStage | undefined {
  let guilt = false;
  let penalty = false;
  for (let k = 0; k < words.length; k++) {
    const n = words[k]!.norm;
    if (GUILT.has(n)) guilt = true;
    else if (PENALTY.has(n)) penalty = true;
    else if (OPEN.has(n) || (n === 'far' && words[k - 1]?.norm === 'so') || goesOn(words, k) || otherTrial(words, k) || datedByMonth(words, k)) return 'apart';
  }
  return guilt && penalty ? 'apart' : guilt ? 'guilt' : penalty ? 'penalty' : undefined;
}

const GUILT = new Set(['convicted', 'convicting', 'convict', 'conviction', 'guilty', 'guilt', 'acquitted', 'acquitting', 'acquit', 'acquittal', 'innocent']);
const PENALTY = new Set(['penalty', 'sentence', 'sentenced', 'sentencing', 'punishment', 'parole', 'imprisonment', 'execution']);
/**
 * A verdict, which either stage ends with; words of a deliberation not over yet, or of a day's share of it
 * ("deliberated 3 hours before recessing for the night").
 */
const OPEN = new Set(['verdict', 'verdicts', 'still', 'resume', 'resumes', 'resumed', 'resuming', 'continue', 'continues', 'continued', 'continuing', 'ongoing',
  'recess', 'recessed', 'recessing', 'adjourned', 'adjourning', 'overnight', 'tomorrow']);

/** "has deliberated", "have been deliberating": a deliberation told as it goes on. */
const goesOn = (words: readonly Word[], k: number) => (words[k]!.norm === 'has' || words[k]!.norm === 'have') && /^(?:been|deliberated)$/.test(words[k + 1]?.norm ?? '');

/** "a retrial", "in his first trial", "the previous trial": another trial than the one the story tells. */
const otherTrial = (words: readonly Word[], k: number) => words[k]!.norm === 'retrial' || (words[k]!.norm === 'trial' && EARLIER.has(words[k - 1]?.norm ?? ''));
const EARLIER = new Set(['first', 'second', 'previous', 'earlier', 'original', 'last', 'new']);

/** "on Oct. 14", "in October": a month names a day or time of the sentence's own. ("may" or "march" only with a day after.) */
const datedByMonth = (words: readonly Word[], k: number) => MONTHS.has(words[k]!.norm) && (!AMBIGUOUS_MONTHS.has(words[k]!.norm) || /^\d{1,2}$/.test(words[k + 1]?.text ?? ''));
