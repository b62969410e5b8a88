import type { Evidence, Fact } from '../model/fact.js';
import type { MentionKind, SourceMentions } from '../model/extraction.js';
import { evidenceOf } from './evidence.js';
import type { MemberIds } from './figures.js';
import { quoteEvidenceOf } from './quotes.js';

/**
 * Which fact every mention joined, per source: reconciliation decides it from slim mentions
 * (see engine/slim.ts), and evidence is built afterwards, one source at a time, so a large
 * corpus never holds every span of every source at once.
 */
export interface Members {
  readonly actors: MemberIds;
  readonly quotes: MemberIds;
  readonly figures: MemberIds;
  readonly dates: MemberIds;
}

/** One piece of evidence and the fact it proves (a fact id, or its position in the output). */
export interface FactEvidence<T = string> {
  readonly fact: T;
  readonly evidence: Evidence;
}

/** Which fact each mention of one source joined, however the caller names facts. */
export interface SourceFacts<T> {
  fact(kind: MentionKind, index: number): T | undefined;
  /** The id and canonical name of an actor fact, for quote speakers. */
  actor(fact: T): { readonly id: string; readonly name: string | undefined };
}

/** `SourceFacts` by fact id, from `members`. */
export function factsById(members: Members, source: string, names: ReadonlyMap<string, string>): SourceFacts<string> {
  return { fact: (kind, index) => members[kind].get(source)?.[index], actor: (id) => ({ id, name: names.get(id) }) };
}

/** The evidence one source gives, in mention order (actors with every occurrence, quotes, figures, dates). */
export function sourceEvidence<T>(m: SourceMentions, facts: SourceFacts<T>): Array<FactEvidence<T>> {
  const id = m.source.id;
  const out: Array<FactEvidence<T>> = [];
  const byLocal = new Map<string, T>();
  m.actors.forEach((a, i) => {
    const fact = facts.fact('actors', i);
    if (fact === undefined) return;
    byLocal.set(a.local, fact);
    for (const o of a.occurrences) out.push({ fact, evidence: evidenceOf(id, m.lineStarts, o) });
  });
  m.quotes.forEach((q, i) => {
    const fact = facts.fact('quotes', i);
    if (fact === undefined) return;
    const speaker = q.speaker.actor ? byLocal.get(q.speaker.actor) : undefined;
    const actor = speaker === undefined ? null : facts.actor(speaker);
    out.push({ fact, evidence: quoteEvidenceOf(id, m.lineStarts, q, actor?.id ?? null, actor?.name) });
  });
  for (const kind of ['figures', 'dates'] as const) {
    m[kind].forEach((x, i) => {
      const fact = facts.fact(kind, i);
      if (fact !== undefined) out.push({ fact, evidence: evidenceOf(id, m.lineStarts, x) });
    });
  }
  return out;
}

/** Facts with their evidence filled in from full mentions (sorted by source id, as reconcile sorts them). */
export function attachEvidence(facts: readonly Fact[], sources: Iterable<SourceMentions>, members: Members): Fact[] {
  const byFact = new Map<string, Evidence[]>();
  const names = actorNames(facts);
  for (const m of sources) {
    for (const { fact, evidence } of sourceEvidence(m, factsById(members, m.source.id, names))) {
      const list = byFact.get(fact);
      if (list) list.push(evidence);
      else byFact.set(fact, [evidence]);
    }
  }
  return facts.map((f) => ({ ...f, evidence: sortEvidence(byFact.get(f.id) ?? []) }) as Fact);
}

export function actorNames(facts: readonly Fact[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of facts) if (f.type === 'actor') names.set(f.id, f.name);
  return names;
}

/**
 * Source id, then start, then end; stable. Evidence arrives source by source in id order, so
 * this only orders each source's own spans.
 */
export function sortEvidence<T extends Evidence>(list: T[]): T[] {
  return list.sort((a, b) => (a.source !== b.source ? (a.source < b.source ? -1 : 1) : a.start - b.start || a.end - b.end));
}
