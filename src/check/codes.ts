import type { CheckSeverity } from './types.js';

export interface CodeRow {
  readonly code: string;
  readonly severity: CheckSeverity;
  readonly description: string;
  /** What a report of this code looks like. */
  readonly example: string;
}

/**
 * Every code `check` can report, with its default severity. A config file may
 * override the severity (or turn a code off) by naming the code here.
 */
export const CODES: readonly CodeRow[] = [
  // Consistency across sources.
  { code: 'quote/variant-wording', severity: 'error', description: 'Two sources quote one utterance with different words',
    example: '"a notable step" differs from "a major step" (b.txt:4:12)' },
  { code: 'quote/variant-spelling', severity: 'warning', description: 'Two sources quote one utterance, differing only in spelling',
    example: '"line of defense" differs from "line of defence" (b.txt:3:9), spelling only' },
  { code: 'quote/conflicting-speakers', severity: 'error', description: 'Sources attribute one quote to different speakers',
    example: '"Nobody wins a strike" is attributed to Ann Lee here but to Bo Park (b.txt:9:2)' },
  { code: 'quote/unattributed', severity: 'warning', description: 'A full quote with no speaker',
    example: 'Quote without a speaker: "We will be back"' },
  { code: 'figure/conflict', severity: 'warning', description: 'Sources give different figures for one thing',
    example: '"12,000 workers" differs from "15,000 workers" (b.txt:2:40)' },
  { code: 'date/conflict', severity: 'warning', description: 'Sources give different dates for one event',
    example: '"on Tuesday" differs from "on Wednesday" (b.txt:1:30)' },
  // A draft checked against its sources.
  { code: 'draft/misquote', severity: 'error', description: 'A draft quote differs from the source wording',
    example: '"a notable step" misquotes the source: a [-major-] {+notable+} step (a.txt:4:12)' },
  { code: 'draft/negation-changed', severity: 'error', description: 'A draft quote drops or adds a negation',
    example: '"we will retreat" drops "not": we will [-not-] retreat (a.txt:5:1)' },
  { code: 'draft/quote-not-found', severity: 'error', description: 'A draft quote is in no source',
    example: '"we never agreed" is in no source' },
  { code: 'draft/misattributed', severity: 'error', description: 'A draft quote is given to someone other than the sources\' speaker',
    example: '"we won" is attributed to Ann Lee but the source gives it to Bo Park (a.txt:3:1)' },
  // Hand-verified expectations (--expect).
  { code: 'expect/missing', severity: 'error', description: 'An expected quote is not among the extracted quotes',
    example: 'Expected quote "we won" was not found in any source' },
  { code: 'expect/wrong-speaker', severity: 'error', description: 'An expected quote is attributed to someone else',
    example: 'Expected "we won" to be attributed to Ann Lee, the sources give Bo Park (a.txt:3:1)' },
  // Problems reported by the extraction stages, passed through.
  { code: 'quote/unclosed', severity: 'warning', description: 'A quote mark that is never closed', example: 'Quote opened here is never closed' },
  { code: 'figure/number-too-long', severity: 'warning', description: 'A number too long to read', example: 'Number has too many digits' },
  { code: 'date/invalid', severity: 'warning', description: 'A date that does not exist', example: '"February 30" is not a date' },
];

export const CODE_BY_NAME: ReadonlyMap<string, CodeRow> = new Map(CODES.map((row) => [row.code, row]));

/** The default severity of a code; a stage code not in the table keeps the stage's own default. */
export function defaultSeverity(code: string, fallback: CheckSeverity = 'warning'): CheckSeverity {
  return CODE_BY_NAME.get(code)?.severity ?? fallback;
}
