import { Chalk } from 'chalk';
import { tally } from '../../check/policy.js';
import type { CheckReport, VerdictKind } from '../../check/types.js';
import { byFile, location } from './group.js';
import { visible } from '../safe-text.js';
import type { CheckRenderOptions } from './types.js';

/**
 * Linter-style lines, grouped per file, then a summary:
 *   seeds/b.txt:7:45  error  "a notable step" differs from "a major step" (a.txt:11:40)  quote/variant-wording
 *   ✖ 3 problems (1 error, 2 warnings)
 */
export function renderPretty(report: CheckReport, options: CheckRenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const blocks: string[] = [];
  for (const [, list] of byFile(report)) {
    const width = Math.max(...list.map((d) => visible(location(d)).length));
    const sevWidth = list.some((d) => d.severity === 'warning') ? 7 : 5;
    blocks.push(
      list
        .map((d) => {
          const sev = d.severity === 'error' ? c.red(d.severity.padEnd(sevWidth)) : c.yellow(d.severity.padEnd(sevWidth));
          return `${c.dim(visible(location(d)).padEnd(width))}  ${sev}  ${visible(d.message)}  ${c.dim(d.code)}`;
        })
        .join('\n'),
    );
  }
  const lines = blocks.length ? [blocks.join('\n\n'), ''] : [];
  const verdicts = verdictSummary(report);
  if (verdicts) lines.push(verdicts);
  const { errors, warnings } = tally(report.diagnostics);
  const total = errors + warnings;
  if (total === 0) lines.push(c.green(`✔ no problems in ${report.files.length} ${report.files.length === 1 ? 'file' : 'files'}`));
  else {
    const text = `✖ ${total} ${plural(total, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')})`;
    lines.push(errors ? c.red.bold(text) : c.yellow.bold(text));
  }
  return `${lines.join('\n')}\n`;
}

const ORDER: readonly VerdictKind[] = ['verbatim', 'normalised', 'ellipsis', 'misquote', 'negation', 'not-found', 'misattributed'];

/** "Draft quotes: 7 checked (1 verbatim, 1 normalised, …)", or null without a draft. */
function verdictSummary(report: CheckReport): string | null {
  if (report.verdicts.length === 0) return null;
  const parts = ORDER.map((k) => [k, report.verdicts.filter((v) => v.verdict === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return `Draft quotes: ${report.verdicts.length} checked (${parts.join(', ')})`;
}

const plural = (n: number, word: string): string => (n === 1 ? word : `${word}s`);
