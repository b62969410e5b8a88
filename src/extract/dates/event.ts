import { isEventNoun } from '../../lexicon/events.js';
import { offenceKey } from '../../lexicon/offences.js';
import { isSpeechVerb } from '../../lexicon/speech.js';
import { onceKeys } from '../../reconcile/dates-events.js';
import { contentKeys } from '../../reconcile/figures-keys.js';
import { endsPhrase, nounPhraseAt } from '../figures/subject.js';
import { isBoundary, isCapitalised, type Word } from '../figures/words.js';
import type { EventSide } from './find.js';
import { nounAfter } from './calendar-forms.js';
import { clockAt, isClockColon } from './clock.js';
import { clauseEnd } from './tense.js';

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
/** Prepositions right before a date that opens its sentence: "Over the weekend, …", "Since March, …". */
const OPENING_PREPOSITIONS = new Set(['over', 'through', 'throughout', 'since', 'until', 'by', 'from', 'around', 'within', 'across']);

function stops(w: Word | undefined): boolean {
  return w === undefined || isBoundary(w);
}

/** "he all but accused", "anything but calm": "but" after these is no conjunction. */
const allBut = (words: readonly Word[], k: number): boolean => words[k]!.norm === 'but' && /^(all|anything|nothing|everything)$/.test(words[k - 1]?.norm ?? '');

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
    while (b < words.length && b - a < MAX_WORDS && !clauseEnd(words, b) && !(b > a && CLAUSE_OPENERS.has(words[b]!.norm) && !allBut(words, b)) && !(['and', 'or'].includes(words[b]!.norm) && !isCapitalised(words[b + 1]))) b++;
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
  for (;;) {
    while (a > 0 && first - a < 30 && !stopsAt(words, a - 1) && !opensClause(words, a - 1)) a--;
    // "told Radio Dorvale’s “Tonight Live” on Monday": a title in quote marks goes on with its clause
    const title = a > 0 ? quotedTitleBefore(words, a) : -1;
    if (title < 0) break;
    a = title;
  }
  return a === end ? [first, first] : [a, end];
}

/**
 * Where a title of one to four capitalised words in quote marks starts, when its closing mark is
 * words[a - 1] ("“Tonight Live”"); else -1.
 */
function quotedTitleBefore(words: readonly Word[], a: number): number {
  if (words[a - 1]?.kind !== 'quote') return -1;
  let k = a - 2;
  while (k >= 0 && a - 2 - k < 4 && words[k]!.kind === 'word' && isCapitalised(words[k])) k--;
  return k < a - 2 && k >= 0 && words[k]!.kind === 'quote' ? k : -1;
}

/**
 * words[k] opens a clause; the "while" of an offence's name does not: "convicted of driving while intoxicated
 * in 2019" is one clause (lexicon/offences.ts).
 */
function opensClause(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (!CLAUSE_OPENERS.has(w.norm)) return false;
  return !(w.norm === 'while' && offenceKey(`${words[k - 1]?.norm ?? ''} while ${words[k + 1]?.norm ?? ''}`) !== null);
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
  // "In his remarks on Monday, Okafor repeated …", "Over the weekend, Ruiz …": an opening phrase, the event
  // follows the comma.
  if (a === 0 && (PREPOSITIONS.has(words[0]?.norm ?? '') || first <= 1 && OPENING_PREPOSITIONS.has(words[0]?.norm ?? '')) && words[next]?.text === ',') {
    return eventAfter(text, words, next, whole) ?? eventBefore(text, words, first, clause, whole);
  }
  const nominal = nominalEventBefore(text, words, first, clause, whole);
  if (nominal) return nominal;
  const before = eventBefore(text, words, first, clause, whole);
  // "the mayor on Friday opened the new bridge": subject before, verb after.
  if (n <= 2 && !stops(words[next])) {
    const after = eventAfter(text, words, next, whole);
    if (before && after) return `${before} ${after}`;
  }
  return before ?? eventAfter(text, words, next, whole);
}

/** Prepositions that tie a place or a target to an event noun: "the attack on the depot in Dorvale". */
const NOUN_LINKS = new Set(['of', 'in', 'on', 'at', 'near', 'outside', 'inside', 'across', 'along', 'off', 'against']);
/**
 * Words right before an event's noun phrase that make the date the clause's after all: "was killed in the
 * attack on the depot on Monday" (the death is of that day too, and its clause says more), "spoke about the
 * bombing in Kessa on Tuesday" (the speaking may be what Tuesday dates).
 */
const WITHIN = new Set(['in', 'during', 'at', 'amid', 'by', 'on', 'about', 'regarding', 'concerning', 'from', 'into', 'with',
  // "a report on the causes of the fire in Kessa on Tuesday", "photos of the flood": a phrase inside another noun's
  'of',
  // "held a vote", "mounted their raid on the port", "carried out the raid": the verb does the event, and its clause names who
  'held', 'hold', 'holds', 'holding', 'launched', 'launch', 'launches', 'launching', 'staged', 'stage', 'stages', 'mounted', 'mount',
  'conducted', 'conduct', 'conducts', 'out', 'began', 'begin', 'begins', 'started', 'start', 'starts', 'convened', 'hosted', 'host',
  'organised', 'organized', 'called', 'opened',
  // "came under fire in Kessa on Monday": the clause is what happened
  'under']);
/** Words before a bare plural that make it a verb: "Ruiz attacks the plan", "he talks of Kessa". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);
/** Words that are no part of a noun phrase: auxiliaries, pronouns, conjunctions, other prepositions. */
const NOT_NOMINAL = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might',
  'can', 'did', 'do', 'does', 'not', 'he', 'she', 'they', 'we', 'it', 'i', 'you', 'him', 'them', 'and', 'or', 'nor', 'than',
  'to', 'for', 'from', 'by', 'over', 'under', 'into', 'with', 'without', 'about', 'during', 'amid', 'like', 'per', 'ago',
]);
/** Determiners that open an event's noun phrase: "the alleged shelling", "its attack". */
const NOMINAL_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);
/** Words between an event noun and its date, at most: "the attack on the fuel depot in the port of Dorvale". */
const MAX_NOMINAL_GAP = 10;
/** Words before an event noun that modify it, at most: "the first night raid". */
const MAX_PREMODIFIERS = 3;

/** A word that can stand in a noun phrase: a name, a number, or a lower-case word that is no verb, adverb or function word. */
function nominalWord(w: Word | undefined): boolean {
  if (w === undefined || w.kind !== 'word' || isBoundary(w)) return false;
  if (isCapitalised(w) || /^\d/.test(w.text)) return true;
  return !NOT_NOMINAL.has(w.norm) && !CLAUSE_OPENERS.has(w.norm) && !endsPhrase(w) && !isSpeechVerb(w.norm);
}

/**
 * words[h + 1, e) are prepositional phrases on the noun at h: "of Kessa in Tarn province", "on the depot";
 * a verb among them ("the bombing in Kessa happened on Tuesday") makes the noun a clause's subject.
 * A word in -ing needs a determiner ("on the building"; "on troops guarding the depot" has a verb).
 */
function nominalGap(words: readonly Word[], h: number, e: number): boolean {
  if (e - h - 1 > MAX_NOMINAL_GAP) return false;
  let k = h + 1;
  while (k < e) {
    if (!NOUN_LINKS.has(words[k]!.norm)) return false;
    const head = ++k;
    while (k < e && !NOUN_LINKS.has(words[k]!.norm)) {
      const w = words[k]!;
      if (!nominalWord(w) || (/ing$/.test(w.norm) && !isCapitalised(w) && !NOMINAL_DETERMINERS.has(words[k - 1]!.norm))) return false;
      k++;
    }
    if (k === head) return false;
  }
  return true;
}

/** Where the noun phrase headed by words[h] starts: its determiner and up to three modifiers ("the alleged shelling", "a night raid"). */
function nominalStart(words: readonly Word[], h: number): number {
  let s = h;
  while (s > 0 && h - s < MAX_PREMODIFIERS) {
    const w = words[s - 1]!;
    if (NOMINAL_DETERMINERS.has(w.norm) || (w.norm.endsWith("'s") && isCapitalised(w))) return s - 1;
    // "the alleged shelling": a participle after a determiner; "condemned raids" has a verb
    if (endsPhrase(w) && !isCapitalised(w)) return NOMINAL_DETERMINERS.has(words[s - 2]?.norm ?? '') ? s - 2 : s;
    // a lower-case word in -s before the noun is more often a verb ("condemns bombings") than a modifier
    if (!nominalWord(w) || NOUN_LINKS.has(w.norm) || (!isCapitalised(w) && /s$/.test(w.norm))) return s;
    s--;
  }
  return s;
}

/**
 * An event named by a noun phrase right before the date, when the date dates it and not the clause
 * around it: "vowed to punish those behind the alleged shelling of Kessa in Tarn province on Tuesday" →
 * "alleged shelling of Kessa in Tarn province"; "condemned the attack on the depot in Dorvale on Monday"
 * → "attack on the depot in Dorvale"; "since the election in Harbor Ford on 3 May". Between the event
 * noun (lexicon/events.ts) and the date stand one or more prepositional phrases, no verb: a bare noun
 * right before the date ("filmed the fire at 3:10 a.m.", "watched the match Saturday") is as
 * often the clause's object as what the date dates, so the clause keeps it. Null too when the phrase
 * opens the clause (the clause is then that phrase anyway), or when a word before it puts the clause in
 * the event or makes the date the speaker's (`WITHIN`): "he spoke on Tuesday about the bombing", "was
 * killed in the attack on the depot on Monday" keep their clause.
 */
function nominalEventBefore(text: string, words: readonly Word[], first: number, clause: readonly [number, number], whole: boolean): string | null {
  let e = first;
  while (e > 0 && TIME_HEDGES.has(words[e - 1]!.norm)) e--;
  if (['on', 'in', 'at'].includes(words[e - 1]?.norm ?? '')) e--;
  if (['early', 'late'].includes(words[e - 1]?.norm ?? '')) e--;
  const [a] = clause;
  for (let h = e - 1; h >= a && e - h - 1 <= MAX_NOMINAL_GAP; h--) {
    const w = words[h]!;
    if (!isEventNoun(w.norm) || isCapitalised(w) || h + 1 === e || !NOUN_LINKS.has(words[h + 1]!.norm)) continue;
    if (!nominalGap(words, h, e)) return null;
    const s = nominalStart(words, h);
    if (wordsBefore(words, [a, s]) === 0 || WITHIN.has(words[s - 1]?.norm ?? '')) return null;
    // "Ruiz attacks the plan in Kessa": with no determiner or modifier, a word in -s after a name or a pronoun is a verb
    if (s === h && /s$/.test(w.norm) && (isCapitalised(words[h - 1]) || SUBJECT_PRONOUNS.has(words[h - 1]?.norm ?? ''))) return null;
    // "was arrested for the attack on the depot on Monday", "died after the raid on Kessa on Tuesday": a once-only
    // event of the clause (an arrest, a death) is as likely what the date dates, and what its conflicts are keyed on
    if (onceKeys(contentKeys(text.slice(words[a]!.start, words[s - 1]!.end))).length > 0) return null;
    return span(text, words, s, e, whole);
  }
  return null;
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
