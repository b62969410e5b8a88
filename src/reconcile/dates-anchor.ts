import { diagnostic } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceMentions } from '../model/extraction.js';
import { parseIsoDay } from '../extract/dates/resolve.js';

export interface Anchor { readonly source: string | null; readonly date: string }

/**
 * The day relative dates resolve against: --reference-date when given and
 * valid (source null); else the full date most sources state as their own
 * (ties: the latest date, then the first source id); else null.
 */
export function chooseAnchor(inputs: readonly SourceMentions[], referenceDate: string | null | undefined, diagnostics: Diagnostic[]): Anchor | null {
  if (referenceDate) {
    if (parseIsoDay(referenceDate)) return { source: null, date: referenceDate };
    diagnostics.push(diagnostic('date/bad-reference', `Reference date "${referenceDate}" is not a calendar day (expected YYYY-MM-DD); inferring one from the sources`, { source: null }));
  }
  const votes = new Map<string, string[]>();
  for (const input of inputs) {
    const d = input.anchorDate;
    if (d && parseIsoDay(d)) votes.set(d, [...(votes.get(d) ?? []), input.source.id]);
  }
  let best: Anchor | null = null;
  let bestVotes = 0;
  for (const [date, sources] of [...votes].sort((a, b) => (a[0] < b[0] ? 1 : -1))) {
    if (sources.length > bestVotes) {
      best = { source: [...sources].sort()[0]!, date };
      bestVotes = sources.length;
    }
  }
  return best;
}
