import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseSource } from '../../../src/nlp/segment.js';
import { extractDates } from '../../../src/extract/dates/index.js';
it('probe', () => {
  for (const f of readdirSync('seeds')) {
    const d = parseSource(f.slice(0, 3), readFileSync('seeds/' + f, 'utf8'));
    const r = extractDates(d);
    for (const x of r.dates) console.log(f.slice(0,3), JSON.stringify([x.text, x.value, x.granularity, x.relative ? `${x.relative.type}:${x.relative.n}:${x.relative.direction}` : '', x.event, x.rule]));
  }
});
