import { ORDINALS } from '../../lexicon/numbers.js';
import { CUSTODY_WORDS, DRUNK_DRIVING_ACRONYMS, DRUNK_DRIVING_PHRASES, DRUNK_DRIVING_TAILS, STEP_NOUNS, STEP_VERBS, TERM_NOUNS, type CaseStep } from '../../lexicon/offences.js';
import { contentKeys } from '../../reconcile/figures-keys.js';
import type { Priors } from '../../model/mention.js';
import type { RawFigure } from './find.js';
import { isBoundary, type Word } from './words.js';

/**
 * Counts of someone's earlier offences. Outlets count them two ways: as a number ("has four prior DUI
 * convictions", "two previous arrests for theft") and as the rank of the offence the story is about ("this is
 * her third OWI", "it was her fourth arrest", "the third time he has been charged with drunk driving"). A rank
 * told of the current offence says how many came before: one fewer. So the rank gives a count of its own, rule
 * `ordinal-prior`, whose span is the ordinal word and whose value is the rank less one; both kinds carry what they
 * count (`priors`: the offence and the step of the case), and only counts of one offence at one step meet (see
 * reconcile/figures-conflicts-priors.ts).
 *
 * Not every rank is of an offence ("the second time the team has won", "his third term in office"), nor of the
 * current one ("her third OWI conviction came in 2005"), nor of all time ("her third OWI arrest this year").
 */

/** Words that make a count one of earlier offences: "four prior convictions", "two previous DWIs". */
const PRIOR_WORDS = new Set(['prior', 'previous', 'earlier', 'past']);

/**
 * Determiners an ordinal of someone's offence takes: "her third OWI", "a third arrest" ("the second OWI arrest
 * for the club", "their second arrest" may count a team's or a town's); "the" only in "the fourth time he …".
 */
const RANK_DETERMINERS = new Set(['his', 'her', 'a']);
const TIME_DETERMINERS = new Set(['the', 'a']);

/** Words before the determiner that tell the rank of the offence at hand: "this is her third OWI", "marks her third arrest". */
const BE_OR_MARK = new Set(['is', 'was', "'s", 'marks', 'marked', 'marking', 'faces', 'faced', 'facing']);
/** "charged with her third OWI", "arrested for her third drunk-driving offence", "convicted of a fourth DWI". */
const STEP_PREPOSITIONS = new Set(['with', 'for', 'of', 'on']);

/** Words that end the words of an offence: function words and the words of a period. */
const NOT_OFFENCE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'this', 'that', 'in', 'on', 'at', 'since', 'within', 'after', 'before', 'and', 'or', 'but',
  'for', 'of', 'with', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'been', 'he', 'she', 'they', 'it', 'to', 'by', 'from', 'which', 'who', 'when', 'while',
  'time', 'times', 'straight', 'consecutive', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'season']);

/** Most words of an offence named before its step ("a theft conviction", "a felony drunk-driving arrest"). */
const MAX_OFFENCE_WORDS = 3;

/** Units of a period a count of offences may be told over: "in five years", "this year", "since 2019". */
const PERIOD_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'season', 'seasons']);

/**
 * A count of earlier offences: the count's words after the number, "prior DUI convictions", "previous convictions
 * for drunk driving". `tail`: what the offence is, when told after the step (" for drunk driving"), which the
 * count's subject leaves out.
 */
export function priorsOfCount(words: readonly Word[], f: RawFigure): { priors: Priors; tail: string } | null {
  if (f.unit !== 'count' || f.measure !== 'count' || !Number.isInteger(f.value) || f.value < 1 || f.rule === 'count-compound') return null;
  if (!PRIOR_WORDS.has(words[f.next]?.norm ?? '')) return null;
  const phrase = offencePhraseAt(words, f.next + 1);
  if (!phrase || periodAfter(words, phrase.next)) return null;
  return { priors: phrase.priors, tail: phrase.step < phrase.next ? ` ${words.slice(phrase.step, phrase.next).map((w) => w.text).join(' ')}` : '' };
}

/**
 * "one prior conviction", "one previous DWI": a count of one earlier offence (the word "one" is most often no
 * count, see filters.ts; "a prior conviction" says no number, and is left alone).
 */
export function oneEarlierOffence(words: readonly Word[], next: number): boolean {
  return PRIOR_WORDS.has(words[next]?.norm ?? '') && offencePhraseAt(words, next + 1) !== null;
}

/** A count derived from a rank: where its ordinal stands, the earlier offences, and the rank. */
export interface RankedOffence { readonly first: number; readonly next: number; readonly rank: number; readonly priors: Priors; readonly subject: string }

/** The ranks of current offences in one sentence: "this is her third OWI" → 3, two earlier OWIs. */
export function rankedOffences(words: readonly Word[]): RankedOffence[] {
  const out: RankedOffence[] = [];
  for (let i = 1; i < words.length; i++) {
    const rank = rankAt(words, i);
    if (!rank) continue;
    const det = words[i - 1]!.norm;
    const found = (TIME_DETERMINERS.has(det) ? timesRanked(words, i - 1, rank.next) : null) ?? (RANK_DETERMINERS.has(det) ? offenceRanked(words, i - 1, rank.next) : null);
    if (found) out.push({ first: i, next: rank.next, rank: rank.n, priors: found.priors, subject: found.subject });
    i = rank.next - 1;
  }
  return out;
}

/** An ordinal word ("second") or in digits ("2nd", read "2" "nd"), at least the second. */
function rankAt(words: readonly Word[], i: number): { n: number; next: number } | null {
  const w = words[i]!;
  const n = ORDINALS.get(w.norm);
  if (n !== undefined) return w.joined || words[i + 1]?.joined ? null : { n, next: i + 1 };
  const suffix = words[i + 1];
  // (Most words are neither: the suffix is looked at before the digits are read.)
  if (suffix?.glued && /^(?:nd|rd|th)$/.test(suffix.norm) && /^\d{1,2}$/.test(w.text)) return Number(w.text) >= 2 ? { n: Number(w.text), next: i + 2 } : null;
  return null;
}

/**
 * "this is her third OWI", "it was her third arrest for theft", "charged with his fourth drunk-driving offence":
 * a rank of an offence told of the one at hand (a verb "to be" or "marks" before it, or the step it is charged in).
 */
function offenceRanked(words: readonly Word[], det: number, next: number): { priors: Priors; subject: string } | null {
  const phrase = offencePhraseAt(words, next);
  if (!phrase || periodAfter(words, phrase.next)) return null;
  const before = words[det - 1]?.norm ?? '';
  const current = BE_OR_MARK.has(before) || (STEP_PREPOSITIONS.has(before) && STEP_VERBS.has(words[det - 2]?.norm ?? ''));
  return current ? { priors: phrase.priors, subject: `prior ${phrase.text}` } : null;
}

/**
 * "the third time he has been charged with drunk driving", "it was the second time she was arrested", "was
 * arrested for DWI for a third time": a rank of times someone was arrested, charged or convicted. ("the second
 * time the team has won" names no step of a case.)
 */
function timesRanked(words: readonly Word[], det: number, next: number): { priors: Priors; subject: string } | null {
  if (words[next]?.norm !== 'time') return null;
  // "… for the third time": the verb before.
  if (words[det - 1]?.norm === 'for') {
    if (periodAfter(words, next + 1)) return null;
    for (let k = det - 2; k >= Math.max(0, det - 10) && !isBoundary(words[k]); k--) {
      const step = STEP_VERBS.get(words[k]!.norm);
      if (!step) continue;
      // One person taken in: "he was arrested", "she has been charged" ("police arrested 40 protesters for the
      // second time", "they were arrested" count a crowd's).
      const passive = SINGULAR_PASSIVE.has(words[k - 1]?.norm ?? '') && !/^(?:have|they|we|you)$/.test(words[k - 2]?.norm ?? '');
      return passive ? ranked(step, offenceAfterVerb(words, k + 1, det - 1)) : null;
    }
    return null;
  }
  // "the second time (that) he has been charged": the verb after, with the current offence's words before the rank.
  // ("the second time this year he has been arrested" is told over a period.)
  if (!BE_OR_MARK.has(words[det - 1]?.norm ?? '') || periodAfter(words, next + 1)) return null;
  let k = next + 1;
  if (words[k]?.norm === 'that') k++;
  // Someone's own times: "he", "she" or a name ("the second time a player has been arrested" counts a team's).
  if (/^(?:he|she)$/.test(words[k]?.norm ?? '')) k++;
  else while (k < words.length && /^\p{Lu}/u.test(words[k]!.text) && words[k]!.kind === 'word') k++;
  if (k === next + 1 || (k === next + 2 && words[next + 1]!.norm === 'that')) return null;
  while (AUXILIARIES.has(words[k]?.norm ?? '')) k++;
  const step = STEP_VERBS.get(words[k]?.norm ?? '');
  if (!step) return null;
  const offence = offenceAfterVerb(words, k + 1, words.length);
  return periodAfter(words, offence?.next ?? k + 1) ? null : ranked(step, offence);
}
const SINGULAR_PASSIVE = new Set(['was', 'been', 'is', "'s", 'got', 'gets', 'get', 'be']);
const AUXILIARIES = new Set(['has', 'had', 'have', 'been', 'was', 'is', 'being', "'s", 'got', 'gets', 'get', 'be', 'will', 'would']);

function ranked(step: CaseStep, offence: { keys: string; text: string } | null): { priors: Priors; subject: string } {
  const noun = step === 'term' ? 'prison terms' : step === 'offence' ? 'offences' : `${step}s`;
  return { priors: { offence: offence?.keys ?? '', step }, subject: `prior ${noun}${offence ? ` (${offence.text})` : ''}` };
}

/**
 * The words of an offence from `i`: a step with what it is for before or after ("DUI convictions", "arrest for
 * theft", "drunk-driving offence"), or a name of drunk driving alone ("DWI", "DUIs").
 */
function offencePhraseAt(words: readonly Word[], i: number): { priors: Priors; next: number; step: number; text: string } | null {
  let k = i;
  const offence: number[] = [];
  let drunk = false;
  while (k < words.length && offence.length < MAX_OFFENCE_WORDS) {
    const dd = drunkDrivingAt(words, k);
    if (dd > k) {
      for (let j = k; j < dd; j++) offence.push(j);
      drunk = true;
      k = dd;
      continue;
    }
    const w = words[k]!;
    if (STEP_NOUNS.has(w.norm) || isTerm(words, k) || w.kind !== 'word' || NOT_OFFENCE.has(w.norm) || !/^\p{L}/u.test(w.text)) break;
    // A capitalised word is a name ("his second Dorvale arrest" is of a place, not an offence) unless an acronym.
    if (/^\p{Lu}\p{Ll}/u.test(w.text)) return null;
    offence.push(k++);
  }
  let step: CaseStep | undefined = STEP_NOUNS.get(words[k]?.norm ?? '');
  if (step) k++;
  else if (isTerm(words, k)) {
    step = 'term';
    k += 2;
  } else if (drunk && offence.length && drunkDrivingAt(words, offence[0]!) === k) step = 'offence';
  else return null;
  // "arrest for theft", "convictions for drunk driving", "charge of assault".
  const stepEnd = k;
  if (STEP_PREPOSITIONS.has(words[k]?.norm ?? '') && step !== 'offence') {
    const after = offenceAfterVerb(words, k, words.length);
    if (after) {
      for (let j = k + 1; j < after.next; j++) offence.push(j);
      k = after.next;
    }
  }
  const text = words.slice(i, k).map((w) => w.text).join(' ');
  return { priors: { offence: offenceKeys(words, offence), step }, next: k, step: stepEnd, text };
}

/** "term" after "prison" or "jail": "his third prison term". */
const isTerm = (words: readonly Word[], k: number) => TERM_NOUNS.has(words[k + 1]?.norm ?? '') && CUSTODY_WORDS.has(words[k]?.norm ?? '');

/** The keys of an offence's words, sorted ("theft", "dui"); '' when none are named. */
function offenceKeys(words: readonly Word[], at: readonly number[]): string {
  // ("a DUI-related arrest" is a DUI arrest.)
  return contentKeys(at.filter((k) => words[k]!.norm !== 'related').map((k) => words[k]!.text).join(' ')).join(' ');
}

/**
 * What a step is for, after its verb or noun: "charged with drunk driving", "arrested for theft", "convicted of
 * DWI" (a name of drunk driving, or at most two lower-case words). Stops before `end`.
 */
function offenceAfterVerb(words: readonly Word[], k: number, end: number): { keys: string; text: string; next: number } | null {
  if (!STEP_PREPOSITIONS.has(words[k]?.norm ?? '')) return null;
  let j = k + 1;
  if (/^(?:a|an)$/.test(words[j]?.norm ?? '')) j++;
  const dd = drunkDrivingAt(words, j);
  let next = dd > j ? dd : j;
  if (dd <= j) while (next < Math.min(end, j + 2) && words[next]!.kind === 'word' && /^\p{Ll}/u.test(words[next]!.text) && !NOT_OFFENCE.has(words[next]!.norm) && !STEP_NOUNS.has(words[next]!.norm)) next++;
  if (next === j || next > end) return null;
  const at = Array.from({ length: next - j }, (_, n) => j + n);
  return { keys: offenceKeys(words, at), text: words.slice(j, next).map((w) => w.text).join(' '), next };
}

/** Where a name of drunk driving that starts at `k` ends ("DUI", "driving under the influence of alcohol"), or k. */
function drunkDrivingAt(words: readonly Word[], k: number): number {
  const w = words[k]?.norm ?? '';
  if (DRUNK_DRIVING_ACRONYMS.has(w) || (w.endsWith('s') && DRUNK_DRIVING_ACRONYMS.has(w.slice(0, -1)))) return k + 1;
  const seq = (list: readonly string[], at: number) => list.every((x, n) => words[at + n]?.norm === x);
  const phrase = DRUNK_DRIVING_PHRASES.find((p) => seq(p, k));
  if (!phrase) return k;
  const end = k + phrase.length;
  const tail = DRUNK_DRIVING_TAILS.find((t) => seq(t, end));
  return tail ? end + tail.length : end;
}

/**
 * A period the count is told over, right after its words: "her third OWI arrest this year", "four prior
 * convictions in five years", "since 2019", "within a month": not a count of all earlier offences.
 */
function periodAfter(words: readonly Word[], next: number): boolean {
  for (let k = next; k < Math.min(words.length, next + 5) && !isBoundary(words[k]); k++) {
    const w = words[k]!.norm;
    if (w === 'since' || w === 'within') return true;
    if (/^(?:this|last|past|the|a|that)$/.test(w) && PERIOD_UNITS.has(words[k + 1]?.norm ?? '')) return true;
    if (w === 'in' || w === 'over' || w === 'during') {
      for (let j = k + 1; j < Math.min(words.length, k + 5) && !isBoundary(words[j]); j++) if (PERIOD_UNITS.has(words[j]!.norm)) return true;
    }
  }
  return false;
}
