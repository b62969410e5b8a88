import type { Diagnostic } from '../model/diagnostic.js';
import type { CliIO } from './io.js';
import { visible } from '../render/safe-text.js';

/** One line per problem on stderr: "summit-facts: error: seeds/x.txt: not valid UTF-8 …". */
export function reportDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.writeErr(`summit-facts: ${d.severity}: ${visible(d.message)}\n`);
}

export function fail(io: CliIO, message: string): void {
  io.writeErr(`summit-facts: error: ${visible(message)}\n`);
}

/** A one-line remark that changes nothing about the result ("--jobs 999 is more than the 2 cores; using 2"). */
export function note(io: CliIO, message: string): void {
  io.writeErr(`summit-facts: note: ${visible(message)}\n`);
}
