import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { markdownCell } from '../../src/render/safe-text.js';
import { actor, conflict, figure, quote, sampleResult } from './sample-result.js';

const options = { color: false, width: 100 };
const render = (over: Parameters<typeof sampleResult>[0] = {}): string => renderMarkdown(sampleResult(over), options);

describe('markdown renderer', () => {
  it.each([
    { input: 'a | b', expected: 'a \\| b' },
    { input: 'line one\nline two', expected: 'line one<br>line two' },
    { input: 'crlf\r\nand cr\rend', expected: 'crlf<br>and cr<br>end' },
    { input: 'plain', expected: 'plain' },
    { input: '<script>alert(1)</script> & co', expected: '&lt;script&gt;alert(1)&lt;/script&gt; &amp; co' },
    { input: '*bold* _it_ `code` [link](x) ~~s~~ \\', expected: '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~\\~s\\~\\~ \\\\' },
    // shown as the text `\x1b[2J`: the backslash of the visible escape is itself escaped
    { input: 'clear\u001b[2Jscreen', expected: 'clear\\\\x1b\\[2Jscreen' },
  ])('escapes cell $input', ({ input, expected }) => {
    expect(markdownCell(input)).toBe(expected);
  });

  it('keeps a `|` inside a quote from splitting the row', () => {
    const out = render({ facts: [quote({ text: 'ships | cranes | trucks\nall stopped' })] });
    const row = out.split('\n').find((l) => l.includes('ships'))!;
    expect(row).toContain('“ships \\| cranes \\| trucks<br>all stopped”');
    // 4 columns → 5 unescaped pipes.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });

  it('has a heading, a sources table and one section per fact type, in order', () => {
    const headings = render().split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# Reconciled facts', '## Sources', '## Actors', '## Quotes', '## Figures', '## Dates', '## Conflicts', '## Diagnostics']);
  });

  it('omits empty sections', () => {
    const out = render({ facts: [actor()], conflicts: [], diagnostics: [] });
    expect(out).toContain('## Actors');
    expect(out).not.toMatch(/## (Quotes|Figures|Dates|Conflicts|Diagnostics)/);
  });

  it.each([
    { type: 'Actors', header: '| Name | Kind | Roles | Aliases | Sources | Status |',
      row: '| Amina Okoro | person | union secretary | Okoro | 000 001 (2) | agreed |' },
    { type: 'Quotes', header: '| Quote | Speaker | Sources | Status |',
      row: '| “We will not unload a single ship until the pension deal is signed” | Amina Okoro | 000 (1) | single source |' },
    { type: 'Figures', header: '| Figure | Value | Unit | Qualifier | Subject | Sources | Status |',
      row: '| some 4,000 dockworkers | 4000 | workers | about | striking dockworkers | 000 (1) | conflict |' },
    { type: 'Dates', header: '| Date | Event | Sources | Status |',
      row: '| “on the eve of the vote” | union vote | 002 (1) | single source |' },
    { type: 'Sources', header: '| Source | Path | Outlet | Chars |',
      row: '| 000 | articles/000\\_a1b2c3d4e5f60718.txt | Arenal Daily | 1200 |' },
  ])('$type table has its columns', ({ header, row }) => {
    const lines = render().split('\n');
    const at = lines.indexOf(header);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(`|${' --- |'.repeat(header.split(' | ').length)}`);
    expect(lines).toContain(row);
  });

  it('lists conflicts with type and message, and shows a figure interval', () => {
    const out = render({ facts: [figure({ min: 3500, max: 4500 })], conflicts: [conflict({ message: 'counts differ | badly' })] });
    expect(out).toContain('| figure | counts differ \\| badly |');
    expect(out).toContain('| 4000 (3500–4500) |');
  });
});
