import { parseSource } from '../../src/nlp/segment.js';
import { extractDates } from '../../src/extract/dates/index.js';
import { extractFigures } from '../../src/extract/figures/index.js';
import type { SourceMentions } from '../../src/model/extraction.js';

/** Runs the figure and date stages of one text into a SourceMentions record. */
export function mentionsOf(id: string, text: string): SourceMentions {
  const doc = parseSource(id, text);
  const f = extractFigures(doc);
  const d = extractDates(doc);
  return {
    source: { id, path: `${id}.txt`, chars: text.length, sha256: '', outlet: null },
    lineStarts: doc.lineStarts, actors: [], quotes: [], figures: f.figures, dates: d.dates,
    diagnostics: [...f.diagnostics, ...d.diagnostics], anchorDate: d.anchorDate,
  };
}
