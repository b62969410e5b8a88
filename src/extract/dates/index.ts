import { diagnostic } from '../../model/codes.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { AnchorReason, DateMention } from '../../model/mention.js';
import type { ParsedSource } from '../../nlp/types.js';
import { isCapitalised, sentenceWords, type Word } from '../figures/words.js';
import { anchorCandidate, markAnchor, type SentencePlace } from './anchor.js';
import { eventOf, startedBefore, whenAfter } from './event.js';
import { dateAt, type DateProblem } from './find.js';
import { resolveAnaphors, type Placed } from './focus.js';
import { yearRangeOf } from './ranges.js';
import type { RawDate } from './types.js';

/** Paragraphs at the top of a story, where a dateline stands. */
const TOP_PARAGRAPHS = 3;

/**
 * Dates of one source. Absolute dates carry their TIMEX3 value; relative ones
 * ("on Friday", "last week", "in June") carry `relative` and value null until
 * reconcile resolves them against the reference date. `anchorDate` is this
 * source's own report date (see anchor.ts; its mention carries `anchor`), or null.
 */
export function extractDates(doc: ParsedSource): { dates: DateMention[]; anchorDate: string | null; diagnostics: Diagnostic[] } {
  const problems: DateProblem[] = [];
  const placed: Array<Placed & { at: SentencePlace }> = [];
  let body = 0;
  doc.sentences.forEach((sentence, s) => {
    const words = sentenceWords(doc, sentence);
    const para = doc.paragraphs[sentence.paragraph];
    const heading = para?.heading === true;
    const banner = heading || para?.credit === true;
    const at: SentencePlace = { words, banner, bodyIndex: banner ? -1 : body++, opensParagraph: para?.firstSentence === s, top: sentence.paragraph < TOP_PARAGRAPHS };
    let i = 0;
    while (i < words.length) {
      const before = problems.length;
      const d = dateAt(words, i, problems);
      if (!d) {
        i = problems.length > before ? Math.max(problems[problems.length - 1]!.skipTo, i + 1) : i + 1;
        continue;
      }
      // "CALM RETURNS AFTER MARCH STORM": a heading repeats the body and gives no event;
      // only a full date there, or a dateline's day ("WASHINGTON, August 8 (Xinhua) --"), is kept.
      if (!heading || ((d.granularity === 'day' || d.granularity === 'time') && (d.value !== null || isDateline(words, d)))) {
        placed.push({ d: heading && d.value === null ? { ...d, rule: 'dateline' } : d, sentence: s, words, at });
        if (d.also) placed.push({ d: d.also, sentence: s, words, at });
      }
      // "April 24 and 25, 2025": the words its second day took are read once
      i = Math.max(d.next, d.also && d.also.first >= d.next ? d.also.next : 0, i + 1);
    }
  });
  markYearRanges(placed);
  const resolved = resolveAnaphors(placed.filter((p, k) => !namedDayBeside(p, placed[k - 1]) && !namedDayBeside(p, placed[k + 1])), doc.text) as Array<Placed & { at: SentencePlace }>;
  const dates = resolved.map((p) => mentionOf(doc, p.at.words, p.d, p.sentence));
  const order = dates.map((_, k) => k).sort((a, b) => dates[a]!.start - dates[b]!.start || dates[a]!.end - dates[b]!.end);
  const candidates = new Map<number, AnchorReason>();
  order.forEach((k, pos) => {
    const reason = anchorCandidate(resolved[k]!.d, resolved[k]!.at);
    if (reason) candidates.set(pos, reason);
  });
  const diagnostics: Diagnostic[] = problems.map((p) => diagnostic(p.code, p.message, { source: doc.id, start: p.start, end: p.end }));
  const marked = markAnchor(order.map((k) => dates[k]!), candidates);
  return { dates: marked.dates, anchorDate: marked.anchorDate, diagnostics };
}

/** The clause a "days after" date counts from: "His arrest came" of "His arrest came two days after the fire". */
function countsFromOf(doc: ParsedSource, words: readonly Word[], d: RawDate): { countsFrom?: string } {
  const before = eventOf(doc.text, words, d.first, d.next, 'before');
  return before ? { countsFrom: before } : {};
}

/** The event of the day a lone clock time took ("Lena Holt was detained" of "Lena Holt was detained early Sunday"). */
function dayOfOf(doc: ParsedSource, day: NonNullable<RawDate['dayOf']>): { dayOf?: string } {
  const event = eventOf(doc.text, day.words, day.d.first, day.d.next, day.d.side);
  return event ? { dayOf: event } : {};
}

/**
 * "Later that day he shot Tom Alder": the words a day told from the event before it is compared by (see
 * reconcile/dates-told.ts): its sentence before and after it, and the sentence before that.
 */
function toldOf(doc: ParsedSource, words: readonly Word[], d: RawDate, sentence: number): { told?: DateMention['told'] } {
  if (d.told === undefined) return {};
  const own = doc.sentences[sentence]!;
  const prev = doc.sentences[sentence - 1];
  const start = words[d.first]!.start;
  const end = words[d.next - 1]!.end;
  return { told: { days: d.told, before: doc.text.slice(own.start, start), after: doc.text.slice(end, own.end), previous: prev ? doc.text.slice(prev.start, prev.end) : '' } };
}

function mentionOf(doc: ParsedSource, words: readonly Word[], d: RawDate, sentence: number): DateMention {
  const start = words[d.first]!.start + (d.trimStart ?? 0);
  const end = words[d.next - 1]!.end - (d.trimEnd ?? 0);
  // the two years of "from 1966 to 1969" date one thing, read around the whole span
  const [first, next, side] = d.range ? [d.range.first, d.range.next, d.range.side] : [d.first, d.next, d.side];
  const event = eventOf(doc.text, words, first, next, side);
  const cut = event?.includes(' … ') ? eventOf(doc.text, words, first, next, side, true) : null;
  // "at about 1 a.m. Sunday … when officers stopped him": what happened at that hour
  const when = d.granularity === 'time' || d.relative?.time !== undefined ? whenAfter(doc.text, words, d.next) : null;
  // "fighting between the army and the rebels, or KLF, began in July": what began, which the shown "began" lost
  const began = !cut && !when && side === 'before' ? startedBefore(doc.text, words, first) : null;
  const whole = when ? `${cut ?? event ?? ''} ${when}`.trim() : cut ?? (began && began.length > (event?.length ?? 0) ? began : null);
  return {
    source: doc.id, start, end, text: doc.text.slice(start, end), value: d.value, granularity: d.granularity,
    event, ...(whole ? { eventWhole: whole } : {}), rule: d.rule,
    ...(d.fromClause ? countsFromOf(doc, words, d) : {}),
    ...(d.dayOf ? dayOfOf(doc, d.dayOf) : {}),
    ...toldOf(doc, words, d, sentence),
    ...(d.relative ? { relative: d.relative } : {}),
    ...(d.qualifier !== 'on' ? { qualifier: d.qualifier } : {}),
    ...(d.toleranceDays ? { toleranceDays: d.toleranceDays } : {}),
    ...(d.zone ? { zone: d.zone } : {}),
    ...(d.range ? { range: d.range.range } : {}),
  };
}

/** Marks both years of each span of years told in one breath ("from 1966 to 1969"; see ranges.ts). */
function markYearRanges<T extends Placed>(placed: T[]): void {
  for (let k = 0; k + 1 < placed.length; k++) {
    const [p, q] = [placed[k]!, placed[k + 1]!];
    if (p.sentence !== q.sentence || p.d.range) continue;
    const mark = yearRangeOf(p.words, p.d, q.d);
    if (!mark) continue;
    placed[k] = { ...p, d: { ...p.d, range: mark } };
    placed[k + 1] = { ...q, d: { ...q.d, range: mark } };
  }
}

/**
 * "Yesterday, on Friday, the club …", "today (Monday)", "on Friday (yesterday)": a relative day set
 * beside the weekday it names is that weekday, which is the firmer of the two; the relative word makes
 * no date of its own (it would date the words "on Friday" a day apart from Friday).
 */
function namedDayBeside(p: Placed, other: Placed | undefined): boolean {
  if (p.d.rule !== 'relative-word' || other?.sentence !== p.sentence || other.d.rule !== 'weekday') return false;
  const [a, b] = other.d.first > p.d.first ? [p.d, other.d] : [other.d, p.d];
  return p.words.slice(a.next, b.first).every((w) => /^(?:,|\(|\)|on|—|–|-)$/.test(w.norm)) && b.first - a.next <= 2;
}

/** "WASHINGTON, August 8 (Xinhua) --", "NICOSIA, Aug. 8 -": a place in capitals, a comma, the day. */
function isDateline(words: readonly Word[], d: RawDate): boolean {
  if (d.first < 2 || d.first > 6 || words[d.first - 1]!.text !== ',') return false;
  return words.slice(0, d.first - 1).every((w) => (w.kind === 'word' && isCapitalised(w)) || w.text === '.' || w.text === ',');
}
