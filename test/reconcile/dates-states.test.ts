import { describe, expect, it } from 'vitest';
import { reconcileDates } from '../../src/reconcile/dates.js';
import { mentionsOf } from './helpers.js';

const REF = { referenceDate: '2024-11-15' };
const run = (...texts: string[]) => reconcileDates(texts.map((t, i) => mentionsOf(String.fromCharCode(97 + i), t)), REF);
const conflicts = (...texts: string[]) => run(...texts).conflicts.map((c) => [c.type, c.sources.join()]);

describe('the start of an ongoing state, told as "since" by one source and with a start verb by another', () => {
  // (told in words this alike, the two were already paired as one subject; they still are, now by the start)
  it('"have been fighting the army since June" vs "fighting between the army and the rebels began in July"', () => {
    const r = run(
      'Rebels in the hills of Kessa have been fighting the army since June, aid groups said.',
      'Fighting between the army and the Kessa rebels began in July, and thousands have fled.',
    );
    expect(r.conflicts.map((c) => [c.type, c.sources.join()])).toEqual([['date', 'a,b']]);
    expect(r.conflicts[0]!.message).toContain('2024-06 (a) vs 2024-07 (b)');
  });

  it('what began stands before an apposition: "clashes between the army and the Kessa Freedom Front, or KFF, began in July"', () => {
    expect(conflicts(
      'The clashes between the army and the Kessa Freedom Front, or KFF, began in July and have emptied three valleys.',
      'Rebels of the Kessa Freedom Front have been fighting the army since June.',
    )).toEqual([['date', 'a,b']]);
  });

  it('"the strike, which started in March" vs "on strike since April"', () => {
    expect(conflicts(
      'The dockworkers strike, which started in March, has shut the port of Dorvale.',
      'Dockworkers in Dorvale have been on strike since April.',
    )).toEqual([['date', 'a,b']]);
  });

  it('"broke out" dates a start too (worded this alike, already paired as one subject)', () => {
    expect(conflicts('Protests against the dam broke out in April.', 'Farmers in the valley have been staging protests against the dam since August.')).toEqual([['date', 'a,b']]);
  });

  it.each([
    ['the same month', ['Rebels have been fighting the army in Kessa since June.', 'Fighting between the army and the Kessa rebels began in June.']],
    ['the since year holds the start month', ['Rebels have been fighting the army in Kessa since 2024.', 'Fighting between the army and the Kessa rebels began in July.']],
    ['another state of the same story', ['Rebels have been fighting the army in Kessa since June.', 'Fighting between rival clans in Orva began in July.']],
    ['a state of another kind', ['Rebels have been fighting the army in Kessa since June.', 'A strike by Kessa army cooks began in July.']],
    ['no start: fighting escalated', ['Rebels have been fighting the army in Kessa since June.', 'Fighting between the army and the Kessa rebels escalated in July.']],
    ['a since that measures', ['It was the worst fighting in Kessa since June.', 'Fighting between the army and the Kessa rebels began in July.']],
    ['one source telling both', ['Rebels have been fighting the army in Kessa since June. Fighting between the army and the Kessa rebels began in July.']],
  ])('no conflict: %s', (_why, texts) => {
    expect(run(...texts).conflicts).toEqual([]);
  });
});
