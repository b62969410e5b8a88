// TEMPORARY STUB by the lead so the pipeline compiles — the figures/dates helper overwrites this file.
import type { SourceMentions } from '../model/extraction.js';
import type { Conflict, FigureFact } from '../model/fact.js';
export function reconcileFigures(_inputs: readonly SourceMentions[]): { facts: FigureFact[]; conflicts: Conflict[] } {
  return { facts: [], conflicts: [] };
}
