import { it } from 'vitest';
import { parseSource } from '../../../src/nlp/segment.js';
import { extractFigures } from '../../../src/extract/figures/index.js';
it('probe', () => {
  const t = process.env.T ?? '';
  const d = parseSource('x', t);
  console.log(d.sentences.map(s => t.slice(s.start, s.end)));
  for (const x of extractFigures(d).figures) console.log(JSON.stringify([x.text, x.value, x.unit, x.qualifier, x.min, x.max, x.subject, x.rule]));
});
