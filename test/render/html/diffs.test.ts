import { describe, expect, it } from 'vitest';
import type { Conflict, Fact } from '../../../src/model/index.js';
import { differingWords } from '../../../src/render/html/diffs.js';
import { conflict, figure, quote, quoteEvidence, S0, S1 } from '../sample-result.js';

const T0 = 'The minister called it “a major step forward” on Monday.';
const T1 = 'She hailed “a notable step forward” for the port.';
const ev = (source: string, text: string, words: string) => quoteEvidence(source, text.indexOf(words), words);

function wordingConflict(a: { source: string; text: string; words: string }, b: { source: string; text: string; words: string }): { c: Conflict; facts: Map<string, Fact> } {
  const qa = quote({ id: 'q-a', text: a.words, sources: [a.source], evidence: [ev(a.source, a.text, a.words)] });
  const qb = quote({ id: 'q-b', text: b.words, sources: [b.source], evidence: [ev(b.source, b.text, b.words)] });
  const detail = (q: typeof qa) => ({ source: q.evidence[0]!.source, fact: q.id, value: q.text, evidence: { start: q.evidence[0]!.start, end: q.evidence[0]!.end, line: 1, column: 1 } });
  const c = conflict({ id: 'c', type: 'quote-wording', facts: [qa.id, qb.id], sources: [a.source, b.source], details: [detail(qa), detail(qb)] });
  return { c, facts: new Map<string, Fact>([[qa.id, qa], [qb.id, qb]]) };
}

const texts = (marks: ReturnType<typeof differingWords>, byDetail: string[]): string[] => marks.map(([d, s, e]) => byDetail[d]!.slice(s, e));

describe('the words that differ between the sides of a conflict', () => {
  it('marks the changed word on each side, as offsets into each source', () => {
    const { c, facts } = wordingConflict({ source: S0, text: T0, words: 'a major step forward' }, { source: S1, text: T1, words: 'a notable step forward' });
    const marks = differingWords(c, facts);
    expect(texts(marks, [T0, T1])).toEqual(['major', 'notable']);
    expect(marks.map((m) => m[0])).toEqual([0, 1]);
  });

  it('aligns a fragment inside the longer wording: only the changed word, not the words the fragment never had', () => {
    const long = 'He said: “They are a first line of defence because they are there.”';
    const short = 'It was a “first line of defense” for them.';
    const { c, facts } = wordingConflict(
      { source: S0, text: long, words: 'They are a first line of defence because they are there.' },
      { source: S1, text: short, words: 'first line of defense' },
    );
    expect(texts(differingWords(c, facts), [long, short])).toEqual(['defence', 'defense']);
  });

  it('marks a word one side added', () => {
    const a = '“We will not sell the cottage,” she said.';
    const b = '“We will sell the cottage,” she said.';
    const { c, facts } = wordingConflict({ source: S0, text: a, words: 'We will not sell the cottage' }, { source: S1, text: b, words: 'We will sell the cottage' });
    expect(texts(differingWords(c, facts), [a, b])).toEqual(['not']);
  });

  it('marks figures and dates whole, and nothing for a speaker conflict', () => {
    const facts = new Map<string, Fact>([['figure:4000-workers', figure()]]);
    expect(differingWords(conflict(), facts)).toEqual([[0, 200, 222], [1, 80, 95]]);
    expect(differingWords(conflict({ type: 'quote-speaker' }), facts)).toEqual([]);
  });
});
