import type { Diagnostic, Severity } from './diagnostic.js';

export interface CodeRow {
  readonly code: string;
  /** The default; `check`'s config may change it or turn the code off. `info` is a note: `check` leaves it out. */
  readonly severity: Severity;
  readonly description: string;
  /** What a report of this code looks like. */
  readonly example: string;
}

/**
 * Every code summit-facts can report, in one table. Stages report a code, a message and a
 * place; the severity is this table's (and, in `check`, the config's), never the stage's.
 * `test/model/codes.test.ts` finds every code the sources emit and holds it to a row here.
 */
export const CODES: readonly CodeRow[] = [
  // Reading the inputs: the file is left out, the others are processed (exit code 2).
  { code: 'load/not-found', severity: 'error', description: 'An input path does not exist', example: 'news/a.txt: no such file or directory' },
  { code: 'load/no-match', severity: 'error', description: 'A glob matched no files', example: "news/*.txt: the pattern matched no files" },
  { code: 'load/no-text-files', severity: 'error', description: 'A folder holds no .txt files', example: 'news/: folder contains no .txt files' },
  { code: 'load/empty', severity: 'warning', description: 'A file is empty or only whitespace', example: 'a.txt: file is empty (0 bytes); nothing to extract' },
  { code: 'load/binary', severity: 'error', description: 'A file is binary, not text', example: 'a.pdf: looks like a binary file (NUL bytes), not text; skipped' },
  { code: 'load/not-utf8', severity: 'error', description: 'A file is not UTF-8 (with a hint for UTF-16 and Latin-1)', example: 'a.txt: not valid UTF-8 (invalid byte 0xE9 at offset 10), looks like Latin-1' },
  { code: 'load/unreadable', severity: 'error', description: 'A file or folder cannot be read', example: 'a.txt: permission denied' },
  { code: 'load/too-large', severity: 'error', description: 'A file is larger than --max-bytes', example: 'big.txt: 30.0 MiB is over the 20 MiB limit (--max-bytes)' },
  { code: 'load/not-a-file', severity: 'error', description: 'A FIFO, device or socket', example: 'pipe: not a regular file (FIFO); only regular files are read' },
  { code: 'extract/failed', severity: 'error', description: 'Extraction failed on one file (a bug); the file is left out', example: 'a.txt: extraction failed (…); the file is left out' },
  { code: 'shard/invalid', severity: 'error', description: 'A mention shard given to `reconcile` is not one', example: 'x.mentions.ndjson: not a mention shard (line 3 is not JSON); skipped' },
  // Found by the extraction stages in one source.
  { code: 'quote/unclosed', severity: 'warning', description: 'A quote mark that is never closed', example: 'Quote opened here is never closed' },
  { code: 'quote/unattributed', severity: 'warning', description: 'A full quote with no speaker',
    example: 'Quote without a speaker: "We will be back"' },
  { code: 'figure/number-too-long', severity: 'info', description: 'A number too long to read, ignored', example: 'Number with more than 15 digits ignored: "999999999999999999…"' },
  { code: 'date/invalid', severity: 'warning', description: 'A date that does not exist', example: 'Impossible calendar date "February 30" ignored' },
  { code: 'date/unresolvable', severity: 'warning', description: 'A day that does not fit the anchor date', example: '"Friday 31" has no such day near 2025-08-18' },
  { code: 'date/bad-reference', severity: 'error', description: 'The reference date is not a calendar day', example: 'Reference date "2025-02-30" is not a calendar day' },
  // Consistency across sources (`check`).
  { code: 'quote/variant-wording', severity: 'error', description: 'Two sources quote one utterance with different words',
    example: '"a notable win" differs from "a major win" (b.txt:4:12)' },
  { code: 'quote/variant-spelling', severity: 'warning', description: 'Two sources quote one utterance, differing only in spelling',
    example: '"defense plan" differs from "defence plan" (b.txt:3:9), spelling only' },
  { code: 'quote/conflicting-speakers', severity: 'error', description: 'Sources attribute one quote to different speakers',
    example: '"Nobody wins a strike" is attributed to Ann Lee here but to Bo Park (b.txt:9:2)' },
  { code: 'figure/conflict', severity: 'warning', description: 'Sources give different figures for one thing',
    example: 'Sources disagree on workers: 12,000 (a) vs 15,000 (b) (b.txt:2:40)' },
  { code: 'date/conflict', severity: 'warning', description: 'Sources give different dates for one event',
    example: 'Sources date "strike began" differently: 2024-03-12 (a) vs 2024-03-13 (b) (b.txt:1:30)' },
  // A draft checked against its sources (`check --against`).
  { code: 'draft/misquote', severity: 'error', description: 'A draft quote differs from the source wording',
    example: '"a notable step" misquotes the source: a [-major-] {+notable+} step (a.txt:4:12)' },
  { code: 'draft/negation-changed', severity: 'error', description: 'A draft quote drops or adds a negation',
    example: '"we will retreat" drops "not": we will [-not-] retreat (a.txt:5:1)' },
  { code: 'draft/quote-not-found', severity: 'error', description: 'A draft quote is in no source',
    example: '"we never agreed" is in no source' },
  { code: 'draft/misattributed', severity: 'error', description: 'A draft quote is given to someone other than the sources\' speaker',
    example: '"we won" is attributed to Ann Lee but the source gives it to Bo Park (a.txt:3:1)' },
  // Hand-verified expectations (`check --expect`).
  { code: 'expect/missing', severity: 'error', description: 'An expected quote is not among the extracted quotes',
    example: 'Expected quote "we won" was not found in any source' },
  { code: 'expect/wrong-speaker', severity: 'error', description: 'An expected quote is attributed to someone else',
    example: 'Expected "we won" to be attributed to Ann Lee, the sources give Bo Park (a.txt:3:1)' },
];

export const CODE_BY_NAME: ReadonlyMap<string, CodeRow> = new Map(CODES.map((row) => [row.code, row]));

/** The table's severity for a code; a code missing from the table (a bug the codes test catches) is an error. */
export function severityOf(code: string): Severity {
  return CODE_BY_NAME.get(code)?.severity ?? 'error';
}

/** Where a report points: a source (id, or the path of a file that never became one) and, when known, a span or a line. */
export type Place = Omit<Diagnostic, 'code' | 'severity' | 'message'>;

/** A stage's report as a diagnostic: its code, its message, its place, and the table's severity. */
export function diagnostic(code: string, message: string, place: Place): Diagnostic {
  return { code, severity: severityOf(code), message, ...place };
}
