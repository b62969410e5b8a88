import type {
  ActorFact, Conflict, DateFact, Diagnostic, Evidence, Fact, FigureFact, QuoteEvidence, QuoteFact, RunResult, SourceInfo,
} from '../../src/model/index.js';

/**
 * Hand-made RunResults about a fictional event: a dockworkers' strike at the
 * port of Puerto Arenal. Builders take overrides so each test states only
 * what it is about.
 */

export const S0 = '000_a1b2c3d4e5f60718';
export const S1 = '001_0badc0ffee123456';
export const S2 = '002_feedfacecafe0001';

export function source(id: string, outlet: string | null = null): SourceInfo {
  return { id, path: `articles/${id}.txt`, chars: 1200, sha256: 'ab'.repeat(32), outlet };
}

export function evidence(source: string, start: number, text: string, rule = 'test-rule'): Evidence {
  return { source, start, end: start + text.length, line: 1, column: start + 1, text, rule };
}

export function actor(over: Partial<ActorFact> = {}): ActorFact {
  return {
    id: 'actor:amina-okoro', type: 'actor', status: 'agreed', sources: [S0, S1], conflicts: [],
    name: 'Amina Okoro', kind: 'person', aliases: ['Okoro'], roles: ['union secretary'],
    evidence: [evidence(S0, 10, 'Amina Okoro', 'compromise-person'), evidence(S1, 40, 'Okoro', 'surname-link')],
    ...over,
  };
}

export function quoteEvidence(source: string, start: number, text: string): QuoteEvidence {
  return {
    ...evidence(source, start, text, 'paired-marks'),
    speaker: 'actor:amina-okoro', speakerName: 'Amina Okoro', speakerText: 'she',
    speakerRule: 'cue-after-quote', cue: 'said', confidence: 0.9, partial: false,
  };
}

export function quote(over: Partial<QuoteFact> = {}): QuoteFact {
  const text = over.text ?? 'We will not unload a single ship until the pension deal is signed';
  return {
    id: 'quote:we-will-not-unload', type: 'quote', status: 'single-source', sources: [S0], conflicts: [],
    text, speaker: 'actor:amina-okoro', speakerName: 'Amina Okoro', partial: false,
    evidence: [quoteEvidence(S0, 100, text)],
    ...over,
  };
}

export function figure(over: Partial<FigureFact> = {}): FigureFact {
  return {
    id: 'figure:4000-workers', type: 'figure', status: 'conflict', sources: [S0], conflicts: ['conflict:workers'],
    value: 4000, unit: 'workers', qualifier: 'about', min: null, max: null, subject: 'striking dockworkers',
    evidence: [evidence(S0, 200, 'some 4,000 dockworkers', 'number-noun')],
    ...over,
  };
}

export function date(over: Partial<DateFact> = {}): DateFact {
  return {
    id: 'date:2031-03-02', type: 'date', status: 'agreed', sources: [S0, S2], conflicts: [],
    value: '2031-03-02', granularity: 'day', event: 'walkout began',
    evidence: [evidence(S0, 300, 'March 2, 2031', 'month-day-year')],
    ...over,
  };
}

export function conflict(over: Partial<Conflict> = {}): Conflict {
  return {
    id: 'conflict:workers', type: 'figure', facts: ['figure:4000-workers', 'figure:3500-workers'], sources: [S0, S1],
    message: 'Sources disagree on the number of striking dockworkers: 4000 vs 3500',
    details: [
      { source: S0, fact: 'figure:4000-workers', value: '4000', evidence: { start: 200, end: 222, line: 3, column: 5 } },
      { source: S1, fact: 'figure:3500-workers', value: '3500', evidence: { start: 80, end: 95, line: 2, column: 1 } },
    ],
    ...over,
  };
}

export function diagnostic(over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    code: 'quote/unclosed', severity: 'warning', message: 'Unexpected quote without a closing mark',
    source: S2, start: 500, end: 501, line: 9, column: 4, ...over,
  };
}

/** A small but complete run: every fact type, one conflict, one diagnostic. */
export function sampleResult(over: Partial<RunResult> = {}): RunResult {
  const facts: Fact[] = [
    actor(),
    actor({ id: 'actor:harbour-workers-union', name: 'Harbour Workers Union', kind: 'organization', aliases: [], roles: [], sources: [S1], status: 'single-source',
      evidence: [evidence(S1, 12, 'Harbour Workers Union', 'compromise-organization')] }),
    quote(),
    figure(),
    figure({ id: 'figure:3500-workers', value: 3500, qualifier: 'more than', sources: [S1], evidence: [evidence(S1, 80, 'more than 3,500 workers')] }),
    date(),
    date({ id: 'date:2031-03', value: '2031-03', granularity: 'month', event: 'strike announced', sources: [S1], status: 'single-source' }),
    date({ id: 'date:unresolved', value: null, granularity: 'relative', event: 'union vote', sources: [S2], status: 'single-source',
      evidence: [evidence(S2, 40, 'on the eve of the vote', 'relative-phrase')] }),
  ];
  return {
    schemaVersion: 1,
    sources: [source(S0, 'Arenal Daily'), source(S1), source(S2, 'Coastal Wire')],
    facts,
    conflicts: [conflict()],
    diagnostics: [diagnostic()],
    ...over,
  };
}

/** Rebuilds every plain object with its keys in reverse order: same data, different construction order. */
export function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
}

export const ANSI = /\u001b\[[0-9;]*m/;
export const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');
