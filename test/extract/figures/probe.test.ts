import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseSource } from '../../../src/nlp/segment.js';
import { extractFigures } from '../../../src/extract/figures/index.js';
it('probe', () => {
  for (const f of readdirSync('seeds')) {
    const d = parseSource(f.slice(0, 3), readFileSync('seeds/' + f, 'utf8'));
    for (const x of extractFigures(d).figures) console.log(f.slice(0,3), JSON.stringify([x.text, x.value, x.unit, x.qualifier, x.min, x.max, x.subject, x.rule]));
  }
});
