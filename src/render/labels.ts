import type { ActorFact, ConflictReason, DateFact, Fact, FactStatus, FactType, FigureFact, QuoteFact, RunResult } from '../model/fact.js';
import { reportDayLabel } from '../model/report-day.js';
import { readableDateValue, zoneLabel } from '../model/date-values.js';

/** Words shared by the human-facing formats (table, markdown, timeline). */

export const sectionTitles: Readonly<Record<FactType, string>> = {
  actor: 'Actors',
  quote: 'Quotes',
  figure: 'Figures',
  date: 'Dates',
};

/** Section order in every human-facing format. */
export const factTypes: readonly FactType[] = ['actor', 'quote', 'figure', 'date'];

export const statusLabels: Readonly<Record<FactStatus, string>> = {
  agreed: 'agreed',
  'single-source': 'single source',
  conflict: 'conflict',
};

/** `place` or `place, described` ("a Dorvale treatment facility": a place told by a description, not a name). */
export const actorKindLabel = (f: ActorFact): string => (f.described ? `${f.kind}, described` : f.kind);

export const statusLabel = (status: FactStatus): string => statusLabels[status] ?? String(status);

/** `000 002 004 (3)`: short names of the supporting sources and how many. */
export function sourcesLabel(sources: readonly string[], short: ReadonlyMap<string, string>): string {
  const names = sources.map((id) => short.get(id) ?? id);
  return `${names.join(' ')} (${sources.length})`;
}

/** Just the short names, for inline use: `002 004`. */
export const sourceNames = (sources: readonly string[], short: ReadonlyMap<string, string>): string =>
  sources.map((id) => short.get(id) ?? id).join(' ');

export const speakerLabel = (fact: QuoteFact): string => fact.speakerName ?? fact.speaker ?? 'unattributed';

/** The words as first written, e.g. "some 4,000 dockworkers". */
export const surfaceText = (fact: Fact): string => fact.evidence[0]?.text ?? '';

const rangeLabel = (fact: FigureFact): string =>
  fact.min !== null || fact.max !== null ? ` (${fact.min ?? '?'}–${fact.max ?? '?'})` : '';

/** `4000 (3500–4500)`: the number with its interval when one was stated. */
export const figureNumberLabel = (fact: FigureFact): string => `${fact.value}${rangeLabel(fact)}`;

/**
 * `about 4,000`, `more than 1 million`, `USD 90 billion`, `7–10 days`, `between 10 and 15`, `1 day`, `3rd`,
 * `a quarter (0.25)`;
 * qualifier `exact` is left unsaid.
 */
export function figureValueLabel(fact: FigureFact): string {
  const between = fact.qualifier === 'between';
  const qualifier = fact.qualifier && fact.qualifier !== 'exact' && fact.qualifier !== 'range' && !between ? `${fact.qualifier} ` : '';
  const isRange = fact.min !== null && fact.max !== null && fact.min !== fact.max && (fact.qualifier === 'range' || between);
  if (fact.unit === 'ordinal' && !isRange) return `${qualifier}${ordinal(fact.value)}`;
  if (fact.unit === 'fraction' && !isRange && FRACTION_WORDS.has(fact.value)) return `${qualifier}${FRACTION_WORDS.get(fact.value)} (${readableNumber(fact.value)})`;
  const number = !isRange ? readableNumber(fact.value)
    : between ? `between ${readableNumber(fact.min!)} and ${readableNumber(fact.max!)}`
      : `${readableNumber(fact.min!)}–${readableNumber(fact.max!)}`;
  if (/^[A-Z]{3}$/.test(fact.unit)) return `${qualifier}${fact.unit} ${number}`;
  if (fact.unit === 'percent') return `${qualifier}${number}%`;
  if (!fact.unit || fact.unit === 'count' || fact.unit === 'fraction') return `${qualifier}${number}`;
  // "1 day", "1 percentage point": a unit names one of itself in the singular.
  const unit = fact.value === 1 && !isRange ? singular(fact.unit) : fact.unit;
  return `${qualifier}${number} ${unit}`;
}

const singular = (unit: string): string => unit.replace(/s$/, '');

/** Fractions as a reader says them: 0.25 → "a quarter (0.25)". */
const FRACTION_WORDS = new Map<number, string>([
  [0.5, 'half'], [0.25, 'a quarter'], [0.75, 'three-quarters'], [1 / 3, 'a third'], [2 / 3, 'two-thirds'], [0.2, 'a fifth'], [0.1, 'a tenth'],
]);

/** 1 → "1st", 12 → "12th", 23 → "23rd". */
function ordinal(n: number): string {
  if (!Number.isInteger(n)) return String(n);
  const tens = Math.abs(n) % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][Math.abs(n) % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** One formatter for every number: `toLocaleString` builds a new one on each call. */
const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** 90000000000 → "90 billion", 38000 → "38,000", 3.5 → "3.5": exact, but readable. */
export function readableNumber(n: number): string {
  const scales: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  for (const [scale, word] of scales) {
    if (Math.abs(n) >= scale && Number.isInteger((n / scale) * 1000)) return `${+(n / scale).toFixed(3)} ${word}`;
  }
  return DECIMAL.format(n);
}

/** What a figure measures, and the words as written: `people killed · “more than 40,000”`. */
export const figureLabel = (fact: FigureFact): string => (fact.subject ? `${fact.subject} · “${surfaceText(fact)}”` : `“${surfaceText(fact)}”`);

/** Words for the TIMEX3 values of the report's own past, present and future. */
const REFERENCE_LABELS: Readonly<Record<string, string>> = { PAST_REF: 'earlier', PRESENT_REF: 'now', FUTURE_REF: 'later' };

/** `2025-08 (month)`, `2025-Q3 (quarter)`, `now (present)`, `report day − 3 (Friday)`, or `unresolved`. */
export const dateValueLabel = (fact: DateFact): string => {
  if (fact.relative) return reportDayLabel(fact.relative);
  if (fact.value === null) return 'unresolved';
  return `${REFERENCE_LABELS[fact.value] ?? readableDateValue(fact.value)}${zoneShown(fact)} (${fact.granularity})`;
};

/** " GMT", " local time": the zone a fact's clock time was told in, after its value. */
const zoneShown = (fact: DateFact): string => (fact.zone ? ` ${zoneLabel(fact.zone)}` : '');

/** The date alone, for a cell or a key: `2025-08`, `report day − 3 (Friday)`, `now`, or the words as written. */
export const dateShortLabel = (fact: DateFact): string => {
  if (fact.relative) return reportDayLabel(fact.relative);
  return fact.value === null ? `“${surfaceText(fact)}”` : REFERENCE_LABELS[fact.value] ?? readableDateValue(fact.value) + zoneShown(fact);
};

/** What happened then; falls back to the date as written ("on Friday"). */
export const dateEventLabel = (fact: DateFact): string => fact.event ?? `“${surfaceText(fact)}”`;

/** Cuts at a word boundary when one is near, and marks the cut with `…`. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** `5 sources · 42 facts · 3 conflicts`, plus diagnostics when there are any. */
export function summaryLine(result: RunResult): string {
  const parts = [count(result.sources.length, 'source'), count(result.facts.length, 'fact'),
    count(result.conflicts.length, 'conflict')];
  if (result.diagnostics.length > 0) parts.push(count(result.diagnostics.length, 'diagnostic'));
  return parts.join(' · ');
}

/** `002:14:3`, or the path for files that never became a source. */
export function where(d: { source: string | null; line?: number; column?: number }, short: ReadonlyMap<string, string>): string {
  if (d.source === null) return '';
  const name = short.get(d.source) ?? d.source;
  return d.line === undefined ? name : `${name}:${d.line}:${d.column ?? 1}`;
}

/** Why a conflict was raised, in one line: "same-quantity: children (mother of) (count)". */
export function reasonLabel(reason: ConflictReason): string {
  return `${reason.rule}: ${reason.shared}`;
}
