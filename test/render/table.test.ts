import { describe, expect, it } from 'vitest';
import { fitColumns, renderTable } from '../../src/render/table.js';
import type { RunResult } from '../../src/model/index.js';
import { ANSI, S0, S1, S2, actor, conflict, date, diagnostic, figure, quote, sampleResult, source, stripAnsi } from './sample-result.js';

const plain = { color: false, width: 100 };

/** A result with long words, long quotes and many sources, to stress the layout. */
function crowded(): RunResult {
  const ids = Array.from({ length: 12 }, (_, i) => `${String(i).padStart(3, '0')}_c0ffee${i}`);
  return sampleResult({
    sources: ids.map((id) => source(id)),
    facts: [
      actor({ name: 'Confederación Nacional de Trabajadores Portuarios y Marítimos del Sur', roles: ['umbrella federation for every harbour union on the southern coast'], sources: ids }),
      quote({ text: 'We have waited eleven years for the authority to honour the pension agreement and we will wait no longer, not one more day, not one more ship, not one more container, not one more crane shift on this quay', sources: ids }),
      figure({ evidence: [{ source: S0, start: 0, end: 10, line: 1, column: 1, text: 'Supercalifragilisticexpialidociouslylongtokenwithoutanyspacesatallwhatsoever', rule: 'r' }] }),
      date({ event: 'the day the northern terminal gates were chained shut by the striking crane operators and lashers' }),
    ],
    conflicts: [conflict({ message: 'x'.repeat(150), sources: ids })],
    diagnostics: [diagnostic({ message: 'A very long diagnostic message that keeps going well past the edge of any reasonable terminal window' })],
  });
}

describe('table renderer', () => {
  it('has no ANSI codes when color is false, and has them when true', () => {
    expect(renderTable(sampleResult(), plain)).not.toMatch(ANSI);
    expect(renderTable(crowded(), plain)).not.toMatch(ANSI);
    const coloured = renderTable(sampleResult(), { color: true, width: 100 });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[32magreed');
    expect(coloured).toContain('\u001b[31mconflict');
  });

  it.each([100, 80, 72, 60])('keeps every line within %i columns', (width) => {
    for (const result of [sampleResult(), crowded()]) {
      for (const color of [false, true]) {
        const lines = stripAnsi(renderTable(result, { color, width })).split('\n');
        for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(width);
      }
    }
  });

  it('uses the whole width for fact tables', () => {
    const border = renderTable(sampleResult(), plain).split('\n').find((l) => l.startsWith('┌'))!;
    expect(border.length).toBe(100);
  });

  it.each([
    { width: 100, layout: [null, 24, 13, 15], expected: [43, 24, 13, 15] },
    { width: 60, layout: [null, 24, 13, 15], expected: [21, 16, 8, 10] },
    { width: 100, layout: [16, 13, null], expected: [16, 13, 67] },
  ])('fitColumns($width, $layout) leaves room for the borders', ({ width, layout, expected }) => {
    const widths = fitColumns(width, layout);
    expect(widths).toEqual(expected);
    expect(widths.reduce((a, b) => a + b, 0) + widths.length + 1).toBeLessThanOrEqual(width);
  });

  it('shows each fact with its speaker or value, short source names with a count, and status', () => {
    const out = renderTable(sampleResult(), plain);
    expect(out).toMatch(/│ Amina Okoro \(person\) +│ Okoro +│ 000 001 \(2\) +│ agreed +│/);
    expect(out).toMatch(/│ union secretary +│/);
    expect(out).toMatch(/│ “We will not unload a single ship until +│ Amina Okoro +│ 000 \(1\) +│ single source │/);
    expect(out).toMatch(/│ striking dockworkers · “some 4,000 +│ about 4,000 workers +│ 000 \(1\) +│ conflict +│/);
    expect(out).toMatch(/│ walkout began +│ 2031-03-02 \(day\) +│ 000 002 \(2\) +│ agreed +│/);
  });

  it('truncates long quotes with …', () => {
    const out = stripAnsi(renderTable(crowded(), plain));
    expect(out).toContain('…”');
    expect(out).not.toContain('not one more ship');
  });

  it('orders sections, lists conflicts, ends with the timeline and a summary line', () => {
    const lines = renderTable(sampleResult(), plain).trimEnd().split('\n');
    const titles = lines.filter((l) => /^[A-Z]/.test(l));
    expect(titles).toEqual(['Actors (2)', 'Quotes (1)', 'Figures (2)', 'Dates (3)', 'Conflicts (1)', 'Diagnostics (1)',
      'Timeline', 'Unresolved']);
    expect(lines.at(-1)).toBe('3 sources · 8 facts · 1 conflict · 1 diagnostic');
    expect(lines).toContain('2031-03-02  walkout began  [sources: 000 002]');
    expect(lines.some((l) => /│ figure +│ 000 001 +│ Sources disagree on the number/.test(l))).toBe(true);
  });

  it('says so when nothing was found', () => {
    const out = renderTable(sampleResult({ facts: [], conflicts: [], diagnostics: [], sources: [source(S0), source(S1), source(S2)] }), plain);
    expect(out).toBe('No facts found.\n\n3 sources · 0 facts · 0 conflicts\n');
  });
});
