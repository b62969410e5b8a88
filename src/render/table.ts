import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { Chalk } from 'chalk';
import type { FactStatus, RunResult } from '../model/fact.js';
import type { Severity } from '../model/diagnostic.js';
import type { Renderer } from './types.js';
import {
  reasonLabel,
  factTypes, sectionTitles, sourceNames, sourcesLabel, statusLabel, summaryLine, truncate, where,
} from './labels.js';
import { shortSourceNames } from './short-names.js';
import { factColumns } from './table-rows.js';
import { timelineLines } from './timeline.js';
import { visible } from './safe-text.js';
import { drawGrid, LARGE_TABLE } from './grid.js';

const STATUS_COL = 15; // "single source" + padding
const VALUE_COL = 24;
const SOURCES_MAX = 26;
const MIN_COL = 8;
const MIN_FLEX = 20;

/**
 * cli-table3 counts padding inside colWidths and adds one border per column
 * plus one, so a row is sum(colWidths) + columns + 1 wide: keep that <= width.
 * The `null` column takes what the fixed ones leave; on a narrow terminal the
 * fixed ones shrink in proportion so it keeps at least MIN_FLEX.
 */
export function fitColumns(width: number, layout: readonly (number | null)[]): number[] {
  const budget = width - (layout.length + 1);
  const fixedSum = layout.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const scale = Math.min(1, Math.max(0, budget - MIN_FLEX) / Math.max(1, fixedSum));
  const fixed = layout.map((w) => (w === null ? null : Math.max(MIN_COL, Math.floor(w * scale))));
  const room = Math.max(MIN_COL, budget - fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0));
  return fixed.map((w) => w ?? room);
}

function grid(chalk: ChalkInstance, head: readonly string[], colWidths: number[], rows: readonly (readonly string[])[]): string {
  const styled = head.map((h) => chalk.bold(h));
  // A long table is drawn by our own linear-time grid in the same style (grid.ts).
  if (rows.length > LARGE_TABLE) return drawGrid(styled, colWidths, rows);
  // Empty style arrays: cli-table3 would otherwise colour borders even when piped.
  const table = new Table({ head: styled, colWidths, wordWrap: true, style: { head: [], border: [] } });
  for (const row of rows) table.push([...row]);
  return table.toString();
}

const statusColor = (chalk: ChalkInstance, status: FactStatus): string =>
  status === 'agreed' ? chalk.green(statusLabel(status))
    : status === 'conflict' ? chalk.red(statusLabel(status)) : chalk.dim(statusLabel(status));

const severityColor = (chalk: ChalkInstance, severity: Severity): string =>
  severity === 'error' ? chalk.red(severity) : severity === 'warning' ? chalk.yellow(severity) : chalk.dim(severity);

/** The default format: one table per fact type, conflicts, diagnostics, a timeline, a summary line. */
export const renderTable: Renderer = (result: RunResult, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const short = shortSourceNames(result.sources);
  const title = (text: string): string => chalk.bold.underline(text);
  const longestSources = result.facts.reduce((max, f) => Math.max(max, sourcesLabel(f.sources, short).length), 0);
  const sourcesCol = Math.min(SOURCES_MAX, Math.max('Sources'.length, longestSources) + 2);
  const blocks: string[] = [];

  const factWidths = fitColumns(options.width, [null, VALUE_COL, sourcesCol, STATUS_COL]);
  for (const type of factTypes) {
    const facts = result.facts.filter((f) => f.type === type);
    if (facts.length === 0) continue;
    const { valueHead, cells } = factColumns[type];
    // Article text, and names made from file names, are shown visibly (safe-text.ts); only our own colours are codes.
    const rows = facts.map((f) => [...cells(f).map(visible), visible(sourcesLabel(f.sources, short)), statusColor(chalk, f.status)]);
    blocks.push(`${title(`${sectionTitles[type]} (${facts.length})`)}\n${grid(chalk, ['Fact', valueHead, 'Sources', 'Status'], factWidths, rows)}`);
  }
  if (result.facts.length === 0) blocks.push(chalk.dim('No facts found.'));

  if (result.conflicts.length > 0) {
    const rows = result.conflicts.map((c) => [chalk.red(c.type), visible(sourceNames(c.sources, short)), visible(truncate(c.message, 400)), c.reason ? visible(truncate(reasonLabel(c.reason), 160)) : '']);
    const widths = fitColumns(options.width, [16, sourcesCol, null, 28]);
    blocks.push(`${title(`Conflicts (${result.conflicts.length})`)}\n${grid(chalk, ['Type', 'Sources', 'Message', 'Why'], widths, rows)}`);
  }
  if (result.diagnostics.length > 0) {
    const rows = result.diagnostics.map((d) => [severityColor(chalk, d.severity), d.code, visible(where(d, short)), visible(truncate(d.message, 400))]);
    const widths = fitColumns(options.width, [11, 24, 16, null]);
    blocks.push(`${title(`Diagnostics (${result.diagnostics.length})`)}\n${grid(chalk, ['Severity', 'Code', 'Where', 'Message'], widths, rows)}`);
  }
  const timeline = timelineLines(result, chalk, options.width);
  if (timeline.length > 0) blocks.push(`${title('Timeline')}\n${timeline.join('\n')}`);
  blocks.push(summaryLine(result));
  return `${blocks.join('\n\n')}\n`;
};
