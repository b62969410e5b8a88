import { describe, expect, it } from 'vitest';
import { compareWording, consistencyDiagnostics } from '../../src/check/consistency.js';
import type { Conflict, QuoteEvidence, QuoteFact, RunResult, SourceInfo } from '../../src/model/index.js';

// A fictional ferry strike, two outlets.
const A = 'a_wire';
const B = 'b_daily';
const info = (id: string): SourceInfo => ({ id, path: `news/${id}.txt`, chars: 500, sha256: '0'.repeat(64), outlet: null });

function ev(source: string, start: number, line: number, column: number, text: string, speakerName: string | null, over: Partial<QuoteEvidence> = {}): QuoteEvidence {
  return { source, start, end: start + text.length, line, column, text, rule: 'paired-marks', speakerText: speakerName, speaker: speakerName ? `actor:${speakerName}` : null,
    speakerName, speakerRule: speakerName ? 'cue-after-quote' : 'none', cue: speakerName ? 'said' : null, confidence: 0.9, partial: false, ...over };
}

function quote(id: string, evidence: QuoteEvidence[]): QuoteFact {
  return { id, type: 'quote', sources: [...new Set(evidence.map((e) => e.source))].sort(), status: 'conflict', conflicts: [], text: evidence[0]!.text,
    speaker: evidence[0]!.speaker, speakerName: evidence[0]!.speakerName, partial: false, evidence };
}

function result(facts: QuoteFact[], conflicts: Conflict[]): RunResult {
  return { schemaVersion: 1, sources: [info(A), info(B)], facts, conflicts, diagnostics: [] };
}

function wording(fa: QuoteFact, fb: QuoteFact): Conflict {
  const d = (f: QuoteFact) => f.evidence.map((e) => ({ source: e.source, fact: f.id, value: f.text, evidence: { start: e.start, end: e.end, line: e.line, column: e.column } }));
  return { id: 'c1', type: 'quote-wording', facts: [fa.id, fb.id], sources: [A, B], message: '', details: [...d(fa), ...d(fb)] };
}

function speakers(f: QuoteFact): Conflict {
  return { id: 'c2', type: 'quote-speaker', facts: [f.id], sources: [A, B], message: '',
    details: f.evidence.map((e) => ({ source: e.source, fact: f.id, value: e.speakerName ?? 'unattributed', evidence: { start: e.start, end: e.end, line: e.line, column: e.column } })) };
}

describe('consistencyDiagnostics', () => {
  it('flags a changed word at both locations, each pointing at the other', () => {
    const fa = quote('q1', [ev(A, 100, 7, 45, 'a notable step forward', 'Ines Duarte')]);
    const fb = quote('q2', [ev(B, 300, 11, 40, 'It is a major step forward for the ferries.', 'Ines Duarte')]);
    const out = consistencyDiagnostics(result([fa, fb], [wording(fa, fb)]));
    expect(out.map((d) => [d.code, d.severity, d.source, d.line, d.column])).toEqual([
      ['quote/variant-wording', 'error', 'news/a_wire.txt', 7, 45],
      ['quote/variant-wording', 'error', 'news/b_daily.txt', 11, 40],
    ]);
    expect(out[0]!.message).toBe('"a notable step forward" differs from "a major step forward" (b_daily.txt:11:40)');
    expect(out[1]!.message).toBe('"a major step forward" differs from "a notable step forward" (a_wire.txt:7:45)');
    expect(out[0]!.related).toEqual([{ path: 'news/b_daily.txt', line: 11, column: 40, text: 'It is a major step forward for the ferries.' }]);
  });

  it('calls a spelling-only difference a warning', () => {
    const fa = quote('q1', [ev(A, 10, 2, 5, 'our first line of defense', 'Ines Duarte')]);
    const fb = quote('q2', [ev(B, 20, 3, 6, 'our first line of defence', 'Ines Duarte')]);
    const out = consistencyDiagnostics(result([fa, fb], [wording(fa, fb)]));
    expect(out.map((d) => [d.code, d.severity])).toEqual([['quote/variant-spelling', 'warning'], ['quote/variant-spelling', 'warning']]);
  });

  it('reports conflicting speakers, but not transliterations or configured aliases', () => {
    const f = quote('q1', [ev(A, 10, 2, 5, 'We sail tomorrow', 'Ines Duarte'), ev(B, 20, 3, 6, 'We sail tomorrow', 'Bo Park')]);
    const out = consistencyDiagnostics(result([f], [speakers(f)]));
    expect(out.map((d) => [d.code, d.source, d.message])).toEqual([
      ['quote/conflicting-speakers', 'news/a_wire.txt', '"We sail tomorrow" is attributed to Ines Duarte here but to Bo Park (b_daily.txt:3:6)'],
      ['quote/conflicting-speakers', 'news/b_daily.txt', '"We sail tomorrow" is attributed to Bo Park here but to Ines Duarte (a_wire.txt:2:5)'],
    ]);
    const translit = quote('q2', [ev(A, 10, 2, 5, 'We sail tomorrow', 'Mohammed Haddad'), ev(B, 20, 3, 6, 'We sail tomorrow', 'Muhammad Haddad')]);
    expect(consistencyDiagnostics(result([translit], [speakers(translit)]))).toEqual([]);
    expect(consistencyDiagnostics(result([f], [speakers(f)]), { 'Ines Duarte': ['Bo Park'] })).toEqual([]);
  });

  it('warns about a full quote without a speaker and says who other sources name', () => {
    const f = quote('q1', [ev(A, 10, 2, 5, 'We sail tomorrow', 'Ines Duarte'), ev(B, 20, 3, 6, 'We sail tomorrow', null)]);
    const partial = quote('q2', [ev(B, 90, 5, 1, 'a bitter pill', null, { partial: true })]);
    const out = consistencyDiagnostics(result([f, partial], []));
    expect(out.map((d) => [d.code, d.severity, d.source, d.line])).toEqual([['quote/unattributed', 'warning', 'news/b_daily.txt', 3]]);
    expect(out[0]!.message).toContain('Ines Duarte elsewhere (a_wire.txt:2:5)');
  });
});

describe('compareWording', () => {
  it('shows the corresponding part of the longer quote', () => {
    expect(compareWording('first line of defense', 'They are a first line of defence because they are there')).toEqual(['first line of defense', 'first line of defence', true]);
    expect(compareWording('It is a major step forward.', 'a notable step forward')).toEqual(['a major step forward', 'a notable step forward', false]);
  });
});
