import { describe, expect, it } from 'vitest';
import { hasEllipsis, normalisationsBetween, splitEllipsis } from '../../src/check/normalise.js';

describe('normalisationsBetween', () => {
  const rows = [
    { draft: 'we love them', source: 'we love them', expected: [] },
    { draft: 'We’re ready', source: "We're ready", expected: ['apostrophes'] },
    { draft: 'the «deal» holds', source: 'the "deal" holds', expected: ['quote marks'] },
    { draft: 'a  step', source: 'a step', expected: ['spacing'] },
    { draft: 'A Step', source: 'a step', expected: ['case'] },
    { draft: 'step, forward', source: 'step forward', expected: ['punctuation'] },
    { draft: 'The Lamp has  guided', source: 'The lamp has guided', expected: ['spacing', 'case'] },
    { draft: 'a major step', source: 'a notable step', expected: null },
  ];
  it.each(rows)('"$draft" vs "$source"', ({ draft, source, expected }) => {
    expect(normalisationsBetween(draft, source)).toEqual(expected);
  });
});

describe('splitEllipsis', () => {
  const rows = [
    { text: 'we won … and we stay', expected: ['we won', 'and we stay'] },
    { text: 'we won... and we stay', expected: ['we won', 'and we stay'] },
    { text: 'we won . . . and we stay', expected: ['we won', 'and we stay'] },
    { text: 'we won [...] we stay', expected: ['we won', 'we stay'] },
    { text: '… and we stay', expected: ['and we stay'] },
    { text: 'no gap here.', expected: ['no gap here.'] },
  ];
  it.each(rows)('$text', ({ text, expected }) => {
    expect(splitEllipsis(text)).toEqual(expected);
  });
  it('detects an ellipsis only where there is one', () => {
    expect([hasEllipsis('a … b'), hasEllipsis('a... b'), hasEllipsis('a. b.')]).toEqual([true, true, false]);
  });
});
