import type { ActorFact, Conflict, DateFact, Fact, RunResult } from '../model/fact.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { MentionKind, SourceMentions } from '../model/extraction.js';
import { reconcileActors, type ActorIndex } from './actors.js';
import { reconcileDates } from './dates.js';
import { lineColumn } from './evidence.js';
import { reconcileFigures, type MemberIds } from './figures.js';
import { attachEvidence, type Members } from './members.js';
import { speakerConflicts, wordingConflicts } from './quote-conflicts.js';
import { groupQuotes, quoteFacts } from './quotes.js';

export interface ReconcileOptions {
  readonly referenceDate?: string | null;
  /** Called often between small units of work: a place for the caller to collect garbage (see engine/memory.ts). */
  readonly tick?: () => void;
}

/**
 * The one cross-source step: merges every source's mentions into facts and
 * conflicts. Input order does not matter — sources are sorted by id first — so
 * a single run, a worker pool and merged shards give byte-identical results.
 */
export function reconcile(mentions: readonly SourceMentions[], extra: readonly Diagnostic[], options: ReconcileOptions = {}): RunResult {
  const { result, members } = reconcileCore(mentions, extra, options);
  const inputs = [...mentions].sort(bySourceId);
  return { ...result, facts: attachEvidence(result.facts, inputs, members) };
}

/** What reconciliation decides without evidence: every fact (with `evidence: []`), conflict and diagnostic, and which fact each mention joined. */
export interface Reconciled {
  readonly result: RunResult;
  readonly members: Members;
}

/** Reads one kind of a source's mentions; by default they are on the source itself. */
export type KindLoader = <K extends MentionKind>(kind: K, source: SourceMentions) => SourceMentions[K];

/**
 * Reconciliation proper, one kind of mention at a time, so only one kind is ever in
 * memory: `load` may read each source's list from disk (engine/slim.ts keeps what is
 * needed: every mention, but of each actor only its first occurrence and of each quote
 * only who spoke it). Evidence is left to `attachEvidence` or a streaming renderer.
 */
export function reconcileCore(mentions: readonly SourceMentions[], extra: readonly Diagnostic[], options: ReconcileOptions = {}, load: KindLoader = (kind, m) => m[kind]): Reconciled {
  const inputs = [...mentions].sort(bySourceId);
  const stage = (kind: MentionKind): SourceMentions[] => inputs.map((m) => ({ ...m, [kind]: load(kind, m) }));
  const tick = options.tick ?? ((): void => undefined);
  const actors = reconcileActors(stage('actors'), tick);
  const actorById = new Map<string, ActorFact>(actors.facts.map((f) => [f.id, f]));
  const quoteStage = quotesOf(stage('quotes'), actors.index, actorById, tick);
  // Dates before figures: the figure facts are the most numerous, so they are made last, when the
  // slim lists of every other kind are gone.
  const dates = reconcileDates(stage('dates'), { referenceDate: options.referenceDate ?? null, evidence: false, tick });
  const figures = reconcileFigures(stage('figures'), { evidence: false, tick });
  const dateById = new Map(dates.facts.map((f) => [f.id, f]));
  const conflicts = [...quoteStage.conflicts, ...figures.conflicts, ...dates.conflicts.filter((c) => !anchorOnly(c, dateById)).map(withDateReason)];
  const facts = withConflicts([...actors.facts, ...quoteStage.facts, ...figures.facts, ...dates.facts], conflicts);
  const diagnostics = [...extra, ...dates.diagnostics, ...inputs.flatMap((m) => m.diagnostics.map((d) => located(d, m)))];
  return {
    result: {
      schemaVersion: 1,
      sources: inputs.map((m) => m.source),
      facts: facts.map((f) => (f.evidence.length === 0 ? f : ({ ...f, evidence: [] } as Fact))),
      conflicts: [...conflicts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      diagnostics: diagnostics.sort(compareDiagnostics),
    },
    members: { actors: actors.members, quotes: quoteStage.members, figures: figures.members, dates: dates.members },
  };
}

/** Quote facts, their conflicts, and which fact each quote joined. */
function quotesOf(inputs: readonly SourceMentions[], actors: ActorIndex, actorById: ReadonlyMap<string, ActorFact>, tick: () => void) {
  const groups = groupQuotes(inputs, actors, tick);
  const facts = quoteFacts(groups, actorById);
  const members: MemberIds = new Map();
  groups.forEach((g, i) => {
    for (const item of g.items) {
      const sid = item.source.source.id;
      (members.get(sid) ?? members.set(sid, []).get(sid)!)[item.index] = facts[i]!.id;
    }
  });
  const conflicts = [...wordingConflicts(groups, facts, actorById, tick), ...speakerConflicts(groups, facts, actorById, tick)];
  return { facts, conflicts, members };
}

const bySourceId = (a: SourceMentions, b: SourceMentions) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0);

/**
 * Date "conflicts" that only the anchors make: no side writes a year ("April 9" resolved against reports a
 * year apart, "Monday" in two reports a week apart), and the days are a week or more apart. Two outlets
 * dating one event disagree by a day or two; more says the event, or the report date, was another.
 */
function anchorOnly(c: Conflict, dates: ReadonlyMap<string, DateFact>): boolean {
  const facts = c.facts.map((id) => dates.get(id)).filter((f): f is DateFact => f !== undefined);
  if (facts.length < 2 || facts.some((f) => /\b\d{4}\b/.test(f.surface) || f.value === null || f.value.length !== 10)) return false;
  const days = facts.map((f) => Date.parse(`${f.value}T00:00:00Z`) / 86_400_000);
  return Math.max(...days) - Math.min(...days) >= 7;
}

/** A date conflict's reason: the event both sides date (dates-compare.ts words it into the message). */
function withDateReason(c: Conflict): Conflict {
  if (c.reason) return c;
  const event = /^Sources date "(.*)" differently/.exec(c.message)?.[1];
  return { ...c, reason: { rule: 'same-dated-event', shared: event ?? 'one event' } };
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
