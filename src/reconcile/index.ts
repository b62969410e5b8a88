import type { ActorFact, Conflict, DateFact, Fact, RunResult } from '../model/fact.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { MentionKind, SourceMentions } from '../model/extraction.js';
import { reconcileActors, type ActorIndex } from './actors.js';
import { reconcileDates } from './dates.js';
import { placesBySource } from './dates-zones.js';
import { lineColumn } from './evidence.js';
import { fitted, reconcileFigures, type MemberIds } from './figures.js';
import { attachEvidence, type Members } from './members.js';
import { speakerConflicts, wordingConflicts } from './quote-conflicts.js';
import { transcribedConflicts } from './quote-conflicts-transcribed.js';
import { groupQuotes, quoteFacts } from './quotes.js';

export interface ReconcileOptions {
  readonly referenceDate?: string | null;
  /**
   * Called between mentions and clusters in every stage. The engine paces garbage collection with it
   * (engine/memory.ts): a stage's garbage would otherwise pile up to twice its live data.
   */
  readonly pace?: () => void;
}

/**
 * What reconciliation reads: every source's head (its info, line starts, anchor date and
 * diagnostics; mention lists empty), and each kind of mention, one kind at a time, in the heads'
 * order. In memory for tests and small runs (`inMemory`); from disk for large ones (engine/store.ts).
 */
export interface MentionSet {
  readonly heads: readonly SourceMentions[];
  kind<K extends MentionKind>(kind: K): ReadonlyArray<SourceMentions[K]>;
}

export function inMemory(mentions: readonly SourceMentions[]): MentionSet {
  return { heads: mentions, kind: (kind) => mentions.map((m) => m[kind]) };
}

/** What reconciliation decides: every fact (with `evidence: []`), conflict and diagnostic, and which fact each mention joined. */
export interface Reconciled {
  readonly result: RunResult;
  readonly members: Members;
}

/**
 * The one cross-source step: merges every source's mentions into facts and conflicts, one kind
 * of mention at a time. Sources are taken in id order whatever order they come in, so a single
 * run, a worker pool and merged shards decide the same. Evidence is attached afterwards from the
 * members (`attachEvidence`, or engine/evidence-stream.ts for a large run).
 */
export function reconcile(set: MentionSet, options: ReconcileOptions = {}): Reconciled {
  const order = set.heads.map((m, i) => [m, i] as const).sort(([a], [b]) => bySourceId(a, b));
  const heads = order.map(([m]) => m);
  const stage = <K extends MentionKind>(kind: K): SourceMentions[] => {
    const lists = set.kind(kind);
    return order.map(([m, i]) => ({ ...m, [kind]: lists[i] }));
  };
  const pace = options.pace ?? ((): void => undefined);
  const actors = reconcileActors(stage('actors'), pace);
  const actorById = new Map<string, ActorFact>(actors.facts.map((f) => [f.id, f]));
  const quoteStage = quotesOf(stage('quotes'), actors.index, actorById, pace);
  // Dates before figures: the figure facts are the most numerous, so they are made last, when the
  // lists of every other kind are gone.
  // (Each source's place names are made for the dates stage alone: no name of this function holds them
  // while the figures are made.)
  const dates = reconcileDates(stage('dates'), { referenceDate: options.referenceDate ?? null, evidence: false, tick: pace, places: placesBySource(actors.facts) });
  const figures = reconcileFigures(stage('figures'), { evidence: false, tick: pace });
  const dateById = new Map(dates.facts.map((f) => [f.id, f]));
  const conflicts = [...quoteStage.conflicts, ...figures.conflicts, ...dates.conflicts.filter((c) => !anchorOnly(c, dateById)).map(withDateReason)];
  const facts = withConflicts([...actors.facts, ...quoteStage.facts, ...figures.facts, ...dates.facts], conflicts);
  const diagnostics = [...dates.diagnostics, ...heads.flatMap((m) => m.diagnostics.map((d) => located(d, m)))];
  return {
    result: {
      schemaVersion: 1,
      sources: heads.map((m) => m.source),
      facts: facts.map((f) => (f.evidence.length === 0 ? f : ({ ...f, evidence: [] } as Fact))),
      conflicts: [...conflicts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      diagnostics: diagnostics.sort(compareDiagnostics),
    },
    members: { actors: actors.members, quotes: quoteStage.members, figures: figures.members, dates: dates.members },
  };
}

/** Reconciled facts with their evidence, from mentions in memory, and `extra` (load) diagnostics merged in. */
export function reconcileAll(mentions: readonly SourceMentions[], extra: readonly Diagnostic[] = [], options: ReconcileOptions = {}): RunResult {
  const { result, members } = reconcile(inMemory(mentions), options);
  const inputs = [...mentions].sort(bySourceId);
  return withDiagnostics({ ...result, facts: attachEvidence(result.facts, inputs, members) }, extra);
}

/** The result with more diagnostics (load problems, found before reconciliation) in the one order. */
export function withDiagnostics(result: RunResult, extra: readonly Diagnostic[]): RunResult {
  return extra.length === 0 ? result : { ...result, diagnostics: [...extra, ...result.diagnostics].sort(compareDiagnostics) };
}

/** Quote facts, their conflicts, and which fact each quote joined. */
function quotesOf(inputs: readonly SourceMentions[], actors: ActorIndex, actorById: ReadonlyMap<string, ActorFact>, pace: () => void) {
  const groups = groupQuotes(inputs, actors, pace);
  const facts = quoteFacts(groups, actorById);
  const members: MemberIds = new Map();
  groups.forEach((g, i) => {
    for (const item of g.items) {
      const sid = item.source.source.id;
      (members.get(sid) ?? members.set(sid, []).get(sid)!)[item.index] = facts[i]!.id;
    }
  });
  fitted(members);
  const wording = wordingConflicts(groups, facts, actorById, pace);
  // One speaker's utterance transcribed in words too far apart for the wording rule: pairs it has not raised.
  const transcribed = transcribedConflicts(groups, facts, actorById, wording, pace);
  const conflicts = [...wording, ...transcribed, ...speakerConflicts(groups, facts, actorById, pace)];
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
  const raised = new Set(conflicts.map((c) => c.id));
  return facts.map((f) => {
    // A conflict a stage found and a later rule withdrew (anchorOnly) is named nowhere.
    const ids = [...new Set([...f.conflicts.filter((id) => raised.has(id)), ...(byFact.get(f.id) ?? [])])].sort();
    if (ids.length === 0) return f.conflicts.length === 0 ? f : ({ ...f, conflicts: [], status: f.sources.length > 1 ? 'agreed' : 'single-source' } as Fact);
    return { ...f, conflicts: ids, status: 'conflict' } as Fact;
  });
}

function located(d: Diagnostic, m: SourceMentions): Diagnostic {
  if (d.start === undefined || d.line !== undefined) return d;
  return { ...d, ...lineColumn(m.lineStarts, d.start) };
}
