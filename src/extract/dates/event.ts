import { nounPhraseAt } from '../figures/subject.js';
import { isBoundary, isCapitalised, type Word } from '../figures/words.js';
import type { EventSide } from './find.js';
import { nounAfter } from './calendar-forms.js';
import { clockAt, isClockColon } from './clock.js';

/**
 * What a date dates, as a few words of original text from its clause:
 *   before: "Okafor informed Berg on Monday"                 → "Okafor informed Berg"
 *   after:  "two days after Okafor met Berg in Lagos"        → "Okafor met Berg in Lagos"
 *           "Later in the day, Ruiz voiced support …"        → "Ruiz voiced support …"
 *   noun:   "Monday's summit", "a February cabinet talk" → "summit", "cabinet talk"
 *   "Goa, annexed by India in 1961": a clause opening on a participle
 *   takes the name before the comma → "Goa, annexed by India".
 */
const CLAUSE_OPENERS = new Set(['when', 'which', 'where', 'who', 'whom', 'while', 'after', 'before', 'as', 'that', 'but', 'because', 'since', 'although', 'though', 'if', 'until']);
const LEAD_IN = new Set(['on', 'in', 'since', 'by', 'until', 'late', 'early', 'mid', 'last', 'next', 'this', 'during', 'from', 'of', 'the', 'a', 'an', 'earlier', 'later', 'that', 'and', 'through']);
const MAX_WORDS = 12;
/** Words that hedge a clock time, at the end of the clause before it. */
const TIME_HEDGES = new Set(['about', 'around', 'approximately', 'roughly']);
/** Words that bring a time closer, before its "after" or "before": "lost power just after 6 a.m.", "shortly before noon". */
const CLOSE_HEDGES = new Set(['just', 'shortly', 'right', 'soon']);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'following', 'for']);

function stops(w: Word | undefined): boolean {
  return w === undefined || isBoundary(w);
}

/** words[k] ends a clause; the colon of a clock time ("6:20 p.m.") does not: "sank at 6:20 p.m. on Friday" is one clause. */
function stopsAt(words: readonly Word[], k: number): boolean {
  return !isClockColon(words, k) && stops(words[k]);
}

/**
 * Original text of words[a, b) without lead-in words; a long clause keeps its head and tail: "The talks … last visit"
 * (`whole`: every word, for the keys that compare events).
 */
function span(text: string, words: readonly Word[], a: number, b: number, whole = false): string | null {
  while (a < b && LEAD_IN.has(words[a]!.norm)) a++;
  // "leaves at 8 a.m. Thursday": "at" leads into a clock time, at the end only ("at the port" opens a place);
  // so does a hedge on it ("pulled over at about 1 a.m.", "shortly before 2 a.m.")
  while (b > a && (LEAD_IN.has(words[b - 1]!.norm) || words[b - 1]!.norm === 'at' || TIME_HEDGES.has(words[b - 1]!.norm) || CLOSE_HEDGES.has(words[b - 1]!.norm))) b--;
  if (a >= b) return null;
  const slice = (x: number, y: number) => text.slice(words[x]!.start, words[y - 1]!.end).replace(/\s+/g, ' ');
  return b - a <= 10 || whole ? slice(a, b) : `${slice(a, a + 6)} … ${slice(b - 4, b)}`;
}

function eventAfter(text: string, words: readonly Word[], next: number, whole = false): string | null {
  let a = next;
  while (a < words.length && (isBoundary(words[a]) || words[a]!.norm === 'that')) a++;
  // "Early Sunday, at about 4:15 a.m., the ferry ran aground": the day's hour is no event
  const hour = clockAfter(words, a);
  if (hour > a) {
    a = hour;
    while (a < words.length && (isBoundary(words[a]) || words[a]!.norm === 'that')) a++;
  }
  let b = a;
  // "Okafor met Berg in Lagos and followed …" stops at the second verb; "Ruiz and French President Lenoir" does not.
  const runs = () => {
    while (b < words.length && b - a < MAX_WORDS && !stops(words[b]) && !(b > a && CLAUSE_OPENERS.has(words[b]!.norm)) && !(['and', 'or'].includes(words[b]!.norm) && !isCapitalised(words[b + 1]))) b++;
  };
  runs();
  // "a day after a guide, Ana Ruiz, died in a fall": a name set off by commas goes on to the verb.
  const past = b > a ? appositionEnd(words, b) : -1;
  if (past > 0) {
    b = past;
    runs();
  }
  return span(text, words, a, b, whole);
}

/** Where "at about 4:15 a.m." starting at `a` ends, or `a`. */
function clockAfter(words: readonly Word[], a: number): number {
  let k = a;
  if (words[k]?.norm === 'at') k++;
  while (TIME_HEDGES.has(words[k]?.norm ?? '')) k++;
  return clockAt(words, k)?.next ?? a;
}

/**
 * Where ", Ana Ruiz," ends, when a name of one to four capitalised words set off by commas starts at
 * `at` and a word in lower case (its clause's verb) follows it; else -1.
 */
function appositionEnd(words: readonly Word[], at: number): number {
  if (words[at]?.text !== ',') return -1;
  let k = at + 1;
  while (k < words.length && k - at <= 4 && isCapitalised(words[k])) k++;
  return k > at + 1 && words[k]?.text === ',' && /^\p{Ll}/u.test(words[k + 1]?.text ?? '') ? k + 1 : -1;
}

function eventNoun(text: string, words: readonly Word[], next: number, whole = false): string | null {
  const np = nounPhraseAt(words, next);
  if (!np) return null;
  let b = np[1];
  // "meeting with Okafor", "encounter between A and B"
  if (['with', 'between', 'of', 'in'].includes(words[b]?.norm ?? '')) {
    const pp = nounPhraseAt(words, b + 1);
    if (pp) b = pp[1];
  }
  return span(text, words, np[0], b, whole);
}

/**
 * The clause before a date at words[first], as [from, to): back to punctuation or a clause opener. The
 * date's own preposition opens nothing ("He had been held at the unit since 2009": "since" is no
 * conjunction here), so the clause before it is the event.
 */
function clauseBefore(words: readonly Word[], first: number): [number, number] {
  // "until about 5 a.m.": the hedge on a clock time stands between its preposition and the date.
  let at = first;
  while (at > 0 && TIME_HEDGES.has(words[at - 1]!.norm)) at--;
  const end = DATE_PREPOSITIONS.has(words[at - 1]?.norm ?? '') ? at - 1 : first;
  let a = end;
  while (a > 0 && first - a < 30 && !stopsAt(words, a - 1) && !CLAUSE_OPENERS.has(words[a - 1]!.norm)) a--;
  return a === end ? [first, first] : [a, end];
}

/** Clause openers that are also a date's preposition ("since 2009", "before 2030"). */
const DATE_PREPOSITIONS = new Set(['since', 'until', 'till', 'before', 'after']);

function eventBefore(text: string, words: readonly Word[], first: number, clause = clauseBefore(words, first), whole = false): string | null {
  const [a, end] = clause;
  // "One firefighter, a volunteer from Serta, died on Monday": the verb's subject stands before the apposition.
  const subject = end - a >= 1 && end - a <= 2 && !isCapitalised(words[a]) ? subjectBeforeApposition(words, a) : null;
  if (subject) return `${span(text, words, subject[0], subject[1], whole) ?? ''} ${span(text, words, a, end, whole) ?? ''}`.trim() || null;
  // "Goa, annexed by India in 1961"
  if (a >= 2 && words[a - 1]!.text === ',' && /ed$/.test(words[a]?.norm ?? '') && isCapitalised(words[a - 2])) {
    return span(text, words, a - 2, end, whole);
  }
  return span(text, words, a, end, whole);
}

/**
 * For a clause that starts right after ", <apposition> ,", the noun phrase
 * before the apposition, as [from, to): "A volunteer firefighter, aged 34, died".
 */
function subjectBeforeApposition(words: readonly Word[], a: number): [number, number] | null {
  if (a < 4 || words[a - 1]!.text !== ',') return null;
  let p = a - 2;
  while (p > 0 && a - p < 12 && !stops(words[p]) && !CLAUSE_OPENERS.has(words[p]!.norm)) p--;
  if (words[p]?.text !== ',' || p === a - 2) return null;
  let s = p;
  while (s > 0 && p - s < 6 && !stops(words[s - 1]) && !CLAUSE_OPENERS.has(words[s - 1]!.norm)) s--;
  const opens = s === 0 || stops(words[s - 1]) || CLAUSE_OPENERS.has(words[s - 1]!.norm);
  return opens && s < p ? [s, p] : null;
}

/** How many words of the clause before the date (`clauseBefore`) count, lead-in words left out. */
function wordsBefore(words: readonly Word[], [a, end]: readonly [number, number]): number {
  let n = 0;
  for (let k = a; k < end; k++) if (!LEAD_IN.has(words[k]!.norm)) n++;
  return n;
}

/**
 * The "when" clause right after a date, with every word: "was heading home at about 5 a.m. Sunday on Route 9
 * when officers stopped him" → "officers stopped him", what happened at that moment; else null.
 */
export function whenAfter(text: string, words: readonly Word[], next: number): string | null {
  for (let k = next; k < words.length && k - next <= MAX_WHEN_GAP && !stops(words[k]); k++) {
    if (words[k]!.norm === 'when') return eventAfter(text, words, k + 1, true);
  }
  return null;
}

/** Words between a date and its "when": "on Route 9 near Kessa". */
const MAX_WHEN_GAP = 6;

/**
 * The event of the date at words[first, next): `whole` keeps every word of a long clause (for comparing
 * events: "actress and former reporter Ana Ruiz checked into the clinic" keeps its verb), else its head
 * and tail (for showing it).
 */
export function eventOf(text: string, words: readonly Word[], first: number, next: number, side: EventSide, whole = false): string | null {
  if (side === 'after') return eventAfter(text, words, next, whole);
  // "the May 4, 2023, flood": the noun after the year's closing comma
  if (side === 'noun') return eventNoun(text, words, nounAfter(words, next), whole) ?? eventBefore(text, words, first, undefined, whole);
  const clause = clauseBefore(words, first);
  const n = wordsBefore(words, clause);
  let a = first;
  while (a > 0 && !stops(words[a - 1])) a--;
  // "In his remarks on Monday, Okafor repeated …": an opening phrase, the event follows the comma.
  if (a === 0 && PREPOSITIONS.has(words[0]?.norm ?? '') && words[next]?.text === ',') return eventAfter(text, words, next, whole) ?? eventBefore(text, words, first, clause, whole);
  const before = eventBefore(text, words, first, clause, whole);
  // "the mayor on Friday opened the new bridge": subject before, verb after.
  if (n <= 2 && !stops(words[next])) {
    const after = eventAfter(text, words, next, whole);
    if (before && after) return `${before} ${after}`;
  }
  return before ?? eventAfter(text, words, next, whole);
}

/** Verbs that date the start of a state: "the fighting began in July", "the strike, which started in March". */
const START_VERBS = new Set(['began', 'begun', 'begin', 'begins', 'started', 'starts', 'erupted', 'commenced']);
/** Words of a subject told before its start verb, at most. */
const MAX_STARTED_WORDS = 24;
/** Openers a started subject goes back across: ", which started" takes the noun before it. */
const RELATIVE_OPENERS = new Set(['which', 'that', 'who']);

/**
 * What began, when the date's clause ends on a start verb: "The clashes between the army and the
 * Kessa Freedom Front, or KFF, began in July" → "clashes between the army and the Kessa Freedom
 * Front, or KFF, began"; "The strike, which started in March" → "strike, which started". The shown
 * event stops at the apposition or the relative clause ("began", "started") and so loses what began;
 * this goes back over up to two commas to the sentence's start or a clause opener. Null when the word
 * before the date (its preposition left out) is no start verb, or when nothing stands before it.
 */
export function startedBefore(text: string, words: readonly Word[], first: number): string | null {
  let v = first - 1;
  while (v >= 0 && LEAD_IN.has(words[v]!.norm)) v--;
  let verb = v;
  if (words[v]?.norm === 'out' && words[v - 1]?.norm === 'broke') verb = v - 1;
  else if (!START_VERBS.has(words[v]?.norm ?? '')) return null;
  let a = verb;
  let commas = 0;
  while (a > 0 && verb - a < MAX_STARTED_WORDS) {
    const w = words[a - 1]!;
    // "Workers' Front", "Coast-West": a glued apostrophe or hyphen is inside a name
    if ((w.kind === 'quote' || w.text === '-') && w.glued) {
      a--;
      continue;
    }
    if (w.text === ',' && ++commas <= 2) {
      a--;
      continue;
    }
    if (stops(w) || (CLAUSE_OPENERS.has(w.norm) && !RELATIVE_OPENERS.has(w.norm))) break;
    a--;
  }
  while (a < verb && (stops(words[a]) || RELATIVE_OPENERS.has(words[a]!.norm))) a++;
  return a < verb ? span(text, words, a, v + 1, true) : null;
}
