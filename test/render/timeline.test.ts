import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { renderTimeline, timelineLines } from '../../src/render/timeline.js';
import { ANSI, S0, S1, S2, actor, date, evidence, sampleResult, stripAnsi } from './sample-result.js';

const plain = new Chalk({ level: 0 });
const options = { color: false, width: 100 };

describe('timeline', () => {
  it('orders by value: year, then month, then days of that month; unresolved last', () => {
    const facts = [
      date({ id: 'd1', value: '2031-03-02', event: 'walkout began' }),
      date({ id: 'd2', value: null, granularity: 'relative', event: null, evidence: [evidence(S2, 5, 'last Friday')] }),
      date({ id: 'd3', value: '2031-03', granularity: 'month', event: 'strike announced' }),
      actor(),
      date({ id: 'd4', value: '2031-02-27', event: 'talks collapsed' }),
      date({ id: 'd5', value: '2031', granularity: 'year', event: 'contract expires' }),
      date({ id: 'd6', value: '2031-03-10', event: 'ships diverted' }),
    ];
    expect(timelineLines(sampleResult({ facts }), plain)).toEqual([
      '2031        contract expires  [sources: 000 002]',
      '2031-02-27  talks collapsed  [sources: 000 002]',
      '2031-03     strike announced  [sources: 000 002]',
      '2031-03-02  walkout began  [sources: 000 002]',
      '2031-03-10  ships diverted  [sources: 000 002]',
      'Unresolved',
      '  “last Friday”  [sources: 000 002]',
    ]);
  });

  it('keeps upstream order for equal values', () => {
    const facts = [date({ id: 'b', event: 'second' }), date({ id: 'a', event: 'first' })];
    expect(timelineLines(sampleResult({ facts }), plain).map((l) => l.slice(12, 18))).toEqual(['second', 'first ']);
  });

  it('writes value, event and short source names on one line', () => {
    const out = renderTimeline(sampleResult({ facts: [date({ sources: [S0, S2] })] }), options);
    expect(out).toBe('2031-03-02  walkout began  [sources: 000 002]\n');
  });

  it('marks conflicts, in red only when colour is on', () => {
    const result = sampleResult({ facts: [date({ status: 'conflict', sources: [S1] })] });
    expect(renderTimeline(result, options)).toBe('2031-03-02  walkout began  [sources: 001]  (conflict)\n');
    const coloured = renderTimeline(result, { color: true, width: 100 });
    expect(coloured).toMatch(ANSI);
    expect(stripAnsi(coloured)).toBe(renderTimeline(result, options));
  });

  it('wraps long events under the event column within the width', () => {
    const event = 'dockworkers at the northern and southern terminals stopped work after the port authority refused to reopen the pension talks';
    const lines = timelineLines(sampleResult({ facts: [date({ event })] }), plain, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(lines[1]!.startsWith(' '.repeat(12))).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(event);
  });

  it('is empty without dates', () => {
    expect(renderTimeline(sampleResult({ facts: [actor()] }), options)).toBe('');
  });
});
