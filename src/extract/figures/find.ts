import { FRACTIONS, ORDINALS } from '../../lexicon/numbers.js';
import { notAFigure, isAllCaps, isScore } from './filters.js';
import { intervalOf, PRECISE_SHARE_SLACK, preciseShare, qualifierBefore } from './qualifiers.js';
import { magnitudesListed, quakeMeasured, quantityAt, type Measure, type Quantity } from './quantity.js';
import { measuredSubject, nameBefore, nounPhraseAt, subjectOf } from './subject.js';
import type { Word } from './words.js';
import { zeroCountAt } from './zero.js';

/** A figure found in one sentence, as word indices plus normalised values. */
export interface RawFigure {
  readonly first: number;
  readonly next: number;
  readonly value: number;
  readonly unit: string;
  readonly measure: Measure;
  readonly qualifier: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly subject: string | null;
  readonly rule: string;
  readonly pair?: { readonly n: 1 | 2; readonly other: number };
}

export interface ScanProblem { readonly code: string; readonly message: string; readonly start: number; readonly end: number }

const RANGE_LINKS = new Set(['to', 'and']);

/** Extends a quantity over "to"/"and" + a second quantity of the same unit: "a month to six weeks", "between 10 and 15". */
function rangeAfter(words: readonly Word[], q: Quantity, between: boolean): Quantity {
  const link = words[q.next]?.norm ?? '';
  if (!RANGE_LINKS.has(link) || (link === 'and' && !between)) return q;
  const second = quantityAt(words, q.next + 1);
  if (!second || !('ok' in second)) return q;
  const r = second.ok;
  const unitless = q.unit === 'count' && q.measure === 'count' && r.measure !== 'count';
  const lo = unitless ? q.value * r.factor : q.value;
  if ((!unitless && r.unit !== q.unit) || lo >= r.value) return q;
  return { ...q, value: lo, upper: r.value, unit: r.unit, measure: r.measure, next: r.next, rule: `${r.rule}-range` };
}

/**
 * "7.0 and 6.5 magnitude quakes", "2 or 3 km": a bare number listed before another that carries a unit
 * takes that unit (the two stay two figures; "between 10 and 15 km" is a range, see rangeAfter).
 */
function listUnit(words: readonly Word[], q: Quantity): Quantity {
  if (q.upper !== undefined || q.unit !== 'count' || q.measure !== 'count' || !/^(?:and|or)$/.test(words[q.next]?.norm ?? '')) return q;
  const second = quantityAt(words, q.next + 1);
  if (!second || !('ok' in second) || second.ok.measure === 'count' || second.ok.measure === 'money' || second.ok.factor !== 1) return q;
  return { ...q, unit: second.ok.unit, measure: second.ok.measure, rule: `${second.ok.rule}-list` };
}

/** "the third round": ordinal words that carry meaning, never the idiomatic "first". */
function ordinalAt(words: readonly Word[], i: number): RawFigure | null {
  const w = words[i]!;
  const n = ORDINALS.get(w.norm);
  const after = words[i + 1];
  if (n === undefined || w.joined || after?.joined || after?.norm === 'of') return null;
  if (!['the', 'a', 'its', 'their', 'his', 'her'].includes(words[i - 1]?.norm ?? '')) return null;
  const np = nounPhraseAt(words, i + 1);
  if (!np) return null;
  const subject = words.slice(np[0], np[1]).map((x) => x.text).join(' ');
  return { first: i, next: i + 1, value: n, unit: 'ordinal', measure: 'count', qualifier: 'exact', min: n, max: n, subject, rule: 'ordinal' };
}

/** "a quarter of", "half of", "the remaining third of the harbour". */
function fractionAt(text: string, words: readonly Word[], i: number): RawFigure | null {
  const f = FRACTIONS.get(words[i]!.norm);
  if (f === undefined || words[i + 1]?.norm !== 'of' || words[i]!.joined) return null;
  const q = qualifierBefore(words, i);
  const subject = subjectOf(text, words, q.first, i + 1, false);
  return { first: q.first, next: i + 1, value: f, unit: 'fraction', measure: 'fraction', qualifier: q.text, ...intervalOf(f, q.bound), subject, rule: 'fraction-of' };
}

/** Readings of an instrument (temperature, speed): their subject is what was measured, before them. Amounts of
 * length, weight, area or volume take their subject like counts: "burned 11,000 hectares" → "hectares burned". */
const READINGS = new Set(['°C', '°F', 'km/h', 'mph', 'knots']);

/** Amounts of area, volume or weight take their subject like counts ("burned 11,000 hectares" → "hectares burned");
 * lengths and distances take what was measured before them ("a depth of 10 km" → "depth"). */
const AMOUNTS = new Set(['ha', 'acres', 'km²', 'mi²', 'm²', 'ft²', 'l', 'gal', 'bbl', 'm³', 'kg', 'lb', 't', 'oz', 'g']);

/** "(" right after the previous measure, then at most a hedge, then this one: "600 metres (about 2,000 feet". */
function isConversion(words: readonly Word[], previousNext: number, first: number): boolean {
  return words[previousNext]?.text === '(' && first - previousNext <= 3;
}

/** Both ends plain integers of the years a story speaks of. */
function isYearRange(q: Quantity): boolean {
  const y = (n: number) => Number.isInteger(n) && n >= 1800 && n <= 2100;
  return q.unit === 'count' && y(q.value) && y(q.upper ?? 0);
}

const notMagnitude = (subject: string | null) => (subject && /^magnitude$/i.test(subject) ? null : subject);

/** "a 6.1-magnitude quake" → "quake": the noun after a magnitude. */
function phraseAt(words: readonly Word[], i: number): string | null {
  const np = nounPhraseAt(words, i);
  return np ? words.slice(np[0], np[1]).map((x) => x.text).join(' ') : null;
}

/** Parents counted by their children: "a mother of 12", "the father of three". */
const KIN = new Map([['mother', 'mother'], ['mom', 'mother'], ['mum', 'mother'], ['father', 'father'], ['dad', 'father'], ['grandmother', 'grandmother'], ['grandfather', 'grandfather'], ['parents', 'parents']]);

/** "mother of 12" → "children (mother of)": the count is of her children. */
function kinCount(words: readonly Word[], first: number): string | null {
  if (words[first - 1]?.norm !== 'of') return null;
  const kin = KIN.get(words[first - 2]?.norm ?? '');
  return kin ? `children (${kin} of)` : null;
}

/**
 * "a 150-student school", "a 40-bed hospital", "a 12-member crew", "the 300-strong force": a count glued by a
 * hyphen to a noun counts that noun (what "strong" counts is the members) in the noun phrase after it, its scope:
 * "students (school)". (Units, durations and ages are read before: "a 200-pound man", "a 10-year-old", "a 12-year
 * sentence"; "a 3-0 win" and "a 50-50 split" have no noun.) Returns the word after the noun and the subject.
 */
function compoundCount(text: string, words: readonly Word[], q: Quantity): { next: number; subject: string } | null {
  if (q.unit !== 'count' || q.measure !== 'count' || q.upper !== undefined || q.value < 2 || !Number.isInteger(q.value) || words[q.first]!.joined) return null;
  const noun = words[q.next];
  if (!noun?.joined || noun.kind !== 'word' || !/^\p{Ll}{3,}$/u.test(noun.text) || NOT_COUNTED.has(noun.norm) || (noun.norm.length > 4 && /(?:ed|ing|ly|ish)$/.test(noun.norm))) return null;
  // "a 3-day-long", "a two-for-one": the compound goes on.
  if (words[q.next + 1]?.joined) return null;
  const np = nounPhraseAt(words, q.next + 1);
  if (!np || np[0] !== q.next + 1) return null;
  const scope = text.slice(words[np[0]]!.start, words[np[1] - 1]!.end).replace(/\s+/g, ' ');
  const counted = noun.norm === 'strong' ? 'members' : plural(noun.norm);
  return { next: q.next + 1, subject: `${counted} (${scope})` };
}

/** Words glued to a number that count nothing in what follows: "a two-time champion", "three-way talks", "a 20-odd crowd", "a 12-gauge". */
const NOT_COUNTED = new Set(['time', 'times', 'way', 'fold', 'odd', 'plus', 'some', 'something', 'off', 'star', 'gauge', 'caliber', 'calibre', 'pointer', 'nil', 'love', 'all',
  'for', 'and', 'the', 'one', 'nothing', 'run', 'shot']);

function plural(noun: string): string {
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`;
  if (noun === 'person') return 'people';
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** Scans the words of one sentence. Each word is looked at a bounded number of times. */
export function scanFigures(text: string, words: readonly Word[]): { figures: RawFigure[]; problems: ScanProblem[] } {
  const figures: RawFigure[] = [];
  const problems: ScanProblem[] = [];
  const ctx = { allCaps: isAllCaps(words) };
  let i = 0;
  while (i < words.length) {
    const found = quantityAt(words, i);
    if (found && 'tooLong' in found) {
      const w = found.tooLong;
      problems.push({ code: 'figure/number-too-long', message: `Number with more than 15 digits ignored: "${w.text.slice(0, 24)}…"`, start: w.start, end: w.end });
      i++;
      continue;
    }
    if (!found) {
      const other = ordinalAt(words, i) ?? fractionAt(text, words, i) ?? zeroCountAt(words, i);
      if (other) figures.push(other);
      i = other ? other.next : i + 1;
      continue;
    }
    const q0 = found.ok;
    const between = words[q0.first - 1]?.norm === 'between' || words[q0.first - 1]?.norm === 'from';
    const listed = listUnit(words, rangeAfter(words, q0, between));
    const compound = compoundCount(text, words, listed);
    const q = compound ? { ...listed, next: compound.next, rule: 'count-compound' } : listed;
    const skip = q.upper === undefined ? notAFigure(words, q, ctx) : null;
    if (skip !== null) {
      i = Math.max(q.next, i + 1);
      continue;
    }
    // "between 1991 and 1998", "1991-1998": a span of years is a date, not a count; "are 6-11 this season" a record.
    if (q.upper !== undefined && (isYearRange(q) || isScore(words, q))) {
      i = Math.max(q.next, i + 1);
      continue;
    }
    // "10 kilometres (6.2 miles)": a measure restated in other units, in brackets, is the same figure again.
    const previous = figures[figures.length - 1];
    if (q.measure === 'measurement' && previous?.measure === 'measurement' && isConversion(words, previous.next, q.first)) {
      i = Math.max(q.next, i + 1);
      continue;
    }
    const written = q.upper === undefined ? qualifierBefore(words, q.first) : { text: between ? 'between' : 'range', bound: 'exact' as const, first: between ? q.first - 1 : q.first };
    // "a dozen rounds", "a score of cabins": a round word is a hedge of its own when none is written.
    const hedge = written.bound === 'exact' && q.number.loose && q.upper === undefined ? { ...written, text: 'about', bound: 'loose' as const } : written;
    const interval = q.upper === undefined ? intervalOf(q.value, hedge.bound, preciseShare(q.unit, words, q.number.first) ? PRECISE_SHARE_SLACK : undefined) : { min: q.value, max: q.upper };
    const subject = q.rule === 'age-apposition' ? nameBefore(words, q.first - 2)
      // ("a magnitude of 6.2": the word "magnitude" says the unit, not what shook.)
      : q.unit === 'magnitude' ? (quakeMeasured(words, q.first) || magnitudesListed(words, q.first) ? 'earthquake' : phraseAt(words, q.next) ?? notMagnitude(measuredSubject(text, words, hedge.first)) ?? 'earthquake')
        : q.measure === 'measurement' && READINGS.has(q.unit) ? measuredSubject(text, words, hedge.first)
          : q.measure === 'measurement' && !AMOUNTS.has(q.unit) ? (measuredSubject(text, words, hedge.first) ?? subjectOf(text, words, hedge.first, q.number.next, false))
            : q.measure === 'measurement' ? subjectOf(text, words, hedge.first, q.number.next, false)
            : (compound?.subject ?? kinCount(words, hedge.first) ?? subjectOf(text, words, hedge.first, q.next, q.measure === 'money'));
    const figure: RawFigure = { first: hedge.first, next: q.next, value: q.value, unit: q.unit, measure: q.measure, qualifier: hedge.text, ...interval, subject, rule: q.rule };
    if (previous && pairedWith(words, previous, figure)) {
      figures[figures.length - 1] = { ...previous, pair: { n: 1, other: figure.value } };
      figures.push({ ...figure, pair: { n: 2, other: previous.value } });
    } else figures.push(figure);
    i = Math.max(q.next, i + 1);
  }
  return { figures, problems };
}

/**
 * "two quakes, measuring 6.8 and 6.5", "6.8 and 6.4 magnitude quakes", "20 km and 35 km deep": two measures of
 * one unit joined by "and" are two things of one kind, in an order an outlet keeps (the first quake, then the
 * second). Not a list of three or more ("5.4, 5.9 and 6.3"), nor a range ("between 6 and 7 km", one figure).
 */
function pairedWith(words: readonly Word[], first: RawFigure, second: RawFigure): boolean {
  if (first.measure !== 'measurement' || second.measure !== 'measurement' || first.unit !== second.unit || first.pair) return false;
  if (first.rule.endsWith('-range') || second.rule.endsWith('-range')) return false;
  if (words[first.next]?.norm !== 'and' || second.first !== first.next + 1) return false;
  const before = words[first.first - 1];
  return before?.text !== ',' && before?.norm !== 'and' && before?.norm !== 'or' && words[second.next]?.norm !== 'and';
}
