import { describe, expect, it } from 'vitest';
import { xmlProblems } from './xml-check.js';

// The checker itself must catch what it claims to, or the JUnit test proves nothing.
describe('xmlProblems', () => {
  const rows = [
    { xml: '<?xml version="1.0"?>\n<a x="1"><b/>t &amp; u</a>\n', ok: true },
    { xml: '<a><b></a></b>', ok: false },
    { xml: '<a>x & y</a>', ok: false },
    { xml: '<a x="1" x="2"/>', ok: false },
    { xml: '<a x=1/>', ok: false },
    { xml: '<a/><b/>', ok: false },
    { xml: '<a>', ok: false },
    { xml: '<a x="&quot;&#10;"/>', ok: true },
  ];
  it.each(rows)('$xml', ({ xml, ok }) => {
    expect(xmlProblems(xml).length === 0).toBe(ok);
  });
});
