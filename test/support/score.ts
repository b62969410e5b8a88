import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorFact, Conflict, DateFact, FigureFact, QuoteFact, RunResult } from '../../src/model/fact.js';
import { sameName } from '../../src/reconcile/names.js';
import { ROOT } from './fixtures.js';

interface TruthQuote { source: string; text: string; speaker: string | null; start: number; end: number; scare?: boolean; anonymous?: boolean; unclosed?: boolean; nested?: boolean }
interface TruthActor { name: string; kind: string; variants?: string[] }
interface TruthValue { source: string; text: string; value: number | string | null; unit?: string; start: number; end: number }
interface TruthConflict { type: string; note: string; sources: string[]; spans?: Array<{ source: string; start: number; end: number }> }
interface Truth { quotes: TruthQuote[]; actors: TruthActor[]; figures?: TruthValue[]; dates?: TruthValue[]; conflicts?: TruthConflict[] }

export interface Score {
  quotes: number; quotesFound: number; speakersRight: number; scareLeaked: number;
  actors: number; actorsFound: number; figures: number; figuresFound: number; dates: number; datesFound: number;
  /** Of the figures and dates found, those whose fact carries the value truth.json gives (a resolved day, a number). */
  figureValuesRight: number; dateValuesRight: number;
  /** Figure and date conflicts: in truth.json, found by the run, and produced with no truth conflict behind them. */
  conflicts: number; conflictsFound: number; falseConflicts: number;
  misses: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Compares a run with a hand-written truth.json: quotes found, speakers right, actors, figures, dates, figure/date conflicts. */
export function score(name: string, result: RunResult): Score {
  const truth = JSON.parse(readFileSync(join(ROOT, 'fixtures', name, 'truth.json'), 'utf8')) as Truth;
  const quotes = result.facts.filter((f): f is QuoteFact => f.type === 'quote').flatMap((f) => f.evidence);
  const s: Score = { quotes: 0, quotesFound: 0, speakersRight: 0, scareLeaked: 0, actors: 0, actorsFound: 0, figures: 0, figuresFound: 0, dates: 0, datesFound: 0, figureValuesRight: 0, dateValuesRight: 0, conflicts: 0, conflictsFound: 0, falseConflicts: 0, misses: [] };
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
      const hits = facts.filter((f) => f.evidence.some((e) => e.source === t.source && overlaps(e, t)));
      if (hits.length === 0) {
        s.misses.push(`${kind.slice(0, -1)} not found: ${t.source} “${t.text}”`);
        continue;
      }
      s[kind === 'figures' ? 'figuresFound' : 'datesFound']++;
      if (t.value === undefined || hits.some((f) => sameValue(t, f))) s[kind === 'figures' ? 'figureValuesRight' : 'dateValuesRight']++;
      else s.misses.push(`${kind.slice(0, -1)} value: ${t.source} “${t.text}” → ${hits.map((f) => f.value).join(' / ')} (expected ${t.value})`);
    }
  };
  spanned(result.facts.filter((f): f is FigureFact => f.type === 'figure'), truth.figures, 'figures');
  spanned(result.facts.filter((f): f is DateFact => f.type === 'date'), truth.dates, 'dates');
  scoreConflicts(s, truth.conflicts ?? [], result.conflicts);
  return s;
}

/** The value truth gives, as the fact gives it: durations are facts in days ("six weeks" → 42 days). */
function sameValue(t: TruthValue, f: FigureFact | DateFact): boolean {
  if (f.value === t.value) return true;
  return f.type === 'figure' && t.unit === 'weeks' && f.unit === 'days' && typeof t.value === 'number' && f.value === t.value * 7;
}

const VALUE_CONFLICTS = new Set(['figure', 'date']);

/** Values named in a note or message: ISO dates and numbers, thousands commas dropped ("12,000" → "12000"). */
export function valuesIn(text: string): Set<string> {
  return new Set((text.match(/\d{4}-\d{2}(?:-\d{2})?|\d[\d,]*(?:\.\d+)?/g) ?? []).map((v) => v.replace(/,/g, '')));
}

/**
 * A produced conflict matches a truth conflict of the same type when they share two sources and either its
 * evidence overlaps a truth span or its message names two of the values the truth note names.
 */
export function matchesTruth(c: Conflict, t: TruthConflict): boolean {
  if (c.type !== t.type || c.sources.filter((x) => t.sources.includes(x)).length < 2) return false;
  if (t.spans?.some((sp) => c.details.some((d) => d.source === sp.source && overlaps(d.evidence, sp)))) return true;
  const named = valuesIn(c.message);
  return [...valuesIn(t.note)].filter((v) => named.has(v)).length >= 2;
}

function scoreConflicts(s: Score, truth: readonly TruthConflict[], produced: readonly Conflict[]): void {
  const wanted = truth.filter((t) => VALUE_CONFLICTS.has(t.type));
  const mine = produced.filter((c) => VALUE_CONFLICTS.has(c.type));
  for (const t of wanted) {
    s.conflicts++;
    if (mine.some((c) => matchesTruth(c, t))) s.conflictsFound++;
    else s.misses.push(`${t.type} conflict not found: ${t.note}`);
  }
  for (const c of mine) {
    if (wanted.some((t) => matchesTruth(c, t))) continue;
    s.falseConflicts++;
    s.misses.push(`false ${c.type} conflict: ${c.message}`);
  }
}
