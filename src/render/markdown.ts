import type { Fact, FactType, RunResult } from '../model/fact.js';
import type { Renderer } from './types.js';
import {
  actorKindLabel, reasonLabel,
  dateShortLabel, factTypes, figureNumberLabel, sectionTitles, sourcesLabel, speakerLabel, statusLabel, summaryLine, surfaceText, where,
} from './labels.js';
import { shortSourceNames } from './short-names.js';
import { markdownCell } from './safe-text.js';

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const row = (cells: readonly string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [row(head), `|${head.map(() => ' --- |').join('')}`, ...rows.map(row)];
}

type Columns = { head: readonly string[]; cells: (fact: Fact) => string[] };

// Each fact type's columns; `Sources` and `Status` are appended to every row.
const columns: Readonly<Record<FactType, Columns>> = {
  actor: {
    head: ['Name', 'Kind', 'Roles', 'Aliases'],
    cells: (f) => (f.type === 'actor' ? [f.name, actorKindLabel(f), f.roles.join(', '), f.aliases.join(', ')] : []),
  },
  quote: {
    head: ['Quote', 'Speaker'],
    cells: (f) => (f.type === 'quote' ? [`“${f.text}”`, speakerLabel(f)] : []),
  },
  figure: {
    head: ['Figure', 'Value', 'Unit', 'Qualifier', 'Subject'],
    cells: (f) => (f.type === 'figure'
      ? [surfaceText(f), figureNumberLabel(f), f.unit, f.qualifier, f.subject ?? '']
      : []),
  },
  date: {
    head: ['Date', 'Event'],
    cells: (f) => (f.type === 'date' ? [dateShortLabel(f), f.event ?? ''] : []),
  },
};

/** A document to paste into an issue or a wiki: sources, facts by type, conflicts, diagnostics. */
export const renderMarkdown: Renderer = (result: RunResult) => {
  const short = shortSourceNames(result.sources);
  const blocks: string[][] = [[
    '# Reconciled facts',
    '',
    summaryLine(result),
  ]];
  if (result.sources.length > 0) {
    blocks.push(['## Sources', '', ...table(['Source', 'Path', 'Outlet', 'Chars'],
      result.sources.map((s) => [short.get(s.id) ?? s.id, s.path, s.outlet ?? '', String(s.chars)]))]);
  }
  for (const type of factTypes) {
    const facts = result.facts.filter((f) => f.type === type);
    if (facts.length === 0) continue;
    const { head, cells } = columns[type];
    blocks.push([`## ${sectionTitles[type]}`, '', ...table([...head, 'Sources', 'Status'],
      facts.map((f) => [...cells(f), sourcesLabel(f.sources, short), statusLabel(f.status)]))]);
  }
  if (result.conflicts.length > 0) {
    blocks.push(['## Conflicts', '', ...table(['Type', 'Message', 'Why'], result.conflicts.map((c) => [c.type, c.message, c.reason ? reasonLabel(c.reason) : '']))]);
  }
  if (result.diagnostics.length > 0) {
    blocks.push(['## Diagnostics', '', ...table(['Severity', 'Code', 'Where', 'Message'],
      result.diagnostics.map((d) => [d.severity, d.code, where(d, short), d.message]))]);
  }
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
};
