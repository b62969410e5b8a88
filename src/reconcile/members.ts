import type { Evidence, Fact } from '../model/fact.js';
import type { SourceMentions } from '../model/extraction.js';
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

/** One piece of evidence and the fact it proves. */
export interface FactEvidence {
  readonly fact: string;
  readonly evidence: Evidence;
}

const NONE: readonly string[] = [];

/**
 * The evidence one source gives, in mention order (actors with every occurrence, quotes,
 * figures, dates). `actorName` gives an actor fact's canonical name, for quote speakers.
 */
export function sourceEvidence(m: SourceMentions, members: Members, actorName: (factId: string) => string | undefined): FactEvidence[] {
  const id = m.source.id;
  const out: FactEvidence[] = [];
  const actorFacts = members.actors.get(id) ?? NONE;
  const byLocal = new Map<string, string>();
  m.actors.forEach((a, i) => {
    const fact = actorFacts[i];
    if (fact === undefined) return;
    byLocal.set(a.local, fact);
    for (const o of a.occurrences) out.push({ fact, evidence: evidenceOf(id, m.lineStarts, o) });
  });
  const quoteFacts = members.quotes.get(id) ?? NONE;
  m.quotes.forEach((q, i) => {
    const fact = quoteFacts[i];
    if (fact === undefined) return;
    const speaker = q.speaker.actor ? (byLocal.get(q.speaker.actor) ?? null) : null;
    out.push({ fact, evidence: quoteEvidenceOf(id, m.lineStarts, q, speaker, speaker ? actorName(speaker) : undefined) });
  });
  for (const [list, facts] of [[m.figures, members.figures.get(id) ?? NONE], [m.dates, members.dates.get(id) ?? NONE]] as const) {
    list.forEach((x, i) => {
      const fact = facts[i];
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
    for (const { fact, evidence } of sourceEvidence(m, members, (f) => names.get(f))) {
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
