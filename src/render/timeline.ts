import type { ChalkInstance } from 'chalk';
import { Chalk } from 'chalk';
import type { DateFact, RunResult } from '../model/fact.js';
import type { Renderer } from './types.js';
import { dateEventLabel, sourceNames, surfaceText } from './labels.js';
import { shortSourceNames } from './short-names.js';
import { hangingLines } from './wrap.js';
import { visible } from './safe-text.js';

const KEY_WIDTH = 12; // "2025-08-15" plus two spaces
const UNRESOLVED_INDENT = 2;
const CONFLICT_MARK = '(conflict)';

/**
 * ISO dates of differing granularity compare as strings: "2025" < "2025-02" <
 * "2025-02-03" < "2025-03". Ties keep the upstream order (explicit index).
 */
function byValue(a: { fact: DateFact; index: number }, b: { fact: DateFact; index: number }): number {
  const x = a.fact.value ?? '';
  const y = b.fact.value ?? '';
  return x < y ? -1 : x > y ? 1 : a.index - b.index;
}

/**
 * Date facts in chronological order, then the unresolved ones under "Unresolved":
 * `2025-08-15  Dockers walk out  [sources: 002 004]`. Lines fit `width` when given.
 * Empty when the run found no dates.
 */
export function timelineLines(result: RunResult, chalk: ChalkInstance, width = Number.POSITIVE_INFINITY): string[] {
  const short = shortSourceNames(result.sources);
  const dates = result.facts
    .map((fact, index) => ({ fact, index }))
    .filter((d): d is { fact: DateFact; index: number } => d.fact.type === 'date');
  const line = (key: string, keyWidth: number, fact: DateFact, body: string): string[] => {
    const conflict = fact.status === 'conflict' ? `  ${CONFLICT_MARK}` : '';
    const lines = hangingLines(key, keyWidth, visible(`${body}  [sources: ${sourceNames(fact.sources, short)}]`) + conflict, width);
    return conflict ? markConflict(lines, chalk) : lines;
  };
  const resolved = dates.filter((d) => d.fact.value !== null).sort(byValue);
  const unresolved = dates.filter((d) => d.fact.value === null);
  const out = resolved.flatMap(({ fact }) => line(fact.value ?? '', KEY_WIDTH, fact, dateEventLabel(fact)));
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
