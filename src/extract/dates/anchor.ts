import type { DateMention } from '../../model/mention.js';
import type { ParsedSource } from '../../nlp/types.js';

/** How far into the text a full date still reads as the story's own date (a dateline). */
const DATELINE_CHARS = 300;

/**
 * The full date that anchors this source's relative dates. A full date in a
 * dateline (the first 300 characters, or a heading or credit line) wins: it is
 * the story's own date. Otherwise the latest full date in the text, since a
 * story rarely names a day after its own; historical dates ("the war began on
 * February 24, 2022") are earlier and lose. Null when the text has none.
 */
export function anchorOf(doc: ParsedSource, dates: readonly DateMention[]): string | null {
  const full = dates.filter((d) => d.granularity === 'day' && d.value !== null && d.relative === undefined && d.qualifier !== 'by');
  // Dates and paragraphs are both sorted by offset: one forward walk, not a search per date.
  let p = 0;
  const inDateline = full.find((d) => {
    while (p < doc.paragraphs.length && doc.paragraphs[p]!.end < d.end) p++;
    const para = doc.paragraphs[p];
    return d.start < DATELINE_CHARS || (para !== undefined && (para.heading || para.credit) && para.start <= d.start);
  });
  if (inDateline) return inDateline.value;
  let best: string | null = null;
  for (const d of full) if (best === null || d.value! > best) best = d.value;
  return best;
}
