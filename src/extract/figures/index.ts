import { diagnostic } from '../../model/codes.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { FigureMention } from '../../model/mention.js';
import type { ParsedSource } from '../../nlp/types.js';
import { scanFigures } from './find.js';
import { sentenceWords } from './words.js';
import { peopleIn, scopeOf, type FigureContext } from './context.js';

/**
 * Figures of one source: money, counts, percentages, fractions, durations,
 * ages, ranges and meaningful ordinals, each with value, unit, hedge,
 * interval and subject. Spans cover the hedge and the unit
 * ("more than a million casualties" → "more than a million").
 */
const INCREMENT = new Set(['extra', 'additional', 'more', 'further', 'another']);

export function extractFigures(doc: ParsedSource, ctx?: FigureContext): { figures: FigureMention[]; diagnostics: Diagnostic[] } {
  const figures: FigureMention[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const sentence of doc.sentences) {
    const words = sentenceWords(doc, sentence);
    const { figures: raw, problems } = scanFigures(doc.text, words);
    const people = raw.length ? peopleIn(doc, sentence, ctx) : [];
    const sentenceScope = raw.length ? scopeOf(doc, sentence) : undefined;
    for (const f of raw) {
      const start = words[f.first]!.start;
      // "two extra life sentences": an addition, not the total another outlet gives.
      const scope = INCREMENT.has(words[f.next]?.norm ?? '') ? 'increment' : sentenceScope;
      const end = words[f.next - 1]!.end;
      figures.push({
        source: doc.id, start, end, text: doc.text.slice(start, end),
        value: f.value, unit: f.unit, measure: f.measure, qualifier: f.qualifier, min: f.min, max: f.max,
        subject: f.subject, rule: f.rule, ...(people.length ? { people } : {}), ...(scope ? { scope } : {}),
      });
    }
    for (const p of problems) {
      diagnostics.push(diagnostic(p.code, p.message, { source: doc.id, start: p.start, end: p.end }));
    }
  }
  figures.sort((a, b) => a.start - b.start || a.end - b.end);
  return { figures, diagnostics };
}
