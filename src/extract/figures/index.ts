import { diagnostic } from '../../model/codes.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { FigureMention } from '../../model/mention.js';
import type { ParsedSource } from '../../nlp/types.js';
import { scanFigures } from './find.js';
import { localPlace } from './local.js';
import { missionOf } from './mission.js';
import { partTotals } from './parts.js';
import { priorsOfCount, rankedOffences } from './priors.js';
import { STILL } from './subject.js';
import { trialStage } from './stage.js';
import { sentenceWords } from './words.js';
import { figurePeople, namedWords, peopleIn, placesAfter, placesIn, scopeOf, type FigureContext, type NamedPerson } from './context.js';
import type { Word } from './words.js';
import type { RawFigure } from './find.js';
import { FULL_WEEKDAYS, MONTHS } from '../../lexicon/calendar.js';

/**
 * Figures of one source: money, counts, percentages, fractions, durations,
 * ages, ranges and meaningful ordinals, each with value, unit, hedge,
 * interval and subject. Spans cover the hedge and the unit
 * ("more than 40,000 casualties" → "more than 40,000").
 */
const INCREMENT = new Set(['extra', 'additional', 'more', 'further', 'another']);

export function extractFigures(doc: ParsedSource, ctx?: FigureContext): { figures: FigureMention[]; diagnostics: Diagnostic[] } {
  const figures: FigureMention[] = [];
  const diagnostics: Diagnostic[] = [];
  doc.sentences.forEach((sentence, s) => {
    const words = sentenceWords(doc, sentence);
    const { figures: raw, problems } = scanFigures(doc.text, words);
    const ranks = rankedOffences(words);
    const own = (raw.length || ranks.length) && ctx ? peopleIn(doc, sentence, ctx) : [];
    // "Ana Ruiz rushed for 70 yards. He has 150 yards this season.": "he" is the person named last.
    const named = own.length || !(raw.length || ranks.length) || !pronounBefore(words, raw[0]?.first ?? ranks[0]!.first) ? own : namedBefore(doc, s, ctx).slice(-1).map((p) => ({ ...p, end: -1 }));
    const sentenceScope = raw.length ? scopeOf(doc, sentence, doc.sentences[s - 1]) : undefined;
    const latest = raw.length > 0 ? latestInSeries(words) : -1;
    const ageFigures = raw.filter((f) => f.measure === 'age');
    const crowd = crowdOf(raw);
    const days = raw.length ? daysIn(words) : [];
    // (the named words of the sentence, read only for a count of people sent, which is rare)
    let names: ReadonlySet<number> | undefined;
    const isNamed = (w: Word): boolean => (names ??= namedWords(doc, sentence, ctx)).has(w.start);
    const sentenceFigures = figures.length;
    const summary = raw.some((f) => BARE_DEAD.test(f.subject ?? '')) && raw.some((f) => BARE_HURT.test(f.subject ?? ''));
    for (const f of raw) {
      const start = words[f.first]!.start;
      // "two extra life sentences": an addition, not the total another outlet gives.
      // "40 of the injured": some of a group another figure counts in full.
      // "One of the tremors, a magnitude 5.9 one", "One 5.9-magnitude tremor": one of several.
      // ("54 percent of the vote" is the share itself, not some of a group.)
      const part = (f.unit !== 'percent' && f.unit !== 'fraction' && words[f.next]?.norm === 'of' && /^(?:the|them|those|these)$/.test(words[f.next + 1]?.norm ?? '')) || oneOfSeveral(words, f.first) || latest > f.first || placeAlone(words, f.first) || beforeReturning(words, f.next);
      // "six were hurt in Kell, the capital of Varo district": one place's count, not the story's whole.
      const local = f.unit === 'count' && f.measure === 'count' && !/\bpopulation$/i.test(f.subject ?? '') ? localPlace(words, f.first, f.next) : null;
      const counted = priorsOfCount(words, f);
      const mission = missionOf(words, f, isNamed);
      const priors = counted?.priors;
      const scope = INCREMENT.has(words[f.next]?.norm ?? '') ? 'increment' : part ? 'part' : f.unit === 'percent' && inCondition(words, f.first, f.next) ? 'threshold'
        : predicted(words, f.first) ? 'prediction' : periodAfter(words, f.next) ?? (stillIn(words, f.first, f.next) ? 'remaining' : local && sentenceScope !== 'past' ? 'local'
          // "four prior convictions, from 2001 to 2004": the years date the earlier offences, not another event than the story's.
          : priors && sentenceScope === 'past' ? undefined : sentenceScope);
      const end = words[f.next - 1]!.end;
      const people = figurePeople(named, start, f.measure === 'age' && f.rule !== 'age-apposition');
      const ages = f.measure === 'age' ? [] : ageFigures.map((a) => a.value);
      const located = f.unit !== 'count' ? [] : /\bpopulation$/i.test(f.subject ?? '') ? placesIn(doc, sentence, ctx) : placesAfter(doc, sentence, end, ctx);
      const places = local && !located.includes(local) ? [...located, local].sort() : located;
      const stage = f.measure === 'duration' && /deliberat/i.test(f.subject ?? '') ? trialStage(words) : undefined;
      figures.push({
        source: doc.id, start, end, text: doc.text.slice(start, end),
        value: f.value, unit: f.unit, measure: f.measure, qualifier: f.qualifier, min: f.min, max: f.max,
        subject: withoutName(counted?.tail && f.subject ? `${f.subject}${counted.tail}` : f.subject, people, f.measure), rule: f.rule, ...(people.length ? { people } : {}), ...(scope ? { scope } : {}), ...(ages.length ? { ages } : {}), ...(places.length ? { places } : {}), ...(days.length && (f.unit === 'count' || f.unit === 'percent') ? { days } : {}),
        ...(stage ? { stage } : {}),
        ...((crowd.get(f.unit) ?? 0) >= 3 ? { crowd: crowd.get(f.unit)! } : {}),
        ...(summary && (BARE_DEAD.test(f.subject ?? '') || BARE_HURT.test(f.subject ?? '')) ? { summary: true as const } : {}),
        ...(f.pair ? { pair: f.pair } : {}),
        ...(isPlainNounCount(f) ? { setting: settingOf(words, f) } : {}),
        ...(priors ? { priors } : {}),
        ...(mission ? { mission } : {}),
      });
    }
    // "this is her third OWI": two earlier OWIs, a count beside the rank.
    for (const r of ranks) {
      const [start, end] = [words[r.first]!.start, words[r.next - 1]!.end];
      const people = figurePeople(named, start);
      figures.push({
        source: doc.id, start, end, text: doc.text.slice(start, end), value: r.rank - 1, unit: 'count', measure: 'count', qualifier: 'exact', min: r.rank - 1, max: r.rank - 1,
        subject: r.subject, rule: 'ordinal-prior', ...(people.length ? { people } : {}), priors: r.priors,
      });
    }
    // "8 were seriously injured and 40 slightly": the whole the parts sum to, besides the parts.
    // (the sentence's own figures, as read from `raw`: a count derived from a rank comes after them)
    if (raw.length > 1) figures.push(...partTotals(doc.text, words, raw, figures.slice(sentenceFigures, sentenceFigures + raw.length)));
    for (const p of problems) {
      diagnostics.push(diagnostic(p.code, p.message, { source: doc.id, start: p.start, end: p.end }));
    }
  });
  figures.sort((a, b) => a.start - b.start || a.end - b.end);
  return { figures, diagnostics };
}


/** A count of one plain noun, "420 pupils", not written as a compound ("a 420-pupil school"). */
const isPlainNounCount = (f: RawFigure) => f.unit === 'count' && f.measure === 'count' && f.rule !== 'count-compound' && /^\p{Ll}{3,}$/u.test(f.subject ?? '');

/**
 * The lower-case words of a plain count's sentence (up to SETTING_REACH words either side), but its own noun and
 * words that name nothing ("the school gym, where 420 pupils sat an exam" → "exam gym sat school"): what may hold
 * what it counts. (One string, not a list: every plain count carries it, and a list of words costs several
 * times the memory on a large run.)
 */
function settingOf(words: readonly Word[], f: RawFigure): string {
  const out = new Set<string>();
  const opening = words.findIndex((w) => w.kind === 'word');
  // (A sentence is read so far either side of the count: one that runs on and on must not cost its length per count.)
  for (let k = Math.max(0, f.first - SETTING_REACH); k < Math.min(words.length, f.next + SETTING_REACH); k++) {
    const w = words[k]!;
    // "the club's 420 members": the club. (A capital but the sentence's first names someone or somewhere.)
    const word = w.norm.replace(/'s$/, '');
    if (w.kind === 'word' && (k < f.first || k >= f.next) && word !== f.subject && !FUNCTION_WORDS.has(word) && /^\p{Ll}{3,}$/u.test(word) && (k === opening || /^\p{Ll}/u.test(w.text))) out.add(word);
  }
  return [...out].sort().join(' ');
}
const SETTING_REACH = 20;
const FUNCTION_WORDS = new Set(['the', 'and', 'but', 'for', 'from', 'with', 'where', 'which', 'who', 'that', 'this', 'these', 'those', 'was', 'were', 'are', 'has', 'had', 'have',
  'been', 'its', 'their', 'his', 'her', 'they', 'she', 'not', 'said', 'says', 'about', 'some', 'than', 'into', 'when', 'while', 'after', 'before', 'also', 'would', 'could', 'will']);

/**
 * "Owen Hollis was sentenced to 12 years" → "sentenced": whose figure it is, `people` says; the name in
 * the subject would only keep it from meeting "a 15-year sentence" for him. (An age's subject is its
 * person's name: it stays.)
 */
function withoutName(subject: string | null, people: readonly string[], measure: string | undefined): string | null {
  if (!subject || measure === 'age' || !people.length) return subject;
  const words = subject.split(' ');
  const k = words.findIndex((w) => people.includes(w.toLowerCase().replace(/['’]s$/, '')));
  if (k < 0 || k === words.length - 1 || !words.slice(0, k + 1).every((w) => /^\p{Lu}/u.test(w))) return subject;
  return words.slice(k + 1).join(' ');
}

/**
 * The days a sentence names by name: "Police arrested 14 people on Monday" → ["monday"]. ("today" and
 * "yesterday" count from a report date, and one outlet's "today" may be another's "Tuesday".) A day in what
 * the count includes is left out.
 */
function daysIn(words: readonly Word[]): string[] {
  const out = new Set<string>();
  // "missed 10 games, including Sunday's loss": a day among what is counted dates one of them, not the count
  let among = false;
  words.forEach((w, k) => {
    if (w.norm === 'including') among = true;
    else if (w.text === ';' || w.text === '.') among = false;
    if (among) return;
    if (FULL_WEEKDAYS.has(w.norm) || w.norm === 'weekend') out.add(w.norm);
    // The rounds of a vote are its days too: "in the first round", "in the runoff" (= the second round).
    else if (w.norm === 'runoff' || (w.norm === 'run' && words[k + 1]?.norm === 'off')) out.add('round 2');
    else if (w.norm === 'round' && ROUND_ORDINALS.has(words[k - 1]?.norm ?? '')) out.add(`round ${ROUND_ORDINALS.get(words[k - 1]!.norm)}`);
  });
  return [...out].sort();
}
const ROUND_ORDINALS = new Map([['first', 1], ['second', 2], ['third', 3], ['final', 9]]);

/** "In Dorvale alone, 9,000 people were displaced": one place's share of a whole another figure counts. */
function placeAlone(words: readonly Word[], first: number): boolean {
  for (let k = Math.max(1, first - 4); k < first; k++) if (words[k]!.norm === 'alone' && /^\p{Lu}/u.test(words[k - 1]!.text)) return true;
  return false;
}

/**
 * "nine miners remain trapped", "four are still missing", "the remaining 30 guests": those still in a
 * state when the report was written, against all who were ("14 miners were trapped").
 */
function stillIn(words: readonly Word[], first: number, next: number): boolean {
  if (words[first - 1]?.norm === 'remaining') return true;
  for (let k = next; k < Math.min(words.length, next + 4); k++) {
    if (STILL.has(words[k]!.norm)) return true;
    if (words[k]!.kind !== 'word') return false;
  }
  return false;
}

/**
 * "fined three times since March", "two goals this season": a count over a stated period of months
 * or years, which a count over a whole career or life does not contradict. ("burned 900 hectares since
 * Sunday" is the story's own span.)
 */
/**
 * "sat out seven matches before coming back for the final two", "was out for a month before returning": a stretch
 * that ends with a return is some of the time missed, not the season's whole (which another outlet may give).
 */
function beforeReturning(words: readonly Word[], next: number): boolean {
  for (let k = next; k < Math.min(words.length, next + 3); k++) {
    if (words[k]!.norm !== 'before') continue;
    const [a, b] = [words[k + 1]?.norm ?? '', words[k + 2]?.norm ?? ''];
    return RETURNING.has(a) || (/^(?:coming|came|come)$/.test(a) && b === 'back');
  }
  return false;
}
const RETURNING = new Set(['returning', 'rejoining', 'resuming', 'reappearing']);

/**
 * The period a count is stated over, in the words after it: "fined three times since March" (`period`),
 * "missed six games this season", "so far this year" (`current`: the season or year the story is told in,
 * the one period a count told with none may be of, see reconcile/figures-conflicts sameThingSomewhere).
 */
function periodAfter(words: readonly Word[], next: number): 'period' | 'current' | undefined {
  let reach = next + 3;
  for (let k = next; k < Math.min(words.length, reach); k++) {
    const w = words[k]!.norm;
    const after = words[k + 1]?.norm ?? '';
    if (w === 'so' && after === 'far') reach += 2;
    if (w === 'since' && (MONTHS.has(after) || /^(?:19|20)\d\d$/.test(after) || after === 'last')) return 'period';
    if (w === 'this' && /^(?:season|year)$/.test(after)) return 'current';
    if (words[k]!.kind !== 'word') return undefined;
  }
  return undefined;
}

/**
 * "the vote is valid only if more than 40 percent of voters take part", "at least 30 percent must back it for
 * the result to stand", "the 40 percent needed to pass": a share a rule or a law sets as a condition, a
 * threshold, never the share reached (a clause of its own, up to a comma, says which: "turnout was 35
 * percent, below the 40 percent needed" sets only the second).
 */
function inCondition(words: readonly Word[], first: number, next: number): boolean {
  for (let k = first - 1; k >= 0 && !CLAUSE_PUNCT.has(words[k]!.text); k--) if (isCondition(words, k)) return true;
  for (let k = next; k < words.length && !CLAUSE_PUNCT.has(words[k]!.text); k++) if (isCondition(words, k)) return true;
  return false;
}
/** A word that sets a condition; "valid" only as what something must be ("to be valid"), not "54% of the valid votes". */
const isCondition = (words: readonly Word[], k: number) => CONDITION.has(words[k]!.norm) || (/^(?:valid|invalid)$/.test(words[k]!.norm) && BE_VALID.has(words[k - 1]?.norm ?? ''));
const CONDITION = new Set(['if', 'unless', 'must', 'need', 'needs', 'needed', 'require', 'requires', 'required', 'requirement', 'threshold', 'minimum', 'quorum']);
const BE_VALID = new Set(['be', 'is', 'are', 'was', 'were', 'declared', 'considered', 'deemed', 'ruled']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '(', ')', '—', '–']);

/** Verbs of belief that make "would", "could" or "might" after them a guess: "I expected they would win 4 matches". */
const BELIEF = new Set(['thought', 'think', 'thinks', 'believed', 'believe', 'expected', 'expect', 'predicted', 'predict', 'hoped', 'hope', 'feared', 'fear', 'guessed', 'imagined', 'figured', 'projected']);

/** The figure at `first` is what someone guessed or expected would be: a prediction, not a report. */
function predicted(words: readonly Word[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    if (!/^(?:would|could|might)$/.test(words[k]!.norm)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) if (BELIEF.has(words[j]!.norm)) return true;
    return false;
  }
  return false;
}

/** "He rushed for …", "… after his fall of …": a pronoun for one person before the sentence's first figure. */
function pronounBefore(words: readonly Word[], first: number): boolean {
  for (let k = 0; k < first; k++) if (/^(?:he|she|his|her)$/.test(words[k]!.norm)) return true;
  return false;
}

/** How many figures of each unit the sentence gives: "9 points, 7 rebounds and five assists" gives three counts. */
function crowdOf(raw: ReadonlyArray<{ readonly unit: string }>): Map<string, number> {
  const n = new Map<string, number>();
  for (const f of raw) n.set(f.unit, (n.get(f.unit) ?? 0) + 1);
  return n;
}

/** Events that come in series: "the latest tremor", "the latest in a series of strikes". */
const SERIES_EVENTS = new Set(['tremor', 'tremors', 'quake', 'quakes', 'earthquake', 'earthquakes', 'aftershock', 'aftershocks', 'attack', 'attacks',
  'strike', 'strikes', 'blast', 'blasts', 'explosion', 'explosions', 'storm', 'storms', 'eruption', 'eruptions']);

/**
 * "a 5.2 quake rattled the port today, the latest aftershock", "the 5.2-magnitude quake, the latest of many
 * since the 7.0 quake": what comes before "the latest" is one of several events, not the one the other
 * outlets measure (what comes after may be that one). ("the latest toll" is the current total, and stays one.)
 * Returns where "latest" stands, or -1.
 */
function latestInSeries(words: readonly Word[]): number {
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.norm !== 'latest') continue;
    for (let j = k + 1; j < Math.min(words.length, k + 4); j++) {
      const w = words[j]!.norm;
      if (SERIES_EVENTS.has(w) || (w === 'in' && words[j + 1]?.norm === 'a' && words[j + 2]?.norm === 'series')) return k;
    }
  }
  return -1;
}

/** "One of the tremors, a magnitude 5.9 one", "One 5.9-magnitude tremor shook the coast": the figure picks one of several. */
function oneOfSeveral(words: readonly Word[], first: number): boolean {
  if (words[first - 1]?.norm === 'one' || (words[first - 1]?.norm === 'a' && words[first - 2]?.norm === 'one')) return true;
  for (let k = Math.max(0, first - 8); k < first - 1; k++) if (words[k]!.norm === 'one' && words[k + 1]!.norm === 'of') return true;
  return false;
}

/** A bare count of the dead or the hurt, no other noun: "six people died", "31 dead", "nine were hurt". */
const BARE_DEAD = /^(?:(?:people|others?) )?(?:killed|dead|died)$/i;
const BARE_HURT = /^(?:(?:people|others?) )?(?:injured|wounded|hurt)$/i;

/** The people named in the nearest of the three sentences before sentence s that names any. */
function namedBefore(doc: ParsedSource, s: number, ctx: FigureContext | undefined): NamedPerson[] {
  for (let k = s - 1; ctx && k >= 0 && k >= s - 3; k--) {
    const named = peopleIn(doc, doc.sentences[k]!, ctx);
    if (named.length) return named;
  }
  return [];
}
