// TEMPORARY STUB by the lead so the pipeline compiles — the figures/dates helper overwrites this file.
import type { SourceMentions } from '../model/extraction.js';
import type { Conflict, DateFact } from '../model/fact.js';
import type { Diagnostic } from '../model/diagnostic.js';
export function reconcileDates(_inputs: readonly SourceMentions[], _o: { referenceDate?: string | null }): { facts: DateFact[]; conflicts: Conflict[]; anchor: null; diagnostics: Diagnostic[] } {
  return { facts: [], conflicts: [], anchor: null, diagnostics: [] };
}
