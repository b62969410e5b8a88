import { describe, expect, it } from 'vitest';
import { reconcileDates } from '../../src/reconcile/dates.js';
import { mentionsOf } from './helpers.js';

const REF = { referenceDate: '2024-11-15' };
const run = (...texts: string[]) => reconcileDates(texts.map((t, i) => mentionsOf(String.fromCharCode(97 + i), t)), REF);
const conflicts = (...texts: string[]) => run(...texts).conflicts.map((c) => [c.type, c.sources.join()]);

describe('an earlier quake dated in two wordings', () => {
  it('"a 7.2-magnitude quake … in April last year" vs "a 7.3-magnitude tremor … in May 2023": one quake, two months', () => {
    const r = run(
      'A 7.2-magnitude quake rocked the sea 300 kilometres off Port Vell in April last year, killing nobody.',
      'A 7.3-magnitude tremor shook the sea near the coast of Port Vell on Mirra Island in May 2023.',
    );
    expect(r.conflicts.map((c) => [c.type, c.sources.join()])).toEqual([['date', 'a,b']]);
    expect(r.conflicts[0]!.message).toContain('2023-04 (a) vs 2023-05 (b)');
  });

  it('a magnitude told on the Richter scale, a year against a month', () => {
    expect(conflicts(
      'A 7.2-magnitude quake hit the Tessaly region in 2019.',
      'An earthquake measuring 7.1 on the Richter scale devastated Tessaly in March 2021.',
    )).toEqual([['date', 'a,b']]);
  });

  it.each([
    ['magnitudes apart: two quakes', ['A 7.2-magnitude quake rocked the sea off Port Vell in April last year.', 'A 6.4-magnitude tremor shook the sea near the coast of Port Vell on Mirra Island in May 2023.']],
    ['two places', ['A 7.2-magnitude quake rocked the sea off Port Vell in April last year.', 'A 7.3-magnitude tremor shook the coast of Tessaly in May 2023.']],
    ['the same month', ['A 7.2-magnitude quake rocked the sea off Port Vell in April last year.', 'A 7.3-magnitude tremor shook the sea near the coast of Port Vell in April 2023.']],
    ['two days of one quake: may be two time zones', ['A 6.1-magnitude quake struck off Port Vell on Monday, killing three.', 'An earthquake measuring 6.2 on the Richter scale hit the coast of Mirra Island near Port Vell on Tuesday.']],
    ['one source telling both', ['A 7.2-magnitude quake rocked the sea off Port Vell in April last year. A 7.3-magnitude tremor shook the sea near Port Vell in May 2023.']],
  ])('no conflict: %s', (_why, texts) => {
    expect(run(...texts).conflicts).toEqual([]);
  });
});
