import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorFact, DateFact, FigureFact, QuoteFact, RunResult } from '../../src/model/fact.js';
import { sameName } from '../../src/reconcile/names.js';
import { ROOT } from './fixtures.js';

interface TruthQuote { source: string; text: string; speaker: string | null; start: number; end: number; scare?: boolean; anonymous?: boolean; unclosed?: boolean; nested?: boolean }
interface TruthActor { name: string; kind: string; variants?: string[] }
interface TruthValue { source: string; text: string; value: number | string | null; start: number; end: number }
interface Truth { quotes: TruthQuote[]; actors: TruthActor[]; figures?: TruthValue[]; dates?: TruthValue[] }

export interface Score {
  quotes: number; quotesFound: number; speakersRight: number; scareLeaked: number;
  actors: number; actorsFound: number; figures: number; figuresFound: number; dates: number; datesFound: number;
  misses: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Compares a run with a hand-written truth.json: quotes found, speakers right, actors, figures, dates. */
export function score(name: string, result: RunResult): Score {
  const truth = JSON.parse(readFileSync(join(ROOT, 'fixtures', name, 'truth.json'), 'utf8')) as Truth;
  const quotes = result.facts.filter((f): f is QuoteFact => f.type === 'quote').flatMap((f) => f.evidence);
  const s: Score = { quotes: 0, quotesFound: 0, speakersRight: 0, scareLeaked: 0, actors: 0, actorsFound: 0, figures: 0, figuresFound: 0, dates: 0, datesFound: 0, misses: [] };
  for (const q of truth.quotes) {
    if (q.nested) continue;
    const hit = quotes.find((e) => e.source === q.source && overlaps(e, q));
    if (q.scare) {
      if (hit) s.scareLeaked++;
      continue;
    }
    if (q.unclosed) continue;
    s.quotes++;
    if (!hit) {
      s.misses.push(`quote not found: ${q.source} “${q.text.slice(0, 40)}”`);
      continue;
    }
    s.quotesFound++;
    const right = q.speaker === null ? hit.speakerName === null : q.anonymous ? hit.speakerName !== null && hit.speaker === null : hit.speakerName !== null && sameName(hit.speakerName, q.speaker);
    if (right) s.speakersRight++;
    else s.misses.push(`speaker: ${q.source} “${q.text.slice(0, 40)}” → ${hit.speakerName ?? 'null'} (expected ${q.speaker})`);
  }
  const actors = result.facts.filter((f): f is ActorFact => f.type === 'actor');
  for (const a of truth.actors) {
    s.actors++;
    const names = [a.name, ...(a.variants ?? [])];
    if (actors.some((f) => [f.name, ...f.aliases].some((n) => names.some((m) => m.toLowerCase() === n.toLowerCase() || (a.kind === 'person' && f.kind === 'person' && n.includes(' ') && sameName(n, m)))))) s.actorsFound++;
    else s.misses.push(`actor not found: ${a.name}`);
  }
  const spanned = (facts: Array<FigureFact | DateFact>, wanted: TruthValue[] | undefined, kind: 'figures' | 'dates') => {
    for (const t of wanted ?? []) {
      s[kind]++;
      if (facts.some((f) => f.evidence.some((e) => e.source === t.source && overlaps(e, t)))) s[kind === 'figures' ? 'figuresFound' : 'datesFound']++;
      else s.misses.push(`${kind.slice(0, -1)} not found: ${t.source} “${t.text}”`);
    }
  };
  spanned(result.facts.filter((f): f is FigureFact => f.type === 'figure'), truth.figures, 'figures');
  spanned(result.facts.filter((f): f is DateFact => f.type === 'date'), truth.dates, 'dates');
  return s;
}
