// TEMPORARY STUB by the lead so the pipeline compiles — the figures/dates helper overwrites this file.
import type { ParsedSource } from '../../nlp/types.js';
import type { DateMention } from '../../model/mention.js';
import type { Diagnostic } from '../../model/diagnostic.js';
export function extractDates(_doc: ParsedSource): { dates: DateMention[]; anchorDate: string | null; diagnostics: Diagnostic[] } {
  return { dates: [], anchorDate: null, diagnostics: [] };
}
