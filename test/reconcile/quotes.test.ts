import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import type { QuoteFact } from '../../src/model/fact.js';
import { alignInside, quoteWords } from '../../src/reconcile/quote-text.js';

const run = (...texts: string[]) => runPipeline(texts.map((text, i) => ({ id: `s${i + 1}`, path: `s${i + 1}.txt`, text })));
const quotes = (r: ReturnType<typeof run>) => r.facts.filter((f): f is QuoteFact => f.type === 'quote');

describe('quote reconciliation', () => {
  it('merges the same quote across outlets, whatever the marks, apostrophes and end punctuation', () => {
    const r = run('“We won’t sell the club,” said chairman Tomas Berg.', '"We won\'t sell the club." said Tomas Berg.');
    expect(quotes(r)).toHaveLength(1);
    expect(quotes(r)[0]).toMatchObject({ status: 'agreed', sources: ['s1', 's2'], speakerName: 'Tomas Berg' });
    expect(quotes(r)[0]!.evidence).toHaveLength(2);
  });

  it('lets a fragment of three words or more support the longer quote', () => {
    const r = run('“The port will reopen on Monday and the ships will come back,” said Mayor Ana Ruiz.', 'Mayor Ana Ruiz said “the ships will come back” soon.');
    expect(quotes(r)).toHaveLength(1);
    expect(quotes(r)[0]!.partial).toBe(false);
    expect(quotes(r)[0]!.sources).toEqual(['s1', 's2']);
  });

  it('flags different wordings of one utterance as quote-wording, not a silent merge', () => {
    const r = run('Minister Anna Vries called the deal “a decisive step for the port”.', 'Minister Anna Vries called the deal “a significant step for the port”.');
    expect(quotes(r)).toHaveLength(2);
    const [c] = r.conflicts;
    expect(c).toMatchObject({ type: 'quote-wording', sources: ['s1', 's2'] });
    expect(c!.message).toContain('"decisive" → "significant"');
    expect(quotes(r).every((q) => q.status === 'conflict')).toBe(true);
  });

  it('flags one speaker’s remark reworded in its middle when it keeps its opening and closing words', () => {
    const r = run(
      '“Our whole harbour is with the crew who lost their boat in the storm,” said Mayor Ana Ruiz.',
      '“Our whole harbour stands right behind the crew and their boat in the storm,” Mayor Ana Ruiz said.',
    );
    expect(r.conflicts.map((c) => c.type)).toEqual(['quote-wording']);
  });

  it('does not call two remarks of one speaker that share only their opening words one reworded remark', () => {
    const r = run(
      '“We are going to rebuild the harbour wall before the winter storms arrive,” said Mayor Ana Ruiz.',
      '“We are going to ask the ministry for more money to pay the crews,” said Mayor Ana Ruiz.',
    );
    expect(r.conflicts).toEqual([]);
  });

  it('flags one quote given to different speakers as quote-speaker', () => {
    const r = run('“Nobody wins a strike like this,” said Hendrik Mulder.', '“Nobody wins a strike like this,” said Lars Kristensen.');
    expect(r.conflicts.map((c) => c.type)).toEqual(['quote-speaker']);
    expect(r.conflicts[0]!.message).toMatch(/Hendrik Mulder by s1 but to Lars Kristensen by s2/);
  });

  it('does not call unrelated short quotes a wording conflict', () => {
    const r = run('“a lot of territory” was covered, said Ana Ruiz.', '“There is going to be a lot of help,” said Ana Ruiz.');
    expect(r.conflicts).toEqual([]);
  });

  it('aligns a fragment inside a longer quote word by word', () => {
    expect(alignInside(quoteWords('last line of defense'), quoteWords('They stand as the last line of defence at the gate'))).toEqual({ distance: 1, changes: [['defense', 'defence']], at: [[3, 7]], spots: [[3, 7]], start: 4, end: 8, lead: 0, trail: 0 });
    // Words of the first beyond either end of the second: where one quotation starts before the other.
    expect(alignInside(quoteWords('for me I never chased the record'), quoteWords('I never chased the record and we won'))).toMatchObject({ distance: 2, start: 0, end: 5, lead: 2, trail: 0 });
    expect(alignInside(quoteWords('we won the cup at last'), quoteWords('after ten years we won the cup'))).toMatchObject({ distance: 2, start: 3, end: 7, lead: 0, trail: 2 });
    expect(quoteWords('“We’ll  help them out.”')).toEqual(["we'll", 'help', 'them', 'out']);
  });
});
