import type { ChalkInstance } from 'chalk';
import { Chalk } from 'chalk';
import type { DateFact, RunResult } from '../model/fact.js';
import type { Renderer } from './types.js';
import { dateEventLabel, sourceNames, surfaceText } from './labels.js';
import { shortSourceNames } from './short-names.js';
import { hangingLines } from './wrap.js';
import { visible } from './safe-text.js';
import { compareDateValues, readableDateValue } from '../model/date-values.js';
import { offsetDays, reportDayLabel } from '../model/report-day.js';

const MIN_KEY_WIDTH = 12; // "2025-08-15" plus two spaces
const UNRESOLVED_INDENT = 2;
const CONFLICT_MARK = '(conflict)';

type Row = { fact: DateFact; index: number };
type Place = { group: number; rank: number | string };

const REFERENCE_KEYS: Readonly<Record<string, { key: string; rank: number }>> = {
  PAST_REF: { key: 'earlier', rank: 0 }, PRESENT_REF: { key: 'now', rank: 1 }, FUTURE_REF: { key: 'later', rank: 2 },
};

/**
 * Where a date goes, in order: calendar dates by the first day they cover, the longer stretch first
 * ("2025" < "2025-SU" < "2025-Q3" < "2025-08" < "2025-08-03"; model/date-values.ts); then dates counted from the report day
 * ("report day − 3 (Friday)"), by offset; then "earlier", "now", "later" (TIMEX3 PAST_REF, PRESENT_REF,
 * FUTURE_REF). Null for the unresolved.
 */
function placeOf(fact: DateFact): Place | null {
  if (fact.relative) return { group: 1, rank: offsetDays(fact.relative) };
  if (fact.value === null) return null;
  const ref = REFERENCE_KEYS[fact.value];
  return ref ? { group: 2, rank: ref.rank } : { group: 0, rank: fact.value };
}

/** Ties keep the upstream order (explicit index). */
function byPlace(a: Row & { place: Place }, b: Row & { place: Place }): number {
  if (a.place.group !== b.place.group) return a.place.group - b.place.group;
  const x = a.place.rank;
  const y = b.place.rank;
  const order = typeof x === 'string' && typeof y === 'string' ? compareDateValues(x, y) : x < y ? -1 : x > y ? 1 : 0;
  return order || a.index - b.index;
}

/** The key column: the value, "report day − 3 (Friday)", or "earlier" / "now" / "later". */
export function timelineKey(fact: DateFact): string {
  if (fact.relative) return reportDayLabel(fact.relative);
  return REFERENCE_KEYS[fact.value ?? '']?.key ?? (fact.value === null ? '' : readableDateValue(fact.value));
}

/**
 * Date facts in order (see placeOf), then the unresolved ones under "Unresolved":
 * `2025-08-15  Dockers walk out  [sources: 002 004]`. The key column is as wide as its longest key.
 * Lines fit `width` when given. Empty when the run found no dates.
 */
export function timelineLines(result: RunResult, chalk: ChalkInstance, width = Number.POSITIVE_INFINITY): string[] {
  const short = shortSourceNames(result.sources);
  const dates = result.facts
    .map((fact, index) => ({ fact, index }))
    .filter((d): d is Row => d.fact.type === 'date');
  const line = (key: string, keyWidth: number, fact: DateFact, body: string): string[] => {
    const conflict = fact.status === 'conflict' ? `  ${CONFLICT_MARK}` : '';
    const lines = hangingLines(key, keyWidth, visible(`${body}  [sources: ${sourceNames(fact.sources, short)}]`) + conflict, width);
    return conflict ? markConflict(lines, chalk) : lines;
  };
  const placed = dates.flatMap((d) => {
    const place = placeOf(d.fact);
    return place ? [{ ...d, place }] : [];
  }).sort(byPlace);
  const unresolved = dates.filter((d) => placeOf(d.fact) === null);
  const keyWidth = Math.max(MIN_KEY_WIDTH, ...placed.map(({ fact }) => timelineKey(fact).length + 2));
  const out = placed.flatMap(({ fact }) => line(timelineKey(fact), keyWidth, fact, dateEventLabel(fact)));
  if (unresolved.length > 0) {
    out.push(chalk.bold('Unresolved'));
    for (const { fact } of unresolved) {
      const event = fact.event ? `  ${fact.event}` : '';
      out.push(...line('', UNRESOLVED_INDENT, fact, `“${surfaceText(fact)}”${event}`));
    }
  }
  return out;
}

// The mark is one word, so after wrapping it ends the last line.
function markConflict(lines: string[], chalk: ChalkInstance): string[] {
  const last = lines.length - 1;
  return lines.map((l, i) => (i === last && l.endsWith(CONFLICT_MARK) ? l.slice(0, -CONFLICT_MARK.length) + chalk.red(CONFLICT_MARK) : l));
}

export const renderTimeline: Renderer = (result, options) => {
  const lines = timelineLines(result, new Chalk({ level: options.color ? 1 : 0 }), options.width);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
