import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, drawGrid, wrapCell } from '../../src/render/grid.js';

/** What cli-table3 draws for the table format's tables (fixed widths, word wrap, no colours). */
function cliTable(head: readonly string[], colWidths: number[], rows: readonly (readonly string[])[]): string {
  const table = new Table({ head: [...head], colWidths, wordWrap: true, style: { head: [], border: [] } });
  for (const row of rows) table.push([...row]);
  return table.toString();
}

describe('the linear-time grid', () => {
  it('draws what cli-table3 draws, for the cells the table format has', () => {
    const head = ['Fact', 'Value', 'Sources', 'Status'];
    const widths = [40, 24, 10, 15];
    const rows = [
      ['Amina Okoro (person)\nunion secretary, spokesperson', 'Okoro', '002 004 (2)', 'agreed'],
      ['“We will not unload a single ship until the port authority signs the deal,” she said again', 'Amina Okoro', '001 (1)', 'single source'],
      ['some 4,000 dockworkers', 'about 4000 workers', '003 (1)', 'conflict'],
      ['Zürich · “€1.2bn” — Sørensen’s naïve café', 'EUR 1.2 billion', 'a b c (3)', 'agreed'],
      ['averyveryveryveryveryveryverylongwordthatcannotfitinthecolumnatall end', '', '', ''],
    ];
    expect(drawGrid(head, widths, rows)).toBe(cliTable(head, widths, rows));
  });

  it('draws what cli-table3 draws for any words in any widths', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9,.’“”-]{1,14}$/);
    const cell = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 6 }), fc.tuple(fc.integer({ min: 8, max: 30 }), fc.integer({ min: 8, max: 30 }), fc.integer({ min: 8, max: 30 })), (rows, widths) => {
      expect(drawGrid(['A', 'B', 'C'], [...widths], rows)).toBe(cliTable(['A', 'B', 'C'], [...widths], rows));
    }), { numRuns: 200 });
  });

  it('measures terminal columns: wide characters count two, colour codes and combining marks none', () => {
    expect(displayWidth('plain')).toBe(5);
    expect(displayWidth('東京')).toBe(4);
    expect(displayWidth('\u001b[31mred\u001b[39m')).toBe(3);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(wrapCell('one two three', 7)).toEqual(['one two', 'three']);
  });
});
