import { diagnostic } from '../../model/codes.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { DateMention } from '../../model/mention.js';
import type { ParsedSource } from '../../nlp/types.js';
import { sentenceWords } from '../figures/words.js';
import { anchorOf } from './anchor.js';
import { eventOf } from './event.js';
import { dateAt, type DateProblem } from './find.js';

/**
 * Dates of one source. Absolute dates carry their ISO value; relative ones
 * ("on Friday", "last week", "in June") carry `relative` and value null until
 * reconcile resolves them against the reference date. `anchorDate` is this
 * source's own full date (see anchor.ts), or null.
 */
export function extractDates(doc: ParsedSource): { dates: DateMention[]; anchorDate: string | null; diagnostics: Diagnostic[] } {
  const dates: DateMention[] = [];
  const problems: DateProblem[] = [];
  for (const sentence of doc.sentences) {
    const words = sentenceWords(doc, sentence);
    let i = 0;
    while (i < words.length) {
      const before = problems.length;
      const d = dateAt(words, i, problems);
      if (!d) {
        i = problems.length > before ? Math.max(problems[problems.length - 1]!.skipTo, i + 1) : i + 1;
        continue;
      }
      const start = words[d.first]!.start;
      const end = words[d.next - 1]!.end;
      // "FRIENDLY TONE AFTER FEBRUARY DISASTER": a heading repeats the body and gives no event;
      // only a full date there (a dateline) is kept.
      if (doc.paragraphs[sentence.paragraph]?.heading && (d.relative || d.granularity !== 'day')) {
        i = Math.max(d.next, i + 1);
        continue;
      }
      dates.push({
        source: doc.id, start, end, text: doc.text.slice(start, end), value: d.value, granularity: d.granularity,
        event: eventOf(doc.text, words, d.first, d.next, d.side), rule: d.rule,
        ...(d.relative ? { relative: d.relative } : {}),
        ...(d.qualifier !== 'on' ? { qualifier: d.qualifier } : {}),
        ...(d.toleranceDays ? { toleranceDays: d.toleranceDays } : {}),
      });
      i = Math.max(d.next, i + 1);
    }
  }
  dates.sort((a, b) => a.start - b.start || a.end - b.end);
  const diagnostics: Diagnostic[] = problems.map((p) => diagnostic(p.code, p.message, { source: doc.id, start: p.start, end: p.end }));
  return { dates, anchorDate: anchorOf(doc, dates), diagnostics };
}
