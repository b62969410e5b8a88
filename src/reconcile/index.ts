import type { ActorFact, Conflict, Fact, RunResult } from '../model/fact.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceMentions } from '../model/extraction.js';
import { reconcileActors } from './actors.js';
import { reconcileDates } from './dates.js';
import { lineColumn } from './evidence.js';
import { reconcileFigures } from './figures.js';
import { speakerConflicts, wordingConflicts } from './quote-conflicts.js';
import { groupQuotes, quoteFacts } from './quotes.js';

export interface ReconcileOptions {
  readonly referenceDate?: string | null;
}

/**
 * The one cross-source step: merges every source's mentions into facts and
 * conflicts. Input order does not matter — sources are sorted by id first — so
 * a single run, a worker pool and merged shards give byte-identical results.
 */
export function reconcile(mentions: readonly SourceMentions[], extra: readonly Diagnostic[], options: ReconcileOptions = {}): RunResult {
  const inputs = [...mentions].sort((a, b) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0));
  const actors = reconcileActors(inputs);
  const actorById = new Map<string, ActorFact>(actors.facts.map((f) => [f.id, f]));
  const groups = groupQuotes(inputs, actors.index);
  const quotes = quoteFacts(groups, actorById);
  const figures = reconcileFigures(inputs);
  const dates = reconcileDates(inputs, { referenceDate: options.referenceDate ?? null });
  const conflicts = [...wordingConflicts(groups, quotes), ...speakerConflicts(quotes, actorById), ...figures.conflicts, ...dates.conflicts];
  const facts = withConflicts([...actors.facts, ...quotes, ...figures.facts, ...dates.facts], conflicts);
  const diagnostics = [...extra, ...dates.diagnostics, ...inputs.flatMap((m) => m.diagnostics.map((d) => located(d, m)))];
  return {
    schemaVersion: 1,
    sources: inputs.map((m) => m.source),
    facts,
    conflicts: [...conflicts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
}

/** Records on each fact the conflicts it takes part in, and marks its status. */
function withConflicts(facts: readonly Fact[], conflicts: readonly Conflict[]): Fact[] {
  const byFact = new Map<string, string[]>();
  for (const c of conflicts) for (const f of c.facts) byFact.set(f, [...(byFact.get(f) ?? []), c.id]);
  return facts.map((f) => {
    const ids = [...new Set([...f.conflicts, ...(byFact.get(f.id) ?? [])])].sort();
    if (ids.length === 0) return f;
    return { ...f, conflicts: ids, status: 'conflict' } as Fact;
  });
}

function located(d: Diagnostic, m: SourceMentions): Diagnostic {
  if (d.start === undefined || d.line !== undefined) return d;
  return { ...d, ...lineColumn(m.lineStarts, d.start) };
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const sa = a.source ?? '';
  const sb = b.source ?? '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
