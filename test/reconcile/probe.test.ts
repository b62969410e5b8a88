import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { mentionsOf } from './helpers.js';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { reconcileDates } from '../../src/reconcile/dates.js';
it('probe', () => {
  const inputs = readdirSync('seeds').sort().map((f) => mentionsOf(f.slice(0, 3), readFileSync('seeds/' + f, 'utf8')));
  const fr = reconcileFigures(inputs);
  for (const f of fr.facts) console.log('F', JSON.stringify([f.id, f.value, f.unit, f.qualifier, f.subject, f.sources.join(','), f.status]));
  for (const c of fr.conflicts) console.log('C', c.message);
  const dr = reconcileDates(inputs, { referenceDate: '2025-08-18' });
  for (const f of dr.facts) console.log('D', JSON.stringify([f.value, f.granularity, f.event, f.sources.join(','), f.status, f.evidence.map(e=>e.text).join('|')]));
  for (const c of dr.conflicts) console.log('C', c.message);
});
