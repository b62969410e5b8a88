import type { CheckReport } from '../../check/types.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { location } from './group.js';
import type { CheckRenderOptions } from './types.js';

/**
 * JUnit XML (GitLab, Jenkins, most CI): one testsuite per file, one testcase
 * per problem with a <failure> (errors and warnings alike, the severity in the
 * message), and a passing testcase for a file with no problems.
 */
export function renderJunit(report: CheckReport, _options: CheckRenderOptions): string {
  const files = [...new Set([...report.files, ...report.diagnostics.map((d) => d.source ?? 'summit-facts')])];
  const suites = files.map((file) => suite(file, report.diagnostics.filter((d) => (d.source ?? 'summit-facts') === file)));
  const failures = report.diagnostics.length;
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="summit-facts check" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

function suite(file: string, list: readonly Diagnostic[]): { tests: number; xml: string } {
  const name = attr(file);
  const cases = list.length
    ? list.map((d) => {
        const msg = `[${d.severity}] ${d.message}`;
        const body = [`${d.severity} at ${location(d)}: ${d.message} (${d.code})`, ...(d.related ?? []).map((r) => `related: ${r.path}:${r.line}:${r.column} ${r.text}`)].join('\n');
        return [
          `    <testcase classname="${name}" name="${attr(d.line ? `${d.line}:${d.column ?? 0} ${d.code}` : d.code)}"${d.source === null ? '' : ` file="${name}"`}>`,
          `      <failure type="${attr(d.code)}" message="${attr(msg)}">${text(body)}</failure>`,
          '    </testcase>',
        ].join('\n');
      })
    : [`    <testcase classname="${name}" name="no problems" file="${name}"/>`];
  const tests = Math.max(1, list.length);
  return {
    tests,
    xml: [`  <testsuite name="${name}" tests="${tests}" failures="${list.length}" errors="0">`, ...cases, '  </testsuite>'].join('\n'),
  };
}

/** Characters XML 1.0 cannot carry at all (controls other than tab, LF, CR; lone surrogates) become U+FFFD. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export function text(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values: quotes escaped too, and line breaks kept as character references. */
export function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
