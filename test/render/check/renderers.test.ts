import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../src/check/types.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { escapeData, escapeProperty } from '../../../src/render/check/github.js';
import { checkRenderers } from '../../../src/render/check/index.js';
import { attr, text } from '../../../src/render/check/junit.js';
import { xmlProblems } from './xml-check.js';

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  code: 'quote/variant-wording', severity: 'error', message: '"a notable step" differs from "a major step" (b.txt:11:40)', source: 'news/a.txt', line: 7, column: 45, related: [], ...over,
});

const report: CheckReport = {
  files: ['news/a.txt', 'news/b.txt'],
  diagnostics: [d({}), d({ code: 'figure/conflict', severity: 'warning', message: 'Figure "12,000" differs from "15,000" (b.txt:2:1)', line: 9, column: 3 }), d({ source: 'news/b.txt', line: 11, column: 40, message: 'm' })],
  verdicts: [],
};

describe('pretty', () => {
  it('prints linter lines grouped per file and a summary', () => {
    expect(checkRenderers.pretty(report, { color: false })).toBe(
      [
        'news/a.txt:7:45  error    "a notable step" differs from "a major step" (b.txt:11:40)  quote/variant-wording',
        'news/a.txt:9:3   warning  Figure "12,000" differs from "15,000" (b.txt:2:1)  figure/conflict',
        '',
        'news/b.txt:11:40  error  m  quote/variant-wording',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    expect(checkRenderers.pretty(report, { color: true })).toContain('\u001b[31merror');
    expect(checkRenderers.pretty(report, { color: false })).not.toContain('\u001b[');
  });

  it('says so when there is nothing to report', () => {
    expect(checkRenderers.pretty({ files: ['a.txt', 'b.txt'], diagnostics: [], verdicts: [] }, { color: false })).toBe('✔ no problems in 2 files\n');
  });
});

describe('json', () => {
  it('is parseable and carries the summary, diagnostics and verdicts', () => {
    const out = JSON.parse(checkRenderers.json(report, { color: false }));
    expect(out.summary).toEqual({ errors: 2, warnings: 1, files: 2, quotesChecked: 0 });
    expect(out.diagnostics[1]).toMatchObject({ code: 'figure/conflict', severity: 'warning', path: 'news/a.txt', line: 9, column: 3 });
  });
});

describe('github escaping', () => {
  const rows = [
    { input: '50% up\r\nnext', data: '50%25 up%0D%0Anext', property: '50%25 up%0D%0Anext' },
    { input: 'a, b: c', data: 'a, b: c', property: 'a%2C b%3A c' },
  ];
  it.each(rows)('$input', ({ input, data, property }) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });

  it('writes one workflow command per problem, warnings as ::warning', () => {
    const lines = checkRenderers.github(report, { color: false }).split('\n');
    expect(lines[1]).toBe('::warning file=news/a.txt,line=9,col=3,title=figure/conflict::Figure "12,000" differs from "15,000" (b.txt:2:1)');
  });
});

describe('junit escaping', () => {
  it('escapes markup and strips characters XML cannot carry', () => {
    expect(text('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(attr('say "hi"\n\u0007\'')).toBe('say &quot;hi&quot;&#10;\ufffd&apos;');
  });

  it('stays well-formed with hostile messages and paths', () => {
    const hostile: CheckReport = { files: ['a&b<c>.txt'], verdicts: [],
      diagnostics: [d({ source: 'a&b<c>.txt', message: ']]> </failure><x a="1"> & \u0000 \ud800', related: [{ path: '"q".txt', line: 1, column: 1, text: '<&>' }] })] };
    expect(xmlProblems(checkRenderers.junit(hostile, { color: false }))).toEqual([]);
  });

  it('gives a clean file one passing test case', () => {
    const out = checkRenderers.junit({ files: ['a.txt'], diagnostics: [], verdicts: [] }, { color: false });
    expect(out).toContain('<testsuite name="a.txt" tests="1" failures="0" errors="0">');
    expect(out).toContain('<testcase classname="a.txt" name="no problems" file="a.txt"/>');
  });
});
