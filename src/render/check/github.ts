import type { CheckReport } from '../../check/types.js';
import type { CheckRenderOptions } from './types.js';
import { visible } from '../safe-text.js';

/**
 * GitHub Actions workflow commands, one per problem, so each shows on the
 * pull request line: `::error file=a.txt,line=7,col=45,title=quote/variant-wording::message`.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function renderGithub(report: CheckReport, _options: CheckRenderOptions): string {
  return report.diagnostics
    .map((d) => {
      const props: string[] = [];
      if (d.source !== null) props.push(`file=${escapeProperty(d.source)}`);
      if (d.source !== null && d.line) props.push(`line=${d.line}`, `col=${d.column ?? 0}`);
      props.push(`title=${escapeProperty(d.code)}`);
      return `::${d.severity} ${props.join(',')}::${escapeData(d.message)}\n`;
    })
    .join('');
}

/** Message text: `%`, CR and LF are percent-encoded (the runner decodes them). */
export function escapeData(s: string): string {
  return visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Property values also encode `:` and `,`, which would end the value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
